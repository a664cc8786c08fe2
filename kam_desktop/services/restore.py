"""Bringing a backup back in place of the database.

The backup is copied beside the database and checked there first (SQLite's integrity
check, and that it is a KAM Desktop database at a schema this version knows; an older
one is migrated): a bad backup is refused with nothing changed. Then the database as it
is now is backed up ("before-restore"), the people erased from it since are erased again
from the copy (an erasure holds whatever backup comes back), and the copy takes the
database's place in one ``os.replace``. The caller closes its own connections first.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError

from kam_desktop.domain.text import Text
from kam_desktop.services.erasure import erase_again, scrub_files
from kam_desktop.services.errors import InputError
from kam_desktop.store import clock, migrations
from kam_desktop.store.backup import (
    DamagedDatabase,
    backup_dir,
    backup_reason,
    backup_time,
    list_backups,
    make_backup,
)
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import ErasureLog, SyncReplica, SyncTombstone

REASON = "before-restore"
#: beside the database while it is being restored; never a real database's name
_RESTORING = ".restoring"


@dataclass(frozen=True)
class BackupInfo:
    """One backup beside the database, as a list shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database, newest first."""
    return [BackupInfo(path, backup_time(path), backup_reason(path) or "manual",
                       path.stat().st_size) for path in list_backups(db_path)]


@dataclass
class Restored:
    """What a restore did: the backup of the database as it was before (None when there
    was no database, or it was too damaged to be backed up: ``damaged`` keeps its copy)
    and how many people erased since the backup were erased from it again."""

    backup: Path
    kept: Path | None = None
    damaged: Path | None = None
    migrated: bool = False
    erased_again: list[uuid.UUID] = field(default_factory=list)


@dataclass
class _Erasures:
    """The erasures of the database as it is now, carried into the restored copy."""

    tombstones: list = field(default_factory=list)  # (record id, account id, hlc, replica)
    replicas: dict = field(default_factory=dict)  # replica uuid -> name
    log: list = field(default_factory=list)  # rows of the erasure log
    clock: int = 0


def find_backup(db_path: Path, name: str | Path) -> Path:
    """A backup given by its path, or by its file name in the backups folder."""
    path = Path(name).expanduser()
    if not path.is_file() and (backup_dir(db_path) / path.name).is_file():
        path = backup_dir(db_path) / path.name
    if not path.is_file():
        raise InputError(str(name), Text("there is no such backup"))
    return path


def restore_backup(db_path: Path, backup: Path) -> Restored:
    """Put ``backup`` in place of the database at ``db_path`` (whose connections are
    closed). Raises InputError, with nothing changed, when the backup is not a sound
    KAM Desktop database."""
    backup = find_backup(db_path, backup)
    staged = db_path.with_name(db_path.name + _RESTORING)
    _remove_with_journal(staged)
    try:
        old_revision = _stage(backup, staged)
        result = Restored(backup, migrated=old_revision != migrations.HEAD)
        erasures = _keep_current(db_path, result)
        result.erased_again = _apply_erasures(staged, erasures)
        _settle(staged)
        _switch(staged, db_path)
    finally:
        _remove_with_journal(staged)
    if result.erased_again:
        engine = make_engine(db_path)
        try:
            for contact_id in result.erased_again:
                scrub_files(engine, db_path, contact_id)
        finally:
            engine.dispose()
    return result


def _stage(backup: Path, staged: Path) -> str:
    """Copy the backup to ``staged`` and check the copy; returns its schema revision."""
    where = str(backup)
    try:
        # read-write: a read-only connection to a WAL file would leave its -wal and -shm
        with closing(sqlite3.connect(backup)) as source, closing(sqlite3.connect(staged)) as copy:
            source.backup(copy)
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = copy.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
    except sqlite3.DatabaseError as error:
        raise InputError(where, Text("the file is not a sound database ({reason}); "
                                     "nothing was restored", reason=str(error))) from None
    if problems != ["ok"]:
        raise InputError(where, Text("the backup fails the integrity check ({reason}); "
                                     "nothing was restored", reason=problems[0]))
    if revision is None:
        raise InputError(where, Text("the file is not a KAM Desktop database; "
                                     "nothing was restored"))
    engine = make_engine(staged)
    try:
        migrations.needs_upgrade(engine)
    except migrations.NewerSchemaError:
        raise InputError(where, Text("the backup was written by a newer version of KAM "
                                     "Desktop; nothing was restored")) from None
    finally:
        engine.dispose()
    return revision[0]


def _keep_current(db_path: Path, result: Restored) -> _Erasures:
    """Back the database up as it is now and read its erasures; its write-ahead log is
    emptied, so that the file alone holds it."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return _Erasures()
    engine = make_engine(db_path)
    try:
        try:
            result.kept = make_backup(engine, db_path, reason=REASON)
        except (DamagedDatabase, sqlite3.DatabaseError, DBAPIError):
            result.damaged = _copy_damaged(db_path)
        try:
            with engine.connect() as connection:
                erasures = _read_erasures(connection)
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        except Exception:  # a damaged database: the erasures it still knows are lost
            erasures = _Erasures()
        return erasures
    finally:
        engine.dispose()


def _copy_damaged(db_path: Path) -> Path:
    """A plain copy of a database too damaged to be backed up, outside the rotation."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir(db_path) / f"{db_path.stem}-{stamp}-damaged.bad"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, target)
    wal = _journal(db_path, "-wal")
    if wal.exists():
        shutil.copyfile(wal, _journal(target, "-wal"))
    return target


def _read_erasures(connection) -> _Erasures:
    tables = set(inspect(connection).get_table_names())
    erasures = _Erasures()
    if "erasure_log" in tables:
        erasures.log = [dict(row) for row in connection.execute(
            select(ErasureLog.__table__)).mappings()]
    if "sync_tombstone" in tables:
        replica = SyncReplica.__table__
        tomb = SyncTombstone.__table__
        erasures.tombstones = connection.execute(
            select(tomb.c.record_id, tomb.c.account_id, tomb.c.hlc, replica.c.id)
            .join(replica, replica.c.no == tomb.c.replica_no)
            .where(tomb.c.table_name == "contact", tomb.c.erased.is_(True))).all()
        erasures.replicas = dict(connection.execute(select(replica.c.id, replica.c.name)).all())
        erasures.clock = connection.execute(select(func.max(replica.c.clock))).scalar() or 0
    return erasures


def _apply_erasures(staged: Path, erasures: _Erasures) -> list[uuid.UUID]:
    """Migrate the copy, erase again the people erased since, carry the erasure log
    over, and move the copy's clock past every stamp the database issued (a restored
    laptop must not stamp new edits older than those its colleagues already have)."""
    database = open_database(staged, backup=False)
    erased = []
    try:
        with database.engine.begin() as connection:
            logged = set(connection.execute(select(ErasureLog.id)).scalars())
            rows = [row for row in erasures.log if row["id"] not in logged]
            if rows:
                connection.execute(insert(ErasureLog.__table__), rows)
            for contact_id, account_id, hlc, replica_id in erasures.tombstones:
                stamp = (hlc, _replica_no(connection, replica_id, erasures.replicas))
                if erase_again(connection, contact_id=contact_id, account_id=account_id,
                               stamp=stamp):
                    erased.append(contact_id)
            clock.observe(connection, erasures.clock)
    finally:
        database.close()
    return erased


def _replica_no(connection, replica_id: uuid.UUID, names: dict) -> int:
    """The copy's number for the laptop ``replica_id``, known to it from now on."""
    replica = SyncReplica.__table__
    no = connection.execute(select(replica.c.no).where(replica.c.id == replica_id)).scalar()
    if no is None:
        connection.execute(insert(replica).values(id=replica_id, name=names.get(replica_id),
                                                  is_self=False, clock=0))
        return _replica_no(connection, replica_id, names)
    return no


def _settle(staged: Path) -> None:
    """Make the copy one self-contained file on the disk: no write-ahead log beside it."""
    with closing(sqlite3.connect(staged)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())


def _switch(staged: Path, db_path: Path) -> None:
    """The copy takes the database's place at once. The old database's log is empty
    (checkpointed) and goes first: left beside the new file it would be replayed into it."""
    for suffix in ("-wal", "-shm"):
        _journal(db_path, suffix).unlink(missing_ok=True)
    os.replace(staged, db_path)
    if hasattr(os, "O_DIRECTORY"):  # the rename itself reaches the disk (POSIX)
        folder = os.open(db_path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _journal(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_with_journal(path: Path) -> None:
    for each in (path, _journal(path, "-wal"), _journal(path, "-shm"),
                 _journal(path, "-journal")):
        each.unlink(missing_ok=True)
