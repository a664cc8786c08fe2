"""The rules of every stored value, in one place, read from the schema.

Every way a value comes in — a form, an interchange file, a bundle from a colleague, a
spreadsheet — first turns its own notation into the column's Python type (a JSON string
into a date, a cell's "1 234,50" into a Decimal) and then asks :func:`problem` whether the
value may be stored. ``problem`` checks what the column type implies (text length and
characters, number ranges, money with two decimals, dates within reason) and the domain's
rules for particular fields (interest 0–10, ladder rungs, INN check digits, periods…),
and returns the reason in translatable words, or None. Each caller wraps the reason in its
own error, with its own notion of where the value was.
"""
from __future__ import annotations

import functools
import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any, Callable

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Uuid,
)

from kam_desktop.domain.enums import LADDER_QUESTIONS
from kam_desktop.domain.inn import inn_problem
from kam_desktop.domain.money import rate_period_problem, rate_problem
from kam_desktop.domain.periods import period_problem
from kam_desktop.domain.roles import SCALE_MAX, SCALE_MIN
from kam_desktop.domain.text import CONTROL_CHARACTERS, Text, string_problem
from kam_desktop.domain.workload import FACTORS, factor_problem
from kam_desktop.store.models import Base, travels

#: the longest text a column without a declared length may hold
TEXT_LIMIT = 200_000
#: money at or above this loses cents in SQLite's floating-point storage
MONEY_LIMIT = Decimal(10) ** 13
#: whole numbers (counts of people and days) stay exact in JSON and in every database
WHOLE_LIMIT = 2 ** 53
SMALL_LIMIT = 32767
#: the largest magnitude of a measured figure (a statistic, a percentage)
NUMBER_LIMIT = 1e15
#: the calendar a date may fall in: anything else is a typing slip or an attack on
#: whatever prints or counts with it (a calendar, a report's period)
FIRST_YEAR, LAST_YEAR = 1900, 2199
#: a number written with more digits (or a larger exponent) than any field can hold is
#: refused while the file is read, before it costs time or memory
NUMBER_DIGITS = 40
_CURRENCY = re.compile(r"^[A-Z]{3}$")
_MAX_COMPETITORS = 100


def short(value: Any) -> str:
    """A value as a message shows it: quoted, and cut when long (a number with
    hundreds of digits is named by its size)."""
    if isinstance(value, Decimal) and value.is_finite() and value.adjusted() >= NUMBER_DIGITS:
        return f"{value:.3e}"
    if isinstance(value, int) and not isinstance(value, bool) \
            and value.bit_length() > 3.33 * NUMBER_DIGITS:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1} digits"
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        text = str(value)
    else:
        try:
            text = repr(value) if isinstance(value, str) else \
                json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            text = repr(value)
    text = CONTROL_CHARACTERS.sub("?", text)
    return text if len(text) <= 40 else text[:37] + "…"


def within(value: int | float | Decimal, limit: float) -> bool:
    """``abs(value) <= limit`` without converting: a Decimal of 1e1000000 overflows the
    decimal context, and an int of 400 digits does not fit a float."""
    if isinstance(value, Decimal):
        return value.is_finite() and (value.adjusted() < 20 and abs(value) <= Decimal(limit))
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) <= limit
    return abs(value) <= limit


def text_problem(value: Any, limit: int | None = None) -> Text | None:
    """Why ``value`` is not text a field may hold: not a string, too long, a broken
    character, or a control character (only tab and line breaks are allowed)."""
    if not isinstance(value, str):
        return Text("{value} is not text", value=short(value))
    return string_problem(value, limit or TEXT_LIMIT)


def json_number_problem(literal: str) -> Text | None:
    """Why a number as written in a JSON file cannot be any field's value: too many
    digits or too large an exponent (``1e1000000`` would cost minutes to handle)."""
    mantissa, _, exponent = literal.lower().partition("e")
    digits = sum(c.isdigit() for c in mantissa)
    if digits > NUMBER_DIGITS or (exponent and abs(int(exponent[:8] or 0)) > NUMBER_DIGITS):
        return Text("{value} is not a number any field can hold", value=short(literal))
    return None


@dataclass(frozen=True)
class Between:
    """The rule of a number from ``low`` to ``high`` (its bounds readable: a bundle's
    quick test takes them)."""

    low: float
    high: float

    def __call__(self, value: Any) -> Text | None:
        if self.low <= value <= self.high:
            return None
        return Text("{value} is not between {low} and {high}",
                    value=f"{value:g}", low=f"{self.low:g}", high=f"{self.high:g}")


def _ladder_answers(value: Any) -> Text | None:
    if not isinstance(value, dict):
        return Text("expected answers to the diagnostic questions")
    for key, answer in value.items():
        if key not in LADDER_QUESTIONS:
            return Text("{key} is not one of the diagnostic questions", key=short(key))
        if not isinstance(answer, bool):
            return Text("the answer to {key} must be yes or no", key=key)
    return None


def _competitors(value: Any) -> Text | None:
    if not isinstance(value, dict) or len(value) > _MAX_COMPETITORS:
        return Text("expected competitor names with their ladder levels")
    for name, level in value.items():
        if not isinstance(name, str) or not name.strip():
            return Text("a competitor needs a name")
        problem = text_problem(name, 200)
        if problem:
            return problem
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 4:
            return Text("{name}: {level} is not a ladder level from 1 to 4",
                        name=name, level=short(level))
    return None


def _currency(value: Any) -> Text | None:
    if isinstance(value, str) and _CURRENCY.match(value):
        return None
    return Text("{value} is not a currency code such as RUB", value=short(value))


_SCALE = Between(SCALE_MIN, SCALE_MAX)
_RUNG = Between(1, 4)
#: (table, field) -> the domain's rule beyond the column type
RULES: dict[tuple[str, str], Callable[[Any], Text | None]] = {
    ("account", "inn"): inn_problem,
    ("account", "currency"): _currency,
    ("contact", "interest"): _SCALE,
    ("contact", "involvement"): _SCALE,
    ("map_snapshot_entry", "interest"): _SCALE,
    ("map_snapshot_entry", "involvement"): _SCALE,
    ("involvement_share", "percent"): Between(0, 100),
    ("ladder_assessment", "our_view"): _RUNG,
    ("ladder_assessment", "client_view"): _RUNG,
    ("ladder_assessment", "answers"): _ladder_answers,
    ("ladder_assessment", "competitors"): _competitors,
    ("revenue", "period"): period_problem,
    ("potential", "year"): Between(FIRST_YEAR, LAST_YEAR),
    ("group_potential", "year"): Between(FIRST_YEAR, LAST_YEAR),
    ("group_potential", "competitor_share"): Between(0, 100),
    ("statistic", "period"): period_problem,
    ("exchange_rate", "currency"): _currency,
    ("exchange_rate", "base"): _currency,
    ("exchange_rate", "period"): rate_period_problem,
    ("exchange_rate", "rate"): rate_problem,
    **{("workload_factors", name): (lambda value, name=name: factor_problem(name, value))
       for name in FACTORS},
}


def _type_checker(column_type: Any) -> Callable[[Any], Text | None]:
    """What the column type demands of a value already in its Python type, as a function
    of the value (the type is looked at once: a bundle checks millions of values)."""
    if isinstance(column_type, Enum):
        enum_cls: type[PyEnum] = column_type.enum_class

        def enum_problem(value: Any) -> Text | None:
            if isinstance(value, enum_cls):
                return None
            return Text("{value} is not one of: {allowed}", value=short(value),
                        allowed=", ".join(m.value for m in enum_cls))
        return enum_problem
    if isinstance(column_type, Boolean):
        return lambda value: None if isinstance(value, bool) else Text("must be yes or no")
    if isinstance(column_type, (Date, DateTime)):
        moment = isinstance(column_type, DateTime)

        def date_problem(value: Any) -> Text | None:
            if not isinstance(value, date) or isinstance(value, datetime) != moment:
                return Text("{value} is not a moment in time", value=short(value)) if moment \
                    else Text("{value} is not a date (YYYY-MM-DD)", value=short(value))
            if not FIRST_YEAR <= value.year <= LAST_YEAR:
                return Text("{value} is not between {low} and {high}",
                            value=value.isoformat(), low=FIRST_YEAR, high=LAST_YEAR)
            return None
        return date_problem
    if isinstance(column_type, Numeric) and not isinstance(column_type, Float):
        # money has two decimal places; another scale (an exchange rate) has its own rule
        return _money_problem if column_type.scale == 2 else lambda value: None
    if isinstance(column_type, Float):
        return _number_problem
    if isinstance(column_type, Integer):
        limit = SMALL_LIMIT if isinstance(column_type, SmallInteger) else WHOLE_LIMIT

        def whole_problem(value: Any) -> Text | None:
            if isinstance(value, bool) or not isinstance(value, int):
                return Text("{value} is not a whole number", value=short(value))
            if value < 0:
                return Text("cannot be negative")
            return None if value <= limit else Text("{value} is too large", value=short(value))
        return whole_problem
    if isinstance(column_type, Uuid):
        return lambda value: None if isinstance(value, uuid.UUID) else \
            Text("{value} is not a record id", value=short(value))
    if isinstance(column_type, String):
        length = column_type.length
        return lambda value: text_problem(value, length)
    if isinstance(column_type, JSON):
        return lambda value: None  # a JSON column is checked by its rule
    raise TypeError(f"no value rule for the column type {column_type!r}")


def _number_problem(value: Any) -> Text | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return Text("{value} is not a number", value=short(value))
    if not within(value, NUMBER_LIMIT):
        return Text("{value} is too large", value=short(value))
    return None


def _money_problem(value: Any) -> Text | None:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)) \
            or not Decimal(value).is_finite():
        return Text("{value} is not an amount of money", value=short(value))
    amount = Decimal(value)
    if amount < 0:
        return Text("an amount of money cannot be negative")
    if not within(amount, float(MONEY_LIMIT)) or amount >= MONEY_LIMIT:
        return Text("{value} is too large (the limit is {limit})", value=short(value),
                    limit=f"{MONEY_LIMIT - Decimal('0.01'):,}")
    if amount != amount.quantize(Decimal("0.01")):
        return Text("{value} has more than two decimal places", value=short(value))
    return None


#: columns that are the record's identity or bookkeeping, never its content
BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})


def content_columns(table: str) -> list[Column]:
    """The columns of ``table`` that a person edits and a file carries, in table order:
    not the key or bookkeeping, not links to other records (files name those in their own
    way), and not a column derived on this laptop (``models.DERIVED``)."""
    return [c for c in Base.metadata.tables[table].columns
            if c.name not in BOOKKEEPING and not c.foreign_keys and travels(c)]


def column(table: str, field: str) -> Column:
    return Base.metadata.tables[table].c[field]


@functools.cache
def checker(table: str, field: str) -> Callable[[Any], Text | None]:
    """:func:`problem` for one column, looked up once (a bundle checks millions)."""
    target = column(table, field)
    column_type, nullable, rule = target.type, target.nullable, RULES.get((table, field))
    type_problem = _type_checker(column_type)
    textual = isinstance(column_type, String)

    def check(value: Any) -> Text | None:
        if value is None:
            return None if nullable else Text("must not be empty")
        found = type_problem(value)
        if rule is not None and (found is None or textual and isinstance(value, str)):
            found = rule(value) or found  # "not a period" says more than "too long"
        return found
    return check


def problem(table: str, field: str, value: Any) -> Text | None:
    """Why ``value`` (in the column's Python type, None for empty) may not be stored in
    ``table.field``; None when it may."""
    return checker(table, field)(value)
