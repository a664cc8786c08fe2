"""Reading a bundle defensively, because it comes from outside.

The file size, the number of members and every member's size are capped, and the sizes
are counted while the bytes stream in (the ZIP's own headers may lie); a member that
inflates far beyond its compressed size is a decompression bomb; only the known member
names are accepted, each once, and nothing is extracted to disk. Every line is parsed with
limits on its length and nesting and checked against the schema field by field; counts
and SHA-256 digests must match the manifest.
"""
from __future__ import annotations

import hashlib
import io
import itertools
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kam_desktop.domain.text import Text
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync import crypto
from kam_desktop.sync.bundle.batch import ordinary_records
from kam_desktop.sync.bundle.lines import (
    parse_manifest,
    parse_seen,
    parse_taken,
    parse_tombstone,
    record_of,
)
from kam_desktop.sync.bundle.model import (
    KNOWN_MEMBERS,
    MANIFEST,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_ALLOWANCE,
    SEEN,
    TOMBSTONES,
    Manifest,
    Record,
    Tombstone,
    member_name,
)
from kam_desktop.sync.bundle.strict_json import PLAIN_DECODER, parse_json, parse_line
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import Invalid

_READ = 1 << 16


def _bomb(name: str) -> BundleError:
    return BundleError(Text("the bundle member {name} inflates far beyond its size: refused "
                            "as a decompression bomb", name=repr(name)))


def _changed() -> BundleError:
    return BundleError(Text("the bundle file changed while it was being imported"))


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
            if info.file_size > max(info.compress_size, 1) * MAX_RATIO + RATIO_ALLOWANCE:
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
        allowance = max(info.compress_size, 1) * MAX_RATIO + RATIO_ALLOWANCE
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

    def _read_member(self, name: str, digest: Callable[[bytes], None]) -> Iterator[list[bytes]]:
        """The lines of a member, a piece at a time, each within the line limit;
        ``digest`` takes its bytes."""
        pending = b""
        for piece in self._stream(name):
            digest(piece)
            pending += piece
            lines = pending.split(b"\n")
            pending = lines.pop()
            if len(pending) > MAX_LINE_BYTES or max(map(len, lines), default=0) > MAX_LINE_BYTES:
                raise BundleError(Text("{name}: a line is longer than {limit} MB",
                                       name=name, limit=MAX_LINE_BYTES >> 20))
            if lines:
                yield lines
        if pending:
            raise BundleError(Text("{name}: the last line is incomplete", name=name))

    def _read_manifest(self) -> Manifest:
        data = b"".join(self._stream(MANIFEST, MAX_MANIFEST_BYTES))
        try:
            return parse_manifest(parse_json(data))
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

    def _raw_runs(self, name: str) -> Iterator[tuple[int, list[bytes]]]:
        """(number of the first line, lines) of a member, a piece at a time, counted and
        hashed against the manifest."""
        if name not in self.manifest.members:
            return
        expected, digest = self.manifest.members[name]
        sha = hashlib.sha256()
        count = 0
        for lines in self._read_member(name, sha.update):
            room = expected - count
            if len(lines) > room:
                if room:
                    yield count + 1, lines[:room]
                count = expected + 1
                break
            yield count + 1, lines
            count += len(lines)
        if count != expected or sha.hexdigest() != digest:
            raise BundleError(Text("{name} does not match the manifest (its lines were "
                                   "changed, added or removed)", name=name))

    def _raw_lines(self, name: str) -> Iterator[tuple[int, bytes]]:
        """(line number, bytes) of a member, counted and hashed against the manifest."""
        for first, lines in self._raw_runs(name):
            yield from zip(itertools.count(first), lines)

    def _lines(self, name: str, checked: bool = True, only: set[str] | None = None,
               unparsed: Callable[[bytes], Record | None] | None = None
               ) -> Iterator[tuple[int, Any]]:
        """(line number, parsed JSON) of a member. A second reading of lines checked once
        may skip the strict checks (a file changed in between breaks the member's digest,
        and the import is rolled back), and the lines of records not in ``only``. A line
        ``unparsed`` gives a record for comes as that record."""
        for count, line in self._raw_lines(name):
            if only is not None and line.startswith(b'{"id":"') \
                    and line[7:43].decode("ascii", "replace") not in only:
                continue
            if unparsed is not None and (record := unparsed(line)) is not None:
                yield count, record
                continue
            if checked:
                yield count, self._parsed_line(name, count, line)
                continue
            try:
                value = PLAIN_DECODER.decode(line.decode("utf-8"))
            except ValueError:
                raise _changed() from None  # only a second reading gets here
            yield count, value

    @staticmethod
    def _parsed_line(name: str, number: int, line: bytes) -> Any:
        """A line of a member parsed strictly (BundleError naming it)."""
        try:
            return parse_line(line)
        except Invalid as error:
            raise BundleError(Text("{name}, line {line}: {problem}", name=name,
                                   line=number, problem=error.args[0])) from None

    def records(self, table: str, checked: bool = True, only: set[str] | None = None,
                known: Callable[[Record], bool] | None = None) -> Iterator[Record]:
        """The records of a table, checked, in ascending id order (on a second reading,
        only those whose ids are in ``only``, when given); ``known`` as
        :func:`~kam_desktop.sync.bundle.lines.parse_taken` takes it. When ``known`` also
        has ``unparsed(line)``, a line it recognises as held here with the very same
        stamps is not parsed at all: it returns the record (see docs/sync-format.md)."""
        if checked and known is None:
            yield from itertools.chain.from_iterable(self.record_runs(table))
            return
        name = member_name(table)
        unparsed = getattr(known, "unparsed", None) if checked else None
        previous = ""
        for number, line in self._lines(name, checked, None if checked else only, unparsed):
            record = self._record(table, number, line, checked, known, previous)
            previous = record.text
            yield record

    def record_runs(self, table: str) -> Iterator[list[Record]]:
        """The records of a table, every one checked, in runs: those of a piece of the
        member at a time, checked column by column (:mod:`.batch`); where a piece is
        not all ordinary, one record at a time, read line by line, which refuses what
        is wrong with the line and field named."""
        name = member_name(table)
        replicas = len(self.manifest.replicas)
        previous = ""
        for first, lines in self._raw_runs(name):
            records = ordinary_records(lines, table, replicas, previous)
            if records is not None:
                yield records
                previous = records[-1].text
                continue
            for number, line in enumerate(lines, start=first):
                record = self._record(table, number, self._parsed_line(name, number, line),
                                      True, None, previous)
                previous = record.text
                yield [record]

    def _record(self, table: str, number: int, line: Any, checked: bool,
                known: Callable[[Record], bool] | None, previous: str) -> Record:
        """The record of a parsed line (or the record ``unparsed`` gave), checked, and
        in order after the record with id ``previous``."""
        name = member_name(table)
        try:
            if type(line) is Record:
                record = line
            elif checked:
                record = parse_taken(line, table, len(self.manifest.replicas), known)
            else:
                record = record_of(line, table)
        except Invalid as error:
            raise BundleError(Text("{name}, line {line}: {problem}", name=name,
                                   line=number, problem=error.args[0])) from None
        except (KeyError, TypeError, AttributeError, ValueError):
            raise _changed() from None  # only a second reading gets here
        if record.text <= previous:
            raise BundleError(Text("{name}, line {line}: the records are not in order "
                                   "of their ids, or one appears twice",
                                   name=name, line=number))
        return record

    def tombstones(self) -> Iterator[Tombstone]:
        return self._parsed(TOMBSTONES, parse_tombstone)

    def seen(self) -> Iterator[tuple[uuid.UUID, dict[int, int]]]:
        """(account, replica position -> hlc): how far the sender had seen each replica's
        writes to that account."""
        return self._parsed(SEEN, parse_seen)

    def _parsed(self, name: str, parse: Callable[[Any, int], Any]) -> Iterator[Any]:
        """The lines of a member, each checked by ``parse(line, number of replicas)``."""
        replicas = len(self.manifest.replicas)
        for number, line in self._lines(name):
            try:
                yield parse(line, replicas)
            except Invalid as error:
                raise BundleError(Text("{name}, line {line}: {problem}", name=name,
                                       line=number, problem=error.args[0])) from None

    def tables(self) -> list[str]:
        """The synced tables the bundle carries, parents first."""
        return [t for t in SHAPES if member_name(t) in self.manifest.members]
