"""Backups of the portfolio database through SQLite's online backup API.

A backup is a consistent copy even while the application has the database open
(a plain file copy of a WAL database is not). Backups live in ``backups/`` beside
the database and rotate: the newest ten are kept, plus the newest one of each of
the last eight weeks.

A copy is kept only when it passes SQLite's quick check: a damaged database is refused
instead of being copied into the rotation, where its copies would push the good backups
out. So the newest backup is always a good one, and the rotation always keeps it.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import Engine

KEEP_LATEST = 10
KEEP_WEEKS = 8
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-(?P<reason>[a-z-]+))?\.sqlite3$")


class DamagedDatabase(Exception):
    """The database fails SQLite's quick check: no backup of it is kept."""


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(engine: Engine, db_path: Path, *, reason: str = "manual",
                now: datetime | None = None, rotating: bool = True) -> Path:
    """Write a consistent copy of the database and rotate old copies (unless not
    ``rotating``: see :func:`withdraw_backup`). Returns its path.

    Raises DamagedDatabase, and keeps nothing, when the copy fails the quick check."""
    now = now or datetime.now(timezone.utc)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{db_path.stem}-{now.strftime(_STAMP)}-{reason}.sqlite3"
    partial = target.with_suffix(".partial")
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(destination)
            problems = _quick_check(destination)
        finally:
            destination.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        raw.close()
    if problems:
        partial.unlink()
        raise DamagedDatabase(problems)
    partial.replace(target)  # never leave a half-written backup under a real name
    if rotating:
        rotate(folder, now=now)
    return target


def withdraw_backup(path: Path) -> None:
    """Delete a backup taken, without rotating, before a change that then did not
    happen, and its folder when that leaves it empty: the database is as it was, and no
    older copy made way for this one."""
    path.unlink(missing_ok=True)
    try:
        path.parent.rmdir()
    except OSError:  # other backups are there
        pass


def _quick_check(connection: sqlite3.Connection) -> list[str]:
    """The problems SQLite's quick check finds (none: the copy is sound); a copy too
    damaged to be checked at all raises sqlite3.DatabaseError."""
    found = [row[0] for row in connection.execute("PRAGMA quick_check")]
    return [] if found == ["ok"] else found


def backup_time(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=timezone.utc)


def backup_reason(path: Path) -> str | None:
    """Why the backup was written ("manual", "pre-migration", …), from its name."""
    match = _NAME.match(path.name)
    return match["reason"] if match else None


def backups_to_keep(stamps: list[datetime], now: datetime) -> set[datetime]:
    """The rotation rule: the newest ``KEEP_LATEST``, plus the newest of each of the
    last ``KEEP_WEEKS`` ISO weeks (the current week included)."""
    newest_first = sorted(stamps, reverse=True)
    keep = set(newest_first[:KEEP_LATEST])
    this_monday = (now - timedelta(days=now.weekday())).date()
    oldest_week = this_monday - timedelta(weeks=KEEP_WEEKS - 1)
    seen_weeks: set = set()
    for stamp in newest_first:
        monday = (stamp - timedelta(days=stamp.weekday())).date()
        if monday >= oldest_week and monday not in seen_weeks:
            seen_weeks.add(monday)
            keep.add(stamp)
    return keep


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = [(backup_time(p), p) for p in folder.glob(f"{db_path.stem}-*.sqlite3")]
    return [p for stamp, p in sorted((f for f in found if f[0]), reverse=True)]


def rotate(folder: Path, *, now: datetime) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns the deleted paths."""
    by_stem: dict[str, list[tuple[datetime, Path]]] = {}
    for path in folder.glob("*.sqlite3"):
        match = _NAME.match(path.name)
        if match:
            by_stem.setdefault(match["stem"], []).append((backup_time(path), path))
    deleted = []
    for entries in by_stem.values():
        keep = backups_to_keep([stamp for stamp, _ in entries], now)
        for stamp, path in entries:
            if stamp not in keep:
                path.unlink()
                deleted.append(path)
    return deleted
