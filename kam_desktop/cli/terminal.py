"""What the command line prints is safe for a terminal.

Names, references and dates in our output come from files other people made (bundles,
spreadsheets, interchange documents). An escape sequence among them could move the
cursor, retitle the terminal or hide the rest of a line, and bidirectional overrides
can make a line read differently from what it says. Every character of that kind is
dropped on the way out; line breaks and tabs stay.
"""
from __future__ import annotations

import contextlib
import json
import re
import sys
from typing import Any, Iterable, Iterator, TextIO

#: C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional marks,
#: embeddings, overrides and isolates of Unicode
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return UNSAFE.sub("", text)


class SafeStream:
    """A text stream that passes everything to ``stream`` but unsafe characters."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def __getattr__(self, name: str):  # flush, fileno, isatty, encoding, ...
        return getattr(self._stream, name)


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Standard output and error stripped of unsafe characters while the block runs."""
    out, err = sys.stdout, sys.stderr
    safe_out, safe_err = SafeStream(out), SafeStream(err)
    sys.stdout, sys.stderr = safe_out, safe_err
    try:
        yield
    finally:  # a stream the command replaced meanwhile (a broken pipe) stays replaced
        if sys.stdout is safe_out:
            sys.stdout = out
        if sys.stderr is safe_err:
            sys.stderr = err


def print_json(items: Iterable[Any]) -> None:
    """``--json`` output: each item's ``as_json()`` in a list, readable and in UTF-8."""
    json.dump([item.as_json() for item in items], sys.stdout, ensure_ascii=False, indent=2)
    print()
