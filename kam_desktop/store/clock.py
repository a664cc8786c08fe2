"""Hybrid logical clocks and the stamps of real changes: what merging bundles rests on.

Every field of a synced record carries a stamp ``(hlc, replica)`` of its last real change:
the hybrid logical clock of the laptop that made it (wall-clock milliseconds shifted left by
16 bits plus a counter, so it never runs backwards and always moves past every stamp seen)
and that laptop's replica number here. A session event stamps exactly the fields whose
value changed in a flush; a deleted record leaves a tombstone. Writes that bypass the ORM
(restoring a deletion, erasing a person) call the functions below themselves.

Which tables take part, and how their records hang together, is read from the schema: a
record's *owner* is its first ``ON DELETE CASCADE`` parent (an account for most records),
further cascade parents are *links* (a diary attendee's contact), ``SET NULL`` foreign keys
are *references*.
"""
from __future__ import annotations

import getpass
import platform
import time
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, delete, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.store.models import Base, SyncClock, SyncReplica, SyncSeen, SyncTombstone, travels

#: columns that are this laptop's own bookkeeping, never merged
LOCAL_FIELDS = frozenset({"updated_at"})
#: tables that do not travel in bundles: the erasure log is not portfolio data; exchange
#: rates belong to no account (bundles are cut by account) and every laptop imports them
#: from the same public source
_NOT_SYNCED = frozenset({"erasure_log", "exchange_rate"})
PHYSICAL_SHIFT = 16
ALL = "*"

Stamp = tuple[int, int | None]
ZERO: Stamp = (0, None)

_clock = SyncClock.__table__
_replica = SyncReplica.__table__
_tombstone = SyncTombstone.__table__


@dataclass(frozen=True)
class TableShape:
    """How one synced table takes part in the exchange (a derived column takes none:
    each laptop derives its own)."""

    name: str
    table: Table
    key: str  #: the primary-key column (a UUID) that identifies a record
    fields: tuple[str, ...]  #: the columns merged field by field
    owner: tuple[str, str] | None  #: (column, parent table) of the first cascade parent
    links: tuple[tuple[str, str], ...]  #: further cascade parents
    references: tuple[tuple[str, str], ...]  #: SET NULL foreign keys


def _shape(table: Table) -> TableShape:
    (key,) = table.primary_key.columns.keys()
    cascades = [(fk.parent.name, fk.column.table.name) for column in table.columns
                for fk in column.foreign_keys if fk.ondelete == "CASCADE"]
    references = tuple((fk.parent.name, fk.column.table.name) for column in table.columns
                       for fk in column.foreign_keys if fk.ondelete == "SET NULL")
    fields = tuple(c.name for c in table.columns
                   if c.name != key and c.name not in LOCAL_FIELDS and travels(c))
    return TableShape(table.name, table, key, fields, cascades[0] if cascades else None,
                      tuple(cascades[1:]), references)


#: the synced tables, parents before children
SHAPES: dict[str, TableShape] = {
    table.name: _shape(table) for table in Base.metadata.sorted_tables
    if not table.name.startswith("sync_") and table.name not in _NOT_SYNCED
}


def wall_hlc() -> int:
    return int(time.time() * 1000) << PHYSICAL_SHIFT


#: how far ahead of this laptop's own clock another laptop's clock may run (time zones
#: are not in the clock; a wrong date on a laptop is)
FUTURE_TOLERANCE_MS = 24 * 3600 * 1000


def future_limit() -> int:
    """The latest clock value that may arrive from elsewhere: a stamp beyond it comes
    from a laptop whose date is wrong, or from a forged bundle, and taking it would move
    this laptop's clock there for good (at the top of the range, until it overflowed)."""
    return wall_hlc() + (FUTURE_TOLERANCE_MS << PHYSICAL_SHIFT)


def repair_future(connection: Connection) -> int:
    """Bring back a clock that a bundle from before the limit existed pushed beyond it:
    this replica's clock, and every stamp, tombstone and seen mark past the limit, move
    to now. Returns how many rows were repaired (0 on a healthy database)."""
    limit, now = future_limit(), wall_hlc()
    newest = connection.execute(select(func.max(_replica.c.clock))).scalar() or 0
    if newest <= limit:  # every stamp seen here moved some replica's clock past it
        return 0
    repaired = connection.execute(update(_replica).where(_replica.c.clock > limit)
                                  .values(clock=now)).rowcount
    for table in (_tombstone, SyncSeen.__table__):
        repaired += connection.execute(update(table).where(table.c.hlc > limit)
                                       .values(hlc=now)).rowcount
    for record in connection.execute(select(_clock.c.table_name, _clock.c.record_id,
                                            _clock.c.stamps)).all():
        stamps = {name: [min(stamp[0], now) if stamp[0] > limit else stamp[0], stamp[1]]
                  for name, stamp in (record.stamps or {}).items()}
        if stamps != record.stamps:
            connection.execute(update(_clock).where(
                _clock.c.table_name == record.table_name, _clock.c.record_id == record.record_id)
                .values(stamps=stamps))
            repaired += 1
    return repaired


def hlc_seconds(hlc: int) -> float:
    """The wall-clock time (seconds since the epoch) a clock value was issued at."""
    return (hlc >> PHYSICAL_SHIFT) / 1000


def _default_name() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user} @ {platform.node() or '?'}"[:200]


def self_replica(connection: Connection) -> tuple[int, uuid.UUID]:
    """(number, id) of this database's own replica, created on first use."""
    row = connection.execute(select(_replica.c.no, _replica.c.id)
                             .where(_replica.c.is_self.is_(True))).first()
    if row is not None:
        return row.no, row.id
    replica_id = uuid.uuid4()
    connection.execute(insert(_replica).values(id=replica_id, name=_default_name(),
                                               is_self=True, clock=0))
    return self_replica(connection)


def issue(connection: Connection) -> Stamp:
    """A new stamp of this replica, later than every stamp issued or seen here."""
    no, _ = self_replica(connection)
    current = connection.execute(select(_replica.c.clock).where(_replica.c.no == no)).scalar()
    hlc = max(current + 1, wall_hlc())
    connection.execute(update(_replica).where(_replica.c.no == no).values(clock=hlc))
    return hlc, no


def observe(connection: Connection, hlc: int) -> None:
    """Move this replica's clock past ``hlc`` (a stamp that arrived from elsewhere)."""
    no, _ = self_replica(connection)
    connection.execute(update(_replica).where(_replica.c.no == no, _replica.c.clock < hlc)
                       .values(clock=hlc))


# --- stamps of a record ------------------------------------------------------------------------


def expand(stamps: dict[str, list] | None, fields: Iterable[str]) -> dict[str, Stamp]:
    """Field -> stamp for every field, from the stored form (``"*"`` plus exceptions)."""
    stamps = stamps or {}
    default = stamps.get(ALL)
    base: Stamp = (default[0], default[1]) if default else ZERO
    out = {}
    for name in fields:
        stamp = stamps.get(name)
        out[name] = (stamp[0], stamp[1]) if stamp else base
    return out


def compact(per_field: dict[str, Stamp]) -> dict[str, list]:
    """The stored form: the most common stamp under ``"*"``, the others by field."""
    if all(stamp == ZERO for stamp in per_field.values()):
        return {}
    counts = Counter(stamp for stamp in per_field.values() if stamp != ZERO)
    common = max(counts, key=lambda stamp: (counts[stamp], stamp[0]))
    out: dict[str, list] = {ALL: list(common)}
    out.update((name, list(stamp)) for name, stamp in per_field.items() if stamp != common)
    return out


def newest(stamps: dict[str, list] | None) -> int:
    """The newest hlc among a record's stamps (0 when it has none)."""
    return max((stamp[0] for stamp in (stamps or {}).values()), default=0)


def load_stamps(connection: Connection, table_name: str,
                ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, dict]:
    found: dict[uuid.UUID, dict] = {}
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.update(connection.execute(
            select(_clock.c.record_id, _clock.c.stamps).where(
                _clock.c.table_name == table_name, _clock.c.record_id.in_(chunk))).all())
    return found


def _drop_stamps(connection: Connection, table_name: str, ids: list[uuid.UUID]) -> None:
    for start in range(0, len(ids), 500):
        connection.execute(delete(_clock).where(_clock.c.table_name == table_name,
                                                _clock.c.record_id.in_(ids[start:start + 500])))


def stamp_created(connection: Connection, table_name: str, ids: list[uuid.UUID],
                  stamp: Stamp) -> None:
    """Every field of these new (or restored) records was written at ``stamp``."""
    if not ids:
        return
    _drop_stamps(connection, table_name, ids)
    connection.execute(insert(_clock), [
        {"table_name": table_name, "record_id": record_id, "stamps": {ALL: list(stamp)}}
        for record_id in ids])


def stamp_changed(connection: Connection, table_name: str, changes: dict[uuid.UUID, set[str]],
                  stamp: Stamp) -> None:
    """These fields of these records really changed at ``stamp``."""
    if not changes:
        return
    fields = SHAPES[table_name].fields
    stored = load_stamps(connection, table_name, changes)
    for record_id, names in changes.items():
        per_field = expand(stored.get(record_id), fields)
        per_field.update(dict.fromkeys(names, stamp))
        stamps = compact(per_field)
        if record_id in stored:
            connection.execute(update(_clock).where(
                _clock.c.table_name == table_name, _clock.c.record_id == record_id)
                .values(stamps=stamps))
        else:
            connection.execute(insert(_clock).values(table_name=table_name,
                                                     record_id=record_id, stamps=stamps))


def drop_orphan_stamps(connection: Connection) -> None:
    """Forget the stamps of records the database deleted by itself (``ON DELETE CASCADE``
    under a deleted record): their deletion is its owner's tombstone."""
    for shape in SHAPES.values():
        connection.execute(delete(_clock).where(
            _clock.c.table_name == shape.name,
            _clock.c.record_id.not_in(select(shape.table.c[shape.key]))))


def account_of(connection: Connection, table_name: str, record_id: uuid.UUID,
               known: dict[tuple[str, uuid.UUID], dict] | None = None) -> uuid.UUID | None:
    """The account a record belongs to, following owners up; ``known`` holds rows that
    may already be gone from the database (deleted in the same flush)."""
    while table_name != "account":
        shape = SHAPES[table_name]
        column, parent = shape.owner
        row = (known or {}).get((table_name, record_id))
        if row is not None and row.get(column) is not None:
            record_id = row[column]
        else:
            record_id = connection.execute(select(shape.table.c[column]).where(
                shape.table.c[shape.key] == record_id)).scalar()
        if record_id is None:
            return None
        table_name = parent
    return record_id


def write_tombstone(connection: Connection, table_name: str, record_id: uuid.UUID,
                    account_id: uuid.UUID, stamp: Stamp, *, erased: bool = False) -> None:
    """Record a deletion (or erasure) at ``stamp``. An erasure is never downgraded, and an
    older stamp never replaces a newer one."""
    current = connection.execute(select(_tombstone.c.hlc, _tombstone.c.replica_no,
                                        _tombstone.c.erased).where(
        _tombstone.c.table_name == table_name, _tombstone.c.record_id == record_id)).first()
    if current is not None:
        if current.erased and not erased:
            return
        if current.erased == erased and (current.hlc, current.replica_no) >= stamp:
            return
        connection.execute(delete(_tombstone).where(_tombstone.c.table_name == table_name,
                                                    _tombstone.c.record_id == record_id))
    connection.execute(insert(_tombstone).values(
        table_name=table_name, record_id=record_id, account_id=account_id, hlc=stamp[0],
        replica_no=stamp[1], erased=erased))
    _drop_stamps(connection, table_name, [record_id])


def record_deleted(connection: Connection, table_name: str, record_id: uuid.UUID) -> None:
    """A record (with what the schema deletes along with it) is about to be deleted here
    by a write that bypasses the ORM."""
    account_id = account_of(connection, table_name, record_id)
    if account_id is not None:
        write_tombstone(connection, table_name, record_id, account_id, issue(connection))


# --- the session event -------------------------------------------------------------------------

_PENDING = "kam_sync_pending"


def _real_changes(instance: Any, shape: TableShape) -> set[str]:
    state = inspect(instance)
    changed = set()
    for name in shape.fields:
        history = state.attrs[name].history
        if not history.added and not history.deleted:
            continue
        new = history.added[0] if history.added else None
        if history.deleted and history.deleted[0] == new:
            continue  # set back to what it was
        changed.add(name)
    return changed


def _after_flush(session: Session, _context: Any) -> None:
    pending = session.info.setdefault(_PENDING, {"created": {}, "changed": {}, "deleted": {}})
    for instance in session.new:
        shape = SHAPES.get(instance.__table__.name)
        if shape is not None:
            pending["created"].setdefault(shape.name, []).append(getattr(instance, shape.key))
    for instance in session.dirty:
        shape = SHAPES.get(instance.__table__.name)
        if shape is None:
            continue
        fields = _real_changes(instance, shape)
        if fields:
            record_id = getattr(instance, shape.key)
            pending["changed"].setdefault(shape.name, {}).setdefault(record_id, set()) \
                .update(fields)


def _deleted(session: Session, instance: Any) -> None:
    shape = SHAPES.get(instance.__table__.name)
    if shape is None:
        return
    values = dict(inspect(instance).dict)
    pending = session.info.setdefault(_PENDING, {"created": {}, "changed": {}, "deleted": {}})
    pending["deleted"][(shape.name, values[shape.key])] = values


def _after_flush_postexec(session: Session, _context: Any) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending or not any(pending.values()):
        return
    connection = session.connection()
    stamp = issue(connection)
    deleted = pending["deleted"]
    for table_name, ids in pending["created"].items():
        stamp_created(connection, table_name,
                      [i for i in ids if (table_name, i) not in deleted], stamp)
    for table_name, changes in pending["changed"].items():
        stamp_changed(connection, table_name,
                      {i: f for i, f in changes.items() if (table_name, i) not in deleted}, stamp)
    for (table_name, record_id), values in deleted.items():
        account_id = account_of(connection, table_name, record_id, known=deleted)
        if account_id is not None:
            write_tombstone(connection, table_name, record_id, account_id, stamp)


def _discard(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)


def track_changes(sessions: sessionmaker[Session]) -> None:
    """Stamp the real changes of every flush of sessions made by ``sessions``."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "persistent_to_deleted", _deleted)
    event.listen(sessions, "after_flush_postexec", _after_flush_postexec)
    event.listen(sessions, "after_rollback", _discard)
