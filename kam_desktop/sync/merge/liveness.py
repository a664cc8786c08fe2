"""Deletions, erasures and which records live.

A tombstone on a record covers everything the schema deletes with it. A record is alive
when it was written after the newest deletion over it (its own or an owner's), or when a
record it owns is; a record whose link is gone goes too. An erasure of a person wins over
everything. Only the records under a deletion are weighed: the source's (indexed by the
first reading) and those held here.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, insert, select

from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.models import SyncConflict, SyncTombstone
from kam_desktop.sync.merge import ledger
from kam_desktop.sync.merge.state import (
    ERASE_REFERENCES,
    NO_STAMP,
    GStamp,
    Key,
    MergeState,
    Node,
    chunks,
)

_conflict = SyncConflict.__table__
_tombstone = SyncTombstone.__table__


def erase_people(state: MergeState, erase: Callable[[uuid.UUID, clock.Stamp], None]) -> None:
    """Erase the people held here whose erasure the source carries; a person already
    gone leaves only conflict entries, removed now."""
    contacts = SHAPES["contact"].table
    for key, tomb in state.new_tombs.items():
        if not (tomb.erased and key[0] == "contact"):
            continue
        present = state.connection.execute(select(contacts.c.account_id).where(
            contacts.c.id == key[1])).scalar()
        if present is None:
            state.connection.execute(delete(_conflict).where(_conflict.c.record_id == key[1]))
            state.summary.forgotten.append(key[1])
            continue
        erase(key[1], state.local_stamp(tomb.stamp))
        state.summary.erased.append(key[1])
        state.summary.account(present).records_deleted += 1


class _Outside:
    """What the database (or the source's index) says of records outside those in
    play, each asked once."""

    def __init__(self, state: MergeState) -> None:
        self.state = state
        self._owners: dict[Key, Key | None] = {}
        self._exists: dict[Key, bool] = {}

    def owner(self, key: Key) -> Key | None:
        if key in self._owners:
            return self._owners[key]
        table, record_id = key
        shape = SHAPES[table]
        owners = self.state.owners
        owner = None
        if shape.owner:
            column, parent = shape.owner
            if column == shape.key:
                owner = (parent, record_id)
            elif table in owners and record_id.bytes in owners[table]:
                owner = (parent, uuid.UUID(bytes=owners[table][record_id.bytes]))
            else:
                value = self.state.connection.execute(select(shape.table.c[column]).where(
                    shape.table.c[shape.key] == record_id)).scalar()
                owner = (parent, value) if value is not None else None
        self._owners[key] = owner
        return owner

    def exists(self, key: Key) -> bool:
        if key not in self._exists:
            table, record_id = key
            shape = SHAPES[table]
            owners = self.state.owners
            self._exists[key] = (
                (table in owners and record_id.bytes in owners[table])
                or self.state.connection.execute(select(shape.table.c[shape.key]).where(
                    shape.table.c[shape.key] == record_id)).first() is not None)
        return self._exists[key]


def evaluate(state: MergeState) -> None:
    """Decide which records in play die (``dead``, with the deletion that took them in
    ``deleted_by``) and which deleted records live on here (``kept``)."""
    if not state.roots:
        return
    nodes = dict(state.nodes_in)
    _collect_local(state, nodes)
    children: dict[Key, list[Key]] = defaultdict(list)
    for key, node in nodes.items():
        if node.owner is not None:
            children[node.owner].append(key)
    outside = _Outside(state)
    tombs = state.tombs
    erased_memo: dict[Key, bool] = {}
    alive_memo: dict[Key, bool] = {}

    def owner_of(key: Key) -> Key | None:
        node = nodes.get(key)
        return node.owner if node is not None else outside.owner(key)

    def deletion_over(key: Key) -> GStamp | None:
        newest = None
        while key is not None:
            tomb = tombs.get(key)
            if tomb is not None and not tomb[1] and (newest is None or tomb[0] > newest):
                newest = tomb[0]
            key = owner_of(key)
        return newest

    def erased(key: Key) -> bool:
        if key not in erased_memo:
            erased_memo[key] = False
            tomb = tombs.get(key)
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
                result = outside.exists(key) and not erased(key)
            elif erased(key) or not all(alive(link) for link in node.links):
                result = False
            else:
                over = deletion_over(key)
                result = over is None or node.own > over \
                    or any(alive(child) for child in children[key])
            alive_memo[key] = result
        return alive_memo[key]

    for key in nodes:
        if not alive(key):
            state.dead.add(key)
            over = deletion_over(key)
            if over is not None and not erased(key):
                state.deleted_by[key] = over
    state.kept = {key for key in state.new_tombs
                  if key in nodes and nodes[key].local and key not in state.dead}
    state.nodes = nodes


def _collect_local(state: MergeState, nodes: dict[Key, Node]) -> None:
    """Add the records held here under the roots (the deleted records in play)."""
    connection = state.connection
    pending: dict[str, set[uuid.UUID]] = defaultdict(set)
    for table, record_id in state.roots:
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
            for chunk in chunks(ids_list):
                for row in connection.execute(_node_query(table).where(
                        shape.table.c[shape.key].in_(chunk))):
                    found.append(row[0])
                    _add_local_node(state, nodes, table, row)
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
                    for chunk in chunks(found):
                        following[child].update(connection.execute(
                            select(child_shape.table.c[child_shape.key]).where(
                                child_shape.table.c[column].in_(chunk))).scalars())
        pending = {t: ids for t, ids in following.items() if ids}
    for table, ids in local_ids.items():
        for record_id, stamps in clock.load_stamps(connection, table, ids).items():
            node = nodes[(table, record_id)]
            own = max((state.local_order(s) for s in stamps.values()), default=NO_STAMP)
            if own > node.own:
                node.own = own


def _node_query(table: str):
    shape = SHAPES[table]
    t = shape.table
    columns = [t.c[shape.key]]
    columns += [t.c[column] for column, _ in ((shape.owner,) if shape.owner else ())]
    columns += [t.c[column] for column, _ in shape.links]
    if table in ERASE_REFERENCES:
        columns.append(t.c[ERASE_REFERENCES[table]])
    return select(*columns)


def _add_local_node(state: MergeState, nodes: dict[Key, Node], table: str, row: Any) -> None:
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
            clock.account_of(state.connection, table, row[0])
    nodes[key] = Node(owner, tuple(links), erase_ref, NO_STAMP, account, local=True)


def delete_dead(state: MergeState) -> None:
    """Delete the records held here that die, and log the deleted records that live on."""
    doomed: dict[str, list[uuid.UUID]] = defaultdict(list)
    for key in state.dead:
        node = state.nodes[key]
        if node.local:
            doomed[key[0]].append(key[1])
    _log_lost_to_deletion(state, doomed)
    connection, summary = state.connection, state.summary
    if "account" in doomed:
        accounts = SHAPES["account"].table
        for chunk in chunks(doomed["account"]):
            for account_id, name in connection.execute(
                    select(accounts.c.id, accounts.c.name).where(accounts.c.id.in_(chunk))):
                changes = summary.account(account_id)
                changes.deleted, changes.name = True, name
    for table in reversed(list(SHAPES)):
        shape = SHAPES[table]
        for chunk in chunks(doomed.get(table, [])):
            result = connection.execute(delete(shape.table).where(
                shape.table.c[shape.key].in_(chunk)))
            state.deleted[table] += result.rowcount
        if table != "account":
            for record_id in doomed.get(table, []):
                account = state.nodes[(table, record_id)].account
                if account is not None:
                    summary.account(account).records_deleted += 1
    for key in state.kept:
        node = state.nodes[key]
        tomb = state.tombs[key]
        ledger.log(state, node.account, key[0], key[1], None, "kept", None, node.own, None,
                   tomb[0])


def _log_lost_to_deletion(state: MergeState, doomed: dict[str, list[uuid.UUID]]) -> None:
    """A deletion from elsewhere wins over changes made here that its author had not
    seen: each such field goes to the conflict log (the record is gone, so there is no
    other value to take; an erased person's records are not logged)."""
    for table, ids in doomed.items():
        candidates = [i for i in ids if (table, i) in state.deleted_by]
        if not candidates:
            continue
        shape = SHAPES[table]
        links = {column for column, _ in shape.links + shape.references}
        links |= {shape.owner[0]} if shape.owner else set()
        fields = [name for name in shape.fields if name not in links]
        stamps = clock.load_stamps(state.connection, table, candidates)
        current = None
        for record_id in candidates:
            node, over = state.nodes[(table, record_id)], state.deleted_by[(table, record_id)]
            for name, stamp in clock.expand(stamps.get(record_id), fields).items():
                mine = state.local_order(stamp)
                if stamp[1] is None or not ledger.unseen_there(state, node.account, mine):
                    continue
                if current is None:
                    current = state.stored_values(table, candidates)
                ledger.log(state, node.account, table, record_id, name, "deleted", None, over,
                           current[record_id][name], mine)


def write_tombstones(state: MergeState) -> None:
    """Store the source's deletions that are newer than those known here."""
    rows = []
    for key, tomb in state.new_tombs.items():
        hlc, no = state.local_stamp(tomb.stamp)
        rows.append({"table_name": key[0], "record_id": key[1],
                     "account_id": tomb.account_id, "hlc": hlc, "replica_no": no,
                     "erased": tomb.erased})
    by_table: dict[str, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        by_table[row["table_name"]].append(row["record_id"])
    for table, ids in by_table.items():
        for chunk in chunks(ids):
            state.connection.execute(delete(_tombstone).where(
                _tombstone.c.table_name == table, _tombstone.c.record_id.in_(chunk)))
    if rows:
        state.connection.execute(insert(_tombstone), rows)
