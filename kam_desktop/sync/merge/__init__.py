"""Merging another replica's state into this database.

The rules (docs/sync-format.md explains them with examples):

- **Fields.** For each field the write with the later stamp wins. Stamps are ordered by
  hybrid logical clock, then by the writing replica's UUID, so every laptop picks the same
  winner whatever the order of imports. Two equal stamps are the same write; the one
  exception is a reference (a contact's boss, a team member's counterpart) that the
  database cleared when its target was deleted: there the kept reference wins.
- **Deletions.** A tombstone on a record covers everything the schema deletes with it. A
  record is alive when it was written after the newest deletion over it (its own or an
  owner's), or when a record it owns is: an edit made after a deletion elsewhere brings the
  record back, with its owners, and the log says so. A record whose link is gone (a diary
  attendee whose person was deleted) goes too.
- **Erasure** of a person wins over everything, for ever: nothing of theirs is merged.
- **Conflicts.** Each laptop keeps, per account, how far it has seen every laptop's writes.
  When a winning write replaces a value its writer had not seen (or a losing write arrives
  that this laptop had not seen), both sides changed the field since they last met: the
  losing value goes to the conflict log.
- **Names that must be unique** (an account's name; revenue per period; a department's
  share per stage) and were taken on two laptops by different records: the record with the
  smaller id keeps the name (or the entry); the other account is renamed, the other entry
  removed, both logged.

The merge reads its *source* through a small interface that :class:`BundleReader`
implements (``manifest``, ``tables()``, ``records(table, checked)``, ``tombstones()``,
``seen()``): a shared database acting as a hub would be one more source. :meth:`Merge.check`
reads the source completely without writing; :meth:`Merge.apply` writes, inside the
caller's transaction, and checks the row counts it promised.
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    String,
    and_,
    bindparam,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)

from kam_desktop.domain.text import Text
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import (
    SyncClock,
    SyncConflict,
    SyncImport,
    SyncReplica,
    SyncSeen,
    SyncTombstone,
)
from kam_desktop.sync import state
from kam_desktop.sync.bulk import BulkInsert
from kam_desktop.sync.bundle import SEEN as SEEN_NAME
from kam_desktop.sync.bundle import TOMBSTONES as TOMBSTONES_NAME
from kam_desktop.sync.bundle import Record, Tombstone, member_name
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import CODECS

_clock = SyncClock.__table__
_conflict = SyncConflict.__table__
_import = SyncImport.__table__
_replica = SyncReplica.__table__
_seen = SyncSeen.__table__
_tombstone = SyncTombstone.__table__

Key = tuple[str, uuid.UUID]
#: a stamp in the global order: (hlc, replica UUID as text)
GStamp = tuple[int, str]
NO_STAMP: GStamp = (0, "")
_BATCH = 1000
_CHUNK = 500
#: beyond this many records of a table to merge, the second reading takes them all
_WORK_LIMIT = 50_000

#: tables whose records own or are linked from others
PARENT_TABLES = frozenset({shape.owner[1] for shape in SHAPES.values() if shape.owner}
                          | {link[1] for shape in SHAPES.values() for link in shape.links})
#: a reference whose target's erasure takes the record with it (a person's place in a
#: role-map snapshot)
ERASE_REFERENCES = {"map_snapshot_entry": "contact_id"}
#: unique names: the record with the smaller id keeps it
UNIQUE = {"account": ("name",), "revenue": ("account_id", "period"),
          "involvement_share": ("account_id", "stage", "department")}
#: the value shown in the log when one of two duplicate entries is removed
_DUPLICATE_VALUE = {"revenue": "amount", "involvement_share": "percent"}


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
class _Node:
    """A record under a deletion, as far as deciding whether it lives goes."""

    owner: Key | None
    links: tuple[Key, ...]
    erase_ref: Key | None
    own: GStamp
    account: uuid.UUID | None
    local: bool = False


def _newer_tombstone(new: tuple[GStamp, bool], current: tuple | None) -> bool:
    if current is None:
        return True
    (stamp, erased), (old_stamp, old_erased) = new, current[:2]
    if erased != old_erased:
        return erased
    return stamp > old_stamp


def _chunks(items: list, size: int = _CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _renamed(name: str, record_id: uuid.UUID, length: int) -> str:
    suffix = f" ({record_id.hex[:6]})"
    return name[:length - len(suffix)] + suffix


class Merge:
    """One import of a source into the database behind ``connection``."""

    def __init__(self, connection: Connection, source: Any) -> None:
        self.connection = connection
        self.source = source
        self.manifest = source.manifest
        self.positions = [str(replica.id) for replica in self.manifest.replicas]
        self.source_uuid = self.positions[self.manifest.source]
        self.checked = False

    # --- reading everything first ------------------------------------------------------------

    def _global(self, stamp: tuple[int, int | None]) -> GStamp:
        """An incoming stamp (hlc, position in the manifest) in the global order."""
        return NO_STAMP if stamp[1] is None else (stamp[0], self.positions[stamp[1]])

    def check(self) -> None:
        """Read and check the whole source, and index what the merge needs. Writes
        nothing; raises BundleError for anything that cannot be merged."""
        connection = self.connection
        self.local_uuid = {no: str(r.id) for no, r in state.replicas(connection).items()}
        self.tombs: dict[Key, tuple[GStamp, bool, uuid.UUID]] = {
            (row.table_name, row.record_id):
                ((row.hlc, self.local_uuid[row.replica_no]), row.erased, row.account_id)
            for row in connection.execute(select(_tombstone))}
        self.local_tombs = dict(self.tombs)
        self.made_hlc = self.manifest.made_hlc
        incoming = list(self.source.tombstones())
        for tomb in incoming:
            self._no_future(tomb.stamp[0], TOMBSTONES_NAME)
        # a laptop that has not yet seen an erasure may still write about the person:
        # its changes to that account wait for a bundle made after it saw the erasure
        carried = {(t.table, t.id) for t in incoming if t.erased}
        self.held_back = {account for key, (_, erased, account) in self.local_tombs.items()
                          if erased and key not in carried}
        self.new_tombs: dict[Key, Tombstone] = {}
        self.tomb_accounts: set[uuid.UUID] = set()
        for tomb in incoming:  # deletions carry nothing personal: never held back
            key = (tomb.table, tomb.id)
            stamp = self._global(tomb.stamp)
            self.tomb_accounts.add(tomb.account_id)
            if _newer_tombstone((stamp, tomb.erased), self.tombs.get(key)):
                self.tombs[key] = (stamp, tomb.erased, tomb.account_id)
                self.new_tombs[key] = tomb
        self.seen_in: dict[uuid.UUID, dict[str, int]] = {}
        for account_id, vector in self.source.seen():
            if account_id in self.seen_in:
                raise BundleError(Text("{name}: account {id} appears twice",
                                       name=SEEN_NAME, id=account_id))
            for hlc in vector.values():
                self._no_future(hlc, SEEN_NAME)
            if account_id not in self.held_back:
                self.seen_in[account_id] = {self.positions[p]: hlc
                                            for p, hlc in vector.items()}
        self.scope = None if self.manifest.scope is None else set(self.manifest.scope)
        self.owners: dict[str, dict[bytes, bytes | None]] = {t: {} for t in PARENT_TABLES}
        self.tainted: set[Key] = set()
        self.nodes_in: dict[Key, _Node] = {}
        self.roots: set[Key] = set(self.new_tombs)
        self.bundle_accounts: set[uuid.UUID] = set()
        self.held_in_bundle: set[uuid.UUID] = set()
        known = {u: no for no, u in self.local_uuid.items()}
        self._position_no = [known.get(u, -1) for u in self.positions]
        self.work: dict[str, set[str] | None] = {}
        for table in self.source.tables():
            self._scan = self._local_scan(table)
            try:
                self._scanned = next(self._scan, None)
                self.work[table] = set()
                for record in self.source.records(table):
                    self._index(table, record)
                    self._compare(table, record)
            finally:
                self._scan.close()
        self.checked = True

    @property
    def brings_changes(self) -> bool:
        """Whether the source holds anything this database lacks (known after check)."""
        return bool(self.new_tombs) or any(work is None or work for work in self.work.values())

    def _local_scan(self, table: str):
        """This database's records of ``table`` in id order: (id as 32 hex digits,
        stamps, whether each reference is empty)."""
        shape = SHAPES[table]
        t = shape.table
        key = t.c[shape.key]
        references = [t.c[column] for column, _ in shape.references]
        result = self.connection.execution_options(yield_per=2000).execute(
            select(type_coerce(key, String), _clock.c.stamps, *references)
            .select_from(t.outerjoin(_clock, and_(_clock.c.table_name == table,
                                                  _clock.c.record_id == key)))
            .order_by(key))
        try:
            for row in result:
                yield row[0].replace("-", "").lower(), row[1] or {}, row[2:]
        finally:
            result.close()

    def _compare(self, table: str, record: Record) -> None:
        """Note whether the record needs the second reading: new here, or written
        differently (a re-import skips everything it already has)."""
        work = self.work[table]
        if work is None:
            return
        key = record.text.replace("-", "")
        while self._scanned is not None and self._scanned[0] < key:
            self._scanned = next(self._scan, None)
        same = False
        if self._scanned is not None and self._scanned[0] == key:
            _, stored, references = self._scanned
            mapped = {name: [hlc, None if position is None else self._position_no[position]]
                      for name, (hlc, position) in record.raw.items()}
            kept_refs = any(value is None and record.fields[column] is not None
                            for (column, _), value in zip(SHAPES[table].references, references))
            same = mapped == stored and not kept_refs
        if not same:
            work.add(record.text)
            if len(work) > _WORK_LIMIT:
                self.work[table] = None  # so much is new that every record is read again

    def _no_future(self, hlc: int, where: str) -> None:
        if hlc > self.made_hlc:
            raise BundleError(Text("{name}: a change is stamped later than the bundle was "
                                   "made", name=where))

    def _parent(self, table: str, record: Record, column: str, parent: str) -> bytes | None:
        """The 16 bytes of the id of a record's parent, which the source must hold."""
        value = record.id.bytes if column == SHAPES[table].key else record.fields[column]
        if value is None:
            return None
        raw = value if isinstance(value, bytes) else bytes.fromhex(value.replace("-", ""))
        if raw not in self.owners[parent]:
            raise BundleError(Text("{name}: {table} {id} belongs to {parent} {parent_id}, "
                                   "which the bundle does not hold",
                                   name=member_name(table), table=table, id=record.id,
                                   parent=parent, parent_id=uuid.UUID(bytes=raw)))
        return raw

    def _index(self, table: str, record: Record) -> None:
        shape = SHAPES[table]
        if record.newest > self.made_hlc:
            self._no_future(record.newest, member_name(table))
        owner = self._parent(table, record, *shape.owner) if shape.owner else None
        links = [(parent, raw) for (column, parent) in shape.links
                 if (raw := self._parent(table, record, column, parent)) is not None]
        if table == "account":
            if self.scope is not None and record.id not in self.scope:
                raise BundleError(Text("{name}: account {id} is outside the bundle's scope",
                                       name=member_name(table), id=record.id))
            if record.id not in self.held_back:
                self.bundle_accounts.add(record.id)
            else:
                self.held_in_bundle.add(record.id)
        if table in self.owners:
            self.owners[table][record.id.bytes] = owner
        if not self.tombs or (self.held_back and self._account_of(table, record)
                              in self.held_back):
            return
        key = (table, record.id)
        owner_key = (shape.owner[1], uuid.UUID(bytes=owner)) if owner is not None else None
        link_keys = tuple((parent, uuid.UUID(bytes=raw)) for parent, raw in links)
        erase_ref = None
        if table in ERASE_REFERENCES and record.fields[ERASE_REFERENCES[table]] is not None:
            erase_ref = ("contact", uuid.UUID(record.fields[ERASE_REFERENCES[table]]))
        hit = key in self.tombs
        if hit or owner_key in self.tainted or any(link in self.tainted for link in link_keys) \
                or (erase_ref is not None and (erase_ref in self.tainted
                                               or erase_ref in self.tombs)):
            own = max(self._global(stamp) for stamp in record.stamps.values())
            self.nodes_in[key] = _Node(owner_key, link_keys, erase_ref, own,
                                       self._account_of(table, record))
            if table in PARENT_TABLES:
                self.tainted.add(key)
            if hit:
                self.roots.add(key)

    def _account_of(self, table: str, record: Record) -> uuid.UUID:
        return uuid.UUID(bytes=self._account_bytes(table, record))

    def _account_bytes(self, table: str, record: Record) -> bytes:
        if table == "account":
            return record.id.bytes
        shape = SHAPES[table]
        column, parent = shape.owner
        raw = record.id.bytes if column == shape.key else \
            bytes.fromhex(record.fields[column].replace("-", ""))
        return raw if parent == "account" else self.owners[parent][raw]

    # --- writing ---------------------------------------------------------------------------

    def apply(self, erase: Callable[[uuid.UUID, clock.Stamp], None]) -> MergeSummary:
        """Merge the checked source into the database. ``erase(contact_id, stamp)`` erases
        a person still held here whose erasure the source carries (the caller's erasure
        rewrites the texts that mention them). Raises BundleError when the result would not
        be what the merge promised (the caller rolls back)."""
        if not self.checked:
            raise RuntimeError("check() the source before applying it")
        self.summary = MergeSummary()
        self._map_replicas()
        clock.observe(self.connection, self.made_hlc)
        self._erase(erase)
        before = self._counts()
        self.inserted: Counter[str] = Counter()
        self.deleted: Counter[str] = Counter()
        self.conflicts: list[dict] = []
        self.deferred: list[tuple[str, uuid.UUID, str, uuid.UUID]] = []
        self.claimed: dict[str, dict[tuple, uuid.UUID]] = defaultdict(dict)
        self._writers: dict[str, BulkInsert] = {}
        self._unique: dict[str, tuple[dict, dict]] = {}
        self.moved: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.seen_local = self._load_seen()
        # stamps left by deletions the database cascaded by itself would clash with the
        # records this import brings back
        clock.drop_orphan_stamps(self.connection)
        self._evaluate()
        self._delete_dead()
        for table in self.source.tables():
            self._merge_table(table)
        self._apply_references()
        self._write_tombstones()
        self._write_seen()
        self._write_conflicts()
        self.connection.execute(insert(_import).values(
            bundle_id=self.manifest.bundle_id, replica_no=self.no_of[self.manifest.source],
            made_hlc=self.made_hlc,
            scope=None if self.scope is None else sorted(str(a) for a in self.scope),
            imported_at=datetime.now(timezone.utc)))
        clock.drop_orphan_stamps(self.connection)
        self._check_counts(before)
        self.summary.held_back = sorted(self.held_in_bundle, key=str)
        self._name_accounts()
        return self.summary

    def _map_replicas(self) -> None:
        connection = self.connection
        self.self_no, self_id = clock.self_replica(connection)
        self.self_uuid = str(self_id)
        by_uuid = {str(r.id): r for r in state.replicas(connection).values()}
        self.no_of: list[int] = []
        for replica in self.manifest.replicas:
            known = by_uuid.get(str(replica.id))
            if known is None:
                connection.execute(insert(_replica).values(id=replica.id, name=replica.name,
                                                           is_self=False, clock=0))
                no = connection.execute(select(_replica.c.no)
                                        .where(_replica.c.id == replica.id)).scalar_one()
            else:
                no = known.no
                if not known.is_self and known.name != replica.name:
                    connection.execute(update(_replica).where(_replica.c.no == no)
                                       .values(name=replica.name))
            self.no_of.append(no)
        self.local_uuid = {r.no: str(r.id) for r in state.replicas(connection).values()}

    def _local_stamp(self, stamp: tuple[int, int | None]) -> clock.Stamp:
        return (stamp[0], None if stamp[1] is None else self.no_of[stamp[1]])

    def _g(self, stamp: clock.Stamp | list) -> GStamp:
        """A local stamp (hlc, replica no) in the global order."""
        return NO_STAMP if stamp[1] is None else (stamp[0], self.local_uuid[stamp[1]])

    def _erase(self, erase: Callable[[uuid.UUID, clock.Stamp], None]) -> None:
        contacts = SHAPES["contact"].table
        for key, tomb in self.new_tombs.items():
            if not (tomb.erased and key[0] == "contact"):
                continue
            present = self.connection.execute(select(contacts.c.account_id).where(
                contacts.c.id == key[1])).scalar()
            if present is None:
                self.connection.execute(delete(_conflict).where(
                    _conflict.c.record_id == key[1]))
                self.summary.forgotten.append(key[1])
                continue
            erase(key[1], self._local_stamp(tomb.stamp))
            self.summary.erased.append(key[1])
            self.summary.account(present).records_deleted += 1

    def _counts(self) -> dict[str, int]:
        return {name: self.connection.execute(select(func.count()).select_from(shape.table))
                .scalar_one() for name, shape in SHAPES.items()}

    def _load_seen(self) -> dict[uuid.UUID, dict[str, int]]:
        seen: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
        for row in self.connection.execute(select(_seen)):
            seen[row.account_id][self.local_uuid[row.replica_no]] = row.hlc
        return seen

    # which records live

    def _evaluate(self) -> None:
        self.dead: set[Key] = set()
        self.kept: set[Key] = set()
        if not self.roots:
            return
        nodes = dict(self.nodes_in)
        self._collect_local(nodes)
        children: dict[Key, list[Key]] = defaultdict(list)
        for key, node in nodes.items():
            if node.owner is not None:
                children[node.owner].append(key)
        self._owner_cache: dict[Key, Key | None] = {}
        self._exists_cache: dict[Key, bool] = {}
        erased_memo: dict[Key, bool] = {}
        alive_memo: dict[Key, bool] = {}

        def owner_of(key: Key) -> Key | None:
            node = nodes.get(key)
            return node.owner if node is not None else self._owner_outside(key)

        def deletion_over(key: Key) -> GStamp | None:
            newest = None
            while key is not None:
                tomb = self.tombs.get(key)
                if tomb is not None and not tomb[1] and (newest is None or tomb[0] > newest):
                    newest = tomb[0]
                key = owner_of(key)
            return newest

        def erased(key: Key) -> bool:
            if key not in erased_memo:
                erased_memo[key] = False
                tomb = self.tombs.get(key)
                node = nodes.get(key)
                related = [owner_of(key)]
                if node is not None:
                    related += [*node.links, node.erase_ref]
                erased_memo[key] = bool(tomb and tomb[1]) or any(
                    erased(other) for other in related if other is not None)
            return erased_memo[key]

        def alive(key: Key) -> bool:
            if key not in alive_memo:
                alive_memo[key] = False
                node = nodes.get(key)
                if node is None:
                    result = self._exists(key) and not erased(key)
                elif erased(key) or not all(alive(link) for link in node.links):
                    result = False
                else:
                    over = deletion_over(key)
                    result = over is None or node.own > over \
                        or any(alive(child) for child in children[key])
                alive_memo[key] = result
            return alive_memo[key]

        self.deleted_by: dict[Key, GStamp] = {}
        for key in nodes:
            if not alive(key):
                self.dead.add(key)
                over = deletion_over(key)
                if over is not None and not erased(key):
                    self.deleted_by[key] = over
        self.kept = {key for key in self.new_tombs
                     if key in nodes and nodes[key].local and key not in self.dead}
        self.nodes = nodes

    def _collect_local(self, nodes: dict[Key, _Node]) -> None:
        """Add the records held here under the roots (the deleted records in play)."""
        connection = self.connection
        pending: dict[str, set[uuid.UUID]] = defaultdict(set)
        for table, record_id in self.roots:
            pending[table].add(record_id)
        fetched: set[Key] = set()
        local_ids: dict[str, list[uuid.UUID]] = defaultdict(list)
        while pending:
            following: dict[str, set[uuid.UUID]] = defaultdict(set)
            for table, ids in pending.items():
                ids_list = [i for i in ids if (table, i) not in fetched]
                fetched.update((table, i) for i in ids_list)
                shape = SHAPES[table]
                found = []
                for chunk in _chunks(ids_list):
                    for row in connection.execute(self._node_query(table).where(
                            shape.table.c[shape.key].in_(chunk))):
                        found.append(row[0])
                        self._add_local_node(nodes, table, row)
                local_ids[table] += found
                if not found:
                    continue
                for child, child_shape in SHAPES.items():
                    for column, parent in (child_shape.owner, *child_shape.links) \
                            if child_shape.owner else ():
                        if parent != table:
                            continue
                        if column == child_shape.key:
                            following[child].update(found)
                            continue
                        for chunk in _chunks(found):
                            following[child].update(connection.execute(
                                select(child_shape.table.c[child_shape.key]).where(
                                    child_shape.table.c[column].in_(chunk))).scalars())
            pending = {t: ids for t, ids in following.items() if ids}
        for table, ids in local_ids.items():
            for record_id, stamps in clock.load_stamps(connection, table, ids).items():
                node = nodes[(table, record_id)]
                own = max((self._g(s) for s in stamps.values()), default=NO_STAMP)
                if own > node.own:
                    node.own = own

    def _node_query(self, table: str):
        shape = SHAPES[table]
        t = shape.table
        columns = [t.c[shape.key]]
        columns += [t.c[column] for column, _ in ((shape.owner,) if shape.owner else ())]
        columns += [t.c[column] for column, _ in shape.links]
        if table in ERASE_REFERENCES:
            columns.append(t.c[ERASE_REFERENCES[table]])
        return select(*columns)

    def _add_local_node(self, nodes: dict[Key, _Node], table: str, row: Any) -> None:
        shape = SHAPES[table]
        key = (table, row[0])
        node = nodes.get(key)
        if node is not None:
            node.local = True
            return
        position = 1
        owner = None
        if shape.owner:
            owner = (shape.owner[1], row[position])
            position += 1
        links = []
        for _, parent in shape.links:
            if row[position] is not None:
                links.append((parent, row[position]))
            position += 1
        erase_ref = ("contact", row[position]) if table in ERASE_REFERENCES \
            and row[position] is not None else None
        if table == "account":
            account = row[0]
        elif owner is not None and owner[0] == "account":
            account = owner[1]
        else:
            account = nodes[owner].account if owner in nodes else \
                clock.account_of(self.connection, table, row[0])
        nodes[key] = _Node(owner, tuple(links), erase_ref, NO_STAMP, account, local=True)

    def _owner_outside(self, key: Key) -> Key | None:
        """The owner of a record outside the records in play (from the source's index, or
        the database)."""
        if key in self._owner_cache:
            return self._owner_cache[key]
        table, record_id = key
        shape = SHAPES[table]
        owner = None
        if shape.owner:
            column, parent = shape.owner
            if column == shape.key:
                owner = (parent, record_id)
            elif table in self.owners and record_id.bytes in self.owners[table]:
                owner = (parent, uuid.UUID(bytes=self.owners[table][record_id.bytes]))
            else:
                value = self.connection.execute(select(shape.table.c[column]).where(
                    shape.table.c[shape.key] == record_id)).scalar()
                owner = (parent, value) if value is not None else None
        self._owner_cache[key] = owner
        return owner

    def _exists(self, key: Key) -> bool:
        if key not in self._exists_cache:
            table, record_id = key
            shape = SHAPES[table]
            self._exists_cache[key] = (
                (table in self.owners and record_id.bytes in self.owners[table])
                or self.connection.execute(select(shape.table.c[shape.key]).where(
                    shape.table.c[shape.key] == record_id)).first() is not None)
        return self._exists_cache[key]

    def _delete_dead(self) -> None:
        doomed: dict[str, list[uuid.UUID]] = defaultdict(list)
        for key in self.dead:
            node = self.nodes[key]
            if node.local:
                doomed[key[0]].append(key[1])
        self._log_lost_to_deletion(doomed)
        if "account" in doomed:
            accounts = SHAPES["account"].table
            for chunk in _chunks(doomed["account"]):
                for account_id, name in self.connection.execute(
                        select(accounts.c.id, accounts.c.name).where(accounts.c.id.in_(chunk))):
                    changes = self.summary.account(account_id)
                    changes.deleted, changes.name = True, name
        for table in reversed(list(SHAPES)):
            shape = SHAPES[table]
            for chunk in _chunks(doomed.get(table, [])):
                result = self.connection.execute(delete(shape.table).where(
                    shape.table.c[shape.key].in_(chunk)))
                self.deleted[table] += result.rowcount
            if table != "account":
                for record_id in doomed.get(table, []):
                    account = self.nodes[(table, record_id)].account
                    if account is not None:
                        self.summary.account(account).records_deleted += 1
        for key in self.kept:
            node = self.nodes[key]
            tomb = self.tombs[key]
            self._log(node.account, key[0], key[1], None, "kept", None, node.own, None, tomb[0])

    def _log_lost_to_deletion(self, doomed: dict[str, list[uuid.UUID]]) -> None:
        """A deletion from elsewhere wins over changes made here that its author had not
        seen: each such field goes to the conflict log (the record is gone, so there is no
        other value to take; an erased person's records are not logged)."""
        for table, ids in doomed.items():
            candidates = [i for i in ids if (table, i) in self.deleted_by]
            if not candidates:
                continue
            shape = SHAPES[table]
            links = {column for column, _ in shape.links + shape.references}
            links |= {shape.owner[0]} if shape.owner else set()
            fields = [name for name in shape.fields if name not in links]
            stamps = clock.load_stamps(self.connection, table, candidates)
            current = None
            for record_id in candidates:
                node, over = self.nodes[(table, record_id)], self.deleted_by[(table, record_id)]
                for name, stamp in clock.expand(stamps.get(record_id), fields).items():
                    mine = self._g(stamp)
                    if stamp[1] is None or not self._unseen_there(node.account, mine):
                        continue
                    if current is None:
                        current = self._current(table, candidates)
                    self._log(node.account, table, record_id, name, "deleted", None, over,
                              current[record_id][name], mine)

    # field by field

    def _merge_table(self, table: str) -> None:
        only = self.work.get(table)
        if only is not None and not only:
            return
        batch: list[Record] = []
        for record in self.source.records(table, checked=False, only=only):
            batch.append(record)
            if len(batch) >= _BATCH:
                self._merge_batch(table, batch)
                batch = []
        if batch:
            self._merge_batch(table, batch)
        # the unique names of a table are settled once it is merged
        for index in (self._unique, self.claimed, self.moved):
            index.pop(table, None)

    def _merge_batch(self, table: str, batch: list[Record]) -> None:
        shape = SHAPES[table]
        t = shape.table
        key = t.c[shape.key]
        references = [column for column, _ in shape.references]
        rows = self.connection.execute(
            select(key, _clock.c.stamps, *(t.c[r] for r in references))
            .select_from(t.outerjoin(_clock, and_(_clock.c.table_name == table,
                                                  _clock.c.record_id == key)))
            .where(key.between(batch[0].id, batch[-1].id)))
        local = {row[0]: (row[1], dict(zip(references, row[2:]))) for row in rows}
        inserts: list[tuple[Record, dict]] = []
        plans = []
        no_of = self.no_of
        for record in batch:
            if (table, record.id) in self.dead or (
                    self.held_back and self._account_of(table, record) in self.held_back):
                continue
            # the sender's stamps in this database's replica numbers, as stored here
            raw = {name: [hlc, None if position is None else no_of[position]]
                   for name, (hlc, position) in record.raw.items()}
            if record.id not in local:
                inserts.append((record, raw))
                continue
            stored, held_refs = local[record.id]
            kept_refs = [name for name, value in held_refs.items()
                         if value is None and record.fields[name] is not None]
            if stored == raw and not kept_refs:
                continue  # the same writes: nothing to do (a re-import)
            mine = clock.expand(stored, shape.fields)
            incoming = clock.expand(raw, shape.fields)
            wins, losses = [], []
            for name in shape.fields:
                if mine[name] == incoming[name]:
                    if name in kept_refs:
                        wins.append(name)  # the reference the other side kept
                    continue
                ours, theirs = self._g(mine[name]), self._g(incoming[name])
                if theirs > ours:
                    wins.append(name)
                elif theirs[0] and self._unseen_here(record, table, theirs):
                    losses.append(name)
            if wins or losses or mine != incoming:
                plans.append((record, stored is not None, mine, incoming, wins, losses))
        if inserts:
            self._insert(table, inserts)
        if plans:
            self._update(table, plans)

    def _unseen_here(self, record: Record, table: str, stamp: GStamp) -> bool:
        if stamp[1] == self.self_uuid:
            return False
        account = self._account_of(table, record)
        return self.seen_local.get(account, {}).get(stamp[1], 0) < stamp[0]

    def _unseen_there(self, account: uuid.UUID, stamp: GStamp) -> bool:
        if not stamp[0] or stamp[1] == self.source_uuid:
            return False
        return self.seen_in.get(account, {}).get(stamp[1], 0) < stamp[0]

    def _current(self, table: str, ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """The stored values of these records, in their bundle form."""
        shape = SHAPES[table]
        t = shape.table
        codecs = [(name, CODECS[table][name].encode) for name in shape.fields]
        found = {}
        for chunk in _chunks(ids):
            for row in self.connection.execute(
                    select(t.c[shape.key], *(t.c[name] for name, _ in codecs))
                    .where(t.c[shape.key].in_(chunk))):
                found[row[0]] = {name: encode(value)
                                 for (name, encode), value in zip(codecs, row[1:])}
        return found

    def _insert(self, table: str, records: list[tuple[Record, dict]]) -> None:
        shape = SHAPES[table]
        references = [column for column, _ in shape.references]
        entries = []
        for record, raw in records:
            fields = dict(record.fields)
            for column in references:
                if fields[column] is not None:
                    self.deferred.append((table, record.id, column, uuid.UUID(fields[column])))
                    fields[column] = None
            entries.append((record, fields, raw))
        if table in UNIQUE:
            entries = self._claim_new(table, entries)
        rows, stamps = [], []
        per_account: Counter[bytes] = Counter()
        for record, fields, raw in entries:
            key_text = record.text or str(record.id)
            fields[shape.key] = key_text
            rows.append(fields)
            if raw:  # no stamps is the same as stamps of time zero
                stamps.append({"table_name": table, "record_id": key_text, "stamps": raw})
            per_account[self._account_bytes(table, record)] += 1
            local_tomb = self.local_tombs.get((table, record.id))
            if local_tomb is not None and not local_tomb[1]:
                self._log(self._account_of(table, record), table, record.id, None, "restored",
                          None, max(self._g(s) for s in raw.values()), None, local_tomb[0])
        for account, count in per_account.items():
            changes = self.summary.account(uuid.UUID(bytes=account))
            if table == "account":
                changes.added = True
            else:
                changes.records_added += count
        if rows:
            self._writer(table).run(self.connection, rows)
            if stamps:
                self._writer("sync_clock").run(self.connection, stamps)
            self.inserted[table] += len(rows)

    def _claim_new(self, table: str, entries: list) -> list:
        """:meth:`_claim` for new records, whose values are still in their bundle form."""
        codecs = CODECS[table]
        columns = UNIQUE[table]
        fields_of = {}
        claims = []
        for record, fields, raw in entries:
            fields_of[record.id] = fields
            stamps = clock.expand(raw, SHAPES[table].fields) if table == "account" else raw
            claims.append((record, {c: codecs[c].decode(fields[c]) for c in columns}, stamps))
        kept = []
        for record, values, stamps in self._claim(table, claims, inserting=True):
            fields = fields_of[record.id]
            fields.update((c, codecs[c].encode(values[c])) for c in columns)
            kept.append((record, fields, clock.compact(stamps) if table == "account" else stamps))
        return kept

    def _writer(self, table: str) -> BulkInsert:
        if table not in self._writers:
            self._writers[table] = BulkInsert(self.connection, table)
        return self._writers[table]

    def _update(self, table: str, plans: list) -> None:
        shape = SHAPES[table]
        references = {column for column, _ in shape.references}
        need = [record.id for record, _, _, _, wins, losses in plans if wins or losses]
        current = self._current(table, need)
        entries = []
        for record, has_clock, mine, incoming, wins, losses in plans:
            account = self._account_of(table, record)
            merged = dict(mine)
            values: dict[str, Any] = {}
            for name in wins:
                merged[name] = incoming[name]
                new, old = record.fields[name], current[record.id][name]
                if new == old:
                    continue
                values[name] = new
                if mine[name] != incoming[name] \
                        and self._unseen_there(account, self._g(mine[name])):
                    self._log(account, table, record.id, name, "field", new,
                              self._g(incoming[name]), old, self._g(mine[name]))
            for name in losses:
                theirs, ours = record.fields[name], current[record.id][name]
                if theirs != ours:
                    self._log(account, table, record.id, name, "field", ours,
                              self._g(mine[name]), theirs, self._g(incoming[name]))
            codecs = CODECS[table]
            decoded = {name: codecs[name].decode(value) for name, value in values.items()}
            for column in references & decoded.keys():
                if decoded[column] is not None:
                    self.deferred.append((table, record.id, column, decoded.pop(column)))
            entries.append((record, decoded, merged, has_clock, mine, account, bool(values)))
        if table in UNIQUE:
            claimed = self._claim(table, [(e[0], e[1], e[2]) for e in entries if e[1]],
                                  inserting=False)
            kept = {record.id for record, _, _ in claimed}
            entries = [e for e in entries if not e[1] or e[0].id in kept]
        changed_rows: dict[frozenset, list[dict]] = defaultdict(list)
        old_stamps, new_stamps = [], []
        for record, decoded, merged, has_clock, mine, account, changed in entries:
            if decoded:
                row = dict(decoded, _key=record.id)
                changed_rows[frozenset(row)].append(row)
            if merged != mine:
                (old_stamps if has_clock else new_stamps).append(
                    {"_table": table, "_record": record.id, "_stamps": clock.compact(merged)})
            if changed:
                changes = self.summary.account(account)
                if table != "account" or not changes.added:
                    changes.records_updated += 1
        key = shape.table.c[shape.key]
        for rows in changed_rows.values():
            self.connection.execute(update(shape.table).where(key == bindparam("_key")), rows)
        if old_stamps:
            self.connection.execute(
                update(_clock).where(_clock.c.table_name == bindparam("_table"),
                                     _clock.c.record_id == bindparam("_record"))
                .values(stamps=bindparam("_stamps", type_=JSON)), old_stamps)
        if new_stamps:
            self.connection.execute(insert(_clock), [
                {"table_name": r["_table"], "record_id": r["_record"], "stamps": r["_stamps"]}
                for r in new_stamps])

    # unique names

    def _claim(self, table: str, entries: list, *, inserting: bool) -> list:
        """Settle records that would take a unique name (or entry) another record holds:
        the smaller id keeps it. Returns the entries still to write; a losing account is
        renamed, a losing entry is dropped (and removed here if it was stored)."""
        columns = UNIQUE[table]
        claimed = self.claimed[table]
        moved = self.moved[table]
        stored, holders = self._holders(table)
        kept = []
        for record, values, stamps in entries:
            if not inserting and not any(c in values for c in columns):
                kept.append((record, values, stamps))
                continue
            base = stored.get(record.id, ())
            wanted = tuple(values[c] if c in values else base[i] for i, c in enumerate(columns))
            if not inserting:
                moved.add(record.id)  # its old name is free from now on
            holder = claimed.get(wanted)
            if holder is None:
                found = holders.get(wanted)
                if found is not None and found != record.id and found not in moved:
                    holder = found
            if holder is None or holder == record.id:
                claimed[wanted] = record.id
                kept.append((record, values, stamps))
            elif str(record.id) < str(holder):
                self._give_way(table, holder, record, wanted)
                claimed[wanted] = record.id
                kept.append((record, values, stamps))
            elif table == "account":
                old = values["name"]
                values["name"] = self._free_name(old, record.id)
                stamp = self._synthetic(stamps.get("name", clock.ZERO))
                stamps["name"] = stamp
                claimed[(values["name"],)] = record.id
                self._log(record.id, table, record.id, "name", "duplicate", values["name"],
                          self._g(stamp), old, self._g(stamp))
                kept.append((record, values, stamps))
            else:
                self._drop_duplicate(table, record, stamps, inserting, holder)
        return kept

    def _holders(self, table: str) -> tuple[dict, dict]:
        """The unique names of the records stored here when the import began: record id
        -> name, and name -> record id (read once per import; what the import itself
        writes is in ``claimed`` and ``moved``)."""
        if table not in self._unique:
            t = SHAPES[table].table
            columns = UNIQUE[table]
            stored = {row[0]: tuple(row[1:]) for row in self.connection.execute(
                select(t.c.id, *(t.c[c] for c in columns)))}
            self._unique[table] = stored, {name: record_id for record_id, name in stored.items()}
        return self._unique[table]

    def _free_name(self, name: str, record_id: uuid.UUID) -> str:
        t = SHAPES["account"].table
        length = t.c.name.type.length

        def taken(candidate: str) -> bool:
            """Held by another account (the record itself may hold it already: an
            earlier step of this import may have settled it)."""
            if self.claimed["account"].get((candidate,), record_id) != record_id:
                return True
            holder = self.connection.execute(select(t.c.id).where(t.c.name == candidate)).scalar()
            return holder is not None and holder != record_id

        candidate = _renamed(name, record_id, length)
        while taken(candidate):
            candidate = _renamed(candidate, uuid.uuid5(record_id, candidate), length)
        return candidate

    def _synthetic(self, stamp: clock.Stamp) -> clock.Stamp:
        """The stamp of a merge's own settlement: just after the write it settles, so
        every laptop settling the same clash makes the same write."""
        return (stamp[0] + 1, stamp[1]) if stamp[1] is not None else (1, self.self_no)

    def _give_way(self, table: str, holder: uuid.UUID, winner: Record, name: tuple) -> None:
        """The record ``holder``, stored here, loses its unique name to ``winner``."""
        shape = SHAPES[table]
        t = shape.table
        stamps = clock.expand(clock.load_stamps(self.connection, table, [holder]).get(holder),
                              shape.fields)
        if table == "account":
            old = name[0]
            new = self._free_name(old, holder)
            stamp = self._synthetic(stamps["name"])
            stamps["name"] = stamp
            self.connection.execute(update(t).where(t.c.id == holder).values(name=new))
            self.connection.execute(delete(_clock).where(_clock.c.table_name == table,
                                                         _clock.c.record_id == holder))
            self.connection.execute(insert(_clock).values(
                table_name=table, record_id=holder, stamps=clock.compact(stamps)))
            self.claimed[table][(new,)] = holder
            self._log(holder, table, holder, "name", "duplicate", new, self._g(stamp), old,
                      self._g(stamp))
            self.summary.account(holder).records_updated += 1
            return
        value_field = _DUPLICATE_VALUE[table]
        current = self._current(table, [holder])[holder]
        account = uuid.UUID(current["account_id"])
        newest = max(stamps.values(), key=self._g, default=clock.ZERO)
        self.connection.execute(delete(t).where(t.c.id == holder))
        self.deleted[table] += 1
        clock.write_tombstone(self.connection, table, holder, account, self._synthetic(newest))
        self.summary.account(account).records_deleted += 1
        self._log(account, table, holder, value_field, "duplicate", winner.fields[value_field],
                  max(self._global(tuple(s)) for s in winner.raw.values()), current[value_field],
                  self._g(newest))

    def _drop_duplicate(self, table: str, record: Record, stamps: dict, inserting: bool,
                        holder: uuid.UUID) -> None:
        """The incoming ``record`` loses its unique entry: it is not written (and is
        removed here if it was stored)."""
        t = SHAPES[table].table
        account = self._account_of(table, record)
        newest = max(stamps.values(), key=self._g, default=clock.ZERO)
        if not inserting:
            self.connection.execute(delete(t).where(t.c.id == record.id))
            self.deleted[table] += 1
            self.summary.account(account).records_deleted += 1
        clock.write_tombstone(self.connection, table, record.id, account,
                              self._synthetic(newest))
        value_field = _DUPLICATE_VALUE[table]
        holder_value = self._current(table, [holder]).get(holder, {}).get(value_field)
        self._log(account, table, record.id, value_field, "duplicate", holder_value,
                  self._g(self._synthetic(newest)), record.fields[value_field],
                  self._g(newest))

    # after the records

    def _apply_references(self) -> None:
        """Write the references whose targets exist now (all records are in place)."""
        if not self.deferred:
            return
        targets = sorted({target for *_, target in self.deferred}, key=str)
        contacts = SHAPES["contact"].table
        present = set()
        for chunk in _chunks(targets):
            present.update(self.connection.execute(
                select(contacts.c.id).where(contacts.c.id.in_(chunk))).scalars())
        grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
        for table, record_id, column, target in self.deferred:
            if target in present:
                grouped[(table, column)].append({"_key": record_id, column: target})
        for (table, column), rows in grouped.items():
            shape = SHAPES[table]
            self.connection.execute(update(shape.table).where(
                shape.table.c[shape.key] == bindparam("_key")), rows)

    def _write_tombstones(self) -> None:
        rows = []
        for key, tomb in self.new_tombs.items():
            hlc, no = self._local_stamp(tomb.stamp)
            rows.append({"table_name": key[0], "record_id": key[1],
                         "account_id": tomb.account_id, "hlc": hlc, "replica_no": no,
                         "erased": tomb.erased})
        by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
        for row in rows:
            by_table[row["table_name"]].append(row["record_id"])
        for table, ids in by_table.items():
            for chunk in _chunks(ids):
                self.connection.execute(delete(_tombstone).where(
                    _tombstone.c.table_name == table, _tombstone.c.record_id.in_(chunk)))
        if rows:
            self.connection.execute(insert(_tombstone), rows)

    def _write_seen(self) -> None:
        accounts = (set(self.seen_in) | self.bundle_accounts | self.tomb_accounts) \
            - self.held_back
        if self.scope is not None:
            accounts = {a for a in accounts if a in self.scope} | (self.scope - self.held_back)
        no_of_uuid = {u: no for no, u in self.local_uuid.items()}
        changed: dict[uuid.UUID, dict[str, int]] = {}
        for account in accounts:
            before = self.seen_local.get(account, {})
            after = dict(before)
            vector = dict(self.seen_in.get(account, {}))
            vector[self.source_uuid] = self.made_hlc
            for replica, hlc in vector.items():
                if replica != self.self_uuid and hlc > after.get(replica, 0):
                    after[replica] = hlc
            if after != before:
                changed[account] = after
        accounts_changed = sorted(changed, key=str)
        for chunk in _chunks(accounts_changed):
            self.connection.execute(delete(_seen).where(_seen.c.account_id.in_(chunk)))
        rows = [{"account_id": account, "replica_no": no_of_uuid[replica], "hlc": hlc}
                for account in accounts_changed for replica, hlc in changed[account].items()]
        if rows:
            self.connection.execute(insert(_seen), rows)

    def _log(self, account: uuid.UUID | None, table: str, record_id: uuid.UUID,
             field_name: str | None, kind: str, winner: Any, winner_stamp: GStamp,
             loser: Any, loser_stamp: GStamp) -> None:
        if account is None:
            return
        no_of_uuid = {u: no for no, u in self.local_uuid.items()}
        self.conflicts.append({
            "id": uuid.uuid4(), "account_id": account, "table_name": table,
            "record_id": record_id, "field": field_name, "kind": kind,
            "winner_value": winner, "winner_hlc": winner_stamp[0],
            "winner_replica_no": no_of_uuid.get(winner_stamp[1]),
            "loser_value": loser, "loser_hlc": loser_stamp[0],
            "loser_replica_no": no_of_uuid.get(loser_stamp[1]),
            "logged_at": datetime.now(timezone.utc), "switched": False})
        self.summary.account(account).conflicts += 1

    def _write_conflicts(self) -> None:
        if self.conflicts:
            self.connection.execute(insert(_conflict), self.conflicts)

    def _check_counts(self, before: dict[str, int]) -> None:
        after = self._counts()
        for table, count in after.items():
            expected = before[table] + self.inserted[table] - self.deleted[table]
            if count != expected:
                raise BundleError(Text("the import would leave {count} records in {table} "
                                       "instead of {expected}; nothing was imported",
                                       count=count, table=table, expected=expected))

    def _name_accounts(self) -> None:
        accounts = SHAPES["account"].table
        ids = [a for a, changes in self.summary.accounts.items() if not changes.deleted]
        for chunk in _chunks(ids):
            for account_id, name in self.connection.execute(
                    select(accounts.c.id, accounts.c.name).where(accounts.c.id.in_(chunk))):
                self.summary.accounts[account_id].name = name

