"""The interchange file (format v1): a portfolio of accounts as one JSON document.

Import checks the whole document before it writes anything, and then writes only
real changes, so importing a file twice, or importing one's own export, changes
nothing. docs/interchange.md describes the format for users.
"""
from __future__ import annotations

import difflib
import json
import math
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, Numeric, select
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.enums import LADDER_QUESTIONS, Role, Stage
from kam_desktop.domain.involvement import stage_problem
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import write_atomically
from kam_desktop.store import schema
from kam_desktop.store.models import (
    Account,
    Contact,
    CoolingReason,
    DiaryAttendee,
    DiaryEntry,
    Goal,
    InvolvementShare,
    LadderAssessment,
    Opportunity,
    PersonalNotes,
    PlanAction,
    Revenue,
    Statistic,
    SwitchingBarrier,
    TeamMember,
    ValueEntry,
)

FORMAT = "kam-desktop.accounts"
VERSION = 1

#: SQLite keeps Numeric columns as binary floating point, which is exact to 15
#: significant digits: 13 before the decimal point and 2 after.
_CENT = Decimal("0.01")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STRATEGY_KEYS = ("product", "price", "promotion", "place")
_RESOURCE_KEYS = ("people", "days", "budget")

#: marks a key that is not in the file (as opposed to null, which clears a field)
_ABSENT: Any = object()


@dataclass(frozen=True)
class ImportSummary:
    """The accounts of an imported file (by name, in file order), by what happened to them."""

    added: list[str]
    updated: list[str]
    unchanged: list[str]


# ---------------------------------------------------------------------------
# Reading and writing files


def read_document(path: Path) -> dict:
    """The JSON object in the file at ``path``. Fractional numbers are read as
    Decimal so that money keeps its exact value."""
    where = str(path)

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

    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise InputError(where, Text("cannot read the file: {reason}",
                                     reason=error.strerror or str(error))) from None
    except UnicodeDecodeError:
        raise InputError(where, Text("the file is not UTF-8 text")) from None
    try:
        document = json.loads(text, parse_float=bounded(Decimal), parse_int=bounded(int),
                              parse_constant=reject_constant, object_pairs_hook=unique_keys)
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
                                     value=_describe(document)))
    return document


def write_document(path: Path, document: dict) -> None:
    """Write ``document`` as UTF-8 JSON. The file is replaced in one step, so a failure
    leaves either the old file or the new one, never half of one."""
    data = (_to_json(document) + "\n").encode("utf-8")  # a bad document writes nothing
    write_atomically(Path(path), lambda file: file.write(data))


def _to_json(value: Any, indent: str = "") -> str:
    """Like ``json.dumps(indent=2, ensure_ascii=False)``, but writes a Decimal digit for
    digit (the json module cannot, and going through float would round it)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{_to_json(str(key))}: {_to_json(item, inner)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        items = [inner + _to_json(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as JSON")
        return format(value, "f")
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


# ---------------------------------------------------------------------------
# Checking single values: each converter takes the JSON value and its path


def _describe(value: Any) -> str:
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


def _expected_object(value: Any) -> Text:
    return Text("expected an object, found {value}", value=_describe(value))


def _expected_list(value: Any) -> Text:
    return Text("expected a list, found {value}", value=_describe(value))


def _text(value: Any, where: str) -> str:
    problem = schema.text_problem(value)
    if problem:
        raise InputError(where, problem)
    return value


def _enum_of(enum: type[Enum]) -> Callable[[Any, str], Enum]:
    def convert(value: Any, where: str) -> Enum:
        allowed = [member.value for member in enum]
        if _text(value, where) not in allowed:
            raise InputError(where, Text("{value} is not one of: {allowed}",
                                         value=repr(value), allowed=", ".join(allowed)))
        return enum(value)
    return convert


def _number(value: Any, where: str) -> int | Decimal:
    """A JSON number (a document built in Python may hold floats too)."""
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(repr(value))
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InputError(where, Text("expected a number, found {value}",
                                     value=_describe(value)))
    return value


def _whole(value: Any, where: str) -> int:
    """A whole number; its range is the column's rule."""
    number = _number(value, where)
    if isinstance(number, Decimal) and (number.adjusted() > schema.NUMBER_DIGITS
                                        or number != number.to_integral_value()):
        raise InputError(where, Text("expected a whole number, found {value}", value=number))
    return int(number)


def _float(value: Any, where: str) -> float:
    number = _number(value, where)
    if abs(number) > schema.NUMBER_LIMIT:
        raise InputError(where, Text("{value} is too large", value=schema.short(number)))
    return float(number)


def _money(value: Any, where: str) -> Decimal:
    return Decimal(_number(value, where))


def _date(value: Any, where: str) -> date:
    text = _text(value, where)
    try:
        if _DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InputError(where, Text("{value} is not a date; write it as YYYY-MM-DD",
                                 value=repr(text)))


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise InputError(where, Text("expected true or false, found {value}",
                                     value=_describe(value)))
    return value


def _uuid(value: Any, where: str) -> uuid.UUID:
    text = _text(value, where)
    try:
        parsed = uuid.UUID(text)
    except ValueError:
        parsed = None
    if parsed is None or str(parsed) != text.lower():
        raise InputError(where, Text("{value} is not a UUID "
                                     "(like 123e4567-e89b-12d3-a456-426614174000)",
                                     value=repr(text)))
    return parsed


def _competitors(value: Any, where: str) -> dict[str, Any]:
    """Competitor name -> ladder level."""
    if not isinstance(value, dict):
        raise InputError(where, _expected_object(value))
    return {name: _whole(level, f"{where}.{name}") for name, level in value.items()}


def _answers(value: Any, where: str) -> dict[str, bool]:
    """Diagnostic question -> yes/no; an unanswered question is left out."""
    if not isinstance(value, dict):
        raise InputError(where, _expected_object(value))
    for key in value:
        if key not in LADDER_QUESTIONS:
            raise InputError(f"{where}.{key}", _unknown_key(key, LADDER_QUESTIONS))
    return {key: _flag(answer, f"{where}.{key}") for key, answer in value.items()}


def _unknown_key(key: str, known: Sequence[str]) -> Text:
    close = difflib.get_close_matches(key, list(known), n=1)
    if close:
        return Text("unknown key {key}; did you mean {close}?", key=repr(key),
                    close=repr(close[0]))
    return Text("unknown key {key}", key=repr(key))


def _keys(names: Sequence[str]) -> str:
    """The keys of a natural key, for a message: "name", or "date and summary"."""
    if len(names) == 1:
        return names[0]
    first, second = names
    return Text("{first} and {second}", first=first, second=second)


# ---------------------------------------------------------------------------
# Reading records


@dataclass(eq=False)
class _Record:
    """One record of the file, checked and converted; later matched to a stored row."""

    kind: type
    path: str
    id: uuid.UUID | None
    #: column -> new value, only for the keys present in the file
    fields: dict[str, Any]
    #: people named by the record: reports_to, mirrors (a name or None), attendees (names)
    links: dict[str, Any] = field(default_factory=dict)
    #: the list sections present in the file, e.g. "contacts" -> records
    sections: dict[str, list[_Record]] = field(default_factory=dict)
    #: the contact's personal notes: _ABSENT, None (erase) or column -> value
    personal: Any = _ABSENT
    #: the stored row this record updates; None while it is a new one
    target: Any = None
    #: stored rows of this record's present sections that the file no longer has
    removed: list[Any] = field(default_factory=list)

    def name(self) -> str:
        return self.fields["name"]


class _Reader:
    """A JSON object of the file that is being read into a record of ``kind``.

    Each read checks and converts one key; ``close`` then rejects any key that was
    not read, which catches misspelt keys.
    """

    def __init__(self, value: Any, path: str, kind: type | None = None, prefix: str = "",
                 fields: dict[str, Any] | None = None) -> None:
        if not isinstance(value, dict):
            raise InputError(path, _expected_object(value))
        self.data = value
        self.path = path
        self.kind = kind
        self.prefix = prefix  # of the column names, for nested objects such as "strategy"
        self.fields = {} if fields is None else fields
        self.links: dict[str, Any] = {}
        self.sections: dict[str, list[_Record]] = {}
        self.read: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def raw(self, key: str, *, required: bool = False, nullable: bool = True) -> Any:
        """The value of ``key`` as it is in the file, or _ABSENT."""
        self.read.add(key)
        if key not in self.data:
            if required:
                raise InputError(self.at(key), Text("missing; this key is required"))
            return _ABSENT
        if self.data[key] is None and not nullable:
            raise InputError(self.at(key), Text("must not be null"))
        return self.data[key]

    def column(self, key: str, convert: Callable[[Any, str], Any], attr: str = "") -> None:
        """Read ``key`` into the column ``attr`` (default: the key). The column says
        whether the key is required (not null, no default) and whether it may be null."""
        attr = self.prefix + (attr or key)
        column = self.kind.__table__.c[attr]
        required = not column.nullable and column.default is None
        value = self.raw(key, required=required, nullable=column.nullable)
        if value is _ABSENT:
            return
        if value is not None:
            value = convert(value, self.at(key))
            if required and isinstance(value, str) and not value.strip():
                raise InputError(self.at(key), Text("must not be empty"))
        problem = schema.problem(column.table.name, attr, value)
        if problem:
            raise InputError(self.at(key), problem)
        self.fields[attr] = value

    def columns(self) -> None:
        """Read every column the model gives the record in the file (see
        :func:`_plain_columns`), each under its key."""
        for column in _plain_columns(self.kind):
            self.column(_KEY_OF_COLUMN.get(column.name, column.name), _reader_of(column),
                        attr=column.name)

    def optional(self, key: str, convert: Callable[[Any, str], Any]) -> Any:
        """A key that is checked but not stored."""
        value = self.raw(key)
        return value if value is None or value is _ABSENT else convert(value, self.at(key))

    def name_ref(self, key: str) -> None:
        """A key naming one person of the account, or null."""
        value = self.raw(key)
        if value is not _ABSENT:
            self.links[key] = None if value is None else _text(value, self.at(key))

    def names(self, key: str) -> None:
        """A key listing people of the account by name."""
        value = self.raw(key, nullable=False)
        if value is _ABSENT:
            return
        if not isinstance(value, list):
            raise InputError(self.at(key), _expected_list(value))
        names = [_text(name, f"{self.at(key)}[{i}]") for i, name in enumerate(value)]
        for i, name in enumerate(names):
            if name in names[:i]:
                raise InputError(f"{self.at(key)}[{i}]",
                                 Text("{name} is listed twice", name=repr(name)))
        self.links[key] = names

    def group(self, key: str, prefix: str, keys: Sequence[str]) -> _Reader | None:
        """A nested object whose keys are columns ``prefix + key`` of this record; null
        clears them all. None unless there is an object to read."""
        value = self.raw(key)
        if value is None:
            self.fields.update(dict.fromkeys((prefix + k for k in keys), None))
        if value is None or value is _ABSENT:
            return None
        return _Reader(value, self.at(key), self.kind, prefix, self.fields)

    def section(self, section: _Section) -> None:
        value = self.raw(section.key, nullable=False)
        if value is not _ABSENT:
            records = section.read(value, self.at(section.key))
            _check_natural_keys(records, section.natural_key, section.unique)
            self.sections[section.key] = records

    def close(self) -> None:
        for key in self.data:
            if key not in self.read:
                raise InputError(self.at(key), _unknown_key(key, sorted(self.read)))

    def record(self, **extra: Any) -> _Record:
        record_id = self.raw("id")
        self.close()
        return _Record(self.kind, self.path,
                       None if record_id is None or record_id is _ABSENT
                       else _uuid(record_id, self.at("id")),
                       self.fields, self.links, self.sections, **extra)


def _check_natural_keys(records: list[_Record], natural_key: tuple[str, ...],
                        unique: bool) -> None:
    """Records without an id are found by their natural key, so it must not be
    ambiguous; where ``unique``, the file refers to records by it (people by name)."""
    seen: dict[tuple, _Record] = {}
    for record in records:
        if record.id is not None and not unique:
            continue
        key = tuple(record.fields.get(attr) for attr in natural_key)
        if key in seen:
            other = seen[key].path.rsplit(".", 1)[-1]
            what = _keys(natural_key)
            raise InputError(f"{record.path}.{natural_key[0]}",
                             Text("{other} has the same {what}", other=other, what=what)
                             if unique else
                             Text("{other} has the same {what}; give one of them an id",
                                  other=other, what=what))
        seen[key] = record


def _parse_plain(kind: type) -> Callable[[Any, str], _Record]:
    """The reader of a record that has nothing but its columns."""
    def parse(value: Any, path: str) -> _Record:
        r = _Reader(value, path, kind)
        r.columns()
        return r.record()
    return parse


def _parse_contact(value: Any, path: str) -> _Record:
    r = _Reader(value, path, Contact)
    r.columns()
    r.name_ref("reports_to")
    r.optional("role", _enum_of(Role))  # derived from interest and involvement
    return r.record(personal=_parse_personal(r))


def _parse_personal(contact: _Reader) -> Any:
    value = contact.raw("personal")
    if value is None or value is _ABSENT:
        return value
    r = _Reader(value, contact.at("personal"), PersonalNotes)
    r.columns()
    r.close()
    return r.fields


def _parse_team_member(value: Any, path: str) -> _Record:
    r = _Reader(value, path, TeamMember)
    r.columns()
    r.name_ref("mirrors")
    return r.record()


def _parse_diary_entry(value: Any, path: str) -> _Record:
    r = _Reader(value, path, DiaryEntry)
    r.columns()
    r.names("attendees")
    return r.record()


def _parse_goal(value: Any, path: str) -> _Record:
    r = _Reader(value, path, Goal)
    r.columns()
    strategy = r.group("strategy", "strategy_", _STRATEGY_KEYS)
    if strategy:
        for key in _STRATEGY_KEYS:
            strategy.column(key, _text)
        strategy.close()
    resources = r.group("resources", "resource_", _RESOURCE_KEYS)
    if resources:
        resources.column("people", _whole)
        resources.column("days", _whole)
        resources.column("budget", _money)
        resources.close()
    r.section(_ACTIONS)
    return r.record()


def _parse_involvement(value: Any, path: str) -> list[_Record]:
    """{stage: {department: percent}} -> one record per share."""
    if not isinstance(value, dict):
        raise InputError(path, _expected_object(value))
    records = []
    for stage_key, shares in value.items():
        where = f"{path}.{stage_key}"
        stage = _enum_of(Stage)(stage_key, where)
        if not isinstance(shares, dict):
            raise InputError(where, _expected_object(shares))
        percents = {}
        for department, percent in shares.items():
            if not department.strip():
                raise InputError(where, Text("a department's name must not be empty"))
            number = _float(percent, f"{where}.{department}")
            for field_name, item in (("department", department), ("percent", number)):
                problem = schema.problem("involvement_share", field_name, item)
                if problem:
                    raise InputError(f"{where}.{department}", problem)
            percents[department] = number
        problem = stage_problem(percents)
        if problem:
            raise InputError(where, problem)
        records += [_Record(InvolvementShare, f"{where}.{department}", None,
                            {"stage": stage, "department": department, "percent": percent})
                    for department, percent in percents.items()]
    return records


def _parse_account(value: Any, path: str) -> _Record:
    r = _Reader(value, path, Account)
    r.columns()
    for section in _ACCOUNT_SECTIONS:
        r.section(section)
    return r.record()


def _parse_document(document: dict) -> list[_Record]:
    r = _Reader(document, "")
    found = r.raw("format")
    if found != FORMAT:
        shown = Text("nothing") if found is _ABSENT else _describe(found)
        raise InputError("format", Text("expected {format}, found {value}: this is not a "
                                        "KAM Desktop accounts file",
                                        format=repr(FORMAT), value=shown))
    version = r.raw("version", required=True, nullable=False)
    if isinstance(version, bool) or not isinstance(version, int):
        raise InputError("version", Text("expected a whole number such as {version}, "
                                         "found {value}",
                                         version=VERSION, value=_describe(version)))
    if version > VERSION:
        raise InputError("version", Text("the file is from a newer version of KAM Desktop "
                                         "(format version {version}; this one reads "
                                         "version {supported})",
                                         version=version, supported=VERSION))
    if version != VERSION:
        raise InputError("version", Text("{version} is not a format version "
                                         "(this one reads version {supported})",
                                         version=version, supported=VERSION))
    accounts = r.raw("accounts", required=True, nullable=False)
    r.close()
    if not isinstance(accounts, list):
        raise InputError("accounts", _expected_list(accounts))
    records = [_parse_account(value, f"accounts[{i}]") for i, value in enumerate(accounts)]
    _check_natural_keys(records, ("name",), unique=True)
    _check_unique_ids(records)
    return records


def _walk(records: list[_Record]) -> Iterator[_Record]:
    for record in records:
        yield record
        for children in record.sections.values():
            yield from _walk(children)


def _check_unique_ids(accounts: list[_Record]) -> None:
    seen: dict[uuid.UUID, _Record] = {}
    for record in _walk(accounts):
        if record.id in seen:
            raise InputError(f"{record.path}.id",
                             Text("{other} has the same id", other=seen[record.id].path))
        if record.id is not None:
            seen[record.id] = record


# ---------------------------------------------------------------------------
# Exporting stored rows


def _money_out(amount: Decimal | None) -> int | Decimal | None:
    if amount is None:
        return None
    amount = Decimal(amount).quantize(_CENT)
    return int(amount) if amount == amount.to_integral_value() else amount


def _float_out(number: float | None) -> int | Decimal | None:
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
# Which columns the file carries, and how each kind of column is read and written

#: a key of the file that names its column differently
_KEY_OF_COLUMN = {"opportunity_class": "class"}
#: columns the file groups under a key of their own (a goal's strategy and resources)
_GROUPED = ("strategy_", "resource_")
#: the JSON columns: how each is read and written
_JSON_COLUMNS = {("ladder_assessment", "competitors"): (_competitors, _competitors_out),
                 ("ladder_assessment", "answers"): (_answers, _answers_out)}


def _plain_columns(kind: type) -> list:
    """The columns the file carries for a record of ``kind``, each under its own key:
    every content column of the model (:func:`schema.content_columns`), so a column
    added to the model is in the file, the checks and the export at once."""
    return [column for column in schema.content_columns(kind.__tablename__)
            if not column.name.startswith(_GROUPED)]


def _reader_of(column) -> Callable[[Any, str], Any]:
    kind = column.type
    if isinstance(kind, SqlEnum):
        return _enum_of(kind.enum_class)
    if isinstance(kind, (Date, DateTime)):
        return _date
    if isinstance(kind, Boolean):
        return _flag
    if isinstance(kind, Float):
        return _float
    if isinstance(kind, Numeric):
        return _money
    if isinstance(kind, Integer):
        return _whole
    if isinstance(kind, JSON):
        return _JSON_COLUMNS[(column.table.name, column.name)][0]
    return _text


def _writer_of(column) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, SqlEnum):
        return _enum_out
    if isinstance(kind, (Date, DateTime)):
        return _date_out
    if isinstance(kind, Float):
        return _float_out
    if isinstance(kind, Numeric):
        return _money_out
    if isinstance(kind, JSON):
        return _JSON_COLUMNS[(column.table.name, column.name)][1]
    return lambda value: value


def _plain_out(row: Any) -> dict:
    """The record's id and every column the file carries, as the file writes them."""
    return {"id": str(row.id), **{
        _KEY_OF_COLUMN.get(column.name, column.name): _writer_of(column)(getattr(row, column.name))
        for column in _plain_columns(type(row))}}


def _export_contact(row: Contact) -> dict:
    return {
        **_plain_out(row),
        "reports_to": row.reports_to.name if row.reports_to is not None else None,
        "role": role_for(row.interest, row.involvement).value,
        "personal": None if row.personal is None else
        {column.name: getattr(row.personal, column.name)
         for column in _plain_columns(PersonalNotes)},
    }


def _export_team_member(row: TeamMember) -> dict:
    return {**_plain_out(row), "mirrors": row.mirrors.name if row.mirrors is not None else None}


def _export_diary_entry(row: DiaryEntry) -> dict:
    attendees = [a.contact.name if a.contact is not None else a.team_member.name
                 for a in row.attendees]
    return {**_plain_out(row), "attendees": sorted(attendees)}


def _export_goal(row: Goal) -> dict:
    return {
        **_plain_out(row),
        "strategy": {key: getattr(row, f"strategy_{key}") for key in _STRATEGY_KEYS},
        "resources": {
            "people": row.resource_people,
            "days": row.resource_days,
            "budget": _money_out(row.resource_budget),
        },
        "actions": _ACTIONS.export(row.actions),
    }


def _export_account(row: Account) -> dict:
    return {**_plain_out(row), **{section.key: section.export(getattr(row, section.attr))
                                  for section in _ACCOUNT_SECTIONS}}


# ---------------------------------------------------------------------------
# The list sections of an account (and of a goal)


@dataclass(frozen=True)
class _Section:
    """A list of records inside an account (or a goal): how to read, match and export it."""

    key: str  # in the file
    attr: str  # the relationship of the parent row
    kind: type
    #: the columns that find a record which has no id
    natural_key: tuple[str, ...]
    #: how one record is read and written, when it holds more than its columns
    parse_one: Callable[[Any, str], _Record] | None = None
    export_one: Callable[[Any], dict] | None = None
    #: the natural key is unique even among records with ids (people are named by it)
    unique: bool = False
    #: the database holds the natural key unique too, even while rows are being updated
    unique_in_database: bool = False

    def read(self, value: Any, path: str) -> list[_Record]:
        if not isinstance(value, list):
            raise InputError(path, _expected_list(value))
        parse = self.parse_one or _parse_plain(self.kind)
        return [parse(item, f"{path}[{i}]") for i, item in enumerate(value)]

    def key_of(self, row: Any) -> tuple:
        return tuple(getattr(row, attr) for attr in self.natural_key)

    def export(self, rows: list[Any]) -> Any:
        def order(row: Any) -> tuple:
            return tuple("" if v is None else v for v in self.key_of(row)) + (str(row.id),)
        return [(self.export_one or _plain_out)(row) for row in sorted(rows, key=order)]


class _InvolvementSection(_Section):
    """In the file a map {stage: {department: percent}} rather than a list."""

    def read(self, value: Any, path: str) -> list[_Record]:
        return _parse_involvement(value, path)

    def export(self, rows: list[InvolvementShare]) -> dict:
        by_stage: dict[str, dict[str, Any]] = {}
        for stage in Stage:
            shares = sorted((row.department, row.percent) for row in rows if row.stage == stage)
            if shares:
                by_stage[stage.value] = {dept: _float_out(pct) for dept, pct in shares}
        return by_stage


_ACTIONS = _Section("actions", "actions", PlanAction, ("title",))
_CONTACTS = _Section("contacts", "contacts", Contact, ("name",), _parse_contact,
                     _export_contact, unique=True)
_TEAM = _Section("team", "team", TeamMember, ("name",), _parse_team_member,
                 _export_team_member, unique=True)
_DIARY = _Section("diary", "diary", DiaryEntry, ("date", "summary"), _parse_diary_entry,
                  _export_diary_entry)

#: in the order of the file
_ACCOUNT_SECTIONS: tuple[_Section, ...] = (
    _Section("revenue", "revenue", Revenue, ("period",), unique=True, unique_in_database=True),
    _Section("ladder", "ladder", LadderAssessment, ("date",)),
    _CONTACTS,
    _TEAM,
    _DIARY,
    _Section("opportunities", "opportunities", Opportunity, ("title",)),
    _Section("goals", "goals", Goal, ("our_goal",), _parse_goal, _export_goal),
    _Section("value", "value_entries", ValueEntry, ("date", "title")),
    _Section("statistics", "statistics", Statistic, ("name", "period")),
    _InvolvementSection("involvement", "involvement", InvolvementShare,
                        ("stage", "department"), unique=True),
    _Section("switching_barriers", "switching_barriers", SwitchingBarrier, ("description",)),
    _Section("cooling", "cooling_reasons", CoolingReason, ("date", "reason")),
)
_SECTIONS_BY_KEY = {section.key: section for section in (*_ACCOUNT_SECTIONS, _ACTIONS)}

_EXPORT_LOADS = (
    selectinload(Account.revenue),
    selectinload(Account.ladder),
    selectinload(Account.contacts).selectinload(Contact.personal),
    selectinload(Account.contacts).selectinload(Contact.reports_to),
    selectinload(Account.team).selectinload(TeamMember.mirrors),
    selectinload(Account.diary).selectinload(DiaryEntry.attendees)
    .selectinload(DiaryAttendee.contact),
    selectinload(Account.diary).selectinload(DiaryEntry.attendees)
    .selectinload(DiaryAttendee.team_member),
    selectinload(Account.opportunities),
    selectinload(Account.goals).selectinload(Goal.actions),
    selectinload(Account.value_entries),
    selectinload(Account.statistics),
    selectinload(Account.involvement),
    selectinload(Account.switching_barriers),
    selectinload(Account.cooling_reasons),
)


def export_document(session: Session, account_names: Sequence[str] | None = None) -> dict:
    """The whole portfolio, or the accounts named, as an interchange document."""
    query = select(Account).options(*_EXPORT_LOADS)
    if account_names is not None:
        query = query.where(Account.name.in_(list(account_names)))
    accounts = sorted(session.scalars(query).all(), key=lambda account: account.name)
    found = {account.name for account in accounts}
    for name in account_names or ():
        if name not in found:
            raise InputError("", Text("there is no account named {name}", name=repr(name)))
    return {"format": FORMAT, "version": VERSION,
            "accounts": [_export_account(account) for account in accounts]}


# ---------------------------------------------------------------------------
# Matching the file's records to stored rows (reads the database, writes nothing)

#: what a record's id may turn out to be in the database, and the column of its parent
_ID_KINDS: dict[type, Any] = {
    Account: None,  # no parent
    Revenue: Revenue.account_id,
    LadderAssessment: LadderAssessment.account_id,
    Contact: Contact.account_id,
    TeamMember: TeamMember.account_id,
    DiaryEntry: DiaryEntry.account_id,
    DiaryAttendee: DiaryAttendee.entry_id,
    Opportunity: Opportunity.account_id,
    Goal: Goal.account_id,
    PlanAction: PlanAction.goal_id,
    ValueEntry: ValueEntry.account_id,
    Statistic: Statistic.account_id,
    InvolvementShare: InvolvementShare.account_id,
    SwitchingBarrier: SwitchingBarrier.account_id,
    CoolingReason: CoolingReason.account_id,
}

#: what a record of each kind is called in a message
_A = {
    Account: Text("an account"), Revenue: Text("a revenue record"),
    LadderAssessment: Text("a ladder assessment"), Contact: Text("a contact"),
    TeamMember: Text("a team member"), DiaryEntry: Text("a diary entry"),
    DiaryAttendee: Text("a diary attendee"), Opportunity: Text("an opportunity"),
    Goal: Text("a goal"), PlanAction: Text("a plan action"), ValueEntry: Text("a value entry"),
    Statistic: Text("a statistic"), InvolvementShare: Text("an involvement share"),
    SwitchingBarrier: Text("a switching barrier"), CoolingReason: Text("a cooling record"),
}
#: ... and a record that holds sections, when it is another one (whole words, because
#: a translation declines the noun together with "another")
_ANOTHER = {Account: Text("another account"), Goal: Text("another goal")}


def _stored_ids(session: Session, accounts: list[_Record]) -> dict[uuid.UUID, tuple[type, Any]]:
    """For each id of the file already in the database: its row's kind and parent id."""
    ids = [record.id for record in _walk(accounts) if record.id is not None]
    stored: dict[uuid.UUID, tuple[type, Any]] = {}
    for kind, parent in _ID_KINDS.items():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            if parent is None:
                query = select(kind.id).where(kind.id.in_(chunk))
                stored.update((row_id, (kind, None)) for row_id in session.scalars(query))
            else:
                query = select(kind.id, parent).where(kind.id.in_(chunk))
                stored.update((row_id, (kind, parent_id))
                              for row_id, parent_id in session.execute(query))
    return stored


def _check_stored_id(record: _Record, parent: _Record | None,
                     stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """An id already in the database must be a row of the same kind and the same parent."""
    if record.id not in stored:
        return
    kind, parent_id = stored[record.id]
    where = f"{record.path}.id"
    if kind is not record.kind:
        raise InputError(where, Text("this id belongs to {kind} in the database, not to {expected}",
                                     kind=_A[kind], expected=_A[record.kind]))
    if parent is not None and (parent.target is None or parent.target.id != parent_id):
        raise InputError(where, Text("this id belongs to {kind} of {another} in the database",
                                     kind=_A[kind], another=_ANOTHER[parent.kind]))


def _match_account(session: Session, record: _Record, accounts: list[_Record],
                   stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """By id, else by name; never so that two accounts would have one name."""
    _check_stored_id(record, None, stored)
    named = session.scalars(select(Account).where(Account.name == record.name())).one_or_none()
    if record.id is not None:
        record.target = session.get(Account, record.id) if record.id in stored else None
    elif named is not None and named.id not in {other.id for other in accounts}:
        record.target = named
    if named is not None and named is not record.target:
        raise InputError(f"{record.path}.name",
                         Text("the database already has another account named {name} (id {id})",
                              name=repr(record.name()), id=named.id))


def _match_section(section: _Section, parent: _Record,
                   stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """Pair the section's records with the parent's stored rows: by id, else by natural
    key. Stored rows left over are to be deleted."""
    records = parent.sections[section.key]
    rows = getattr(parent.target, section.attr) if parent.target is not None else []
    rows_by_id = {row.id: row for row in rows}
    for record in records:
        if record.id is not None:
            _check_stored_id(record, parent, stored)
            record.target = rows_by_id.get(record.id)
    taken = {record.target.id for record in records if record.target is not None}
    free = sorted((row for row in rows if row.id not in taken), key=lambda row: str(row.id))
    for record in records:
        if record.target is not None:
            continue
        key = tuple(record.fields.get(attr) for attr in section.natural_key)
        match = next((row for row in free if section.key_of(row) == key), None)
        if match is not None and record.id is not None:
            raise InputError(f"{record.path}.id",
                             Text("this id is not in the database, but {kind} with the same "
                                  "{what} is, with the id {id}", kind=_A[section.kind],
                                  what=_keys(section.natural_key), id=match.id))
        if match is not None:
            record.target = match
            free.remove(match)
    parent.removed += free
    if section.unique_in_database:
        _check_keys_stay_put(section, records)
    for record in records:
        for key in record.sections:
            _match_section(_SECTIONS_BY_KEY[key], record, stored)


def _check_keys_stay_put(section: _Section, records: list[_Record]) -> None:
    """A key may not pass from one kept row to another record in the same import: the
    rows are updated one by one, and the database's unique constraint would fail."""
    holders = {section.key_of(record.target): record for record in records
               if record.target is not None}
    for record in records:
        holder = holders.get(tuple(record.fields[attr] for attr in section.natural_key))
        if holder is not None and holder is not record:
            raise InputError(f"{record.path}.{section.natural_key[0]}",
                             Text("the database has this {what} on the record of {holder}, "
                                  "which the file changes; exchanging {what}s takes two imports",
                                  what=_keys(section.natural_key),
                                  holder=holder.path.rsplit(".", 1)[-1]))


def _effective(record: _Record, attr: str) -> Any:
    """A column's value after the import: the file's, else the stored one, else the default."""
    if attr in record.fields:
        return record.fields[attr]
    if record.target is not None:
        return getattr(record.target, attr)
    default = record.kind.__table__.c[attr].default
    return None if default is None else default.arg


def _check_lifecycle(account: _Record) -> None:
    lifecycle = _effective(account, "lifecycle")
    if lifecycle.needs_reason and not (_effective(account, "lifecycle_reason") or "").strip():
        raise InputError(f"{account.path}.lifecycle_reason",
                         Text("a {lifecycle} account needs a lifecycle_reason saying why",
                              lifecycle=lifecycle.value))


def _names_after(account: _Record, section: _Section) -> set[str]:
    """The names of the account's contacts or team after the import."""
    if section.key in account.sections:
        return {record.name() for record in account.sections[section.key]}
    if account.target is None:
        return set()
    return {row.name for row in getattr(account.target, section.attr)}


def _check_people(account: _Record) -> None:
    """Every name the file uses for a person must name one of the account's people."""
    contacts = _names_after(account, _CONTACTS)
    team = _names_after(account, _TEAM)
    for record in account.sections.get("contacts", ()):
        name = record.links.get("reports_to")
        if name is not None and name not in contacts:
            raise InputError(f"{record.path}.reports_to", _not_a_contact(name))
    for record in account.sections.get("team", ()):
        name = record.links.get("mirrors")
        if name is not None and name not in contacts:
            raise InputError(f"{record.path}.mirrors", _not_a_contact(name))
    for record in account.sections.get("diary", ()):
        for i, name in enumerate(record.links.get("attendees", ())):
            if name not in contacts and name not in team:
                raise InputError(f"{record.path}.attendees[{i}]",
                                 Text("{person} is neither a contact nor a team member of this "
                                      "account", person=repr(name)))
    _check_reports_to_loops(account)


def _not_a_contact(name: str) -> Text:
    return Text("{name} is not a contact of this account", name=repr(name))


def _check_reports_to_loops(account: _Record) -> None:
    records = account.sections.get("contacts")
    if records is None:
        return
    by_row_id = {record.target.id: record for record in records if record.target is not None}
    boss: dict[str, str | None] = {}
    for record in records:
        if "reports_to" in record.links:
            boss[record.name()] = record.links["reports_to"]
        elif record.target is not None and record.target.reports_to_id in by_row_id:
            boss[record.name()] = by_row_id[record.target.reports_to_id].name()
    for record in records:
        chain = [record.name()]
        while (upper := boss.get(chain[-1])) is not None and upper not in chain:
            chain.append(upper)
        if upper == record.name():
            raise InputError(f"{record.path}.reports_to",
                             Text("reports_to goes round in a circle: {chain}",
                                  chain=" → ".join([*chain, upper])))


# ---------------------------------------------------------------------------
# Writing


def _assign(row: Any, values: dict[str, Any]) -> bool:
    """Set the values that differ from the row's; True if any did. Equal values are
    not assigned, so that an unchanged row is not written at all."""
    changed = False
    for attr, value in values.items():
        if getattr(row, attr) != value:
            setattr(row, attr, value)
            changed = True
    return changed


def _link(row: Any, attr: str, person: Any) -> bool:
    """Point the relationship ``attr`` at ``person`` (or nobody) unless it already does."""
    if getattr(row, f"{attr}_id") == (None if person is None else person.id):
        return False
    setattr(row, attr, person)
    return True


def _write_section(parent: Any, section: _Section, records: list[_Record]) -> bool:
    changed = False
    for record in records:
        if record.target is None:
            record.target = section.kind(id=record.id or uuid.uuid4())
            getattr(parent, section.attr).append(record.target)
            changed = True
        changed |= _assign(record.target, record.fields)
        for key, children in record.sections.items():
            changed |= _write_section(record.target, _SECTIONS_BY_KEY[key], children)
    return changed


def _people_by_name(account: _Record, section: _Section) -> dict[str, Any]:
    if section.key in account.sections:
        return {record.name(): record.target for record in account.sections[section.key]}
    return {row.name: row for row in getattr(account.target, section.attr)}


def _write_personal(contact: _Record) -> bool:
    notes = contact.target.personal
    if contact.personal is _ABSENT or (contact.personal is None and notes is None):
        return False
    if contact.personal is None:
        contact.target.personal = None  # deletes the notes (delete-orphan)
        return True
    if notes is None:
        contact.target.personal = PersonalNotes()
        _assign(contact.target.personal, contact.personal)
        return True
    return _assign(notes, contact.personal)


def _write_attendees(entry: DiaryEntry, people: list[Any]) -> bool:
    def key(person: Any) -> tuple:
        return (person.id, None) if isinstance(person, Contact) else (None, person.id)

    wanted = {key(person): person for person in people}
    present = {(a.contact_id, a.team_member_id): a for a in entry.attendees}
    for attendee_key, attendee in present.items():
        if attendee_key not in wanted:
            entry.attendees.remove(attendee)
    for person_key, person in wanted.items():
        if person_key not in present:
            attendee = DiaryAttendee(id=uuid.uuid4())
            if isinstance(person, Contact):
                attendee.contact = person
            else:
                attendee.team_member = person
            entry.attendees.append(attendee)
    return wanted.keys() != present.keys()


def _write_links(account: _Record) -> bool:
    """The links between people, once every contact and team member exists."""
    contacts = _people_by_name(account, _CONTACTS)
    team = _people_by_name(account, _TEAM)
    changed = False
    for record in account.sections.get("contacts", ()):
        if "reports_to" in record.links:
            changed |= _link(record.target, "reports_to", contacts.get(record.links["reports_to"]))
        changed |= _write_personal(record)
    for record in account.sections.get("team", ()):
        if "mirrors" in record.links:
            changed |= _link(record.target, "mirrors", contacts.get(record.links["mirrors"]))
    for record in account.sections.get("diary", ()):
        if "attendees" in record.links:
            people = [contacts.get(name) or team[name] for name in record.links["attendees"]]
            changed |= _write_attendees(record.target, people)
    return changed


def _write_account(session: Session, account: _Record) -> bool:
    """Add or update one account; True if anything about it changed."""
    changed = account.target is None
    if account.target is None:
        account.target = Account(id=account.id or uuid.uuid4())
        session.add(account.target)
    changed |= _assign(account.target, account.fields)
    for section in _ACCOUNT_SECTIONS:
        if section.key in account.sections:
            changed |= _write_section(account.target, section, account.sections[section.key])
    return _write_links(account) or changed


def _all_removed(records: list[_Record]) -> Iterator[Any]:
    for record in _walk(records):
        yield from record.removed


def import_document(session: Session, document: dict) -> ImportSummary:
    """Add or update the accounts of an interchange document.

    The whole document is checked first (InputError says where and what is wrong),
    and only then written. Absent keys and sections leave what is stored as it is;
    a section present in the file replaces the stored one record by record.
    """
    accounts = _parse_document(document)
    stored = _stored_ids(session, accounts)
    for account in accounts:
        _match_account(session, account, accounts, stored)
        for key in account.sections:
            _match_section(_SECTIONS_BY_KEY[key], account, stored)
        _check_lifecycle(account)
        _check_people(account)

    removed = [list(_all_removed([account])) for account in accounts]
    if any(removed):
        # deletions first, so that their names and periods are free for the rows that
        # remain; the database's own cascades then show in the rows read afterwards
        for row in (row for rows in removed for row in rows):
            session.delete(row)
        session.flush()
        session.expire_all()
    summary = ImportSummary([], [], [])
    for account, gone in zip(accounts, removed):
        added = account.target is None
        changed = _write_account(session, account) or bool(gone)
        names = summary.added if added else summary.updated if changed else summary.unchanged
        names.append(account.name())
    session.flush()
    return summary
