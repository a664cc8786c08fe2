"""What a bundle holds (the manifest, records, tombstones), its member names, and the
limits on what a bundle may make the reader do."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from kam_desktop.store.clock import SHAPES
from kam_desktop.store.kinds import KINDS
from kam_desktop.sync.values import CODECS, uuid_of_hex

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
RATIO_ALLOWANCE = 1 << 20
MAX_LINE_BYTES = 1 << 20
MAX_DEPTH = 6
MAX_RECORDS = 20_000_000
MAX_REPLICAS = 10_000
#: a stamp's hybrid logical clock fits a signed 64-bit column
MAX_HLC = (1 << 63) - 1


def member_name(table: str) -> str:
    return f"{TABLE_PREFIX}{table}.jsonl"


#: the tables of notes about a person (the personal questionnaires): in a bundle only
#: when its sender asks
PERSONAL_TABLES = frozenset(name for name, kind in KINDS.items() if kind.personal)

KNOWN_MEMBERS = frozenset({MANIFEST, TOMBSTONES, SEEN, *(member_name(t) for t in SHAPES)})


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
    #: whether the personal questionnaires travel (a bundle without them leaves the
    #: receiver's as they are); bundles from before the field carry them
    personal: bool = True


Stamp = tuple[int, int | None]  # (hlc, replica position in the manifest)


@dataclass
class Record:
    #: the id as the line gives it (checked: a UUID in its canonical form)
    text: str
    #: field -> JSON value (checked; ``values`` decodes on demand)
    fields: dict[str, Any]
    #: the newest clock value among the stamps
    newest: int = 0
    #: the stamps as the line gives them: "*" for every field not listed, and exceptions
    raw: dict[str, list] = field(default_factory=dict)

    @cached_property
    def id(self) -> uuid.UUID:
        """The id (made when first asked: most records of a fresh import never are)."""
        return uuid_of_hex(self.text.replace("-", ""))

    @cached_property
    def id_bytes(self) -> bytes:
        """The 16 bytes of the id."""
        return bytes.fromhex(self.text.replace("-", ""))

    def stamp(self, name: str) -> Stamp:
        """The stamp of one field (a checked record's)."""
        hlc, replica = self.raw.get(name) or self.raw.get("*") or (0, None)
        return hlc, replica

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
