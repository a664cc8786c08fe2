"""What the database keeps about exchanges: the replicas, how far each laptop has seen
the others' writes per account, the conflict log and the imports done.

Each laptop keeps, per account, how far it has seen every laptop's writes. When a winning
write replaces a value its writer had not seen (or a losing write arrives that this laptop
had not seen), both sides changed the field since they last met: the losing value goes to
the conflict log.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import delete, insert, select, update

from kam_desktop.store import clock
from kam_desktop.store.models import SyncConflict, SyncImport, SyncReplica, SyncSeen
from kam_desktop.sync import state as sync_state
from kam_desktop.sync.bundle import Record
from kam_desktop.sync.merge.state import GStamp, MergeState, chunks

_conflict = SyncConflict.__table__
_import = SyncImport.__table__
_replica = SyncReplica.__table__
_seen = SyncSeen.__table__


def map_replicas(state: MergeState) -> None:
    """Give every replica the source names a number here (adding those not known yet)."""
    connection = state.connection
    state.self_no, self_id = clock.self_replica(connection)
    state.self_uuid = str(self_id)
    by_uuid = {str(r.id): r for r in sync_state.replicas(connection).values()}
    state.no_of = []
    for replica in state.manifest.replicas:
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
        state.no_of.append(no)
    state.local_uuid = {r.no: str(r.id) for r in sync_state.replicas(connection).values()}


def load_seen(state: MergeState) -> dict[uuid.UUID, dict[str, int]]:
    seen: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for row in state.connection.execute(select(_seen)):
        seen[row.account_id][state.local_uuid[row.replica_no]] = row.hlc
    return seen


def unseen_here(state: MergeState, record: Record, table: str, stamp: GStamp) -> bool:
    """Whether this laptop had not seen the write of a source's field."""
    if stamp[1] == state.self_uuid:
        return False
    account = state.account_of(table, record)
    return state.seen_local.get(account, {}).get(stamp[1], 0) < stamp[0]


def unseen_there(state: MergeState, account: uuid.UUID, stamp: GStamp) -> bool:
    """Whether the sender had not seen a write made to this account."""
    if not stamp[0] or stamp[1] == state.source_uuid:
        return False
    return state.seen_in.get(account, {}).get(stamp[1], 0) < stamp[0]


def write_seen(state: MergeState) -> None:
    """Move this laptop's knowledge of each account the source covers up to the
    sender's."""
    accounts = (set(state.seen_in) | state.bundle_accounts | state.tomb_accounts) \
        - state.held_back
    if state.scope is not None:
        accounts = {a for a in accounts if a in state.scope} | (state.scope - state.held_back)
    no_of_uuid = {u: no for no, u in state.local_uuid.items()}
    changed: dict[uuid.UUID, dict[str, int]] = {}
    for account in accounts:
        before = state.seen_local.get(account, {})
        after = dict(before)
        vector = dict(state.seen_in.get(account, {}))
        # the sender's own writes up to the bundle, unless it says less (a bundle without
        # the personal questionnaires does, before the first it leaves out)
        vector.setdefault(state.source_uuid, state.made_hlc)
        for replica, hlc in vector.items():
            if replica != state.self_uuid and hlc > after.get(replica, 0):
                after[replica] = hlc
        if after != before:
            changed[account] = after
    accounts_changed = sorted(changed, key=str)
    for chunk in chunks(accounts_changed):
        state.connection.execute(delete(_seen).where(_seen.c.account_id.in_(chunk)))
    rows = [{"account_id": account, "replica_no": no_of_uuid[replica], "hlc": hlc}
            for account in accounts_changed for replica, hlc in changed[account].items()]
    if rows:
        state.connection.execute(insert(_seen), rows)


def log(state: MergeState, account: uuid.UUID | None, table: str, record_id: uuid.UUID,
        field_name: str | None, kind: str, winner: Any, winner_stamp: GStamp,
        loser: Any, loser_stamp: GStamp) -> None:
    """Note an entry for the conflict log (written at the end of the merge)."""
    if account is None:
        return
    no_of_uuid = {u: no for no, u in state.local_uuid.items()}
    state.conflicts.append({
        "id": uuid.uuid4(), "account_id": account, "table_name": table,
        "record_id": record_id, "field": field_name, "kind": kind,
        "winner_value": winner, "winner_hlc": winner_stamp[0],
        "winner_replica_no": no_of_uuid.get(winner_stamp[1]),
        "loser_value": loser, "loser_hlc": loser_stamp[0],
        "loser_replica_no": no_of_uuid.get(loser_stamp[1]),
        "logged_at": datetime.now(timezone.utc), "switched": False})
    state.summary.account(account).conflicts += 1


def write_conflicts(state: MergeState) -> None:
    if state.conflicts:
        state.connection.execute(insert(_conflict), state.conflicts)


def record_import(state: MergeState) -> None:
    """Remember the bundle, so that importing it again (or an older one) does nothing.
    One without the personal questionnaires stands for no older bundle (clock 0): an
    older one may bring questionnaires it left out."""
    manifest = state.manifest
    state.connection.execute(insert(_import).values(
        bundle_id=manifest.bundle_id, replica_no=state.no_of[manifest.source],
        made_hlc=state.made_hlc if manifest.personal else 0,
        scope=None if state.scope is None else sorted(str(a) for a in state.scope),
        imported_at=datetime.now(timezone.utc)))
