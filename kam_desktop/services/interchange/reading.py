"""Reading an interchange file's JSON into records, every key checked and every value
converted, before the database is looked at (source.py reads the file into JSON)."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kam_desktop.domain.enums import Role, Stage
from kam_desktop.domain.involvement import stage_problem
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.mine import fold_name
from kam_desktop.services.interchange.format import (
    ACCOUNT_SECTIONS,
    ACTIONS,
    FORMAT,
    INVOLVEMENT,
    RESOURCE_KEYS,
    STRATEGY_KEYS,
    VERSION,
    WIN_BACK,
    Section,
    key_names,
)
from kam_desktop.services.interchange.values import (
    column_rule,
    describe,
    enum_reader,
    expected_list,
    expected_object,
    plain_readers,
    read_float,
    read_money,
    read_text,
    read_uuid,
    read_whole,
    reader_of,
    unknown_key,
)
from kam_desktop.store import schema
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryEntry,
    Goal,
    InvolvementShare,
    Loss,
    PersonalNotes,
    TeamMember,
    ValueEntry,
)

#: marks a key that is not in the file (as opposed to null, which clears a field)
ABSENT: Any = object()


# ---------------------------------------------------------------------------
# Records


@dataclass(eq=False)
class Record:
    """One record of the file, checked and converted; later matched to a stored row."""

    kind: type
    path: str
    id: uuid.UUID | None
    #: column -> new value, only for the keys present in the file
    fields: dict[str, Any]
    #: people named by the record: reports_to, mirrors, delivered_by (a name or None),
    #: attendees (names)
    links: dict[str, Any] = field(default_factory=dict)
    #: the list sections present in the file, e.g. "contacts" -> records
    sections: dict[str, list[Record]] = field(default_factory=dict)
    #: the contact's personal notes: ABSENT, None (erase) or column -> value
    personal: Any = ABSENT
    #: the stored row this record updates; None while it is a new one
    target: Any = None
    #: stored rows of this record's present sections that the file no longer has
    removed: list[Any] = field(default_factory=list)

    def name(self) -> str:
        return self.fields["name"]


def walk(records: list[Record]) -> Iterator[Record]:
    """The records and all the records of their sections, parents first."""
    for record in records:
        yield record
        for children in record.sections.values():
            yield from walk(children)


class _Reader:
    """A JSON object of the file that is being read into a record of ``kind``.

    Each read checks and converts one key; ``close`` then rejects any key that was
    not read, which catches misspelt keys.
    """

    def __init__(self, value: Any, path: str, kind: type | None = None, prefix: str = "",
                 fields: dict[str, Any] | None = None) -> None:
        if not isinstance(value, dict):
            raise InputError(path, expected_object(value))
        self.data = value
        self.path = path
        self.kind = kind
        self.prefix = prefix  # of the column names, for nested objects such as "strategy"
        self.fields = {} if fields is None else fields
        self.links: dict[str, Any] = {}
        self.sections: dict[str, list[Record]] = {}
        self.read: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def raw(self, key: str, *, required: bool = False, nullable: bool = True) -> Any:
        """The value of ``key`` as it is in the file, or ABSENT."""
        self.read.add(key)
        if key not in self.data:
            if required:
                raise InputError(self.at(key), Text("missing; this key is required"))
            return ABSENT
        if self.data[key] is None and not nullable:
            raise InputError(self.at(key), Text("must not be null"))
        return self.data[key]

    def column(self, key: str, convert: Callable[[Any, str], Any], attr: str = "") -> None:
        """Read ``key`` into the column ``attr`` (default: the key). The column says
        whether the key is required (not null, no default) and whether it may be null."""
        attr = self.prefix + (attr or key)
        required, nullable, check = column_rule(self.kind, attr)
        value = self.raw(key, required=required, nullable=nullable)
        if value is ABSENT:
            return
        if value is not None:
            value = convert(value, self.at(key))
            if required and isinstance(value, str) and not value.strip():
                raise InputError(self.at(key), Text("must not be empty"))
        problem = check(value)
        if problem:
            raise InputError(self.at(key), problem)
        self.fields[attr] = value

    def columns(self) -> None:
        """Read every column the model gives the record in the file (see
        :func:`values.plain_readers`), each under its key."""
        for key, convert, attr in plain_readers(self.kind):
            self.column(key, convert, attr=attr)

    def optional(self, key: str, convert: Callable[[Any, str], Any]) -> Any:
        """A key that is checked but not stored."""
        value = self.raw(key)
        return value if value is None or value is ABSENT else convert(value, self.at(key))

    def name_ref(self, key: str) -> None:
        """A key naming one person of the account, or null."""
        value = self.raw(key)
        if value is not ABSENT:
            self.links[key] = None if value is None else read_text(value, self.at(key))

    def names(self, key: str) -> None:
        """A key listing people of the account by name."""
        value = self.raw(key, nullable=False)
        if value is ABSENT:
            return
        if not isinstance(value, list):
            raise InputError(self.at(key), expected_list(value))
        names = [read_text(name, f"{self.at(key)}[{i}]") for i, name in enumerate(value)]
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
        if value is None or value is ABSENT:
            return None
        return _Reader(value, self.at(key), self.kind, prefix, self.fields)

    def section(self, section: Section) -> None:
        value = self.raw(section.key, nullable=False)
        if value is not ABSENT:
            records = _read_section(section, value, self.at(section.key))
            _check_natural_keys(records, section.natural_key, section.unique)
            self.sections[section.key] = records

    def close(self) -> None:
        for key in self.data:
            if key not in self.read:
                raise InputError(self.at(key), unknown_key(key, sorted(self.read)))

    def record(self, **extra: Any) -> Record:
        record_id = self.raw("id")
        self.close()
        return Record(self.kind, self.path,
                      None if record_id is None or record_id is ABSENT
                      else read_uuid(record_id, self.at("id")),
                      self.fields, self.links, self.sections, **extra)


def _check_natural_keys(records: list[Record], natural_key: tuple[str, ...],
                        unique: bool) -> None:
    """Records without an id are found by their natural key, so it must not be
    ambiguous; where ``unique``, the file refers to records by it (people by name)."""
    seen: dict[tuple, Record] = {}
    for record in records:
        if record.id is not None and not unique:
            continue
        key = tuple(record.fields.get(attr) for attr in natural_key)
        if key in seen:
            other = seen[key].path.rsplit(".", 1)[-1]
            what = key_names(natural_key)
            raise InputError(f"{record.path}.{natural_key[0]}",
                             Text("{other} has the same {what}", other=other, what=what)
                             if unique else
                             Text("{other} has the same {what}; give one of them an id",
                                  other=other, what=what))
        seen[key] = record


def _check_unique_ids(accounts: list[Record],
                      earlier: Callable[[list[uuid.UUID]], dict[uuid.UUID, str]]) -> None:
    seen = earlier([record.id for record in walk(accounts) if record.id is not None])
    for record in walk(accounts):
        if record.id in seen:
            raise InputError(f"{record.path}.id",
                             Text("{other} has the same id", other=seen[record.id]))
        if record.id is not None:
            seen[record.id] = record.path


# ---------------------------------------------------------------------------
# Each kind of record


def _parse_plain(kind: type) -> Callable[[Any, str], Record]:
    """The reader of a record that has nothing but its columns."""
    def parse(value: Any, path: str) -> Record:
        r = _Reader(value, path, kind)
        r.columns()
        return r.record()
    return parse


#: the contact key of files written before the account team's "mirrors" became the one
#: place that says who mirrors a contact (KAM Desktop 0.1)
OLD_COUNTERPART = "our_counterpart"


def _parse_contact(value: Any, path: str) -> Record:
    r = _Reader(value, path, Contact)
    r.columns()
    r.name_ref("reports_to")
    r.optional("role", enum_reader(Role))  # derived from interest and involvement
    counterpart = r.optional(OLD_COUNTERPART, read_text)
    if isinstance(counterpart, str) and counterpart.strip():
        r.links[OLD_COUNTERPART] = counterpart
    return r.record(personal=_parse_personal(r))


def _check_old_counterparts(account: Record) -> None:
    """A contact's ``our_counterpart`` of an older file is read when the file's team
    says the same (a member of that name mirrors the contact), and otherwise refused
    with where to say it now: nothing the file says is dropped unseen."""
    pairs = {(fold_name(m.fields.get("name")), m.links.get("mirrors"))
             for m in account.sections.get("team", ())}
    for contact in account.sections.get("contacts", ()):
        counterpart = contact.links.pop(OLD_COUNTERPART, None)
        if counterpart and (fold_name(counterpart), contact.fields.get("name")) not in pairs:
            raise InputError(f"{contact.path}.{OLD_COUNTERPART}", Text(
                "who mirrors a contact is now said only in the account's team: give "
                "{member} \"mirrors\": {contact} there and remove this key",
                member=repr(counterpart.strip()), contact=repr(contact.fields.get("name"))))


def _parse_personal(contact: _Reader) -> Any:
    value = contact.raw("personal")
    if value is None or value is ABSENT:
        return value
    r = _Reader(value, contact.at("personal"), PersonalNotes)
    r.columns()
    r.close()
    return r.fields


def _parse_team_member(value: Any, path: str) -> Record:
    r = _Reader(value, path, TeamMember)
    r.columns()
    r.name_ref("mirrors")
    return r.record()


def _parse_value_entry(value: Any, path: str) -> Record:
    r = _Reader(value, path, ValueEntry)
    r.columns()
    r.name_ref("delivered_by")
    return r.record()


def _parse_diary_entry(value: Any, path: str) -> Record:
    r = _Reader(value, path, DiaryEntry)
    r.columns()
    r.names("attendees")
    return r.record()


def _parse_goal(value: Any, path: str) -> Record:
    r = _Reader(value, path, Goal)
    r.columns()
    strategy = r.group("strategy", "strategy_", STRATEGY_KEYS)
    if strategy:
        for key in STRATEGY_KEYS:
            strategy.column(key, read_text)
        strategy.close()
    resources = r.group("resources", "resource_", RESOURCE_KEYS)
    if resources:
        resources.column("people", read_whole)
        resources.column("days", read_whole)
        resources.column("budget", read_money)
        resources.close()
    r.section(ACTIONS)
    return r.record()


def _parse_loss(value: Any, path: str) -> Record:
    r = _Reader(value, path, Loss)
    r.columns()
    r.section(WIN_BACK)
    return r.record()


#: the kinds of records that hold more than their columns
_PARSERS: dict[type, Callable[[Any, str], Record]] = {
    Contact: _parse_contact,
    TeamMember: _parse_team_member,
    DiaryEntry: _parse_diary_entry,
    Goal: _parse_goal,
    Loss: _parse_loss,
    ValueEntry: _parse_value_entry,
}


def _parse_involvement(value: Any, path: str) -> list[Record]:
    """{stage: {department: percent, or {"percent": …, "role": …}}} -> one record per
    share."""
    if not isinstance(value, dict):
        raise InputError(path, expected_object(value))
    records = []
    for stage_key, shares in value.items():
        where = f"{path}.{stage_key}"
        stage = enum_reader(Stage)(stage_key, where)
        if not isinstance(shares, dict):
            raise InputError(where, expected_object(shares))
        found = {}
        for department, share in shares.items():
            if not department.strip():
                raise InputError(where, Text("a department's name must not be empty"))
            problem = schema.problem("involvement_share", "department", department)
            if problem:
                raise InputError(f"{where}.{department}", problem)
            found[department] = _share(share, f"{where}.{department}")
        problem = stage_problem({department: fields["percent"]
                                 for department, fields in found.items()})
        if problem:
            raise InputError(where, problem)
        records += [Record(InvolvementShare, f"{where}.{department}", None,
                           {"stage": stage, "department": department, **fields})
                    for department, fields in found.items()]
    return records


def _share(value: Any, where: str) -> dict[str, Any]:
    """A department's share of a stage: its percent alone, or an object with the
    percent and the department's role at the stage."""
    if not isinstance(value, dict):
        percent = read_float(value, where)
        problem = schema.problem("involvement_share", "percent", percent)
        if problem:
            raise InputError(where, problem)
        return {"percent": percent}
    reader = _Reader(value, where, InvolvementShare)
    reader.column("percent", read_float)
    reader.column("role", reader_of(InvolvementShare.__table__.c.role_text), attr="role_text")
    reader.close()
    return reader.fields


def _read_section(section: Section, value: Any, path: str) -> list[Record]:
    if section is INVOLVEMENT:
        return _parse_involvement(value, path)
    if not isinstance(value, list):
        raise InputError(path, expected_list(value))
    parse = _PARSERS.get(section.kind) or _parse_plain(section.kind)
    return [parse(item, f"{path}[{i}]") for i, item in enumerate(value)]


def parse_account(value: Any, path: str) -> Record:
    r = _Reader(value, path, Account)
    r.columns()
    r.name_ref("parent")  # the holding, by name or id (matching.match_holdings)
    for section in ACCOUNT_SECTIONS:
        r.section(section)
    account = r.record()
    _check_old_counterparts(account)
    return account


def parse_document(document: dict) -> list[Record]:
    """The accounts of an interchange document as records, each checked on its own and
    against the rest of the file."""
    records = [parse_account(value, f"accounts[{i}]")
               for i, value in enumerate(accounts_of(document))]
    check_across([], records)
    return records


def check_across(earlier: list[Record], accounts: list[Record],
                 ids: Callable[[list[uuid.UUID]], dict[uuid.UUID, str]] = lambda ids: {}) -> None:
    """Check ``accounts`` against each other and against the accounts before them in the
    file: ``earlier`` (by name) and ``ids``, which gives those of the ids asked for that
    the file has already given, each with where."""
    _check_natural_keys([*earlier, *accounts], ("name",), unique=True)
    _check_unique_ids(accounts, ids)


def accounts_of(document: dict) -> list:
    """The accounts of a whole document, once its other keys are checked."""
    r = check_header(document)
    accounts = r.raw("accounts", required=True, nullable=False)
    r.close()
    if not isinstance(accounts, list):
        raise InputError("accounts", expected_list(accounts))
    return accounts


def check_header(document: dict) -> _Reader:
    """Check the format and version of a document (its keys before the accounts); the
    reader of its keys, to read the others."""
    r = _Reader(document, "")
    found = r.raw("format")
    if found != FORMAT:
        shown = Text("nothing") if found is ABSENT else describe(found)
        raise InputError("format", Text("expected {format}, found {value}: this is not a "
                                        "KAM Desktop accounts file",
                                        format=repr(FORMAT), value=shown))
    version = r.raw("version", required=True, nullable=False)
    if isinstance(version, bool) or not isinstance(version, int):
        raise InputError("version", Text("expected a whole number such as {version}, "
                                         "found {value}",
                                         version=VERSION, value=describe(version)))
    if version > VERSION:
        raise InputError("version", Text("the file is from a newer version of KAM Desktop "
                                         "(format version {version}; this one reads "
                                         "version {supported})",
                                         version=version, supported=VERSION))
    if version != VERSION:
        raise InputError("version", Text("{version} is not a format version "
                                         "(this one reads version {supported})",
                                         version=version, supported=VERSION))
    return r
