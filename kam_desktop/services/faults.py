"""Faults of the database file itself, told in words: another program holds it locked, it
cannot be written, the disk is full, or the file is damaged.

Every command of the command line and every read and write of the window run inside
:func:`database_faults`, so SQLite's errors reach the user as one :class:`DatabaseFault`
(an InputError: one line and exit code 2, or one dialog) instead of a traceback. The
transaction the fault interrupted has been rolled back: nothing was written.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.backup import DamagedDatabase

_LOCKED = Text("another program holds the database locked; close it (or wait for it to "
               "finish) and try again")
_DAMAGED = Text("the database file is damaged: run kam-desktop check, and restore the newest "
                "backup that passes it")
#: the words for SQLite's primary result codes (https://sqlite.org/rescode.html)
_REASONS = {
    sqlite3.SQLITE_BUSY: _LOCKED,
    sqlite3.SQLITE_LOCKED: _LOCKED,
    sqlite3.SQLITE_READONLY: Text("the database file cannot be written (it is read-only)"),
    sqlite3.SQLITE_IOERR: Text("the database file could not be read or written (an "
                               "input/output error of the disk)"),
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_FULL: Text("the disk is full: free some space and try again"),
    sqlite3.SQLITE_CANTOPEN: Text("the database file cannot be opened"),
    sqlite3.SQLITE_NOTADB: _DAMAGED,
}


class DatabaseFault(InputError):
    """The database file refused a read or a write; ``where`` is its path."""


def describe(error: BaseException) -> Text | None:
    """What went wrong with the database, in words; None when ``error`` did not come
    from the database."""
    if isinstance(error, DamagedDatabase):
        return _DAMAGED
    if isinstance(error, DBAPIError):
        error = error.orig
    if not isinstance(error, sqlite3.DatabaseError):
        return None
    reason = _REASONS.get((getattr(error, "sqlite_errorcode", None) or 0) & 0xFF)
    if reason is not None:
        return reason
    return Text("the database refused: {reason}", reason=str(error))


@contextmanager
def database_faults(path: Path | str) -> Iterator[None]:
    """Turn a fault of the database file at ``path`` into a :class:`DatabaseFault`."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, DamagedDatabase) as error:
        reason = describe(error)
        if reason is None:
            raise
        raise DatabaseFault(str(path), reason) from None
