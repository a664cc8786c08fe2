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

from kam_desktop.domain.text import Text
from kam_desktop.store import schema
from kam_desktop.store.clock import SHAPES

# matched whole (``fullmatch``: "$" would let a line break follow)
UUID_FORM = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MONEY = re.compile(r"(0|[1-9][0-9]{0,12})\.[0-9]{2}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Invalid(ValueError):
    """A value that breaks the schema; the message is a translatable Text."""


def _never(value: Any) -> bool:
    return False


@dataclass(frozen=True)
class Codec:
    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]
    #: checks a value without building what the database takes (cheaper for ids)
    check: Callable[[Any], Any] | None = None
    #: a quick test true only of values ``check`` accepts, which most of a bundle's
    #: values pass in one step; false (or TypeError, ValueError) says nothing: ``check``
    #: then judges the value and says what is wrong
    quick: Callable[[Any], Any] = _never
    #: ``quick`` of a whole column of values (none of them None) in one step: true only
    #: when every value passes ``quick``; false (or TypeError, ValueError) says nothing
    quick_all: Callable[[list], Any] = _never

    def __post_init__(self) -> None:
        if self.check is None:
            object.__setattr__(self, "check", self.decode)


def order_key(value: Any) -> str:
    """A total order on JSON values, for ties between equal stamps."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def parse_uuid(value: Any) -> uuid.UUID:
    return uuid_of_hex(check_uuid(value).replace("-", ""))


_SAFETY_UNKNOWN = uuid.SafeUUID.unknown


def uuid_of_hex(digits: str) -> uuid.UUID:
    """The UUID of 32 hex digits already checked: what ``uuid.UUID(hex=...)`` returns,
    without its parsing of every form a UUID may be written in (an import makes a
    million of these)."""
    value = object.__new__(uuid.UUID)
    object.__setattr__(value, "int", int(digits, 16))
    object.__setattr__(value, "is_safe", _SAFETY_UNKNOWN)
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(Text("{value} is not text", value=schema.short(value)))
    return value


def _enum(enum_cls) -> Codec:
    members = {member.value: member for member in enum_cls}

    def decode(value: Any):
        if not isinstance(value, str) or value not in members:
            raise Invalid(Text("{value} is not one of: {allowed}", value=schema.short(value),
                               allowed=", ".join(members)))
        return members[value]
    return Codec(lambda member: member.value if isinstance(member, enum_cls) else member, decode)


def _date(value: Any) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(Text("{value} is not a date (YYYY-MM-DD)", value=schema.short(value)))


def _datetime(value: Any) -> datetime:
    if isinstance(value, str) and schema.text_problem(value, 40) is None:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise Invalid(Text("{value} is not a moment in time", value=schema.short(value)))


def _money(value: Any) -> Decimal:
    if not isinstance(value, str) or not _MONEY.fullmatch(value):
        raise Invalid(Text("{value} is not an amount of money", value=schema.short(value)))
    return Decimal(value)


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Invalid(Text("{value} is not a number", value=schema.short(value)))
    if not schema.within(value, schema.NUMBER_LIMIT):
        raise Invalid(Text("{value} is too large", value=schema.short(value)))
    return float(value)


def _identity(value: Any) -> Any:
    return value


def _codec(table: str, column) -> Codec:
    """JSON form <-> column value; what the value may be is the schema's rule."""
    kind = column.type
    check = None
    if isinstance(kind, Enum) and kind.enum_class is not None:
        codec = _enum(kind.enum_class)
    elif isinstance(kind, Uuid):
        codec, check = Codec(lambda value: str(value), parse_uuid), check_uuid
    elif isinstance(kind, DateTime):
        codec = Codec(lambda value: value.isoformat(), _datetime)
    elif isinstance(kind, Date):
        codec = Codec(lambda value: value.isoformat(), _date)
    elif isinstance(kind, Float):
        codec = Codec(float, _number)
    elif isinstance(kind, Numeric):
        codec = Codec(lambda value: f"{value:.2f}", _money)
    elif isinstance(kind, String):
        codec = Codec(_identity, _text)
    elif isinstance(kind, (Boolean, Integer)) or \
            (isinstance(kind, JSON) and (table, column.name) in schema.RULES):
        codec = Codec(_identity, _identity)
    else:  # a new column type must get a codec before it can travel
        raise TypeError(f"no bundle codec for {table}.{column.name} ({kind!r})")
    encode, read = codec.encode, codec.decode
    rule = schema.checker(table, column.name)

    def decode(value: Any) -> Any:
        value = None if value is None else read(value)
        problem = rule(value)
        if problem:
            raise Invalid(problem)
        return value
    rule_of_column = schema.RULES.get((table, column.name))
    quick, quick_all = _quick(kind, rule_of_column), _quick_all(kind, rule_of_column)
    if check is None:
        return Codec(lambda value: None if value is None else encode(value), decode,
                     quick=quick, quick_all=quick_all)

    def check_form(value: Any) -> Any:
        if value is None:
            if not column.nullable:
                raise Invalid(Text("must not be empty"))
            return None
        return check(value)
    return Codec(lambda value: None if value is None else encode(value), decode, check_form,
                 quick, quick_all)


def _quick(kind: Any, rule: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """The quick test (:attr:`Codec.quick`) of a column: of what its type demands
    (store.schema), and of the bounds of a number's rule; a column with another rule of
    its own has none. Text: printable within its length (no control or broken
    character); money: the form alone bounds it; a date: its form, a real day, a year
    within the calendar."""
    if isinstance(rule, schema.Between):
        of_type, low, high = _quick(kind, None), rule.low, rule.high
        return lambda value: of_type(value) and low <= value <= high
    if rule is not None:
        return _never
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return frozenset(member.value for member in kind.enum_class
                         if type(member.value) is str).__contains__
    if isinstance(kind, Uuid):
        return UUID_FORM.fullmatch
    if isinstance(kind, DateTime):
        return _never
    if isinstance(kind, Date):
        return lambda value: _DATE.fullmatch(value) and \
            schema.FIRST_YEAR <= date.fromisoformat(value).year <= schema.LAST_YEAR
    if isinstance(kind, Float):
        limit = schema.NUMBER_LIMIT
        return lambda value: (type(value) is float or type(value) is int) \
            and -limit <= value <= limit
    if isinstance(kind, Numeric):
        return _MONEY.fullmatch
    if isinstance(kind, String):
        length = kind.length or schema.TEXT_LIMIT
        return lambda value: type(value) is str and len(value) <= length \
            and value.isprintable()
    if isinstance(kind, Boolean):
        return lambda value: type(value) is bool
    if isinstance(kind, Integer):
        limit = schema.SMALL_LIMIT if isinstance(kind, SmallInteger) else schema.WHOLE_LIMIT
        return lambda value: type(value) is int and 0 <= value <= limit
    return _never


def _quick_all(kind: Any, rule: Callable[[Any], Any] | None) -> Callable[[list], Any]:
    """:func:`_quick` of a whole column at once (:attr:`Codec.quick_all`), in C-level
    steps over the column: the types of its values, their forms, and its smallest and
    largest values against the bounds."""
    if isinstance(rule, schema.Between):
        of_type, low, high = _quick_all(kind, None), rule.low, rule.high
        return lambda values: of_type(values) and (
            not values or low <= min(values) and max(values) <= high)
    if rule is not None:
        return _never
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return frozenset(member.value for member in kind.enum_class
                         if type(member.value) is str).issuperset
    if isinstance(kind, Uuid):
        return lambda values: all(map(UUID_FORM.fullmatch, values))
    if isinstance(kind, DateTime):
        return _never
    if isinstance(kind, Date):
        # the form fixes a year's four digits: the smallest and largest years are those
        # of the smallest and largest values
        return lambda values: not values or all(map(_DATE.fullmatch, values)) \
            and all(map(date.fromisoformat, values)) \
            and schema.FIRST_YEAR <= int(min(values)[:4]) \
            and int(max(values)[:4]) <= schema.LAST_YEAR
    if isinstance(kind, (Float, Integer)) and not isinstance(kind, Boolean):
        if isinstance(kind, Float):
            kinds, low, high = {float, int}, -schema.NUMBER_LIMIT, schema.NUMBER_LIMIT
        else:
            kinds, low = {int}, 0
            high = schema.SMALL_LIMIT if isinstance(kind, SmallInteger) else schema.WHOLE_LIMIT
        return lambda values: not values or set(map(type, values)) <= kinds \
            and low <= min(values) and max(values) <= high
    if isinstance(kind, Numeric):
        return lambda values: all(map(_MONEY.fullmatch, values))
    if isinstance(kind, String):
        length = kind.length or schema.TEXT_LIMIT
        return lambda values: not values or "".join(values).isprintable() \
            and max(map(len, values)) <= length
    if isinstance(kind, Boolean):
        return lambda values: set(map(type, values)) <= {bool}
    return _never


def check_uuid(value: Any) -> Any:
    if not isinstance(value, str) or not UUID_FORM.fullmatch(value):
        raise Invalid(Text("{value} is not a record id", value=schema.short(value)))
    return value


#: table -> field -> codec
CODECS: dict[str, dict[str, Codec]] = {
    name: {field: _codec(name, shape.table.c[field]) for field in shape.fields}
    for name, shape in SHAPES.items()
}

#: the codec of a record's own id
KEY_CODEC = Codec(str, parse_uuid, check_uuid)
