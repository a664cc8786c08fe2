"""This database's side of the exchange: its replicas, and its state as bundle lines.

A bundle carries the whole state of the accounts it covers (every record with the stamps
of its fields, every deletion and erasure, and how far this laptop has seen each other
laptop's writes), so that importing it is a merge of two states, never a replay of a
history: the order and repetition of imports cannot matter.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, String, Uuid, and_, cast, select

from kam_desktop import __version__
from kam_desktop.store import clock
from kam_desktop.store.models import Base, SyncClock, SyncReplica, SyncSeen, SyncTombstone
from kam_desktop.sync.bundle import PERSONAL_TABLES, Manifest, Replica
from kam_desktop.sync.values import CODECS

_clock = SyncClock.__table__
_replica = SyncReplica.__table__
_seen = SyncSeen.__table__
_tombstone = SyncTombstone.__table__
_tables = Base.metadata.tables


@dataclass(frozen=True)
class LocalReplica:
    no: int
    id: uuid.UUID
    name: str
    is_self: bool
    clock: int


def replicas(connection: Connection) -> dict[int, LocalReplica]:
    return {row.no: LocalReplica(row.no, row.id, row.name or "", row.is_self, row.clock)
            for row in connection.execute(select(_replica))}


def account_rows(table_name: str):
    """(the rows of ``table_name`` with the joins needed, the column giving each row's
    account), following owners up to the account."""
    shape = clock.SHAPES[table_name]
    table = shape.table
    if table_name == "account":
        return table, table.c.id
    column, parent = shape.owner
    if parent == "account":
        return table, table.c[column]
    parent_table = _tables[parent]
    return (table.join(parent_table, parent_table.c.id == table.c[column]),
            parent_table.c.account_id)


def account_filter(table_name: str, scope: list[uuid.UUID]):
    """A condition limiting ``table_name`` to the accounts in ``scope`` (and the joins it
    needs)."""
    rows, account = account_rows(table_name)
    return rows, account.in_(scope)


def account_stamps(table_name: str):
    """A query of (account id, stamps) for every record of ``table_name`` that has
    stamps."""
    shape = clock.SHAPES[table_name]
    rows, account = account_rows(table_name)
    return select(account, _clock.c.stamps).select_from(rows.join(
        _clock, and_(_clock.c.table_name == table_name,
                     _clock.c.record_id == shape.table.c[shape.key])))


def stamped_records(table_name: str, columns: list, scope: list[uuid.UUID] | None):
    """A query of ``columns`` and the stamps of each record of ``table_name`` (of the
    accounts in ``scope``, or all), in id order."""
    shape = clock.SHAPES[table_name]
    key = shape.table.c[shape.key]
    rows, condition = (shape.table, None) if scope is None else \
        account_filter(table_name, scope)
    query = (select(*columns, _clock.c.stamps)
             .select_from(rows.outerjoin(_clock, and_(_clock.c.table_name == table_name,
                                                       _clock.c.record_id == key)))
             .order_by(key))
    return query if condition is None else query.where(condition)


def _stamps_out(stamps: dict | None, positions: dict[int, int]) -> dict[str, list]:
    return {name: [stamp[0], None if stamp[1] is None else positions[stamp[1]]]
            for name, stamp in (stamps or {}).items()}


def _record_lines(connection: Connection, table_name: str, scope: list[uuid.UUID] | None,
             positions: dict[int, int]) -> Iterator[dict]:
    shape = clock.SHAPES[table_name]
    table = shape.table
    # an id is read as the text the database holds and written in its bundle form
    # directly: a UUID object made for each of a million ids only to be written out
    # again would be most of the reading
    codecs = [(name, _uuid_text if isinstance(table.c[name].type, Uuid)
               else CODECS[table_name][name].encode) for name in shape.fields]
    query = stamped_records(table_name, [_as_text(table.c[shape.key]), *(
        _as_text(table.c[name]) if encode is _uuid_text else table.c[name]
        for name, encode in codecs)], scope)
    result = connection.execute(query.execution_options(yield_per=2000))
    for row in result:
        yield {"id": _uuid_text(row[0]),
               "f": {name: encode(value) for (name, encode), value in zip(codecs, row[1:-1])},
               "s": _stamps_out(row[-1], positions)}


def _as_text(column):
    return cast(column, String)


def _uuid_text(stored: str | None) -> str | None:
    """A UUID column's text as SQLite (32 hex digits) or PostgreSQL (with dashes) gives
    it, in its bundle form: lower case, with dashes."""
    if stored is None or len(stored) != 32:
        return None if stored is None else stored.lower()
    stored = stored.lower()
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def _tombstone_lines(connection: Connection, scope: list[uuid.UUID] | None,
                positions: dict[int, int]) -> Iterator[dict]:
    query = select(_tombstone).order_by(_tombstone.c.table_name, _tombstone.c.record_id)
    if scope is not None:
        query = query.where(_tombstone.c.account_id.in_(scope))
    for row in connection.execute(query):
        yield {"t": row.table_name, "id": str(row.record_id), "a": str(row.account_id),
               "s": [row.hlc, positions[row.replica_no]], "e": row.erased}


def _seen_lines(connection: Connection, scope: list[uuid.UUID] | None,
          positions: dict[int, int]) -> Iterator[dict]:
    query = select(_seen).order_by(_seen.c.account_id, _seen.c.replica_no)
    if scope is not None:
        query = query.where(_seen.c.account_id.in_(scope))
    account, vector = None, []
    for row in connection.execute(query):
        if row.account_id != account:
            if vector:
                yield {"a": str(account), "v": vector}
            account, vector = row.account_id, []
        vector.append([row.hlc, positions[row.replica_no]])
    if vector:
        yield {"a": str(account), "v": vector}


def _withheld_marks(connection: Connection, scope: list[uuid.UUID] | None
                    ) -> dict[uuid.UUID, dict[int, int]]:
    """Per account, per replica number, the earliest clock value of a write to the
    personal tables (which a bundle without them leaves out)."""
    marks: dict[uuid.UUID, dict[int, int]] = {}
    for table_name in sorted(PERSONAL_TABLES):
        query = account_stamps(table_name)
        if scope is not None:
            query = query.where(query.selected_columns[0].in_(scope))
        for account_id, stamps in connection.execute(query):
            earliest = marks.setdefault(account_id, {})
            for hlc, replica_no in (stamps or {}).values():
                if hlc and replica_no is not None:
                    earliest[replica_no] = min(hlc, earliest.get(replica_no, hlc))
    return marks


def _capped_seen(seen: Iterator[dict], marks: dict[uuid.UUID, dict[int, int]],
                 positions: dict[int, int], self_no: int) -> Iterator[dict]:
    """The seen lines of a bundle that leaves the personal tables out. What the sender
    had seen of each laptop's writes to an account stops just before the earliest write
    it leaves out — its own writes included, which the receiver otherwise counts as seen
    up to ``made_hlc`` —, so that the receiver does not count as seen what it never
    received (the team server's exchange decides by it what to send: sync.hub)."""
    marks = dict(marks)
    for line in seen:
        yield _capped(line, marks.pop(uuid.UUID(line["a"]), {}), positions, self_no)
    for account in sorted(marks, key=str):
        line = _capped({"a": str(account), "v": []}, marks[account], positions, self_no)
        if line["v"]:
            yield line


def _capped(line: dict, marks: dict[int, int], positions: dict[int, int],
            self_no: int) -> dict:
    seen = {position: hlc for hlc, position in line["v"]}
    for no, earliest in marks.items():
        position = positions[no]
        if no == self_no or position in seen:
            seen[position] = min(seen.get(position, earliest), earliest - 1)
    return {"a": line["a"], "v": [[hlc, position] for position, hlc in sorted(seen.items())]}


@dataclass
class ExportState:
    manifest: Manifest
    tables: Iterator[tuple[str, Iterator[dict]]]
    tombstones: Iterator[dict]
    seen: Iterator[dict]


def export_state(connection: Connection, scope: list[uuid.UUID] | None,
                 made: clock.Stamp | None = None, *, personal: bool = True) -> ExportState:
    """This database's state (of the accounts in ``scope``, or all) ready for a bundle.
    The lines are produced lazily, while the bundle is written. ``made`` is the stamp
    the state is made at; by default a new one. Without ``personal`` the personal
    tables (their records and deletions) are left out, and the seen lines say so."""
    # a new clock value: each bundle is later than the last, and whatever this laptop
    # merged since is in it ("an older bundle from the same laptop" is really older)
    made_hlc, self_no = clock.issue(connection) if made is None else made
    known = replicas(connection)
    order = sorted(known)
    positions = {no: position for position, no in enumerate(order)}
    manifest = Manifest(
        bundle_id=uuid.uuid4(),
        made_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        made_hlc=made_hlc,
        replicas=[Replica(known[no].id, known[no].name) for no in order],
        source=positions[self_no],
        scope=None if scope is None else sorted(scope, key=str),
        app_version=__version__,
        personal=personal,
    )
    left_out = frozenset() if personal else PERSONAL_TABLES
    tables = ((name, _record_lines(connection, name, scope, positions))
              for name in clock.SHAPES if name not in left_out)
    tombstones = (line for line in _tombstone_lines(connection, scope, positions)
                  if line["t"] not in left_out)
    seen = _seen_lines(connection, scope, positions)
    if not personal:
        seen = _capped_seen(seen, _withheld_marks(connection, scope), positions, self_no)
    return ExportState(manifest, tables, tombstones, seen)
