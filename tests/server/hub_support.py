"""What the team-server tests compare: the portfolio's normal form, read the same way
from a laptop's SQLite file and from the hub's PostgreSQL database, and the hub's
consistency with a laptop that pushed to it."""
from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import Connection, create_engine, select

from kam_desktop.store.clock import SHAPES
from kam_desktop.store.kinds import KINDS
from kam_desktop.store.models import SyncClock, SyncReplica, SyncSeen, SyncTombstone
from kam_desktop.sync.state import account_rows

#: the kinds of record that travel between replicas: the registry's, less those each
#: laptop keeps for itself (store.clock leaves them out of the exchange)
TRAVELLING = [name for name in KINDS if name in SHAPES]


def _plain(value):
    """A value as both dialects give it back: aware datetimes in UTC without their zone
    (SQLite stores them naive), numbers as Decimal."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


def normal_form(connection: Connection) -> dict[str, list[tuple]]:
    """Every travelling record (its id and the fields that travel), each deletion and
    erasure, and every field's stamp by replica id: two replicas that converged have
    equal normal forms, whichever database holds them."""
    replica_id = {row.no: str(row.id) for row in connection.execute(
        select(SyncReplica.no, SyncReplica.id))}
    form: dict[str, list[tuple]] = {}
    for name in TRAVELLING:
        shape = SHAPES[name]
        columns = [shape.table.c[shape.key], *(shape.table.c[f] for f in shape.fields)]
        form[name] = sorted((tuple(_plain(v) for v in row)
                             for row in connection.execute(select(*columns))), key=repr)
    form["stamps"] = sorted(
        (row.table_name, row.record_id,
         tuple(sorted((field, hlc, replica_id.get(no))
                      for field, (hlc, no) in (row.stamps or {}).items())))
        for row in connection.execute(select(SyncClock.__table__)) if row.stamps)
    form["tombstones"] = sorted(
        (row.table_name, row.record_id, row.erased, row.hlc, replica_id[row.replica_no])
        for row in connection.execute(select(SyncTombstone.__table__)))
    return form


def normal_form_at(url: str) -> dict[str, list[tuple]]:
    """The normal form of the database at ``url`` (the hub)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return normal_form(connection)
    finally:
        engine.dispose()


def _held(connection: Connection) -> dict[uuid.UUID, dict[tuple[str, uuid.UUID], dict]]:
    """account -> (table, id) -> stamps, for every travelling record."""
    held: dict[uuid.UUID, dict] = defaultdict(dict)
    clock = SyncClock.__table__
    for name in TRAVELLING:
        shape = SHAPES[name]
        rows, account = account_rows(name)
        key = shape.table.c[shape.key]
        for account_id, record_id, stamps in connection.execute(
                select(account, key, clock.c.stamps).select_from(rows.outerjoin(
                    clock, (clock.c.table_name == name) & (clock.c.record_id == key)))):
            held[account_id][(name, record_id)] = stamps or {}
    return held


def hub_problems(hub: Connection, laptop: Connection) -> list[str]:
    """What is wrong with the hub, to which only ``laptop`` pushed: stamps without their
    record, a record whose stamps differ from the laptop's, or a seen vector claiming the
    hub has seen the laptop's writes to an account while it lacks some of them."""
    problems = []
    clock = SyncClock.__table__
    on_hub = _held(hub)
    records = {key for account in on_hub.values() for key in account}
    for row in hub.execute(select(clock.c.table_name, clock.c.record_id)):
        if (row.table_name, row.record_id) not in records:
            problems.append(f"stamps of a missing record {row.table_name} {row.record_id}")
    on_laptop = _held(laptop)
    laptop_no = {str(row.id): row.no for row in laptop.execute(select(SyncReplica))}
    hub_ids = {row.no: str(row.id) for row in hub.execute(select(SyncReplica))}

    def as_laptop(stamps: dict) -> dict:
        return {field: [hlc, laptop_no.get(hub_ids.get(no))] if no is not None else [hlc, None]
                for field, (hlc, no) in stamps.items()}

    for account_id, records_there in on_hub.items():
        for key, stamps in records_there.items():
            if as_laptop(stamps) != on_laptop.get(account_id, {}).get(key):
                problems.append(f"{key[0]} {key[1]} differs from the laptop's")
    (self_id,) = [str(row.id) for row in laptop.execute(
        select(SyncReplica.id).where(SyncReplica.is_self.is_(True)))]
    for row in hub.execute(select(SyncSeen.account_id, SyncSeen.replica_no)):
        if hub_ids[row.replica_no] == self_id and \
                set(on_laptop.get(row.account_id, {})) - set(on_hub.get(row.account_id, {})):
            problems.append(f"seen vector of account {row.account_id} ahead of the hub")
    return problems
