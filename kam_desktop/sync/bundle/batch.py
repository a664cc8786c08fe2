"""A run of a table's record lines checked at once, column by column (issue #15).

A fresh import reads hundreds of thousands of record lines; checked one by one
(:func:`~kam_desktop.sync.bundle.lines.parse_taken`), the checks cost more than the JSON
scanner. Here a run of lines of the usual shape is checked in C-level steps over the whole
run: the shape of every line, its stamps, and each column of values by its quick test
(:attr:`~kam_desktop.sync.values.Codec.quick_all`). Nothing here refuses anything: when a
run is not entirely ordinary, :func:`ordinary_records` says so, and the reader reads the
run line by line, which refuses what is wrong with the line and field named.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, repeat
from operator import eq, itemgetter, le, lt, sub
from typing import Any, TypeVar

from kam_desktop.store import clock
from kam_desktop.sync.bundle.lines import FIELD_NAMES, MAY_LACK, STAMP_NAMES
from kam_desktop.sync.bundle.model import MAX_HLC, Record
from kam_desktop.sync.bundle.strict_json import PLAIN_DECODER, SPACED_COLONS
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import CODECS, UUID_FORM, Invalid

#: lines (or records) taken together
RUN = 500
_DECODE = PLAIN_DECODER.decode
_RECORD_KEYS = {"id", "f", "s"}
_START = b'{"id":"'

#: per table: (field, may it be empty, quick test of a column, quick test, full check)
_COLUMNS = {table: [(name, name in MAY_LACK[table], codec.quick_all, codec.quick, codec.check)
                    for name, codec in codecs.items()] for table, codecs in CODECS.items()}


Item = TypeVar("Item")


def runs(items: Iterable[Item], size: int = RUN) -> Iterator[list[Item]]:
    """``items`` in lists of ``size``; a bundle refused while a list is gathered (say,
    at a member's digest) is refused after the items read before it, as one by one."""
    run: list[Item] = []
    try:
        for item in items:
            run.append(item)
            if len(run) == size:
                yield run
                run = []
    except BundleError:
        if run:
            yield run
        raise
    if run:
        yield run


def ordinary_records(lines: list[bytes], table: str, replicas: int,
                     previous: str) -> list[Record] | None:
    """The records of ``lines`` (of ``table``'s member, following a record with id
    ``previous``) when every line is a usual record line that every check of
    :func:`~kam_desktop.sync.bundle.lines.parse_taken` and the reader's order of ids
    accept, as they would take it; None when any line may not be (then read them one
    by one)."""
    try:
        return _records(lines, table, replicas, previous)
    except (ValueError, TypeError, KeyError, RecursionError, StopIteration):
        return None  # the JSON scanner's and the quick tests' way of saying no


def _records(lines: list[bytes], table: str, replicas: int,
             previous: str) -> list[Record] | None:
    # The run is parsed as one JSON array: a line then holds exactly one record. Every
    # line begins an object with its id, so no string or object of one line runs on into
    # the next, and an array could only if a record held a list of objects, which no
    # record of the checked shape does: each of the commas joining the lines separates
    # two elements, and as many elements as lines leaves one per line.
    joined = b",".join(lines)
    if any(spaced in joined for spaced in SPACED_COLONS) \
            or not all(map(bytes.startswith, lines, repeat(_START))):
        return None
    values = _DECODE((b"[%b]" % joined).decode())
    if len(values) != len(lines) or set(map(type, values)) != {dict} \
            or not all(map(eq, map(dict.keys, values), repeat(_RECORD_KEYS))):
        return None
    ids, fields, stamps = (list(map(itemgetter(key), values)) for key in ("id", "f", "s"))
    if set(map(type, fields)) != {dict} or set(map(type, stamps)) != {dict} \
            or not all(map(eq, map(dict.keys, fields), repeat(FIELD_NAMES[table]))) \
            or not all(map(le, map(dict.keys, stamps), repeat(STAMP_NAMES[table]))):
        return None
    if not all(map(UUID_FORM.fullmatch, ids)) or not previous < ids[0] \
            or not all(map(lt, ids, ids[1:])):
        return None
    nested = _checked_fields(fields, table)
    newest = _newest(stamps, len(_COLUMNS[table]), replicas)
    if nested is None or newest is None:
        return None
    # no repeated key: each line writes as many keys as the parse gave
    written = map(sub, map(bytes.count, lines, repeat(b'":')), map(len, stamps))
    if nested:
        written = map(sub, written, nested)
    if set(written) != {3 + len(_COLUMNS[table])}:
        return None
    return list(map(Record, ids, fields, newest, stamps))


def _checked_fields(fields: list[dict], table: str) -> list[int] | None:
    """Whether every field passes the check of its column, a column at a time: the
    number of keys of each record's object values (a JSON column's; empty when there
    are none); None when a value is refused, or is a list or a nested object (which the
    strict parse judges)."""
    keys: list[int] = []
    for name, may_lack, quick_all, quick, check in _COLUMNS[table]:
        column = list(map(itemgetter(name), fields))
        kinds = set(map(type, column))
        if list in kinds:
            return None
        if dict in kinds:
            keys = keys or [0] * len(fields)
            for at, value in enumerate(column):
                if type(value) is dict:
                    if any(type(item) in (dict, list) for item in value.values()):
                        return None
                    keys[at] += len(value)
        if type(None) in kinds:
            if not may_lack:
                return None
            column = [value for value in column if value is not None]
        if not _passes(quick_all, column) and not all(_accepted(quick, check, value)
                                                      for value in column):
            return None
    return keys


def _passes(test: Any, values: Any) -> bool:
    try:
        return bool(test(values))
    except (TypeError, ValueError):
        return False


def _accepted(quick: Any, check: Any, value: Any) -> bool:
    """One value by the quick test, else by the full check."""
    if _passes(quick, value):
        return True
    try:
        check(value)
    except Invalid:
        return False
    return True


def _newest(stamps: list[dict], fields: int, replicas: int) -> list[int] | None:
    """The newest clock value of each record's stamps, when every stamp is a clock value
    within the limits and a replica of the manifest; None for anything else, and for a
    record that lists every field besides "*" (whose "*" does not count)."""
    if not any(stamps):
        return [0] * len(stamps)
    every = list(chain.from_iterable(map(dict.values, stamps)))
    if set(map(type, every)) != {list} or set(map(len, every)) != {2} \
            or max(map(len, stamps)) > fields:
        return None
    hlcs, owners = list(map(itemgetter(0), every)), list(map(itemgetter(1), every))
    if set(map(type, hlcs)) != {int} or set(map(type, owners)) != {int} \
            or min(hlcs) < 0 or max(hlcs) > min(MAX_HLC, clock.future_limit()) \
            or min(owners) < 0 or max(owners) >= replicas:
        return None
    return [max(stamp.values())[0] if stamp else 0 for stamp in stamps]
