"""Exchange with another database directly — the team server's hub and a laptop — with
the merge bundles use.

The change set is what a bundle of some accounts would carry: :class:`DatabaseSource`
reads the state of those accounts from the other database as the same lines a bundle
holds (the bundle's export), checks what a database may hold wrongly as a bundle's lines
are checked (ids, stamps, the values of the records taken; the lines' shape is ours),
and hands them to :class:`~kam_desktop.sync.merge.Merge` as its source. Which accounts go is
decided by :func:`unseen_accounts`: those of which the source holds a write, a deletion or
a sighting the target's seen vector does not cover, and those the target has never seen.

Reading the source writes nothing to it: the state is stamped with the source replica's
current clock (later than every stamp it holds) instead of a new one.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, select, union_all

from kam_desktop.domain.text import Text
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncClock, SyncReplica, SyncSeen, SyncTombstone
from kam_desktop.sync import state as sync_state
from kam_desktop.sync.bundle import SEEN, TOMBSTONES, Record, Tombstone, member_name
from kam_desktop.sync.bundle.lines import parse_made, parse_seen, parse_tombstone, record_of
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.values import Invalid

_clock = SyncClock.__table__
#: up to this many accounts, a source's records are kept in memory once read
_KEPT_SCOPE = 100
_replica = SyncReplica.__table__
_seen = SyncSeen.__table__
_tombstone = SyncTombstone.__table__


def current_stamp(connection: Connection) -> clock.Stamp:
    """This replica's clock as it stands: no later than any stamp it will issue, no
    earlier than any it holds."""
    no, _ = clock.self_replica(connection)
    return connection.execute(select(_replica.c.clock).where(_replica.c.no == no)
                              ).scalar_one(), no


class DatabaseSource:
    """The state of the accounts in ``scope`` of the database behind ``connection``, as a
    merge source: the interface of :class:`~kam_desktop.sync.bundle.BundleReader`. Each
    reading queries the database again, so the caller keeps ``connection`` on one
    snapshot (one transaction) for as long as the merge runs; the records of a few
    accounts are read once and kept (the merge reads its source twice)."""

    def __init__(self, connection: Connection, scope: list[uuid.UUID]) -> None:
        self.connection = connection
        self.scope = sorted(scope, key=str)
        self._made = current_stamp(connection)
        self.manifest = self._state().manifest
        self._replicas = len(self.manifest.replicas)
        self._kept: dict[str, list[dict]] | None = {} if len(scope) <= _KEPT_SCOPE else None

    def _state(self) -> sync_state.ExportState:
        return sync_state.export_state(self.connection, self.scope, self._made)

    def tables(self) -> list[str]:
        return list(SHAPES)

    def records(self, table: str, checked: bool = True, only: set[str] | None = None,
                known: Callable[[Record], bool] | None = None) -> Iterator[Record]:
        lines = self._kept.get(table) if self._kept is not None else None
        if lines is None:
            lines = next(lines for name, lines in self._state().tables if name == table)
            if self._kept is not None:
                lines = self._kept[table] = list(lines)
        for number, line in enumerate(lines, start=1):
            if checked:
                yield _parsed(member_name(table), number,
                              lambda: parse_made(line, table, self._replicas, known))
            elif only is None or line["id"] in only:
                yield record_of(line, table)

    def tombstones(self) -> Iterator[Tombstone]:
        for number, line in enumerate(self._state().tombstones, start=1):
            yield _parsed(TOMBSTONES, number, lambda: parse_tombstone(line, self._replicas))

    def seen(self) -> Iterator[tuple[uuid.UUID, dict[int, int]]]:
        for number, line in enumerate(self._state().seen, start=1):
            yield _parsed(SEEN, number, lambda: parse_seen(line, self._replicas))


def _parsed(name: str, number: int, parse: Any) -> Any:
    """A line checked as a bundle's line is, refused in the same words."""
    try:
        return parse()
    except Invalid as error:
        raise BundleError(Text("{name}, line {line}: {problem}", name=name, line=number,
                               problem=error.args[0])) from None


def unseen_accounts(source: Connection, target: Connection) -> list[uuid.UUID]:
    """The accounts the source must send for the target to hold everything it holds."""
    _, target_self = clock.self_replica(target)
    target_self_id = str(target_self)
    seen_there: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for account_id, replica_id, hlc in target.execute(
            select(_seen.c.account_id, _replica.c.id, _seen.c.hlc)
            .join(_replica, _replica.c.no == _seen.c.replica_no)):
        seen_there[account_id][str(replica_id)] = hlc
    replica_of = {no: str(r.id) for no, r in sync_state.replicas(source).items()}

    def unseen(account_id: uuid.UUID, replica_no: int | None, hlc: int) -> bool:
        if replica_no is None or not hlc:
            return False
        replica = replica_of[replica_no]
        return replica != target_self_id and \
            hlc > seen_there.get(account_id, {}).get(replica, 0)

    # an account the target has no sighting of goes unless the target holds it: then
    # what it holds without a stamp (a demo's records) is the same on both sides
    accounts = SHAPES["account"].table
    held_there = set(target.execute(select(accounts.c.id)).scalars())
    changed = {account_id for account_id in source.execute(select(accounts.c.id)).scalars()
               if account_id not in seen_there and account_id not in held_there}
    for row in source.execute(select(_tombstone.c.account_id, _tombstone.c.replica_no,
                                     _tombstone.c.hlc)):
        if unseen(*row):
            changed.add(row.account_id)
    for row in source.execute(select(_seen.c.account_id, _seen.c.replica_no, _seen.c.hlc)):
        if unseen(*row):
            changed.add(row.account_id)
    every_stamp = union_all(*(sync_state.account_stamps(table_name)
                               for table_name in SHAPES))
    for account_id, stamps in source.execute(every_stamp.execution_options(yield_per=2000)):
        if account_id in changed:
            continue
        if any(unseen(account_id, no, hlc) for hlc, no in (stamps or {}).values()):
            changed.add(account_id)
    return sorted(changed, key=str)
