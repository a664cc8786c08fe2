"""The merge field by field.

For each field the write with the later stamp wins. Stamps are ordered by hybrid logical
clock, then by the writing replica's UUID, so every laptop picks the same winner whatever
the order of imports. Two equal stamps are the same write; the one exception is a
reference (a contact's boss, the contact a team member mirrors) that the database cleared when
its target was deleted: there the kept reference wins. References are written last, once
every record they may point to is in place.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, and_, bindparam, insert, select, update

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncClock
from kam_desktop.sync.bulk import BulkInsert, update_references
from kam_desktop.sync.bundle import Record
from kam_desktop.sync.merge import claims, ledger
from kam_desktop.sync.merge.state import MergeState
from kam_desktop.sync.values import CODECS

_clock = SyncClock.__table__
#: records merged at a time: few round trips to a server, modest memory
_BATCH = 5000


def merge_table(state: MergeState, table: str) -> None:
    """Merge the records of ``table`` the first reading found different, in batches."""
    only = state.work.get(table)
    if only is not None and not only:
        return
    batch: list[Record] = []
    for record in state.source.records(table, checked=False, only=only):
        batch.append(record)
        if len(batch) >= _BATCH:
            _merge_batch(state, table, batch)
            batch = []
    if batch:
        _merge_batch(state, table, batch)
    claims.settled(state, table)


class Streaming:
    """Merging the records the first reading finds different as it reads them, in
    batches, where nothing is deleted here or in the source (so no record waits for a
    verdict on its life). ``prepare()`` runs before the first write."""

    def __init__(self, state: MergeState, prepare: Callable[[], None]) -> None:
        self.state = state
        self._prepare = prepare
        self._table: str | None = None
        self._batch: list[Record] = []

    def take(self, table: str, records: list[Record]) -> None:
        if table != self._table:
            self.finish()
            self._table = table
        self._batch += records
        if len(self._batch) >= _BATCH:
            self._write()

    def _write(self) -> None:
        if self._batch:
            self._prepare()
            self.state.streamed = True
            _merge_batch(self.state, self._table, self._batch)
            self._batch = []

    def finish(self) -> None:
        """Write what is left of the table being read."""
        self._write()
        if self._table is not None:
            claims.settled(self.state, self._table)
            self._table = None


def _merge_batch(state: MergeState, table: str, batch: list[Record]) -> None:
    shape = SHAPES[table]
    t = shape.table
    key = t.c[shape.key]
    references = [column for column, _ in shape.references]
    rows = state.connection.execute(
        select(key, _clock.c.stamps, *(t.c[r] for r in references))
        .select_from(t.outerjoin(_clock, and_(_clock.c.table_name == table,
                                              _clock.c.record_id == key)))
        .where(key.between(batch[0].id, batch[-1].id)))
    local = {row[0]: (row[1], dict(zip(references, row[2:]))) for row in rows}
    inserts: list[tuple[Record, dict]] = []
    plans = []
    no_of = state.no_of
    for record in batch:
        if state.dead and (table, record.id) in state.dead or (
                state.held_back and state.account_of(table, record) in state.held_back):
            continue
        # the sender's stamps in this database's replica numbers, as stored here
        raw = {name: [hlc, None if position is None else no_of[position]]
               for name, (hlc, position) in record.raw.items()} if record.raw else {}
        if not local or record.id not in local:
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
            ours, theirs = state.local_order(mine[name]), state.local_order(incoming[name])
            if theirs > ours:
                wins.append(name)
            elif theirs[0] and ledger.unseen_here(state, record, table, theirs):
                losses.append(name)
        if wins or losses or mine != incoming:
            plans.append((record, stored is not None, mine, incoming, wins, losses))
    if inserts:
        _insert(state, table, inserts)
    if plans:
        _update(state, table, plans)


def _insert(state: MergeState, table: str, records: list[tuple[Record, dict]]) -> None:
    shape = SHAPES[table]
    references = [column for column, _ in shape.references]
    entries = []
    for record, raw in records:
        fields = dict(record.fields)
        fields[shape.key] = record.text
        for column in references:
            target = fields[column]
            if target is not None:
                state.deferred.append((table, record.text, column, target))
                fields[column] = None
        entries.append((record, fields, raw))
    if table in claims.UNIQUE:
        entries = claims.claim_new(state, table, entries)
    if not entries:
        return
    if state.local_tombs:
        for record, _, raw in entries:
            local_tomb = state.local_tombs.get((table, record.id))
            if local_tomb is not None and not local_tomb[1]:
                ledger.log(state, state.account_of(table, record), table, record.id, None,
                           "restored", None, max(state.local_order(s) for s in raw.values()),
                           None, local_tomb[0])
    for account, count in state.account_counts(table, [e[0] for e in entries]).items():
        changes = state.changes(account)
        if table == "account":
            changes.added = True
        else:
            changes.records_added += count
    rows = [fields for _, fields, _ in entries]
    if shape.owner and shape.owner[0] != shape.key:
        # rows in order of their owner: the index on it grows in order, and SQLite does
        # a quarter less work than for rows in the order of their (random) ids
        rows.sort(key=itemgetter(shape.owner[0]))
    _writer(state, table).run(state.connection, rows)
    # no stamps is the same as stamps of time zero
    _writer(state, "sync_clock").run(state.connection, [
        {"table_name": table, "record_id": record.text, "stamps": raw}
        for record, _, raw in entries if raw])
    state.inserted[table] += len(entries)


def _writer(state: MergeState, table: str) -> BulkInsert:
    if table not in state.writers:
        state.writers[table] = BulkInsert(state.connection, table)
    return state.writers[table]


def _update(state: MergeState, table: str, plans: list) -> None:
    shape = SHAPES[table]
    references = {column for column, _ in shape.references}
    need = [record.id for record, _, _, _, wins, losses in plans if wins or losses]
    current = state.stored_values(table, need)
    g = state.local_order
    entries = []
    for record, has_clock, mine, incoming, wins, losses in plans:
        account = state.account_of(table, record)
        merged = dict(mine)
        values: dict[str, Any] = {}
        for name in wins:
            merged[name] = incoming[name]
            new, old = record.fields[name], current[record.id][name]
            if new == old:
                continue
            values[name] = new
            if mine[name] != incoming[name] and ledger.unseen_there(state, account,
                                                                    g(mine[name])):
                ledger.log(state, account, table, record.id, name, "field", new,
                           g(incoming[name]), old, g(mine[name]))
        for name in losses:
            theirs, ours = record.fields[name], current[record.id][name]
            if theirs != ours:
                ledger.log(state, account, table, record.id, name, "field", ours,
                           g(mine[name]), theirs, g(incoming[name]))
        codecs = CODECS[table]
        decoded = {name: codecs[name].decode(value) for name, value in values.items()}
        for column in references & decoded.keys():
            if decoded[column] is not None:
                state.deferred.append((table, record.text, column, values[column]))
                del decoded[column]
        entries.append((record, decoded, merged, has_clock, mine, account, bool(values)))
    if table in claims.UNIQUE:
        claimed = claims.claim(state, table, [(e[0], e[1], e[2]) for e in entries if e[1]],
                               inserting=False)
        kept = {record.id for record, _, _ in claimed}
        entries = [e for e in entries if not e[1] or e[0].id in kept]
    _write_updates(state, table, entries)


def _write_updates(state: MergeState, table: str, entries: list) -> None:
    """Write the changed values and the merged stamps of ``entries``."""
    shape = SHAPES[table]
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
            changes = state.summary.account(account)
            if table != "account" or not changes.added:
                changes.records_updated += 1
    key = shape.table.c[shape.key]
    connection = state.connection
    for rows in changed_rows.values():
        connection.execute(update(shape.table).where(key == bindparam("_key")), rows)
    if old_stamps:
        connection.execute(
            update(_clock).where(_clock.c.table_name == bindparam("_table"),
                                 _clock.c.record_id == bindparam("_record"))
            .values(stamps=bindparam("_stamps", type_=JSON)), old_stamps)
    if new_stamps:
        connection.execute(insert(_clock), [
            {"table_name": r["_table"], "record_id": r["_record"], "stamps": r["_stamps"]}
            for r in new_stamps])


def apply_references(state: MergeState) -> None:
    """Write the references whose targets exist now (all records are in place)."""
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for table, record, column, target in state.deferred:
        grouped[(table, column)].append((record, target))
    for (table, column), pairs in grouped.items():
        update_references(state.connection, table, column, pairs)
