"""Reading a text file with one clear refusal, and writing a file in one step: the new
content goes to a temporary file beside the target, which then replaces it. A failure
leaves the old file (or none), never half of the new one."""
from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError


def read_utf8(path: Path) -> str:
    """The text of a UTF-8 file (a byte-order mark is tolerated); InputError naming the
    file when it cannot be read or is not UTF-8."""
    where = str(path)
    try:
        return Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise InputError(where, Text("cannot read the file: {reason}",
                                     reason=error.strerror or str(error))) from None
    except UnicodeDecodeError:
        raise InputError(where, Text("the file is not UTF-8 text")) from None


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write(file)`` on a temporary file, then move it over ``path``."""
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise cannot_write(path, error) from None
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException as error:
        Path(temp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise cannot_write(path, error) from None
        raise


def cannot_write(path: Path, error: OSError) -> InputError:
    return InputError(str(path), Text("cannot write the file: {reason}",
                                      reason=error.strerror or str(error)))


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a large file is read, imported or
    merged: set off by every 700 new objects, its passes over the records in flight (over
    a million objects in an interchange file of 1,000 accounts, few of them garbage) took
    a tenth of a bundle's fresh import and a quarter of an interchange import. What becomes
    garbage meanwhile is collected by the first pass after. Where collection was off (in
    the window, which collects on its own thread: ui.collector), it stays off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
