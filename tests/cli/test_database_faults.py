"""Every command that writes, run against a database that another program holds locked,
that cannot be written, that sits on a full disk, or that is damaged: one line on stderr,
exit code 2, no traceback, and the database file byte for byte as it was."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

#: the words each fault is told in
WORDS = {"locked": "locked", "read-only": "read-only", "full": "disk is full",
         "damaged": "damaged"}
#: a short wait for the lock: the wait itself is not what is tested
QUICK = {"KAM_DESKTOP_BUSY_TIMEOUT": "0.2"}


def _checked(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> dict:
    """A portfolio, an empty database, and a colleague's accounts in every form a
    command takes them in."""
    folder = tmp_path_factory.mktemp("material")
    portfolio, empty, others = (folder / f"{name}.sqlite3"
                                for name in ("portfolio", "empty", "others"))
    _checked(_run(["demo", "--accounts", "12"], portfolio))
    _checked(_run(["check"], empty))
    _checked(_run(["demo", "--accounts", "3", "--seed", "2"], others))
    _checked(_run(["export", str(folder / "others.json")], others))
    _checked(_run(["sync", "export", "-o", str(folder / "others.kamsync"), "--no-password"],
                  others))
    _checked(_run(["export-table", "contacts", "--lang", "en", "-o",
                   str(folder / "others.csv")], others))
    header = (folder / "others.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    (folder / "mapping.json").write_text(json.dumps(
        {"name": header[0], "contact_name": header[1]}), encoding="utf-8")
    with contextlib.closing(sqlite3.connect(portfolio)) as connection:
        account, contact = connection.execute(
            "SELECT account.name, contact.name FROM contact JOIN account "
            "ON account.id = contact.account_id ORDER BY contact.name LIMIT 1").fetchone()
    return {"portfolio": portfolio, "empty": empty, "folder": folder,
            "account": account, "contact": contact}


def _commands(m: dict) -> dict[str, tuple[str, list[str]]]:
    """Each command that writes: the database it starts from and its arguments."""
    folder = m["folder"]
    return {
        "demo": ("empty", ["demo", "--accounts", "3"]),
        "import": ("portfolio", ["import", str(folder / "others.json")]),
        "import-table": ("portfolio", ["import-table", str(folder / "others.csv"), "--map",
                                       str(folder / "mapping.json")]),
        "sync import": ("portfolio", ["sync", "import", str(folder / "others.kamsync")]),
        "sync export": ("portfolio", ["sync", "export", "-o", str(folder / "out.kamsync"),
                                      "--no-password"]),
        "contact erase": ("portfolio", ["contact", "erase", "--account", m["account"],
                                        "--contact", m["contact"], "--yes"]),
        "backup": ("portfolio", ["backup"]),
    }


COMMANDS = ["demo", "import", "import-table", "sync import", "sync export", "contact erase",
            "backup"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- the faults ------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(db: Path) -> Iterator[dict]:
    """Another program in the middle of a write transaction."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield {}
    finally:
        holder.execute("ROLLBACK")
        holder.close()


@contextlib.contextmanager
def _read_only(db: Path) -> Iterator[dict]:
    """A file that cannot be written: immutable for root (chattr +i), read-only by its
    permissions for anyone else."""
    if os.geteuid() != 0:
        db.chmod(0o444)
        yield {}
        return
    if shutil.which("chattr") is None or subprocess.run(
            ["chattr", "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("root ignores file permissions, and chattr +i does not work here")
    try:
        yield {}
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)


def _fill(folder: Path, room: int) -> None:
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    with open(folder / "filler", "wb") as filler:
        filler.write(b"\0" * max(0, free - room))


@contextlib.contextmanager
def _full(db: Path) -> Iterator[dict]:
    """The database on a small tmpfs with room left for SQLite's shared-memory index
    (32 KB) and one page (4 KB), no more. (A limit on file sizes is no stand-in: SQLite
    writes a transaction to the write-ahead log, which starts empty, and reports the
    limit as an input/output error.)"""
    disk = db.parent / "disk"
    disk.mkdir()
    mounting = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(disk)],
                              capture_output=True, text=True)
    if mounting.returncode != 0:
        pytest.skip(f"a full disk needs a small tmpfs, which cannot be mounted here: "
                    f"{mounting.stderr.strip()}")
    try:
        on_disk = disk / db.name
        shutil.copy2(db, on_disk)
        _fill(disk, 36 * 1024)
        yield {"db": on_disk}
    finally:
        subprocess.run(["umount", str(disk)], check=True)


@contextlib.contextmanager
def _damaged(db: Path) -> Iterator[dict]:
    """Garbage over the account table's first page and a few pages in the middle: every
    one of these commands reads accounts."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'account'").fetchone()[0]
    pages = db.stat().st_size // page_size
    with open(db, "r+b") as file:
        for page in (root, *range(pages // 2, pages // 2 + 3)):
            file.seek((page - 1) * page_size)
            file.write(bytes(range(256)) * (page_size // 256))
    yield {}


FAULTS = {"locked": _locked, "read-only": _read_only, "full": _full, "damaged": _damaged}


def _run(args: list[str], db: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "kam_desktop", "--db", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **QUICK})


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_fault_of_the_database_is_one_line_and_changes_nothing(
        material, tmp_path, command, fault) -> None:
    start, args = _commands(material)[command]
    db = tmp_path / "portfolio.sqlite3"
    shutil.copy2(material[start], db)
    with FAULTS[fault](db) as how:
        db = how.get("db", db)
        before = _digest(db)
        result = _run(args, db)
        after = _digest(db)
    if (command, fault) in (("backup", "locked"), ("backup", "read-only")):
        # a backup only reads the database: a writer's lock or a read-only file is no
        # reason to refuse one
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("kam-desktop: error: ")
        assert WORDS[fault] in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert after == before


def test_check_reports_the_damage(material, tmp_path) -> None:
    db = tmp_path / "portfolio.sqlite3"
    shutil.copy2(material["portfolio"], db)
    with _damaged(db):
        result = _run(["check"], db)
    assert result.returncode == 1
    assert result.stderr.startswith("integrity: ") and "Traceback" not in result.stderr


def test_a_damaged_database_is_never_backed_up(material, tmp_path) -> None:
    """Its copies would push the good backups out of the rotation."""
    db = tmp_path / "portfolio.sqlite3"
    shutil.copy2(material["portfolio"], db)
    _checked(_run(["backup"], db))
    good = sorted((tmp_path / "backups").iterdir())
    with _damaged(db):
        for _ in range(12):  # more than the rotation keeps
            result = _run(["backup"], db)
            assert result.returncode == 2 and "damaged" in result.stderr
    assert sorted((tmp_path / "backups").iterdir()) == good
