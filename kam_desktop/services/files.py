"""Reading a text file with one clear refusal, and writing a file in one step: the new
content goes to a temporary file beside the target, which then replaces it. A failure
leaves the old file (or none), never half of the new one."""
from __future__ import annotations

import os
import tempfile
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


