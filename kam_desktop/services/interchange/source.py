"""From an interchange file to JSON: the whole document (read_document), or its accounts
one at a time (stream_accounts), so that an import holds neither the file's text nor its
parsed JSON whole: at 5,000 accounts the file is 260 MB, its text in memory 500 MB.

Streamed is the layout an export writes, "format" and "version" before "accounts". A file
laid out otherwise, or one that is not valid JSON, is read whole by read_document, which
says what is wrong where (json's own message, with the line and column)."""
from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import read_utf8
from kam_desktop.services.interchange.reading import accounts_of, check_header
from kam_desktop.services.interchange.values import describe
from kam_desktop.store import schema
from kam_desktop.store.database import collection_paused

#: characters read at a time; an account of the demo is about 50,000
CHUNK = 1 << 20
_SPACE = json.decoder.WHITESPACE


def read_document(path: Path) -> dict:
    """The JSON object in the file at ``path``. Fractional numbers are read as
    Decimal so that money keeps its exact value."""
    where = str(path)
    text = read_utf8(path)
    try:
        with collection_paused():
            document = json.loads(text, **_hooks(where))
    except InputError:
        raise
    except json.JSONDecodeError as error:
        raise InputError(where, Text("not valid JSON: {problem} at line {line}, column {column}",
                                     problem=error.msg, line=error.lineno,
                                     column=error.colno)) from None
    except (ValueError, RecursionError) as error:
        raise InputError(where, Text("not valid JSON: {problem}", problem=str(error))) from None
    if not isinstance(document, dict):
        raise InputError(where, Text("expected a JSON object, found {value}",
                                     value=describe(document)))
    return document


def stream_accounts(path: Path) -> Iterator[Any]:
    """The accounts of the file at ``path`` as JSON, one at a time: first the keys before
    them are checked (check_header), the keys after them once they are all given. The
    same values, and the same refusals, as ``accounts_of(read_document(path))``; a fault
    of the JSON is found where the reading reaches it, after the accounts before it."""
    where = str(path)
    try:
        with open(path, "rb") as file:
            text = _Text(file)
            decoder = json.JSONDecoder(**_hooks(where))
            keys = _keys_before_accounts(text, decoder)
            if keys is not None:
                _check_keys(keys)
                yield from _accounts(text, decoder)
                _keys_after_accounts(text, decoder, keys)
                _check_keys(keys)
                return
    except (OSError, ValueError, RecursionError) as error:
        if isinstance(error, InputError):
            raise
        read_document(path)  # says what is wrong, and where
        raise InputError(where, Text("not valid JSON: {problem}", problem=str(error))) from None
    yield from accounts_of(read_document(path))  # laid out otherwise: read whole


def _check_keys(keys: dict) -> None:
    """Check the document's keys but its accounts (which are being read on their own)."""
    reader = check_header(keys)
    reader.raw("accounts")
    reader.close()


def _hooks(where: str) -> dict[str, Callable]:
    """How the file's JSON is read: fractional numbers as Decimal; InputError for a
    number no field can hold, NaN or Infinity, and a key given twice."""
    def reject_constant(name: str) -> None:
        raise InputError(where, Text("{value} is not a number JSON allows", value=name))

    def bounded(read: Callable[[str], Any]) -> Callable[[str], Any]:
        def number(literal: str) -> Any:
            problem = schema.json_number_problem(literal)
            if problem:
                raise InputError(where, problem)
            return read(literal)
        return number

    def unique_keys(pairs: list[tuple[str, Any]]) -> dict:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise InputError(where, Text("the key {key} appears twice in one object",
                                             key=repr(key)))
            result[key] = value
        return result

    return {"parse_float": bounded(Decimal), "parse_int": bounded(int),
            "parse_constant": reject_constant, "object_pairs_hook": unique_keys}


class _Text:
    """The file's text, decoded a chunk at a time: ``text[at:]`` is what is not read yet."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text, self.at, self.ended = "", 0, False

    def more(self, size: int = CHUNK) -> None:
        """Read on (UnicodeDecodeError if it is not UTF-8)."""
        chunk = self.file.read(size)
        self.ended = not chunk
        self.text = self.text[self.at:] + self.decoder.decode(chunk, final=self.ended)
        self.at = 0

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), left unread."""
        while True:
            self.at = _SPACE.match(self.text, self.at).end()
            if self.at < len(self.text) or self.ended:
                return self.text[self.at:self.at + 1]
            self.more()

    def take(self, char: str) -> bool:
        """Read ``char`` if it comes next."""
        if self.peek() != char:
            return False
        self.at += 1
        return True

    def value(self, decoder: json.JSONDecoder) -> Any:
        """The JSON value that comes next. A value cut off by the end of the text read so
        far is read again with more text; it is an error only at the end of the file."""
        self.peek()
        size = CHUNK
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.at)
            except json.JSONDecodeError:
                if self.ended:
                    raise
                self.more(size)
                size *= 2  # so that a long value is not read again and again
                continue
            if end < len(self.text) or self.ended:  # a number may go on in the next chunk
                self.at = end
                return value
            self.more(size)


def _key(text: _Text, decoder: json.JSONDecoder) -> str:
    if text.peek() != '"':
        raise ValueError("expected a key")
    key = text.value(decoder)
    if not text.take(":"):
        raise ValueError("expected ':'")
    return key


def _keys_before_accounts(text: _Text, decoder: json.JSONDecoder) -> dict | None:
    """The keys of the document before "accounts", read up to the start of its list;
    None if the file is not laid out so."""
    keys: dict[str, Any] = {}
    if not text.take("{") or text.peek() == "}":
        return None
    while True:
        key = _key(text, decoder)
        if key == "accounts":
            ready = {"format", "version"} <= keys.keys() and text.take("[")
            return keys if ready else None
        if key in keys:
            return None
        keys[key] = text.value(decoder)
        if not text.take(","):
            return None


def _accounts(text: _Text, decoder: json.JSONDecoder) -> Iterator[Any]:
    """The values of the accounts' list, up to its end."""
    if text.take("]"):
        return
    while True:
        yield text.value(decoder)
        if text.take("]"):
            return
        if not text.take(","):
            raise ValueError("expected ',' or ']'")


def _keys_after_accounts(text: _Text, decoder: json.JSONDecoder, keys: dict) -> None:
    """Add the document's keys after the accounts to ``keys``, to the end of the file."""
    while text.take(","):
        key = _key(text, decoder)
        if key in keys or key == "accounts":
            raise ValueError("a key given twice")
        keys[key] = text.value(decoder)
    if not text.take("}") or text.peek():
        raise ValueError("expected the end of the document")
