"""``kam-desktop backups``, ``restore`` and ``contact export`` as real processes."""
from __future__ import annotations

import json
from pathlib import Path

from kam_desktop.store.backup import list_backups
from kam_desktop.store.window_lock import hold


def _accounts(cli, db: Path) -> list[str]:
    result = cli("accounts", "--json", db=db)
    assert result.returncode == 0, result.stderr
    return sorted(row["name"] for row in json.loads(result.stdout))


def _with_a_backup(cli, db: Path) -> Path:
    (db.parent / "one.json").write_text(json.dumps({
        "format": "kam-desktop.accounts", "version": 1,
        "accounts": [{"name": "Альфа", "contacts": [{"name": "Иванов Пётр"}]}]}),
        encoding="utf-8")
    assert cli("import", str(db.parent / "one.json"), db=db).returncode == 0
    assert cli("backup", db=db).returncode == 0
    (db.parent / "two.json").write_text(json.dumps({
        "format": "kam-desktop.accounts", "version": 1, "accounts": [{"name": "Бета"}]}),
        encoding="utf-8")
    assert cli("import", str(db.parent / "two.json"), db=db).returncode == 0
    (backup,) = list_backups(db)
    return backup


def test_backups_are_listed_and_one_is_restored_by_its_name(cli, tmp_path: Path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    backup = _with_a_backup(cli, db)

    listing = cli("backups", db=db)
    assert listing.returncode == 0 and backup.name in listing.stdout
    assert "manual" in listing.stdout and "KB" in listing.stdout

    result = cli("restore", backup.name, db=db)
    assert result.returncode == 0, result.stderr
    assert "before-restore" in result.stdout
    assert _accounts(cli, db) == ["Альфа"]
    assert len(list_backups(db)) == 2


def test_a_bad_backup_is_one_line_and_changes_nothing(cli, tmp_path: Path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    _with_a_backup(cli, db)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is no database" * 500)
    before = db.read_bytes()

    for name in (str(junk), "missing.sqlite3"):
        result = cli("restore", name, db=db)
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert db.read_bytes() == before and len(list_backups(db)) == 1


def test_restore_refuses_a_database_open_in_a_window(cli, tmp_path: Path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    backup = _with_a_backup(cli, db)
    lock = hold(db)
    try:
        result = cli("restore", str(backup), db=db)
    finally:
        lock.release()
    assert result.returncode == 2 and "open in KAM Desktop" in result.stderr
    assert _accounts(cli, db) == ["Альфа", "Бета"]


def test_a_contact_is_exported_and_a_wrong_name_is_one_line(cli, tmp_path: Path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    _with_a_backup(cli, db)
    out = tmp_path / "ivanov.json"
    result = cli("contact", "export", "--account", "Альфа", "--contact", "Иванов Пётр",
                 "-o", str(out), db=db)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "Иванов Пётр"

    for account, contact in (("Альфа", "Петров"), ("Гамма", "Иванов Пётр")):
        result = cli("contact", "export", "--account", account, "--contact", contact,
                     "-o", str(tmp_path / "x.pdf"), db=db)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
