"""The bundle file: a ZIP of ``manifest.json`` and JSON Lines, optionally encrypted.

Writing streams the members into the ZIP (and the ZIP through the cipher) and replaces the
target file only when everything is written. Reading is defensive, because a bundle comes
from outside: the file size, the number of members and every member's size are capped,
and the sizes are counted while the bytes stream in (the ZIP's own headers may lie); a
member that inflates far beyond its compressed size is a decompression bomb; only the
known member names are accepted, each once, and nothing is extracted to disk. Every line
is parsed with limits on its length and nesting and checked against the schema field by
field (see :mod:`kam_desktop.sync.values`); counts and SHA-256 digests must match the
manifest. The format is described in docs/sync-format.md.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from kam_desktop.domain.text import Text
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync import crypto
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import CODECS, Invalid, parse_uuid

FORMAT = "kam-desktop.sync"
VERSION = 1
MANIFEST = "manifest.json"
TOMBSTONES = "tombstones.jsonl"
SEEN = "seen.jsonl"
TABLE_PREFIX = "tables/"

#: limits on what a bundle may make the reader do
MAX_FILE_BYTES = 512 << 20
MAX_MEMBERS = 64
MAX_MEMBER_BYTES = 1 << 30
MAX_TOTAL_BYTES = 2 << 30
MAX_MANIFEST_BYTES = 1 << 20
#: a member may inflate this many times its compressed size (beyond a small allowance)
MAX_RATIO = 200
_RATIO_ALLOWANCE = 1 << 20
MAX_LINE_BYTES = 1 << 20
MAX_DEPTH = 6
#: a line with no more brackets than this cannot nest deeper than a record does
_FEW_BRACKETS = 100
MAX_RECORDS = 20_000_000
MAX_REPLICAS = 10_000
#: a stamp's hybrid logical clock fits a signed 64-bit column
MAX_HLC = (1 << 63) - 1
_READ = 1 << 16


def member_name(table: str) -> str:
    return f"{TABLE_PREFIX}{table}.jsonl"


KNOWN_MEMBERS = frozenset({MANIFEST, TOMBSTONES, SEEN, *(member_name(t) for t in SHAPES)})


# --- what a bundle holds -----------------------------------------------------------------------


@dataclass(frozen=True)
class Replica:
    id: uuid.UUID
    name: str


@dataclass
class Manifest:
    bundle_id: uuid.UUID
    made_at: str
    made_hlc: int
    #: the replicas stamps refer to, by their position here
    replicas: list[Replica]
    #: the position of the replica that wrote the bundle
    source: int
    #: the accounts the bundle covers; None for the whole portfolio
    scope: list[uuid.UUID] | None
    #: member name -> (line count, SHA-256 hex)
    members: dict[str, tuple[int, str]] = field(default_factory=dict)
    app_version: str = ""


Stamp = tuple[int, int | None]  # (hlc, replica position in the manifest)


@dataclass
class Record:
    id: uuid.UUID
    #: field -> JSON value (checked; ``values`` decodes on demand)
    fields: dict[str, Any]
    #: field -> stamp, every field present
    stamps: dict[str, Stamp]
    #: the newest clock value among the stamps
    newest: int = 0
    #: the stamps as the line gives them ("*" and exceptions)
    raw: dict[str, list] = field(default_factory=dict)
    #: the id as the line gives it
    text: str = ""

    def values(self, table: str) -> dict[str, Any]:
        """The fields as the database columns take them."""
        codecs = CODECS[table]
        return {name: codecs[name].decode(value) for name, value in self.fields.items()}


@dataclass(frozen=True)
class Tombstone:
    table: str
    id: uuid.UUID
    account_id: uuid.UUID
    stamp: Stamp
    erased: bool


# --- writing -----------------------------------------------------------------------------------


class _Digest:
    """Counts the lines written to a ZIP member and hashes them on the way."""

    def __init__(self, target: Any) -> None:
        self.target, self.sha, self.lines = target, hashlib.sha256(), 0

    def line(self, value: Any) -> None:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
        self.sha.update(data)
        self.target.write(data)
        self.lines += 1


def write_bundle(path: Path, manifest: Manifest, tables: Iterable[tuple[str, Iterable[dict]]],
                 tombstones: Iterable[dict], seen: Iterable[dict],
                 password: str | None = None) -> None:
    """Write a bundle to ``path`` (atomically). ``tables`` gives each table's record
    lines in ascending id order, as JSON-ready dicts."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    handle, partial = tempfile.mkstemp(prefix=".kam-bundle-", suffix=".partial", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            if password is None:
                _write_zip(out, manifest, tables, tombstones, seen)
            else:
                # the ZIP is built in memory and never touches the disk unencrypted
                plain = io.BytesIO()
                _write_zip(plain, manifest, tables, tombstones, seen)
                view = plain.getbuffer()
                crypto.encrypt((bytes(view[i:i + (1 << 20)])
                                for i in range(0, len(view), 1 << 20)), out, password)
                del view
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def _write_zip(out: Any, manifest: Manifest, tables: Iterable[tuple[str, Iterable[dict]]],
               tombstones: Iterable[dict], seen: Iterable[dict]) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=3) as zf:
        members: dict[str, tuple[int, str]] = {}

        def member(name: str, lines: Iterable[dict]) -> None:
            with zf.open(name, "w", force_zip64=True) as target:
                digest = _Digest(target)
                for line in lines:
                    digest.line(line)
            members[name] = (digest.lines, digest.sha.hexdigest())

        for table, lines in tables:
            member(member_name(table), lines)
        member(TOMBSTONES, tombstones)
        member(SEEN, seen)
        manifest.members = members
        zf.writestr(MANIFEST, json.dumps(_manifest_json(manifest), ensure_ascii=False,
                                         indent=1))


def _manifest_json(manifest: Manifest) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "app_version": manifest.app_version,
        "bundle": str(manifest.bundle_id),
        "made_at": manifest.made_at,
        "made_hlc": manifest.made_hlc,
        "replicas": [{"id": str(r.id), "name": r.name} for r in manifest.replicas],
        "source": manifest.source,
        "scope": None if manifest.scope is None else [str(a) for a in manifest.scope],
        "members": {name: {"lines": lines, "sha256": sha}
                    for name, (lines, sha) in manifest.members.items()},
    }


# --- reading -----------------------------------------------------------------------------------


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


def _bomb(name: str) -> BundleError:
    return BundleError(Text("the bundle member {name} inflates far beyond its size: refused "
                            "as a decompression bomb", name=repr(name)))


def _changed() -> BundleError:
    return BundleError(Text("the bundle file changed while it was being imported"))


def _record_keys(value: Any) -> int | None:
    """The number of keys of a parsed record line of the usual shape (a record whose
    values are scalars or flat objects, with [clock, replica] stamps); None for any
    other shape."""
    if type(value) is not dict or type(value.get("f")) is not dict \
            or type(value.get("s")) is not dict:
        return None
    fields = value["f"]
    keys = len(value) + len(fields) + len(value["s"])
    for item in fields.values():
        if type(item) is dict:
            if any(type(x) is dict or type(x) is list for x in item.values()):
                return None
            keys += len(item)
        elif type(item) is list:
            return None
    if not all(type(stamp) is list and len(stamp) == 2 for stamp in value["s"].values()):
        return None
    return keys


_PLAIN = json.JSONDecoder(parse_constant=_no_constant)


def parse_line(data: bytes) -> Any:
    """:func:`parse_json` at the speed of plain ``json.loads`` for ordinary lines: a line
    with few brackets, and as many parsed keys as key-like tokens, can hold neither deep
    nesting nor a repeated key; any other line takes the strict path."""
    try:
        value = _PLAIN.decode(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return parse_json(data)  # raises with the reason
    if data.count(b"{") + data.count(b"[") > _FEW_BRACKETS \
            or _record_keys(value) != data.count(b'":'):
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
    except ValueError:  # a number with more digits than Python converts
        raise Invalid(Text("not valid JSON: a number is too long")) from None
    _depth(value, MAX_DEPTH)
    return value


class BundleReader:
    """A bundle opened for reading: the manifest at once, the members streamed on demand
    (as often as needed; each pass checks sizes, counts and digests again)."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        self.path = Path(path)
        try:
            size = self.path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise BundleError(Text("the bundle is larger than {limit} MB",
                                       limit=MAX_FILE_BYTES >> 20))
            source = open(self.path, "rb")
            head = source.read(len(crypto.MAGIC))
            source.seek(0)
            if crypto.is_encrypted(head):
                with source:
                    if not password:
                        raise BundleError(Text("the bundle is encrypted: give its password"))
                    self.encrypted = True
                    # the plaintext stays in memory: it never touches the disk
                    data: Any = io.BytesIO(crypto.decrypt(source, password, MAX_FILE_BYTES))
            elif head.startswith(b"PK"):
                # read in place; a change to the file while it is imported breaks a digest
                self.encrypted = False
                data = source
            else:
                source.close()
                raise BundleError(Text("this is not a KAM Desktop bundle"))
        except OSError as error:
            raise BundleError(Text("cannot read the file: {reason}",
                                   reason=error.strerror or str(error))) from None
        self._data = data
        try:
            self._zip = zipfile.ZipFile(data)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
            data.close()
            raise BundleError(Text("the bundle is damaged or incomplete: it is not a "
                                   "readable ZIP archive")) from None
        try:
            self._check_members()
            self.manifest = self._read_manifest()
            self._check_declared()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._zip.close()
        self._data.close()

    # members

    def _check_members(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleError(Text("the bundle has {count} members, more than a bundle can "
                                   "have", count=len(infos)))
        seen = set()
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") \
                    or "\\" in name or ":" in name:
                raise BundleError(Text("the bundle holds an unsafe path: {name}",
                                       name=repr(name[:80])))
            if name not in KNOWN_MEMBERS:
                raise BundleError(Text("the bundle holds an unexpected member: {name}",
                                       name=repr(name[:80])))
            if name in seen:
                raise BundleError(Text("the bundle holds {name} twice", name=repr(name)))
            seen.add(name)
            if info.file_size > max(info.compress_size, 1) * MAX_RATIO + _RATIO_ALLOWANCE:
                raise _bomb(name)
            if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                                  zipfile.ZIP_DEFLATED):
                raise BundleError(Text("the bundle member {name} is stored in a way KAM "
                                       "Desktop does not read", name=repr(name)))
        if MANIFEST not in seen:
            raise BundleError(Text("the bundle has no manifest"))

    def _stream(self, name: str, limit: int = MAX_MEMBER_BYTES) -> Iterator[bytes]:
        """The bytes of a member as they inflate, counted against every limit."""
        info = self._zip.getinfo(name)
        allowance = max(info.compress_size, 1) * MAX_RATIO + _RATIO_ALLOWANCE
        total = 0
        try:
            with self._zip.open(info) as stream:
                while piece := stream.read(_READ):
                    total += len(piece)
                    if total > allowance:
                        raise _bomb(name)
                    if total > limit:
                        raise BundleError(Text("the bundle member {name} is larger than "
                                               "{limit} MB", name=repr(name), limit=limit >> 20))
                    yield piece
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error) as error:
            if isinstance(error, BundleError):
                raise
            raise BundleError(Text("the bundle is damaged: {name} cannot be read",
                                   name=repr(name))) from None

    def _read_member(self, name: str) -> Iterator[bytes]:
        """The lines of a member, each within the line limit."""
        pending = b""
        for piece in self._stream(name):
            pending += piece
            lines = pending.split(b"\n")
            pending = lines.pop()
            if len(pending) > MAX_LINE_BYTES or any(len(l) > MAX_LINE_BYTES for l in lines):
                raise BundleError(Text("{name}: a line is longer than {limit} MB",
                                       name=name, limit=MAX_LINE_BYTES >> 20))
            yield from lines
        if pending:
            raise BundleError(Text("{name}: the last line is incomplete", name=name))

    def _read_manifest(self) -> Manifest:
        data = b"".join(self._stream(MANIFEST, MAX_MANIFEST_BYTES))
        try:
            return _parse_manifest(parse_json(data))
        except Invalid as error:
            raise BundleError(Text("the manifest is not valid: {problem}",
                                   problem=error.args[0])) from None

    def _check_declared(self) -> None:
        present = {info.filename for info in self._zip.infolist()} - {MANIFEST}
        declared = set(self.manifest.members)
        for name in sorted(present - declared):
            raise BundleError(Text("the bundle holds an unexpected member: {name}",
                                   name=repr(name)))
        for name in sorted(declared - present):
            raise BundleError(Text("the bundle is incomplete: {name} is missing",
                                   name=repr(name)))
        if sum(self._zip.getinfo(n).file_size for n in present) > MAX_TOTAL_BYTES:
            raise BundleError(Text("the bundle is larger than {limit} MB",
                                   limit=MAX_TOTAL_BYTES >> 20))

    def _raw_lines(self, name: str) -> Iterator[tuple[int, bytes]]:
        """(line number, bytes) of a member, counted and hashed against the manifest."""
        if name not in self.manifest.members:
            return
        expected, digest = self.manifest.members[name]
        sha = hashlib.sha256()
        count = 0
        for count, line in enumerate(self._read_member(name), start=1):
            sha.update(line + b"\n")
            if count > expected:
                break
            yield count, line
        if count != expected or sha.hexdigest() != digest:
            raise BundleError(Text("{name} does not match the manifest (its lines were "
                                   "changed, added or removed)", name=name))

    def _lines(self, name: str, checked: bool = True,
               only: set[str] | None = None) -> Iterator[tuple[int, Any]]:
        """(line number, parsed JSON) of a member. A second reading of lines checked once
        may skip the strict checks (a file changed in between breaks the member's digest,
        and the import is rolled back), and the lines of records not in ``only``."""
        for count, line in self._raw_lines(name):
            if only is not None and line.startswith(b'{"id":"') \
                    and line[7:43].decode("ascii", "replace") not in only:
                continue
            try:
                value = parse_line(line) if checked else _PLAIN.decode(line.decode("utf-8"))
            except Invalid as error:
                raise BundleError(Text("{name}, line {line}: {problem}", name=name,
                                       line=count, problem=error.args[0])) from None
            except ValueError:
                raise _changed() from None  # only a second reading gets here
            yield count, value

    def records(self, table: str, checked: bool = True,
                only: set[str] | None = None) -> Iterator[Record]:
        """The records of a table, checked, in ascending id order (on a second reading,
        only those whose ids are in ``only``, when given)."""
        name = member_name(table)
        fields = SHAPES[table].fields
        codecs = CODECS[table] if checked else None
        replicas = len(self.manifest.replicas)
        previous = ""
        for number, line in self._lines(name, checked, None if checked else only):
            try:
                record = _parse_record(line, fields, codecs, replicas) if checked \
                    else _record_of(line)
            except Invalid as error:
                raise BundleError(Text("{name}, line {line}: {problem}", name=name,
                                       line=number, problem=error.args[0])) from None
            except (KeyError, TypeError, AttributeError, ValueError):
                raise _changed() from None  # only a second reading gets here
            text = record.text
            if text <= previous:
                raise BundleError(Text("{name}, line {line}: the records are not in order "
                                       "of their ids, or one appears twice",
                                       name=name, line=number))
            previous = text
            yield record

    def tombstones(self) -> Iterator[Tombstone]:
        replicas = len(self.manifest.replicas)
        for number, line in self._lines(TOMBSTONES):
            try:
                yield _parse_tombstone(line, replicas)
            except Invalid as error:
                raise BundleError(Text("{name}, line {line}: {problem}", name=TOMBSTONES,
                                       line=number, problem=error.args[0])) from None

    def seen(self) -> Iterator[tuple[uuid.UUID, dict[int, int]]]:
        """(account, replica position -> hlc): how far the sender had seen each replica's
        writes to that account."""
        replicas = len(self.manifest.replicas)
        for number, line in self._lines(SEEN):
            try:
                yield _parse_seen(line, replicas)
            except Invalid as error:
                raise BundleError(Text("{name}, line {line}: {problem}", name=SEEN,
                                       line=number, problem=error.args[0])) from None

    def tables(self) -> list[str]:
        """The synced tables the bundle carries, parents first."""
        return [t for t in SHAPES if member_name(t) in self.manifest.members]


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


def _record_of(line: dict) -> Record:
    """A record from a line checked before (the second reading of the same bytes)."""
    return Record(uuid.UUID(line["id"]), line["f"], {}, 0, line["s"], line["id"])


def _parse_record(line: Any, fields: tuple[str, ...], codecs: dict | None,
                  replicas: int) -> Record:
    _keys(line, _RECORD_KEYS)
    record_id = parse_uuid(line["id"])
    values = line["f"]
    _keys(values, set(fields))
    for name in fields if codecs is not None else ():
        try:
            codecs[name].check(values[name])
        except Invalid as error:
            raise Invalid(Text("{field}: {problem}", field=name, problem=error.args[0])) \
                from None
    raw = line["s"]
    _keys(raw, set(), ("*", *fields))
    default = _stamp(raw["*"], replicas) if "*" in raw else (0, None)
    stamps = {name: _stamp(raw[name], replicas) if name in raw else default for name in fields}
    return Record(record_id, values, stamps, max(hlc for hlc, _ in stamps.values()), raw,
                  line["id"])


def _parse_tombstone(line: Any, replicas: int) -> Tombstone:
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


def _parse_seen(line: Any, replicas: int) -> tuple[uuid.UUID, dict[int, int]]:
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


def _parse_manifest(value: Any) -> Manifest:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise Invalid(Text("this is not a KAM Desktop bundle"))
    version = value.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise BundleError(Text("the bundle was made by a newer version of KAM Desktop "
                               "(format {version}); update KAM Desktop to import it",
                               version=version))
    _keys(value, {"format", "version", "bundle", "made_at", "made_hlc", "replicas", "source",
                  "scope", "members"}, ("app_version",))
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
    return Manifest(parse_uuid(value["bundle"]), value["made_at"], _hlc(value["made_hlc"]),
                    replicas, source, scope, members, app_version)

