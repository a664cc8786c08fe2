"""One window per database. While KAM Desktop shows a database it holds an
operating-system lock on a file beside it (``portfolio.sqlite3.window``): a second
start on the same database finds it held and hands its arguments to the running
window, and the command line refuses to write to it (two writers would each keep
their own undo history and stale views).

The lock is the system's (``flock`` on Linux and macOS, ``msvcrt.locking`` on
Windows), so it goes with the process: a window that crashed leaves no stale lock.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

SUFFIX = ".window"


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


class WindowLock:
    """The lock of a database held by this process (``handle`` None: nothing to hold,
    see :func:`hold`); :meth:`release` lets it go."""

    def __init__(self, handle: int | None) -> None:
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        if sys.platform == "win32":
            import msvcrt

            os.lseek(self._handle, 0, os.SEEK_SET)
            msvcrt.locking(self._handle, msvcrt.LK_UNLCK, 1)
        os.close(self._handle)  # closing also ends a flock
        self._handle = None


def hold(db_path: Path) -> WindowLock | None:
    """Take the lock of the database at ``db_path``; None when another window holds
    it. A folder where no lock file can be made (read-only) holds no lock either: the
    database itself could not be written there."""
    try:
        handle = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return WindowLock(None)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return None
    return WindowLock(handle)


def open_in_window(db_path: Path) -> bool:
    """Whether a window holds the database at ``db_path`` (this process's own lock
    counts too)."""
    if not lock_path(db_path).exists():
        return False
    lock = hold(db_path)
    if lock is None:
        return True
    lock.release()
    return False
