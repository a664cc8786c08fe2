"""The first reading of the source, before anything is written.

It checks the whole source (no stamp later than the bundle, every record's owner and
links present, accounts within the scope), indexes what the later steps need (owners of
the parent tables, the records under a deletion), and compares every record with the one
stored here: the second reading, which writes, takes only the records that differ.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any
from itertools import repeat
from operator import attrgetter, itemgetter

from sqlalchemy import Connection, String, cast, select

from kam_desktop.domain.text import Text
from kam_desktop.store.clock import SHAPES, TableShape
from kam_desktop.store.models import SyncTombstone
from kam_desktop.sync import state as sync_state
from kam_desktop.sync.bundle import SEEN, TOMBSTONES, Record, member_name
from kam_desktop.sync.bundle.batch import runs
from kam_desktop.sync.bundle.strict_json import PLAIN_DECODER
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.merge.fields import Streaming
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
_NEWEST, _TEXT, _FIELDS = attrgetter("newest"), attrgetter("text"), attrgetter("fields")


def check(state: MergeState, streaming: Streaming | None = None) -> None:
    """Read and check the whole source, and index what the merge needs; raises
    BundleError for anything that cannot be merged. With ``streaming``, when nothing is
    deleted here or in the source, each record that differs from the one stored here is
    merged as it is read; else nothing is written."""
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
    if state.tombs:
        streaming = None
    for table in state.source.tables():
        scan = _StoredRecords(connection, table, state.scope)
        try:
            index = _Indexer(state, table)
            state.work[table] = set()
            if scan.current is None:  # nothing stored here: every record is new
                run = None
                for run in _record_runs(state.source, table):
                    index.run(run)
                    if streaming is not None:
                        streaming.take(table, run)
                if run is not None and streaming is None:
                    state.work[table] = None  # the second reading takes them all
            else:
                held = _Held(state, table, scan, streaming is None)
                for record in state.source.records(table, known=held):
                    index(record)
                    if streaming is not None and held.differs:
                        streaming.take(table, [record])
        finally:
            scan.close()
        if streaming is not None:
            streaming.finish()
    state.checked = True


def _record_runs(source: Any, table: str) -> Iterator[list[Record]]:
    """The records of a table in runs: as a bundle reader gives them, else gathered."""
    record_runs = getattr(source, "record_runs", None)
    return record_runs(table) if record_runs is not None else runs(source.records(table))


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
    (id as 32 hex digits, stamps, the references, the owner and link columns). A
    source covering some accounts is compared with those accounts' records only (a
    record stored under another account is then new to the comparison: merged, never
    skipped)."""

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
        references = [cast(t.c[column], String) for column, _ in shape.references]
        parents = [cast(t.c[column], String) for column, _ in _parents(shape)]
        limited = None if scope is None or len(scope) > _SCOPE_LIMIT else \
            sorted(scope, key=str)
        # ids as text on every dialect (PostgreSQL's driver would give UUIDs)
        query = sync_state.stamped_records(
            table, [cast(key, String), *references, *parents], limited)
        result = connection.execute(query.execution_options(yield_per=2000))
        split = 1 + len(references)
        try:
            for row in result:
                yield (row[0].replace("-", "").lower(), row[-1] or {}, row[1:split],
                       row[split:-1])
        finally:
            result.close()

    def find(self, key: str) -> tuple | None:
        """The stored record with this id, if any (ids must come in ascending order)."""
        while self.current is not None and self.current[0] < key:
            self.current = next(self._rows, None)
        return self.current if self.current is not None and self.current[0] == key else None

    def close(self) -> None:
        self._rows.close()


def _parents(shape: TableShape) -> list[tuple[str, str]]:
    """The owner and link columns of a table that are not its key."""
    return [(column, parent) for column, parent in (shape.owner, *shape.links)
            if column != shape.key] if shape.owner else []


class _Held:
    """Whether a record of the source is held here with the very same writes (its
    stamps): as the bundle reader asks, of a parsed record or of a line before it is
    parsed. ``differs`` says it of the record asked last."""

    def __init__(self, state: MergeState, table: str, scan: _StoredRecords,
                 note_work: bool) -> None:
        self.state, self.table, self.scan = state, table, scan
        self._work = state.work[table] if note_work else None
        shape = SHAPES[table]
        self._references = [column for column, _ in shape.references]
        self._nulls = [f'"{column}":null'.encode() for column in self._references]
        self._parents = [column for column, _ in _parents(shape)]
        self.differs = False

    def __call__(self, record: Record) -> bool:
        same = self._same(record)
        self.differs = not same
        if not same and self._work is not None:
            self._work.add(record.text)
            if len(self._work) > _WORK_LIMIT:  # so much is new that all is read again
                self.state.work[self.table] = self._work = None
        return same

    def _same(self, record: Record) -> bool:
        if self.scan.current is None:  # nothing (more) stored here
            return False
        stored = self.scan.find(record.text.replace("-", ""))
        if stored is None:
            return False
        _, stamps, references, _ = stored
        position_no = self.state.position_no
        mapped = {name: [hlc, None if position is None else position_no[position]]
                  for name, (hlc, position) in record.raw.items()}
        return mapped == stamps and not any(
            value is None and record.fields[column] is not None
            for column, value in zip(self._references, references))

    def unparsed(self, line: bytes) -> Record | None:
        """The record of a line that carries the very stamps of the record stored here
        (a re-import's usual line), without parsing it: only its id, its stamps and,
        where this laptop's reference is empty, that the line's is too. The record
        holds the stored owner and links (the same writes), for the checks that
        follow; None for any other line."""
        if self.scan.current is None:  # nothing (more) stored here
            return None
        if not line.startswith(b'{"id":"') or line[43:50] != b'","f":{':
            return None
        text = line[7:43].decode("ascii", "replace")
        stored = self.scan.find(text.replace("-", ""))
        if stored is None or text[8] + text[13] + text[18] + text[23] != "----":
            return None
        key, stamps, references, parents = stored
        for value, null in zip(references, self._nulls):
            if value is None and null not in line:
                return None
        given = _tail_stamps(line)
        if given is None:
            return None
        position_no, positions = self.state.position_no, len(self.state.position_no)
        try:
            mapped = {name: [hlc, None if position is None else (
                position_no[position] if 0 <= position < positions else -1)]
                for name, (hlc, position) in given.items()}
        except (TypeError, ValueError, AttributeError):
            return None
        if mapped != stamps:
            return None
        self.differs = False
        fields = dict(zip(self._references, references))
        fields.update(zip(self._parents, parents))
        return Record(text, fields, max((stamp[0] for stamp in given.values()), default=0),
                      given)


def _tail_stamps(line: bytes) -> dict | None:
    """The stamps object that ends a record line, parsed; None if there is none."""
    at = line.rfind(b',"s":{')
    if at < 0 or not line.endswith(b"}}"):
        return None
    try:
        given = PLAIN_DECODER.decode(line[at + 5:-1].decode("utf-8"))
    except ValueError:
        return None
    return given if type(given) is dict else None


def _no_future(state: MergeState, hlc: int, where: str) -> None:
    if hlc > state.made_hlc:
        raise BundleError(Text("{name}: a change is stamped later than the bundle was "
                               "made", name=where))


def _own(state: MergeState, shape: TableShape, record: Record) -> GStamp:
    """The newest of a record's stamps in the global order ("*" stands for every field
    the record's stamps do not list)."""
    raw = record.raw
    stamps = [state.incoming_order(stamp) for name, stamp in raw.items() if name != "*"]
    if len(stamps) < len(shape.fields):
        stamps.append(state.incoming_order(raw.get("*", (0, None))))
    return max(stamps)


class _Indexer:
    """What the first reading learns of each record of one table (calling it with the
    record): no stamp later than the bundle, the owner and links present in the source,
    an account within the scope; the owners of the parent tables; the records under a
    deletion."""

    def __init__(self, state: MergeState, table: str) -> None:
        self.state, self.table = state, table
        self.shape = shape = SHAPES[table]
        #: the owner, then the links: (column, or None for the record's own id, parent
        #: table, the parent table's records in the source)
        self.parents = [(None if column == shape.key else column, parent, state.owners[parent])
                        for column, parent in (shape.owner, *shape.links)] \
            if shape.owner else []
        self.owners = state.owners.get(table)

    def _parents(self, record: Record) -> list[bytes | None]:
        """The 16 bytes of the id of the record's owner and of each link (None where
        the field is empty), which the source must hold."""
        found: list[bytes | None] = []
        for column, parent, held in self.parents:
            value = record.id_bytes if column is None else record.fields[column]
            raw = value if value is None or column is None else \
                bytes.fromhex(value.replace("-", ""))
            if raw is not None and raw not in held:
                raise BundleError(Text("{name}: {table} {id} belongs to {parent} "
                                       "{parent_id}, which the bundle does not hold",
                                       name=member_name(self.table), table=self.table,
                                       id=record.id, parent=parent,
                                       parent_id=uuid.UUID(bytes=raw)))
            found.append(raw)
        return found

    def run(self, records: list[Record]) -> None:
        """:meth:`__call__` of each record of a run, a column at a time where nothing
        needs a record's own verdict (no deletion anywhere, no account): the records'
        clocks, and each owner and link among the records the source holds; any doubt,
        and the records are taken one by one, which refuses with the line's reason."""
        state = self.state
        if self.table == "account" or state.tombs \
                or max(map(_NEWEST, records)) > state.made_hlc:
            for record in records:
                self(record)
            return
        found = []
        for column, _, held in self.parents:
            ids = map(_TEXT, records) if column is None else \
                map(itemgetter(column), map(_FIELDS, records))
            raw = [None if value is None else bytes.fromhex(value.replace("-", ""))
                   for value in ids]
            if not all(map(held.__contains__, filter(None, raw))):
                for record in records:  # refused with the first record's reason
                    self(record)
                return
            found.append(raw)
        if self.owners is not None:
            own = found[0] if self.parents and self.parents[0][0] is None else \
                [bytes.fromhex(record.text.replace("-", "")) for record in records]
            self.owners.update(zip(own, found[0] if found else repeat(None)))

    def __call__(self, record: Record) -> None:
        state, table = self.state, self.table
        if record.newest > state.made_hlc:
            _no_future(state, record.newest, member_name(table))
        owner, *links = self._parents(record) if self.parents else [None]
        if table == "account":
            if state.scope is not None and record.id not in state.scope:
                raise BundleError(Text("{name}: account {id} is outside the bundle's scope",
                                       name=member_name(table), id=record.id))
            if record.id not in state.held_back:
                state.bundle_accounts.add(record.id)
            else:
                state.held_in_bundle.add(record.id)
        if self.owners is not None:
            self.owners[record.id_bytes] = owner
        if not state.tombs or (state.held_back and state.account_of(table, record)
                               in state.held_back):
            return
        self._weigh(record, owner, links)

    def _weigh(self, record: Record, owner: bytes | None, links: list[bytes | None]) -> None:
        """Note the record when a deletion is over it, or over its owner, links or the
        person it names."""
        state, table, shape = self.state, self.table, self.shape
        key = (table, record.id)
        owner_key = (shape.owner[1], uuid.UUID(bytes=owner)) if owner is not None else None
        link_keys = tuple((parent, uuid.UUID(bytes=raw))
                          for (_, parent), raw in zip(shape.links, links) if raw is not None)
        erase_ref = None
        if table in ERASE_REFERENCES and record.fields[ERASE_REFERENCES[table]] is not None:
            erase_ref = ("contact", uuid.UUID(record.fields[ERASE_REFERENCES[table]]))
        hit = key in state.tombs
        if hit or owner_key in state.tainted or any(link in state.tainted
                                                    for link in link_keys) \
                or (erase_ref is not None and (erase_ref in state.tainted
                                               or erase_ref in state.tombs)):
            own = _own(state, shape, record)
            state.nodes_in[key] = Node(owner_key, link_keys, erase_ref, own,
                                       state.account_of(table, record))
            if table in PARENT_TABLES:
                state.tainted.add(key)
            if hit:
                state.roots.add(key)
