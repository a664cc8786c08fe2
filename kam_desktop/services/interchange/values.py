"""Single values of the interchange file, in and out.

Each ``read_*`` converter takes the JSON value and its path in the file, and returns
the value to store or raises InputError; each ``*_out`` turns a stored value into JSON.
The column's own rule (range, length, …) is checked by the reader of the record.
"""
from __future__ import annotations

import difflib
import functools
import math
import re
import uuid
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric
from sqlalchemy import Enum as SqlEnum

from kam_desktop.domain.enums import LADDER_QUESTIONS
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange.format import KEY_OF_COLUMN, plain_columns
from kam_desktop.store import schema

#: SQLite keeps Numeric columns as binary floating point, which is exact to 15
#: significant digits: 13 before the decimal point and 2 after.
_CENT = Decimal("0.01")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# ---------------------------------------------------------------------------
# Words for messages


def describe(value: Any) -> str:
    """What a JSON value is, for a message; null, true and false are the file's own
    words in every language."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, Decimal)):
        return Text("the number {value}", value=value)
    if isinstance(value, str):
        return Text("the text {value}", value=repr(value))
    return Text("a list") if isinstance(value, list) else Text("an object")


def expected_object(value: Any) -> Text:
    return Text("expected an object, found {value}", value=describe(value))


def expected_list(value: Any) -> Text:
    return Text("expected a list, found {value}", value=describe(value))


def unknown_key(key: str, known: Sequence[str]) -> Text:
    close = difflib.get_close_matches(key, list(known), n=1)
    if close:
        return Text("unknown key {key}; did you mean {close}?", key=repr(key),
                    close=repr(close[0]))
    return Text("unknown key {key}", key=repr(key))


# ---------------------------------------------------------------------------
# In


def read_text(value: Any, where: str) -> str:
    problem = schema.text_problem(value)
    if problem:
        raise InputError(where, problem)
    return value


def enum_reader(enum: type[Enum]) -> Callable[[Any, str], Enum]:
    def convert(value: Any, where: str) -> Enum:
        allowed = [member.value for member in enum]
        if read_text(value, where) not in allowed:
            raise InputError(where, Text("{value} is not one of: {allowed}",
                                         value=repr(value), allowed=", ".join(allowed)))
        return enum(value)
    return convert


def _read_number(value: Any, where: str) -> int | Decimal:
    """A JSON number (a document built in Python may hold floats too)."""
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(repr(value))
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InputError(where, Text("expected a number, found {value}",
                                     value=describe(value)))
    return value


def read_whole(value: Any, where: str) -> int:
    """A whole number; its range is the column's rule."""
    number = _read_number(value, where)
    if isinstance(number, Decimal) and (number.adjusted() > schema.NUMBER_DIGITS
                                        or number != number.to_integral_value()):
        raise InputError(where, Text("expected a whole number, found {value}", value=number))
    return int(number)


def read_float(value: Any, where: str) -> float:
    number = _read_number(value, where)
    if abs(number) > schema.NUMBER_LIMIT:
        raise InputError(where, Text("{value} is too large", value=schema.short(number)))
    return float(number)


def read_money(value: Any, where: str) -> Decimal:
    return Decimal(_read_number(value, where))


def _read_date(value: Any, where: str) -> date:
    text = read_text(value, where)
    try:
        if _DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InputError(where, Text("{value} is not a date; write it as YYYY-MM-DD",
                                 value=repr(text)))


def _read_flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(where, Text("expected true or false, found {value}",
                                     value=describe(value)))
    return value


def read_uuid(value: Any, where: str) -> uuid.UUID:
    text = read_text(value, where)
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != text.lower():
        raise InputError(where, Text("{value} is not a UUID "
                                     "(like 123e4567-e89b-12d3-a456-426614174000)",
                                     value=repr(text)))
    return parsed


def _read_competitors(value: Any, where: str) -> dict[str, Any]:
    """Competitor name -> ladder level."""
    if not isinstance(value, dict):
        raise InputError(where, expected_object(value))
    return {name: read_whole(level, f"{where}.{name}") for name, level in value.items()}


def _read_answers(value: Any, where: str) -> dict[str, bool]:
    """Diagnostic question -> yes/no; an unanswered question is left out."""
    if not isinstance(value, dict):
        raise InputError(where, expected_object(value))
    for key in value:
        if key not in LADDER_QUESTIONS:
            raise InputError(f"{where}.{key}", unknown_key(key, LADDER_QUESTIONS))
    return {key: _read_flag(answer, f"{where}.{key}") for key, answer in value.items()}


# ---------------------------------------------------------------------------
# Out


def money_out(amount: Decimal | None) -> int | Decimal | None:
    if amount is None:
        return None
    amount = Decimal(amount).quantize(_CENT)
    return int(amount) if amount == amount.to_integral_value() else amount


def float_out(number: float | None) -> int | Decimal | None:
    """A stored float as the shortest number that reads back as the same float."""
    if number is None:
        return None
    return int(number) if float(number).is_integer() else Decimal(repr(float(number)))


def _date_out(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _enum_out(member: Enum | None) -> str | None:
    return None if member is None else member.value


def _competitors_out(competitors: dict | None) -> dict:
    return dict(sorted((competitors or {}).items()))


def _answers_out(answers: dict | None) -> dict:
    answers = answers or {}
    return {key: answers[key] for key in LADDER_QUESTIONS if key in answers}


# ---------------------------------------------------------------------------
# Which converter each kind of column takes

#: the JSON columns: how each is read and written
_JSON_COLUMNS = {("ladder_assessment", "competitors"): (_read_competitors, _competitors_out),
                 ("ladder_assessment", "answers"): (_read_answers, _answers_out)}


def reader_of(column) -> Callable[[Any, str], Any]:
    kind = column.type
    if isinstance(kind, SqlEnum):
        return enum_reader(kind.enum_class)
    if isinstance(kind, (Date, DateTime)):
        return _read_date
    if isinstance(kind, Boolean):
        return _read_flag
    if isinstance(kind, Float):
        return read_float
    if isinstance(kind, Numeric):
        return read_money
    if isinstance(kind, Integer):
        return read_whole
    if isinstance(kind, JSON):
        return _JSON_COLUMNS[(column.table.name, column.name)][0]
    return read_text


def writer_of(column) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, SqlEnum):
        return _enum_out
    if isinstance(kind, (Date, DateTime)):
        return _date_out
    if isinstance(kind, Float):
        return float_out
    if isinstance(kind, Numeric):
        return money_out
    if isinstance(kind, JSON):
        return _JSON_COLUMNS[(column.table.name, column.name)][1]
    return lambda value: value


@functools.cache
def column_rule(kind: type, attr: str) -> tuple[bool, bool, Callable[[Any], Any]]:
    """Whether the column ``attr`` of ``kind`` is required (not null, no default),
    whether it may be null, and its check: looked up once, as a file holds hundreds of
    thousands of values."""
    column = kind.__table__.c[attr]
    return (not column.nullable and column.default is None, column.nullable,
            schema.checker(column.table.name, attr))


@functools.cache
def plain_readers(kind: type) -> tuple[tuple[str, Callable[[Any, str], Any], str], ...]:
    """(key, converter, column) of each of :func:`plain_columns`, looked up once."""
    return tuple((KEY_OF_COLUMN.get(column.name, column.name), reader_of(column), column.name)
                 for column in plain_columns(kind))
