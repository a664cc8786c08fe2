"""JSON from outside, parsed strictly: duplicate keys, NaN/Infinity and deep nesting
are refused (:class:`~kam_desktop.sync.values.Invalid`), and ordinary record lines still
parse at the speed of plain ``json.loads``."""
from __future__ import annotations

import json
from typing import Any

from kam_desktop.domain.text import Text
from kam_desktop.sync.bundle.model import MAX_DEPTH
from kam_desktop.sync.values import Invalid

#: a line with no more brackets than this cannot nest deeper than a record does
_FEW_BRACKETS = 100
#: a key's closing quote followed by white space before its colon (JSON allows it):
#: such a key escapes a count of '":', so a line holding one takes the strict path
SPACED_COLONS = (b" :", b"\t:", b"\r:")


def _strict_object(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise Invalid(Text("a key appears twice in one object"))
    return result


def _no_constant(name: str) -> None:
    raise Invalid(Text("{value} is not a number", value=name))


def _depth(value: Any, limit: int) -> None:
    if limit < 0:
        raise Invalid(Text("the data is nested too deeply"))
    if isinstance(value, dict):
        for item in value.values():
            _depth(item, limit - 1)
    elif isinstance(value, list):
        for item in value:
            _depth(item, limit - 1)


def _record_keys(value: Any) -> int | None:
    """The number of keys of a parsed record line of the usual shape (a record whose
    values are scalars or flat objects, with [clock, replica] stamps); None for any
    other shape."""
    if type(value) is not dict or type(value.get("f")) is not dict \
            or type(value.get("s")) is not dict:
        return None
    fields, stamps = value["f"], value["s"]
    keys = len(value) + len(fields) + len(stamps)
    kinds = set(map(type, fields.values()))
    if list in kinds:
        return None
    if dict in kinds:
        for item in fields.values():
            if type(item) is dict:
                if any(type(x) is dict or type(x) is list for x in item.values()):
                    return None
                keys += len(item)
    if stamps and (set(map(type, stamps.values())) != {list}
                   or set(map(len, stamps.values())) != {2}):
        return None
    return keys


PLAIN_DECODER = json.JSONDecoder(parse_constant=_no_constant)
#: the decoder's scanner, called without decode()'s handling of surrounding white space
_SCAN = PLAIN_DECODER.scan_once


def parse_line(data: bytes) -> Any:
    """:func:`parse_json` at the speed of plain ``json.loads`` for ordinary lines: a line
    with few brackets, and as many parsed keys as key-like tokens (no white space before
    a colon), can hold neither deep nesting nor a repeated key; any other line (white
    space around its value too) takes the strict path."""
    try:
        text = data.decode("utf-8")
        value, end = _SCAN(text, 0)
    except (ValueError, RecursionError, StopIteration):
        return parse_json(data)  # raises with the reason
    if end != len(text) or data.count(b"{") + data.count(b"[") > _FEW_BRACKETS \
            or _record_keys(value) != data.count(b'":') \
            or any(spaced in data for spaced in SPACED_COLONS):
        return parse_json(data)
    return value


def parse_json(data: bytes) -> Any:
    """One JSON document with duplicate keys, NaN/Infinity and deep nesting refused."""
    try:
        value = json.loads(data, object_pairs_hook=_strict_object, parse_constant=_no_constant)
    except RecursionError:
        raise Invalid(Text("the data is nested too deeply")) from None
    except UnicodeDecodeError:
        raise Invalid(Text("the data is not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise Invalid(Text("not valid JSON: {problem}", problem=error.msg)) from None
    except Invalid:  # a repeated key, NaN or Infinity: it says so
        raise
    except ValueError:  # a number with more digits than Python converts
        raise Invalid(Text("not valid JSON: a number is too long")) from None
    _depth(value, MAX_DEPTH)
    return value
