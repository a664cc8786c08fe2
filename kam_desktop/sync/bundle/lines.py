"""A bundle's lines checked against the schema, field by field: records, tombstones,
how far the sender had seen each replica, and the manifest."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from kam_desktop.domain.text import Text
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync.bundle.model import (
    FORMAT,
    KNOWN_MEMBERS,
    MANIFEST,
    MAX_HLC,
    MAX_RECORDS,
    MAX_REPLICAS,
    PERSONAL_TABLES,
    VERSION,
    Manifest,
    Record,
    Replica,
    Stamp,
    Tombstone,
    member_name,
)
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import CODECS, Invalid, check_uuid, parse_uuid

_RECORD_KEYS = {"id", "f", "s"}


def _keys(value: Any, required: set[str], optional: Iterable[str] = ()) -> dict:
    if not isinstance(value, dict):
        raise Invalid(Text("expected an object"))
    if not optional and value.keys() == required:
        return value
    missing = required - value.keys()
    if missing:
        raise Invalid(Text("{key} is missing", key=sorted(missing)[0]))
    extra = value.keys() - required - set(optional)
    if extra:
        raise Invalid(Text("{key} is not expected here", key=sorted(extra)[0]))
    return value


def _hlc(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_HLC:
        raise Invalid(Text("{value} is not a clock value", value=str(value)[:30]))
    if value > clock.future_limit():  # the top of the range is still in year 6429
        day = datetime.fromtimestamp(clock.hlc_seconds(value), timezone.utc)
        raise Invalid(Text("a change is dated {moment}, in the future: the clock of the laptop "
                           "that made the bundle is wrong, or the bundle is forged",
                           moment=day.strftime("%Y-%m-%d")))
    return value


def _is_moment(value: Any) -> bool:
    """An ISO date and time, as a bundle's manifest says when it was made (it is shown
    to the user, so it must be nothing else)."""
    if not isinstance(value, str) or len(value) > 40 or not value.isprintable():
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _stamp(value: Any, replicas: int) -> Stamp:
    if not isinstance(value, list) or len(value) != 2:
        raise Invalid(Text("a stamp must be [clock, replica]"))
    hlc, replica = _hlc(value[0]), value[1]
    if hlc == 0 and replica is None:
        return 0, None
    if isinstance(replica, bool) or not isinstance(replica, int) or not 0 <= replica < replicas:
        raise Invalid(Text("a stamp names replica {replica}, which the manifest does not list",
                           replica=str(replica)[:30]))
    return hlc, replica


#: fields dropped by past migrations, as (table, column): a bundle written by a release
#: from before may still carry them, and the reader skips them (value and stamp). Their
#: data moved elsewhere: 0011 made ``contact.our_counterpart`` team members who mirror
#: contacts; 0013 made ``account.annual_potential`` the potential of a year, which travels
#: as a table of its own once the sender's laptop is upgraded.
DROPPED: frozenset[tuple[str, str]] = frozenset({
    ("contact", "our_counterpart"),
    ("account", "annual_potential"),
})
_DROPPED_BY_TABLE: dict[str, tuple[str, ...]] = {
    name: tuple(column for table, column in sorted(DROPPED) if table == name)
    for name in SHAPES}

#: per table, the fields a bundle may lack: those that can be empty. A bundle written by
#: a version from before such a field was added (a colleague who has not updated yet)
#: does not know it.
MAY_LACK: dict[str, frozenset[str]] = {
    name: frozenset(f for f in shape.fields if shape.table.c[f].nullable)
    for name, shape in SHAPES.items()}


#: per table, the names a record's fields and its stamps may have
FIELD_NAMES = {name: frozenset(shape.fields) for name, shape in SHAPES.items()}
STAMP_NAMES = {name: frozenset({"*", *shape.fields}) for name, shape in SHAPES.items()}


def _as_this_release_writes(line: Any, table: str) -> None:
    """A line from an earlier release read as this release writes it: a field dropped
    since (:data:`DROPPED`) is skipped; a field the sender's version did not know arrives
    empty and stamped as never written, so it never overrides a value written here.
    Anything else is left for :func:`parse_record` to judge."""
    values, stamps = (line.get("f"), line.get("s")) if isinstance(line, dict) else (None, None)
    if isinstance(values, dict) and isinstance(stamps, dict):
        for name in _DROPPED_BY_TABLE[table]:
            values.pop(name, None)
            stamps.pop(name, None)
        if not values.keys() >= MAY_LACK[table]:
            for name in MAY_LACK[table] - values.keys():
                values[name] = None
                stamps[name] = [0, None]


def record_of(line: dict, table: str) -> Record:
    """A record from a line checked before (the second reading of the same bytes)."""
    _as_this_release_writes(line, table)
    # a line changed since is refused here, not when its id is first asked for
    return Record(check_uuid(line["id"]), line["f"], 0, line["s"])


#: per table, each field's name, quick test and check (values.Codec)
_CHECKS = {table: [(name, codec.quick, codec.check) for name, codec in codecs.items()]
           for table, codecs in CODECS.items()}


def check_fields(values: dict[str, Any], table: str) -> None:
    """Every field of a record by the rules of its column (Invalid with the reason)."""
    lacking = MAY_LACK[table]
    for name, quick, check in _CHECKS[table]:
        value = values[name]
        try:
            if quick(value):
                continue
        except (TypeError, ValueError):
            pass
        if value is None and name in lacking:
            continue  # an empty field where the column may be empty
        try:
            check(value)
        except Invalid as error:
            raise Invalid(Text("{field}: {problem}", field=name, problem=error.args[0])) \
                from None


def parse_record(line: Any, table: str, checked: bool, replicas: int) -> Record:
    """A record line checked in its shape and stamps, and, when ``checked``, its
    fields."""
    if not (type(line) is dict and line.keys() == _RECORD_KEYS
            and type(line["f"]) is dict and line["f"].keys() == FIELD_NAMES[table]
            and type(line["s"]) is dict and line["s"].keys() <= STAMP_NAMES[table]):
        # not the usual line, which has every field of this release and no other
        _keys(line, _RECORD_KEYS)
        _as_this_release_writes(line, table)
        _keys(line["f"], FIELD_NAMES[table])
        _stamp_names(line["s"], table)
    record = _stamped(line, table, replicas)
    if checked:
        check_fields(record.fields, table)
    return record


def _stamp_names(raw: Any, table: str) -> None:
    """Refuse stamps that are not a mapping of this table's field names (or "*")."""
    if not isinstance(raw, dict) or not raw.keys() <= STAMP_NAMES[table]:
        _keys(raw, set(), STAMP_NAMES[table])  # raises with the reason


def _stamped(line: dict, table: str, replicas: int) -> Record:
    """The record of a line of the right shape (its stamps named rightly), its id and
    stamps checked."""
    text, values, raw = check_uuid(line["id"]), line["f"], line["s"]
    # the newest of the fields' stamps: "*" counts when a field is not listed
    every_field_listed = len(raw) > len(SHAPES[table].fields)
    newest = 0
    for name, stamp in raw.items():
        hlc = _stamp(stamp, replicas)[0]
        if hlc > newest and (name != "*" or not every_field_listed):
            newest = hlc
    return Record(text, values, newest, raw)


def parse_taken(line: Any, table: str, replicas: int,
                known: Callable[[Record], bool] | None = None) -> Record:
    """:func:`parse_record` with every field checked, except for a record of which
    ``known(record)`` says the reader holds the very same writes (its stamps): that one is
    not taken, so its fields are not checked one by one (a re-import reads fast)."""
    if known is None:
        return parse_record(line, table, True, replicas)
    record = parse_record(line, table, False, replicas)
    if not known(record):
        check_fields(record.fields, table)
    return record


def parse_made(line: dict, table: str, replicas: int,
               known: Callable[[Record], bool] | None = None) -> Record:
    """:func:`parse_taken` of a line this program made from a database's row
    (:mod:`kam_desktop.sync.hub`): its shape is right by making — an id, every field of
    this release and nothing else — so only what the database may hold wrongly is
    checked: the id, the stamps, and the fields of a record taken."""
    _stamp_names(line["s"], table)
    record = _stamped(line, table, replicas)
    if known is None or not known(record):
        check_fields(record.fields, table)
    return record


def parse_tombstone(line: Any, replicas: int) -> Tombstone:
    _keys(line, {"t", "id", "a", "s", "e"})
    table = line["t"]
    if table not in SHAPES:
        raise Invalid(Text("{value} is not a table of the portfolio", value=str(table)[:40]))
    if not isinstance(line["e"], bool):
        raise Invalid(Text("must be yes or no"))
    stamp = _stamp(line["s"], replicas)
    if stamp[1] is None:
        raise Invalid(Text("a deletion needs a stamp"))
    if line["e"] and table != "contact":
        raise Invalid(Text("only a person (a contact) can be erased"))
    return Tombstone(table, parse_uuid(line["id"]), parse_uuid(line["a"]), stamp, line["e"])


def parse_seen(line: Any, replicas: int) -> tuple[uuid.UUID, dict[int, int]]:
    _keys(line, {"a", "v"})
    vector = line["v"]
    if not isinstance(vector, list) or len(vector) > replicas:
        raise Invalid(Text("expected a list of [clock, replica] pairs"))
    seen = {}
    for pair in vector:
        hlc, replica = _stamp(pair, replicas)
        if replica is None:
            raise Invalid(Text("expected a list of [clock, replica] pairs"))
        seen[replica] = hlc
    return parse_uuid(line["a"]), seen


def parse_manifest(value: Any) -> Manifest:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise Invalid(Text("this is not a KAM Desktop bundle"))
    version = value.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise BundleError(Text("the bundle was made by a newer version of KAM Desktop "
                               "(format {version}); update KAM Desktop to import it",
                               version=version))
    _keys(value, {"format", "version", "bundle", "made_at", "made_hlc", "replicas", "source",
                  "scope", "members"}, ("app_version", "personal"))
    if version != VERSION:
        raise Invalid(Text("{value} is not a format version", value=str(version)[:20]))
    replicas_raw = value["replicas"]
    if not isinstance(replicas_raw, list) or not 1 <= len(replicas_raw) <= MAX_REPLICAS:
        raise Invalid(Text("the list of replicas is missing or too long"))
    replicas = []
    for item in replicas_raw:
        _keys(item, {"id", "name"})
        if not isinstance(item["name"], str) or len(item["name"]) > 200:
            raise Invalid(Text("a replica's name must be text of at most 200 characters"))
        replicas.append(Replica(parse_uuid(item["id"]), item["name"]))
    if len({r.id for r in replicas}) != len(replicas):
        raise Invalid(Text("a replica is listed twice"))
    source = value["source"]
    if isinstance(source, bool) or not isinstance(source, int) \
            or not 0 <= source < len(replicas):
        raise Invalid(Text("the sending replica is not listed"))
    scope = value["scope"]
    if scope is not None:
        if not isinstance(scope, list) or len(scope) > MAX_RECORDS:
            raise Invalid(Text("the scope must be a list of account ids"))
        scope = [parse_uuid(item) for item in scope]
    members_raw = value["members"]
    if not isinstance(members_raw, dict):
        raise Invalid(Text("expected the list of members"))
    members = {}
    for name, entry in members_raw.items():
        if name not in KNOWN_MEMBERS or name == MANIFEST:
            raise BundleError(Text("the bundle holds an unexpected member: {name}",
                                   name=repr(str(name)[:80])))
        _keys(entry, {"lines", "sha256"})
        lines, sha = entry["lines"], entry["sha256"]
        if isinstance(lines, bool) or not isinstance(lines, int) \
                or not 0 <= lines <= MAX_RECORDS:
            raise Invalid(Text("{name}: the line count is not valid", name=name))
        if not isinstance(sha, str) or len(sha) != 64 \
                or any(c not in "0123456789abcdef" for c in sha):
            raise Invalid(Text("{name}: the digest is not valid", name=name))
        members[name] = (lines, sha)
    if not _is_moment(value["made_at"]):
        raise Invalid(Text("the time the bundle was made is not valid"))
    app_version = value.get("app_version", "")
    if not isinstance(app_version, str) or len(app_version) > 40:
        raise Invalid(Text("the application version is not valid"))
    personal = value.get("personal", True)
    if not isinstance(personal, bool):
        raise Invalid(Text("personal must be true or false"))
    if not personal and any(member_name(t) in members for t in PERSONAL_TABLES):
        raise Invalid(Text("the bundle says it holds no personal questionnaires, yet it "
                           "does"))
    return Manifest(parse_uuid(value["bundle"]), value["made_at"], _hlc(value["made_hlc"]),
                    replicas, source, scope, members, app_version, personal)
