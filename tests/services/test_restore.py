"""Bringing a backup back: the data returns, the database as it was is kept as a backup,
a bad backup changes nothing, and an erasure holds whatever backup comes back."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services.erasure import erase_person
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.restore import backups, restore_backup
from kam_desktop.store import migrations
from kam_desktop.store.backup import backup_reason, list_backups, make_backup
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.integrity import check_database
from kam_desktop.store.models import Account, Contact, DiaryEntry, ErasureLog, SyncTombstone

SECRET = "Зайцева Алевтина Борисовна"


def _names(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.sessions() as session:
            return sorted(session.scalars(select(Account.name)))
    finally:
        database.close()


def _tear_the_accounts_page(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as raw:
        size = raw.execute("PRAGMA page_size").fetchone()[0]
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'account'"
                           ).fetchone()[0]
    raw.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * size + 8)
        file.write(b"\xff" * 64)


def _account(db, name: str):
    with db.transaction() as session:
        return add_record(session, kind="account", parent_id=None, values={"name": name})


def test_the_data_comes_back_and_the_database_as_it_was_is_kept(db) -> None:
    _account(db, "Альфа")
    backup = make_backup(db.engine, db.path)
    _account(db, "Бета")
    db.close()

    result = restore_backup(db.path, backup)

    assert not [p.name for p in db.path.parent.rglob("*") if p.name.endswith(("-wal", "-shm"))]
    assert _names(db.path) == ["Альфа"]
    assert backup_reason(result.kept) == "before-restore"
    assert _names(result.kept) == ["Альфа", "Бета"]
    assert not result.migrated and result.erased_again == []
    assert [b.path for b in backups(db.path)] == [result.kept, backup]
    assert not list(db.path.parent.glob("*.restoring*"))
    database = open_database(db.path)
    try:
        assert check_database(database.engine).ok
    finally:
        database.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(db) -> None:
    _account(db, "Альфа")
    backup = make_backup(db.engine, db.path)
    db.close()
    _tear_the_accounts_page(backup)
    before = db.path.read_bytes()

    with pytest.raises(InputError) as error:
        restore_backup(db.path, backup)

    assert "nothing was restored" in str(error.value)
    assert db.path.read_bytes() == before
    assert list_backups(db.path) == [backup]  # no "before-restore" copy either
    assert not list(db.path.parent.glob("*.restoring*"))


def test_a_damaged_database_is_replaced_and_kept_aside(db) -> None:
    _account(db, "Альфа")
    backup = make_backup(db.engine, db.path)
    db.close()
    _tear_the_accounts_page(db.path)
    damaged = db.path.read_bytes()

    result = restore_backup(db.path, backup)

    assert result.kept is None and result.damaged.read_bytes() == damaged
    assert result.damaged not in list_backups(db.path)  # never offered, never rotated
    assert _names(db.path) == ["Альфа"]


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 300])
def test_a_file_that_is_no_database_is_refused(db, tmp_path: Path, content: bytes) -> None:
    _account(db, "Альфа")
    db.close()
    other = tmp_path / "other.sqlite3"
    other.write_bytes(content)
    with pytest.raises(InputError):
        restore_backup(db.path, other)
    assert _names(db.path) == ["Альфа"] and list_backups(db.path) == []


def test_another_programs_database_is_refused(db, tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "notes.sqlite3"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE note (text TEXT)")
    db.close()
    with pytest.raises(InputError, match="not a KAM Desktop database"):
        restore_backup(db.path, other)


def test_a_backup_at_an_older_schema_is_migrated(db, tmp_path: Path) -> None:
    old = tmp_path / "old" / "portfolio.sqlite3"
    old.parent.mkdir()
    shutil.copy(Path(__file__).parents[1] / "data" / "schema_0001.sqlite3", old)
    db.close()

    result = restore_backup(db.path, old)

    assert result.migrated
    engine = make_engine(db.path)
    try:
        assert migrations.current_revision(engine) == migrations.HEAD
    finally:
        engine.dispose()
    assert len(_names(db.path)) > 1


def test_a_person_erased_after_the_backup_stays_erased(db, tmp_path: Path) -> None:
    account = _account(db, "Омега")
    with db.transaction() as session:
        person = add_record(session, kind="contact", parent_id=account, values={"name": SECRET})
        add_record(session, kind="personal_notes", parent_id=person,
                   values={"interests": "ТайнаяЛюбовьКРыбалке"})
        add_record(session, kind="diary_entry", parent_id=account, values={
            "date": "2026-10-01", "kind": "meeting", "summary": f"Встреча: {SECRET}"})
    # a copy taken aside (on a stick, say) escapes the scrubbing of the backups folder
    aside = tmp_path / "stick" / "portfolio-copy.sqlite3"
    aside.parent.mkdir()
    shutil.copy(make_backup(db.engine, db.path), aside)
    erase_person(db, contact_id=person, erased_by="Соколова")
    db.close()

    result = restore_backup(db.path, aside)

    assert result.erased_again == [person]
    database = open_database(db.path)
    try:
        with database.sessions() as session:
            assert session.get(Contact, person) is None
            assert session.scalars(select(DiaryEntry.summary)).one() == "Встреча: […]"
            assert session.scalars(select(ErasureLog.erased_by)).all() == ["Соколова"]
            tombstone = session.get(SyncTombstone, ("contact", person))
            assert tombstone.erased
    finally:
        database.close()
    for path in db.path.parent.rglob("*"):
        if path.is_file() and path.parent != aside.parent:  # the stick is not ours
            assert SECRET.encode() not in path.read_bytes(), path.name
