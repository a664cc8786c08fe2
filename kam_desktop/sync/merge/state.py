"""Everything one merge knows, in one object created before it starts.

:func:`~kam_desktop.sync.merge.index.check` fills the first part (what the source holds
and what of it needs work); :meth:`~kam_desktop.sync.merge.Merge.apply` fills the rest as
it writes. The steps of a merge are functions of this state, one module per concern.
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Connection, select

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync.bulk import BulkInsert
from kam_desktop.sync.bundle import Manifest, Record, Tombstone
from kam_desktop.sync.values import CODECS

#: a record: (table, id)
Key = tuple[str, uuid.UUID]
#: a stamp in the global order: (hlc, replica UUID as text)
GStamp = tuple[int, str]
NO_STAMP: GStamp = (0, "")
_CHUNK = 500
_TEXT, _FIELDS = attrgetter("text"), attrgetter("fields")

#: tables whose records own or are linked from others
PARENT_TABLES = frozenset({shape.owner[1] for shape in SHAPES.values() if shape.owner}
                          | {link[1] for shape in SHAPES.values() for link in shape.links})
#: a reference whose target's erasure takes the record with it (a person's place in a
#: role-map snapshot)
ERASE_REFERENCES = {"map_snapshot_entry": "contact_id"}


def chunks(items: list, size: int = _CHUNK):
    """``items`` in slices small enough for an ``IN (...)`` clause."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass
class AccountChanges:
    """What an import did to one account."""

    name: str = ""
    added: bool = False
    deleted: bool = False
    records_added: int = 0
    records_updated: int = 0
    records_deleted: int = 0
    conflicts: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.deleted or self.records_added or self.records_updated
                    or self.records_deleted or self.conflicts)


@dataclass
class MergeSummary:
    accounts: dict[uuid.UUID, AccountChanges] = field(default_factory=dict)
    #: people erased here because the bundle carried their erasure
    erased: list[uuid.UUID] = field(default_factory=list)
    #: people erased elsewhere who were no longer here (their traces are to be scrubbed)
    forgotten: list[uuid.UUID] = field(default_factory=list)
    #: accounts whose changes wait: the sender had not yet seen an erasure made here
    held_back: list[uuid.UUID] = field(default_factory=list)

    def account(self, account_id: uuid.UUID) -> AccountChanges:
        return self.accounts.setdefault(account_id, AccountChanges())


@dataclass
class Node:
    """A record under a deletion, as far as deciding whether it lives goes."""

    owner: Key | None
    links: tuple[Key, ...]
    erase_ref: Key | None
    own: GStamp
    account: uuid.UUID | None
    local: bool = False


#: a tombstone as the merge weighs it: (stamp, erased, account)
TombEntry = tuple[GStamp, bool, uuid.UUID]


@dataclass
class MergeState:
    """One import of ``source`` into the database behind ``connection``."""

    connection: Connection
    source: Any
    manifest: Manifest
    #: the UUID (as text) of each replica the source's stamps name, by position
    positions: list[str]
    source_uuid: str
    made_hlc: int
    #: the accounts the source covers; None for the whole portfolio
    scope: set[uuid.UUID] | None

    # --- what check() reads and indexes ---------------------------------------------------
    checked: bool = False
    #: replica number here -> its UUID as text
    local_uuid: dict[int, str] = field(default_factory=dict)
    #: every deletion known, here or in the source
    tombs: dict[Key, TombEntry] = field(default_factory=dict)
    #: the deletions known here before the import
    local_tombs: dict[Key, TombEntry] = field(default_factory=dict)
    #: the source's deletions newer than those known here
    new_tombs: dict[Key, Tombstone] = field(default_factory=dict)
    tomb_accounts: set[uuid.UUID] = field(default_factory=set)
    #: accounts whose changes wait: the sender had not seen an erasure made here
    held_back: set[uuid.UUID] = field(default_factory=set)
    #: accounts of the source that are held back
    held_in_bundle: set[uuid.UUID] = field(default_factory=set)
    bundle_accounts: set[uuid.UUID] = field(default_factory=set)
    #: account -> replica UUID -> how far the sender had seen its writes
    seen_in: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict)
    #: table -> record id bytes -> its owner's id bytes, for the tables others point to
    owners: dict[str, dict[bytes, bytes | None]] = field(
        default_factory=lambda: {table: {} for table in PARENT_TABLES})
    #: the source's records under a deletion, and the parents among them
    nodes_in: dict[Key, Node] = field(default_factory=dict)
    tainted: set[Key] = field(default_factory=set)
    #: the deleted records in play
    roots: set[Key] = field(default_factory=set)
    #: replica number here of each manifest position (-1: not known here)
    position_no: list[int] = field(default_factory=list)
    #: table -> the ids (as the source writes them) of records to merge; None for all
    work: dict[str, set[str] | None] = field(default_factory=dict)
    #: whether the first reading merged records as it read them
    streamed: bool = False

    # --- what apply() decides and writes ---------------------------------------------------
    summary: MergeSummary = field(default_factory=MergeSummary)
    self_no: int = 0
    self_uuid: str = ""
    #: replica number here of each manifest position
    no_of: list[int] = field(default_factory=list)
    #: account -> replica UUID -> how far this laptop has seen its writes
    seen_local: dict[uuid.UUID, dict[str, int]] = field(default_factory=dict)
    #: every record in play under a deletion, and the verdicts on them
    nodes: dict[Key, Node] = field(default_factory=dict)
    dead: set[Key] = field(default_factory=set)
    #: records deleted in the source that live on here (an edit came after the deletion)
    kept: set[Key] = field(default_factory=set)
    deleted_by: dict[Key, GStamp] = field(default_factory=dict)
    inserted: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)
    conflicts: list[dict] = field(default_factory=list)
    #: references written once every record is in place: (table, id, column, target)
    deferred: list[tuple[str, str, str, str]] = field(default_factory=list)
    #: table -> unique name -> the record that took it during this import
    claimed: dict[str, dict[tuple, uuid.UUID]] = field(
        default_factory=lambda: defaultdict(dict))
    #: table -> records whose unique name this import changed (their old one is free)
    moved: dict[str, set[uuid.UUID]] = field(default_factory=lambda: defaultdict(set))
    #: table -> the unique names stored when the import began (id -> name, name -> id)
    unique: dict[str, tuple[dict, dict]] = field(default_factory=dict)
    writers: dict[str, BulkInsert] = field(default_factory=dict)
    _changes: dict[bytes, AccountChanges] = field(default_factory=dict)

    @classmethod
    def of(cls, connection: Connection, source: Any) -> MergeState:
        manifest = source.manifest
        positions = [str(replica.id) for replica in manifest.replicas]
        return cls(connection, source, manifest, positions, positions[manifest.source],
                   manifest.made_hlc, None if manifest.scope is None else set(manifest.scope))

    def incoming_order(self, stamp: tuple[int, int | None]) -> GStamp:
        """An incoming stamp (hlc, position in the manifest) in the global order."""
        return NO_STAMP if stamp[1] is None else (stamp[0], self.positions[stamp[1]])

    def local_order(self, stamp: clock.Stamp | list) -> GStamp:
        """A local stamp (hlc, replica no) in the global order."""
        return NO_STAMP if stamp[1] is None else (stamp[0], self.local_uuid[stamp[1]])

    def local_stamp(self, stamp: tuple[int, int | None]) -> clock.Stamp:
        """An incoming stamp with this database's replica number."""
        return (stamp[0], None if stamp[1] is None else self.no_of[stamp[1]])

    def account_of(self, table: str, record: Record) -> uuid.UUID:
        return uuid.UUID(bytes=self.account_bytes(table, record))

    def account_bytes(self, table: str, record: Record) -> bytes:
        """The 16 bytes of the id of the account a source's record belongs to."""
        if table == "account":
            return record.id_bytes
        shape = SHAPES[table]
        column, parent = shape.owner
        return self._owning_account(
            parent, record.text if column == shape.key else record.fields[column])

    def account_counts(self, table: str, records: list[Record]) -> Counter[bytes]:
        """How many of these records of ``table`` each account holds (by the 16 bytes
        of its id): counted by owner first, so each owner is looked up once."""
        if table == "account":
            return Counter(record.id_bytes for record in records)
        shape = SHAPES[table]
        column, parent = shape.owner
        by_owner = Counter(map(_TEXT, records) if column == shape.key else
                           map(itemgetter(column), map(_FIELDS, records)))
        counts: Counter[bytes] = Counter()
        for owner, count in by_owner.items():
            counts[self._owning_account(parent, owner)] += count
        return counts

    def _owning_account(self, parent: str, owner: str) -> bytes:
        """The account of the record of table ``parent`` with this id (as text)."""
        raw = bytes.fromhex(owner.replace("-", ""))
        return raw if parent == "account" else self.owners[parent][raw]

    def changes(self, account: bytes) -> AccountChanges:
        """What the import did to the account with these 16 bytes of id."""
        found = self._changes.get(account)
        if found is None:
            found = self._changes[account] = self.summary.account(uuid.UUID(bytes=account))
        return found

    def stored_values(self, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """The stored values of these records, in their bundle form."""
        shape = SHAPES[table]
        t = shape.table
        codecs = [(name, CODECS[table][name].encode) for name in shape.fields]
        found = {}
        for chunk in chunks(ids):
            for row in self.connection.execute(
                    select(t.c[shape.key], *(t.c[name] for name, _ in codecs))
                    .where(t.c[shape.key].in_(chunk))):
                found[row[0]] = {name: encode(value)
                                 for (name, encode), value in zip(codecs, row[1:])}
        return found
