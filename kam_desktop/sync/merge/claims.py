"""Names that must be unique: an account's name, revenue per period, potential per year,
a department's share per stage.

When two laptops gave the same name to different records, the record with the smaller id
keeps it; the other account is renamed, the other entry removed, both logged. The merge's
own settlement is stamped just after the write it settles, so every laptop settling the
same clash makes the same write.
"""
from __future__ import annotations

import uuid

from sqlalchemy import delete, insert, select, update

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncClock
from kam_desktop.sync.bundle import Record
from kam_desktop.sync.merge import ledger
from kam_desktop.sync.merge.state import MergeState
from kam_desktop.sync.values import CODECS

_clock = SyncClock.__table__

#: unique names: the record with the smaller id keeps it
UNIQUE = {"account": ("name",), "revenue": ("account_id", "period"),
          "potential": ("account_id", "year"),
          "involvement_share": ("account_id", "stage", "department")}
#: the value shown in the log when one of two duplicate entries is removed
_DUPLICATE_VALUE = {"revenue": "amount", "potential": "amount",
                    "involvement_share": "percent"}


def claim(state: MergeState, table: str, entries: list, *, inserting: bool) -> list:
    """Settle records that would take a unique name (or entry) another record holds:
    the smaller id keeps it. ``entries`` are (record, values, stamps): new records'
    values in their bundle form when ``inserting``, else the changed values decoded, as
    they are written; returns those still to write. A losing account is renamed, a
    losing entry is dropped (and removed here if it was stored). Names are compared in
    their bundle form (canonical: equal values, equal forms)."""
    columns = UNIQUE[table]
    codecs = CODECS[table]
    claimed = state.claimed[table]
    moved = state.moved[table]
    stored, holders = _holders(state, table)
    kept = []
    for record, values, stamps in entries:
        if inserting:
            wanted = tuple(values[c] for c in columns)
        elif not any(c in values for c in columns):
            kept.append((record, values, stamps))
            continue
        else:
            base = stored.get(record.id, ())
            wanted = tuple(codecs[c].encode(values[c]) if c in values else base[i]
                           for i, c in enumerate(columns))
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
            _give_way(state, table, holder, record, wanted)
            claimed[wanted] = record.id
            kept.append((record, values, stamps))
        elif table == "account":
            old = values["name"]
            values["name"] = _free_name(state, old, record.id)
            stamp = _synthetic(state, stamps.get("name", clock.ZERO))
            stamps["name"] = stamp
            claimed[(values["name"],)] = record.id
            ledger.log(state, record.id, table, record.id, "name", "duplicate", values["name"],
                       state.local_order(stamp), old, state.local_order(stamp))
            kept.append((record, values, stamps))
        else:
            _drop_duplicate(state, table, record, stamps, inserting, holder)
    return kept


def claim_new(state: MergeState, table: str, entries: list) -> list:
    """:func:`claim` for new records, (record, fields, stamps) in their bundle form."""
    if table != "account":
        return claim(state, table, entries, inserting=True)
    fields = SHAPES[table].fields  # a renamed account's name is stamped anew
    kept = claim(state, table, [(record, values, clock.expand(raw, fields))
                                for record, values, raw in entries], inserting=True)
    return [(record, values, clock.compact(stamps)) for record, values, stamps in kept]


def settled(state: MergeState, table: str) -> None:
    """Forget the names of a table once it is merged."""
    for index in (state.unique, state.claimed, state.moved):
        index.pop(table, None)


def _holders(state: MergeState, table: str) -> tuple[dict, dict]:
    """The unique names of the records stored here when the import began, in their
    bundle form: record id -> name, and name -> record id (read once per import; what
    the import itself writes is in ``claimed`` and ``moved``)."""
    if table not in state.unique:
        t = SHAPES[table].table
        columns = UNIQUE[table]
        encode = [CODECS[table][c].encode for c in columns]
        stored = {row[0]: tuple(form(value) for form, value in zip(encode, row[1:]))
                  for row in state.connection.execute(
                      select(t.c.id, *(t.c[c] for c in columns)))}
        state.unique[table] = stored, {name: record_id for record_id, name in stored.items()}
    return state.unique[table]


def _renamed(name: str, record_id: uuid.UUID, length: int) -> str:
    suffix = f" ({record_id.hex[:6]})"
    return name[:length - len(suffix)] + suffix


def _free_name(state: MergeState, name: str, record_id: uuid.UUID) -> str:
    t = SHAPES["account"].table
    length = t.c.name.type.length

    def taken(candidate: str) -> bool:
        """Held by another account (the record itself may hold it already: an
        earlier step of this import may have settled it)."""
        if state.claimed["account"].get((candidate,), record_id) != record_id:
            return True
        holder = state.connection.execute(select(t.c.id).where(t.c.name == candidate)).scalar()
        return holder is not None and holder != record_id

    candidate = _renamed(name, record_id, length)
    while taken(candidate):
        candidate = _renamed(candidate, uuid.uuid5(record_id, candidate), length)
    return candidate


def _synthetic(state: MergeState, stamp: clock.Stamp) -> clock.Stamp:
    """The stamp of a merge's own settlement: just after the write it settles."""
    return (stamp[0] + 1, stamp[1]) if stamp[1] is not None else (1, state.self_no)


def _give_way(state: MergeState, table: str, holder: uuid.UUID, winner: Record,
              name: tuple) -> None:
    """The record ``holder``, stored here, loses its unique name to ``winner``."""
    shape = SHAPES[table]
    t = shape.table
    connection = state.connection
    stamps = clock.expand(clock.load_stamps(connection, table, [holder]).get(holder),
                          shape.fields)
    if table == "account":
        old = name[0]
        new = _free_name(state, old, holder)
        stamp = _synthetic(state, stamps["name"])
        stamps["name"] = stamp
        connection.execute(update(t).where(t.c.id == holder).values(name=new))
        connection.execute(delete(_clock).where(_clock.c.table_name == table,
                                                _clock.c.record_id == holder))
        connection.execute(insert(_clock).values(
            table_name=table, record_id=holder, stamps=clock.compact(stamps)))
        state.claimed[table][(new,)] = holder
        ledger.log(state, holder, table, holder, "name", "duplicate", new,
                   state.local_order(stamp), old, state.local_order(stamp))
        state.summary.account(holder).records_updated += 1
        return
    value_field = _DUPLICATE_VALUE[table]
    current = state.stored_values(table, [holder])[holder]
    account = uuid.UUID(current["account_id"])
    newest = max(stamps.values(), key=state.local_order, default=clock.ZERO)
    connection.execute(delete(t).where(t.c.id == holder))
    state.deleted[table] += 1
    clock.write_tombstone(connection, table, holder, account, _synthetic(state, newest))
    state.summary.account(account).records_deleted += 1
    ledger.log(state, account, table, holder, value_field, "duplicate",
               winner.fields[value_field],
               max(state.incoming_order(tuple(s)) for s in winner.raw.values()),
               current[value_field], state.local_order(newest))


def _drop_duplicate(state: MergeState, table: str, record: Record, stamps: dict,
                    inserting: bool, holder: uuid.UUID) -> None:
    """The incoming ``record`` loses its unique entry: it is not written (and is
    removed here if it was stored)."""
    t = SHAPES[table].table
    account = state.account_of(table, record)
    newest = max(stamps.values(), key=state.local_order, default=clock.ZERO)
    if not inserting:
        state.connection.execute(delete(t).where(t.c.id == record.id))
        state.deleted[table] += 1
        state.summary.account(account).records_deleted += 1
    clock.write_tombstone(state.connection, table, record.id, account,
                          _synthetic(state, newest))
    value_field = _DUPLICATE_VALUE[table]
    holder_value = state.stored_values(table, [holder]).get(holder, {}).get(value_field)
    ledger.log(state, account, table, record.id, value_field, "duplicate", holder_value,
               state.local_order(_synthetic(state, newest)), record.fields[value_field],
               state.local_order(newest))
