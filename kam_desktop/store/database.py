"""Opening the portfolio database: location, engine pragmas, migrations at start-up."""
from __future__ import annotations

import functools
import gc
import os
import sqlite3
import threading
from collections import namedtuple
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Connection, Engine, Select, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.store import clock, last_met, lifecycle_history
from kam_desktop.store.changes import notice_changes
from kam_desktop.store.clock import track_changes
from kam_desktop.store.functions import register_sqlite_functions
from kam_desktop.store.location import APP_NAME, DB_ENV, DB_FILENAME, default_db_path

#: with where the database is (store.location), as the callers know them from here
__all__ = ["APP_NAME", "BUSY_TIMEOUT_ENV", "DB_ENV", "DB_FILENAME", "Database",
           "collection_paused", "default_db_path", "make_engine", "mapped_read", "named_rows",
           "open_database", "reads_mapped", "refuse_foreign"]

T = TypeVar("T")
#: seconds a command waits for a database another program holds locked (default 5)
BUSY_TIMEOUT_ENV = "KAM_DESKTOP_BUSY_TIMEOUT"
#: how much of the file a read of the whole portfolio maps into memory (SQLite caps it at
#: its own limit, 2 GB as usually built)
MAPPED_READ_BYTES = 1 << 32


def _prepare_sqlite_connection(dbapi_connection, _record) -> None:
    register_sqlite_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    # deleted rows (an erased person's notes) are overwritten, not left in free pages
    cursor.execute("PRAGMA secure_delete=ON")
    # 64 MB of page cache: big transactions (demo, imports) over UUID-keyed indexes
    # otherwise keep spilling the default 2 MB cache
    cursor.execute("PRAGMA cache_size=-65536")
    # no ANALYZE nor PRAGMA optimize: the indexes are made for the planner without
    # statistics, and with them (full or sampled) the reads of Today and the portfolio
    # took longer at 5,000 accounts: 1.9-2.0 s -> 2.2 s in all, some queries 3 to 17 times
    cursor.close()


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while many objects are made and few
    become garbage: a read of the whole portfolio, or a large file read, imported or
    merged. Set off by every 700 new objects, its passes over the objects in flight took
    a tenth of a bundle's fresh import, a quarter of an interchange import and, at 20,000
    accounts, a third of the dossiers' completeness. What becomes garbage meanwhile is
    collected by the first pass after. Where collection was off, it stays off.

    Only on the main thread: the window reads and merges on other threads, with
    collection off, and collects on its own (ui.collector); a worker that switched it
    back on when it ended could undo the window switching it off meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def mapped_read(session: Session) -> Iterator[None]:
    """Let SQLite read the file through a memory map while a read of the whole portfolio
    runs (on SQLite; elsewhere nothing changes). At 20,000 accounts such a read touches
    more pages than the page cache holds, and every page it had to drop it read again by
    a system call (issue #15: the pages read grew ×4.4–5.3 for ×4 the accounts); mapped,
    the operating system's cache serves each page in place. The map goes when the read
    ends, so the pages it touched leave the resident memory with it; a read inside another
    leaves the outer one's map as it found it.

    The read's temporary b-trees (grouped subqueries, indexes SQLite makes for a join) stay
    in memory too: in a temporary file, whose cache is 2 MB, the portfolio's figures read
    33,641 pages back from it at 20,000 accounts."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    raw = session.connection().connection.dbapi_connection
    mapped, temporary = (raw.execute(f"PRAGMA {name}").fetchone()[0]
                         for name in ("mmap_size", "temp_store"))
    raw.execute(f"PRAGMA mmap_size={MAPPED_READ_BYTES}")
    raw.execute("PRAGMA temp_store=MEMORY")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA mmap_size={mapped}")
        raw.execute(f"PRAGMA temp_store={temporary}")


def named_rows(connection: Connection, statement: Select) -> list[tuple]:
    """The rows of ``statement`` as named tuples, for reads that go over thousands of rows
    by their columns' names: a name looked up on SQLAlchemy's Row costs about 0.3 µs, on
    a named tuple a tenth of that (the portfolio's rows are read by 25 names each)."""
    result = connection.execute(statement)
    return list(map(_row_type(tuple(result.keys()))._make, result))


@functools.cache
def _row_type(names: tuple[str, ...]) -> type:
    return namedtuple("Row", names)


def reads_mapped(read: Callable[..., T]) -> Callable[..., T]:
    """A read of the whole portfolio, ``read(session, …)``, run in :func:`mapped_read`
    with the collection paused (:func:`collection_paused`)."""
    @functools.wraps(read)
    def mapped(session: Session, *args, **kwargs) -> T:
        with mapped_read(session), collection_paused():
            return read(session, *args, **kwargs)
    return mapped


def make_engine(path: Path | str) -> Engine:
    """An engine on the SQLite file ``path`` with the pragmas every connection needs."""
    try:
        timeout = float(os.environ.get(BUSY_TIMEOUT_ENV, "5"))
    except ValueError:
        timeout = 5.0
    engine = create_engine(f"sqlite:///{Path(path)}", connect_args={"timeout": timeout})
    event.listen(engine, "connect", _prepare_sqlite_connection)
    return engine


@dataclass
class Database:
    """An open, migrated portfolio database."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed at the end, or rolled back on any error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def refuse_foreign(db_path: Path) -> None:
    """Raise ForeignDatabaseError when ``db_path`` is a non-empty SQLite database without
    our schema. It is read without a single write (our connections switch the file to
    WAL, which would already change another program's file)."""
    from kam_desktop.store.migrations import ForeignDatabaseError

    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as raw:
            tables = {row[0] for row in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode != sqlite3.SQLITE_NOTADB:
            return  # locked, unreadable, damaged…: opening it says so in its own words
        raise ForeignDatabaseError(f"{db_path.name} is not an SQLite database ({error})") \
            from None
    if tables and "alembic_version" not in tables:
        raise ForeignDatabaseError(f"{db_path.name} is a database of another program "
                                   f"(its tables: {', '.join(sorted(tables)[:5])}); "
                                   "KAM Desktop leaves it untouched")


def open_database(path: Path | str | None = None, *, backup: bool = True,
                  migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date.

    An existing database that needs migrating is backed up first. Another program's
    database is refused untouched; ``migrate=False`` (a command that only reads) leaves
    an older schema as it is.
    """
    from kam_desktop.store import backup as backups
    from kam_desktop.store import migrations

    db_path = Path(path) if path is not None else default_db_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    refuse_foreign(db_path)
    existed = db_path.exists() and db_path.stat().st_size > 0
    engine = make_engine(db_path)
    if (migrate or not existed) and migrations.needs_upgrade(engine):
        if existed and backup:
            backups.make_backup(engine, db_path, reason="pre-migration")
        migrations.upgrade(engine)
    if migrations.current_revision(engine) == migrations.HEAD:
        with engine.begin() as connection:
            clock.repair_future(connection)  # a clock a forged or wrong-dated bundle poisoned
            last_met.catch_up(connection)  # planned meetings whose day has come
    sessions = sessionmaker(engine, expire_on_commit=False)
    track_changes(sessions)  # stamps real changes for the exchange between laptops
    notice_changes(sessions)  # tells the window what a write changed
    last_met.track_last_met(sessions)  # keeps "last met" true on every write
    lifecycle_history.track_lifecycle(sessions)  # dates every change of a stage
    return Database(db_path, engine, sessions)
