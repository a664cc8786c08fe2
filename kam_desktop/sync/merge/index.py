"""The first reading of the source, before anything is written.

It checks the whole source (no stamp later than the bundle, every record's owner and
links present, accounts within the scope), indexes what the later steps need (owners of
the parent tables, the records under a deletion), and compares every record with the one
stored here: the second reading, which writes, takes only the records that differ.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator

from sqlalchemy import Connection, String, cast, select

from kam_desktop.domain.text import Text
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncTombstone
from kam_desktop.sync import state as sync_state
from kam_desktop.sync.bundle import SEEN, TOMBSTONES, Record, member_name
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.merge.state import (
    ERASE_REFERENCES,
    PARENT_TABLES,
    GStamp,
    MergeState,
    Node,
    TombEntry,
)

_tombstone = SyncTombstone.__table__
#: beyond this many records of a table to merge, the second reading takes them all
_WORK_LIMIT = 50_000
#: up to this many accounts in a source's scope, only their stored records are compared
_SCOPE_LIMIT = 2_000


def check(state: MergeState) -> None:
    """Read and check the whole source, and index what the merge needs. Writes nothing;
    raises BundleError for anything that cannot be merged."""
    connection = state.connection
    state.local_uuid = {no: str(r.id) for no, r in sync_state.replicas(connection).items()}
    state.tombs = {
        (row.table_name, row.record_id):
            ((row.hlc, state.local_uuid[row.replica_no]), row.erased, row.account_id)
        for row in connection.execute(select(_tombstone))}
    state.local_tombs = dict(state.tombs)
    _read_tombstones(state)
    _read_seen(state)
    state.roots.update(state.new_tombs)
    known = {u: no for no, u in state.local_uuid.items()}
    state.position_no = [known.get(u, -1) for u in state.positions]
    for table in state.source.tables():
        scan = _StoredRecords(connection, table, state.scope)
        try:
            state.work[table] = set()
            for record in state.source.records(
                    table, known=lambda record: _same_writes(state, table, record, scan)):
                _index(state, table, record)
        finally:
            scan.close()
    state.checked = True


def _newer_tombstone(new: tuple[GStamp, bool], current: TombEntry | None) -> bool:
    """Whether a deletion replaces the one known: an erasure always does."""
    if current is None:
        return True
    (stamp, erased), (old_stamp, old_erased) = new, current[:2]
    if erased != old_erased:
        return erased
    return stamp > old_stamp


def _read_tombstones(state: MergeState) -> None:
    incoming = list(state.source.tombstones())
    for tomb in incoming:
        _no_future(state, tomb.stamp[0], TOMBSTONES)
    # a laptop that has not yet seen an erasure may still write about the person:
    # its changes to that account wait for a bundle made after it saw the erasure
    carried = {(t.table, t.id) for t in incoming if t.erased}
    state.held_back = {account for key, (_, erased, account) in state.local_tombs.items()
                       if erased and key not in carried}
    for tomb in incoming:  # deletions carry nothing personal: never held back
        key = (tomb.table, tomb.id)
        stamp = state.incoming_order(tomb.stamp)
        state.tomb_accounts.add(tomb.account_id)
        if _newer_tombstone((stamp, tomb.erased), state.tombs.get(key)):
            state.tombs[key] = (stamp, tomb.erased, tomb.account_id)
            state.new_tombs[key] = tomb


def _read_seen(state: MergeState) -> None:
    for account_id, vector in state.source.seen():
        if account_id in state.seen_in:
            raise BundleError(Text("{name}: account {id} appears twice",
                                   name=SEEN, id=account_id))
        for hlc in vector.values():
            _no_future(state, hlc, SEEN)
        if account_id not in state.held_back:
            state.seen_in[account_id] = {state.positions[p]: hlc for p, hlc in vector.items()}


class _StoredRecords:
    """This database's records of a table in id order, read alongside the source's:
    (id as 32 hex digits, stamps, whether each reference is empty). A source covering
    some accounts is compared with those accounts' records only (a record stored under
    another account is then new to the comparison: merged, never skipped)."""

    def __init__(self, connection: Connection, table: str,
                 scope: set[uuid.UUID] | None) -> None:
        self._rows = self._read(connection, table, scope)
        self.current = next(self._rows, None)

    @staticmethod
    def _read(connection: Connection, table: str,
              scope: set[uuid.UUID] | None) -> Iterator[tuple]:
        shape = SHAPES[table]
        t = shape.table
        key = t.c[shape.key]
        references = [t.c[column] for column, _ in shape.references]
        limited = None if scope is None or len(scope) > _SCOPE_LIMIT else \
            sorted(scope, key=str)
        # the id as text on every dialect (PostgreSQL's driver would give a UUID)
        query = sync_state.stamped_records(table, [cast(key, String), *references], limited)
        result = connection.execute(query.execution_options(yield_per=2000))
        try:
            for row in result:
                yield row[0].replace("-", "").lower(), row[-1] or {}, row[1:-1]
        finally:
            result.close()

    def find(self, key: str) -> tuple | None:
        """The stored record with this id, if any (ids must come in ascending order)."""
        while self.current is not None and self.current[0] < key:
            self.current = next(self._rows, None)
        return self.current if self.current is not None and self.current[0] == key else None

    def close(self) -> None:
        self._rows.close()


def _same_writes(state: MergeState, table: str, record: Record,
                 scan: _StoredRecords) -> bool:
    """Whether the record is stored here with the very same writes (a re-import); else
    note that it needs the second reading: new here, or written differently."""
    work = state.work[table]
    stored = scan.find(record.text.replace("-", ""))
    same = False
    if stored is not None:
        _, stamps, references = stored
        mapped = {name: [hlc, None if position is None else state.position_no[position]]
                  for name, (hlc, position) in record.raw.items()}
        kept_refs = any(value is None and record.fields[column] is not None
                        for (column, _), value in zip(SHAPES[table].references, references))
        same = mapped == stamps and not kept_refs
    if not same and work is not None:
        work.add(record.text)
        if len(work) > _WORK_LIMIT:
            state.work[table] = None  # so much is new that every record is read again
    return same


def _no_future(state: MergeState, hlc: int, where: str) -> None:
    if hlc > state.made_hlc:
        raise BundleError(Text("{name}: a change is stamped later than the bundle was "
                               "made", name=where))


def _parent(state: MergeState, table: str, record: Record, column: str,
            parent: str) -> bytes | None:
    """The 16 bytes of the id of a record's parent, which the source must hold."""
    value = record.id.bytes if column == SHAPES[table].key else record.fields[column]
    if value is None:
        return None
    raw = value if isinstance(value, bytes) else bytes.fromhex(value.replace("-", ""))
    if raw not in state.owners[parent]:
        raise BundleError(Text("{name}: {table} {id} belongs to {parent} {parent_id}, "
                               "which the bundle does not hold",
                               name=member_name(table), table=table, id=record.id,
                               parent=parent, parent_id=uuid.UUID(bytes=raw)))
    return raw


def _index(state: MergeState, table: str, record: Record) -> None:
    shape = SHAPES[table]
    if record.newest > state.made_hlc:
        _no_future(state, record.newest, member_name(table))
    owner = _parent(state, table, record, *shape.owner) if shape.owner else None
    links = [(parent, raw) for (column, parent) in shape.links
             if (raw := _parent(state, table, record, column, parent)) is not None]
    if table == "account":
        if state.scope is not None and record.id not in state.scope:
            raise BundleError(Text("{name}: account {id} is outside the bundle's scope",
                                   name=member_name(table), id=record.id))
        if record.id not in state.held_back:
            state.bundle_accounts.add(record.id)
        else:
            state.held_in_bundle.add(record.id)
    if table in state.owners:
        state.owners[table][record.id.bytes] = owner
    if not state.tombs or (state.held_back and state.account_of(table, record)
                           in state.held_back):
        return
    key = (table, record.id)
    owner_key = (shape.owner[1], uuid.UUID(bytes=owner)) if owner is not None else None
    link_keys = tuple((parent, uuid.UUID(bytes=raw)) for parent, raw in links)
    erase_ref = None
    if table in ERASE_REFERENCES and record.fields[ERASE_REFERENCES[table]] is not None:
        erase_ref = ("contact", uuid.UUID(record.fields[ERASE_REFERENCES[table]]))
    hit = key in state.tombs
    if hit or owner_key in state.tainted or any(link in state.tainted for link in link_keys) \
            or (erase_ref is not None and (erase_ref in state.tainted
                                           or erase_ref in state.tombs)):
        own = max(state.incoming_order(stamp) for stamp in record.stamps.values())
        state.nodes_in[key] = Node(owner_key, link_keys, erase_ref, own,
                                   state.account_of(table, record))
        if table in PARENT_TABLES:
            state.tainted.add(key)
        if hit:
            state.roots.add(key)
