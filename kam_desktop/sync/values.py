"""Field values in a bundle: one canonical JSON form per column type, checked strictly.

Every field of every synced table has a codec: ``encode`` turns the value read from the
database into its JSON form, ``decode`` checks a JSON value from a bundle and returns what
the database column takes, raising :class:`Invalid` with the reason. The forms are
canonical (money always with two decimals, dates ISO, UUIDs lower-case with dashes), so
two equal values are equal JSON, and ``order_key`` gives every value a total order for
breaking a tie between two writes with the same stamp.
"""
from __future__ import annotations

import json
import math
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Callable

from sqlalchemy import (
    JSON,
    Boolean,
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
from kam_desktop.domain.roles import SCALE_MAX, SCALE_MIN
from kam_desktop.domain.text import Text
from kam_desktop.store.clock import SHAPES

UUID_FORM = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MONEY = re.compile(r"^(0|[1-9][0-9]{0,12})\.[0-9]{2}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
#: the longest text a field without a declared length may hold
TEXT_LIMIT = 200_000
_INT_LIMIT = 2 ** 53
_MAX_COMPETITORS = 100


class Invalid(ValueError):
    """A value that breaks the schema; the message is a translatable Text."""


@dataclass(frozen=True)
class Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    #: checks a value without building what the database takes (cheaper for ids)
    check: Callable[[Any], Any] | None = None

    def __post_init__(self) -> None:
        if self.check is None:
            object.__setattr__(self, "check", self.decode)


def order_key(value: Any) -> str:
    """A total order on JSON values, for ties between equal stamps."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def parse_uuid(value: Any) -> uuid.UUID:
    return uuid.UUID(_check_uuid(value))


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _text(limit: int | None) -> Callable[[Any], str]:
    limit = limit or TEXT_LIMIT

    def decode(value: Any) -> str:
        if not isinstance(value, str):
            raise Invalid(Text("{value} is not text", value=_short(value)))
        if len(value) > limit:
            raise Invalid(Text("is longer than {length} characters", length=limit))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Invalid(Text("the text holds a broken character")) from None
        return value
    return decode


def _enum(enum_cls) -> Codec:
    members = {member.value: member for member in enum_cls}

    def decode(value: Any):
        if not isinstance(value, str) or value not in members:
            raise Invalid(Text("{value} is not one of: {allowed}", value=_short(value),
                               allowed=", ".join(members)))
        return members[value]
    return Codec(lambda member: member.value if isinstance(member, enum_cls) else member, decode)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(Text("must be yes or no"))
    return value


def _date(value: Any) -> date:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(Text("{value} is not a date (YYYY-MM-DD)", value=_short(value)))


def _datetime(value: Any) -> datetime:
    if isinstance(value, str) and len(value) <= 40:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(Text("{value} is not a moment in time", value=_short(value)))


def _money(value: Any) -> Decimal:
    if not isinstance(value, str) or not _MONEY.match(value):
        raise Invalid(Text("{value} is not an amount of money", value=_short(value)))
    return Decimal(value)


def _number(low: float | None = None, high: float | None = None) -> Callable[[Any], float]:
    def decode(value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or abs(value) > 1e15:
            raise Invalid(Text("{value} is not a number", value=_short(value)))
        if (low is not None and value < low) or (high is not None and value > high):
            raise Invalid(Text("{value} is not between {low} and {high}",
                               value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))
        return float(value)
    return decode


def _whole(low: int = 0, high: int = _INT_LIMIT) -> Callable[[Any], int]:
    def decode(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(Text("{value} is not a whole number", value=_short(value)))
        if not low <= value <= high:
            raise Invalid(Text("{value} is not between {low} and {high}",
                               value=value, low=low, high=high))
        return value
    return decode


def _competitors(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > _MAX_COMPETITORS:
        raise Invalid(Text("expected competitor names with their ladder levels"))
    name = _text(200)
    for key, level in value.items():
        name(key)
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 4:
            raise Invalid(Text("{name}: {level} is not a ladder level from 1 to 4",
                               name=key, level=_short(level)))
    return value


def _answers(value: Any) -> dict[str, bool]:
    if not isinstance(value, dict):
        raise Invalid(Text("expected answers to the diagnostic questions"))
    for key, answer in value.items():
        if key not in LADDER_QUESTIONS:
            raise Invalid(Text("{key} is not one of the diagnostic questions", key=_short(key)))
        if not isinstance(answer, bool):
            raise Invalid(Text("the answer to {key} must be yes or no", key=key))
    return value


def _currency(value: Any) -> str:
    if not isinstance(value, str) or not _CURRENCY.match(value):
        raise Invalid(Text("{value} is not a currency code such as RUB", value=_short(value)))
    return value


_SCALE = _number(SCALE_MIN, SCALE_MAX)
#: rules beyond the column type
_SPECIAL: dict[tuple[str, str], Callable[[Any], Any]] = {
    ("contact", "interest"): _SCALE,
    ("contact", "involvement"): _SCALE,
    ("map_snapshot_entry", "interest"): _SCALE,
    ("map_snapshot_entry", "involvement"): _SCALE,
    ("involvement_share", "percent"): _number(0, 100),
    ("ladder_assessment", "our_view"): _whole(1, 4),
    ("ladder_assessment", "client_view"): _whole(1, 4),
    ("ladder_assessment", "competitors"): _competitors,
    ("ladder_assessment", "answers"): _answers,
    ("account", "currency"): _currency,
}


def _identity(value: Any) -> Any:
    return value


def _codec(table: str, column) -> Codec:
    kind = column.type
    special = _SPECIAL.get((table, column.name))
    if isinstance(kind, Enum) and kind.enum_class is not None:
        codec = _enum(kind.enum_class)
    elif isinstance(kind, Uuid):
        codec = Codec(lambda value: str(value), parse_uuid)
    elif isinstance(kind, Boolean):
        codec = Codec(_identity, _boolean)
    elif isinstance(kind, DateTime):
        codec = Codec(lambda value: value.isoformat(), _datetime)
    elif isinstance(kind, Date):
        codec = Codec(lambda value: value.isoformat(), _date)
    elif isinstance(kind, Float):
        codec = Codec(float, _number())
    elif isinstance(kind, Numeric):
        codec = Codec(lambda value: f"{value:.2f}", _money)
    elif isinstance(kind, Integer):
        codec = Codec(_identity, _whole(0, 32767 if isinstance(kind, SmallInteger)
                                        else _INT_LIMIT))
    elif isinstance(kind, String):
        codec = Codec(_identity, _text(kind.length))
    elif isinstance(kind, JSON) and special is not None:
        codec = Codec(_identity, special)
    else:  # a new column type must get a codec before it can travel
        raise TypeError(f"no bundle codec for {table}.{column.name} ({kind!r})")
    check = _check_uuid if isinstance(kind, Uuid) else None
    if special is not None and codec.decode is not special:
        inner, rule = codec.decode, special
        codec = Codec(codec.encode, lambda value: rule(inner(value)))
    encode, decode = codec.encode, codec.decode
    check = check or decode
    if column.nullable:
        return Codec(lambda value: None if value is None else encode(value),
                     lambda value: None if value is None else decode(value),
                     lambda value: None if value is None else check(value))

    def not_null(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def convert_present(value: Any) -> Any:
            if value is None:
                raise Invalid(Text("must not be empty"))
            return convert(value)
        return convert_present
    return Codec(encode, not_null(decode), not_null(check))


def _check_uuid(value: Any) -> Any:
    if not isinstance(value, str) or not UUID_FORM.match(value):
        raise Invalid(Text("{value} is not a record id", value=_short(value)))
    return value


#: table -> field -> codec
CODECS: dict[str, dict[str, Codec]] = {
    name: {field: _codec(name, shape.table.c[field]) for field in shape.fields}
    for name, shape in SHAPES.items()
}

#: the codec of a record's own id
KEY_CODEC = Codec(str, parse_uuid, _check_uuid)
