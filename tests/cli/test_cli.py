"""The command line as a user runs it: a real process on a real database file."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.store import migrations

COMMANDS = ["demo", "import", "export", "accounts", "check", "backup"]


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help(cli, command) -> None:
    result = cli(*command, "--help")
    assert result.returncode == 0
    assert "usage: kam-desktop" in result.stdout


def test_version_prints_the_packages_version(cli) -> None:
    import kam_desktop

    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout == f"kam-desktop {kam_desktop.__version__}\n"


def test_check_on_a_new_database(cli, db_path: Path) -> None:
    result = cli("check", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout and db_path.exists()


def test_db_path_from_the_environment(cli, tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = cli("check", env={"KAM_DESKTOP_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_backup_writes_a_file_beside_the_database(cli, db_path: Path) -> None:
    result = cli("backup", db=db_path)
    assert result.returncode == 0, result.stderr
    assert len(list((db_path.parent / "backups").glob("*.sqlite3"))) == 1


def test_a_file_that_is_not_a_database_is_refused_untouched(cli, tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_bytes(b"this is not a database, but it is important\n" * 100)
    before = hashlib.sha256(not_a_db.read_bytes()).hexdigest()
    result = cli("accounts", db=not_a_db)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot open the database" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(not_a_db.read_bytes()).hexdigest() == before


def test_demo_then_accounts(cli, db_path: Path) -> None:
    result = cli("demo", "--accounts", "25", "--seed", "7", db=db_path)
    assert result.returncode == 0, result.stderr
    listed = cli("accounts", "--json", db=db_path)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 25
    assert {row["abc"] for row in rows} <= {"A", "B", "C", "D"}
    assert "A" in {row["abc"] for row in rows}
    text = cli("accounts", db=db_path).stdout
    assert rows[0]["name"] in text


def test_demo_refuses_a_database_that_holds_accounts(cli, db_path: Path) -> None:
    assert cli("demo", "--accounts", "3", db=db_path).returncode == 0
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = cli("demo", "--accounts", "3", db=db_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.strip()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_empty_portfolio_says_so(cli, db_path: Path) -> None:
    result = cli("accounts", db=db_path)
    assert result.returncode == 0
    assert "No accounts" in result.stdout


def test_a_database_from_a_newer_version_is_refused_untouched(cli, db_path: Path) -> None:
    import sqlite3

    assert cli("check", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    result = cli("accounts", db=db_path)
    assert result.returncode == 2 and "newer version" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not (db_path.parent / "backups").exists()


def test_a_backup_that_cannot_be_written_is_one_line(cli, db_path: Path) -> None:
    assert cli("check", db=db_path).returncode == 0
    (db_path.parent / "backups").write_text("a file where the folder should be")
    result = cli("backup", db=db_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_contact_erase_from_the_command_line(cli, db_path: Path, tmp_path: Path) -> None:
    import sqlite3

    document = tmp_path / "one.json"
    document.write_text(json.dumps({"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Омега", "contacts": [{"name": "Кузнецова Вера", "email": "vera@example.ru",
                                         "personal": {"interests": "ОсобаяПриметаВеры"}}]}]},
        ensure_ascii=False), encoding="utf-8")
    assert cli("import", str(document), db=db_path).returncode == 0
    assert cli("backup", db=db_path).returncode == 0

    refused = cli("contact", "erase", "--account", "Омега", "--contact", "Кузнецова Вера",
                  db=db_path, input="")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    unknown = cli("contact", "erase", "--account", "Омега", "--contact", "Никто", "--yes",
                  db=db_path)
    assert unknown.returncode == 2 and "no contact called" in unknown.stderr

    done = cli("contact", "erase", "--account", "Омега", "--contact", "Кузнецова Вера",
               "--yes", "--by", "Соколова", db=db_path)
    assert done.returncode == 0, done.stderr
    assert "1 backup" in done.stdout
    for path in db_path.parent.rglob("*"):
        if path.is_file() and path != document:
            content = path.read_bytes()
            for secret in ("Кузнецова Вера", "vera@example.ru", "ОсобаяПриметаВеры"):
                assert secret.encode() not in content, f"{secret} left in {path.name}"
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT erased_by FROM erasure_log").fetchall() == [("Соколова",)]


@pytest.mark.parametrize("command", [["check"], ["accounts"], ["demo", "--accounts", "2"],
                                     ["backup"], ["export", "out.json"]])
def test_another_programs_database_is_refused_untouched(cli, tmp_path: Path, command) -> None:
    foreign = tmp_path / "places.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        connection.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    connection.close()
    before = hashlib.sha256(foreign.read_bytes()).hexdigest()
    result = cli(*command, db=foreign)
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "is a database of another program (its tables: moz_places)" in result.stderr
    assert hashlib.sha256(foreign.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_check_reports_an_old_schema_and_leaves_it_old(cli, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    old.write_bytes((Path(__file__).parents[1] / "data" / "schema_0001.sqlite3").read_bytes())
    result = cli("check", db=old)
    expected = f"expected {migrations.head_revision()}"
    assert result.returncode != 0 and expected in result.stdout + result.stderr
    assert not (tmp_path / "backups").exists()  # nothing was migrated, so nothing backed up
    assert cli("accounts", db=old).returncode == 0  # a command that writes migrates
    assert cli("check", db=old).returncode == 0


def test_a_database_open_in_a_window_is_not_written_by_the_command_line(
        cli, db_path: Path, tmp_path: Path) -> None:
    from kam_desktop.store import window_lock

    assert cli("demo", "--accounts", "2", db=db_path).returncode == 0
    before = db_path.read_bytes()
    held = window_lock.hold(db_path)  # the window
    try:
        for command in (["demo", "--accounts", "2"], ["import", str(tmp_path / "x.json")],
                        ["sync", "import", str(tmp_path / "x.kamsync")]):
            result = cli(*command, db=db_path)
            assert result.returncode == 2 and result.stdout == ""
            assert result.stderr.count("\n") == 1 and "open in KAM Desktop" in result.stderr
            assert "close its window" in result.stderr and "Traceback" not in result.stderr
        for command in (["accounts"], ["check"], ["export", str(tmp_path / "out.json")]):
            assert cli(*command, db=db_path).returncode == 0  # reading may go on
    finally:
        held.release()
    assert db_path.read_bytes() == before
    assert cli("demo", "--accounts", "2", db=db_path).returncode == 2  # not empty: its own refusal
    assert "open in KAM Desktop" not in cli("demo", "--accounts", "2", db=db_path).stderr
