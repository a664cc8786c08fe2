"""Merging another replica's state into this database.

The rules (docs/sync-format.md explains them with examples), each in its module:

- **Fields** (:mod:`.fields`): for each field the write with the later stamp wins, by
  hybrid logical clock, then by the writing replica's UUID.
- **Deletions and erasures** (:mod:`.liveness`): a tombstone covers everything the schema
  deletes with the record; an edit made after a deletion elsewhere brings the record back;
  the erasure of a person wins over everything, for ever.
- **Conflicts** (:mod:`.ledger`): when both sides changed a field since they last met, the
  losing value goes to the conflict log.
- **Names that must be unique** (:mod:`.claims`): the record with the smaller id keeps
  the name; the other account is renamed, the other entry removed, both logged.

The merge reads its *source* through a small interface that
:class:`~kam_desktop.sync.bundle.BundleReader` implements (``manifest``, ``tables()``,
``records(table, checked)``, ``tombstones()``, ``seen()``): a shared database acting as a
hub would be one more source. :meth:`Merge.check` reads the source completely without
writing (:mod:`.index`); :meth:`Merge.apply` writes, inside the caller's transaction, and
checks the row counts it promised. Everything a merge learns lives in one
:class:`~.state.MergeState`.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, func, select

from kam_desktop.domain.text import Text
from kam_desktop.store import clock
from kam_desktop.store.clock import SHAPES
from kam_desktop.sync.errors import BundleError
from kam_desktop.sync.merge import fields, index, ledger, liveness
from kam_desktop.sync.merge.state import AccountChanges, MergeState, MergeSummary, chunks

__all__ = ["AccountChanges", "Merge", "MergeSummary"]


class Merge:
    """One import of a source into the database behind ``connection``."""

    def __init__(self, connection: Connection, source: Any) -> None:
        self.state = MergeState.of(connection, source)

    def check(self) -> None:
        """Read and check the whole source, and index what the merge needs. Writes
        nothing; raises BundleError for anything that cannot be merged."""
        index.check(self.state)

    @property
    def brings_changes(self) -> bool:
        """Whether the source holds anything this database lacks (known after check)."""
        state = self.state
        return bool(state.new_tombs) or any(work is None or work
                                            for work in state.work.values())

    def apply(self, erase: Callable[[uuid.UUID, clock.Stamp], None]) -> MergeSummary:
        """Merge the checked source into the database. ``erase(contact_id, stamp)`` erases
        a person still held here whose erasure the source carries (the caller's erasure
        rewrites the texts that mention them). Raises BundleError when the result would not
        be what the merge promised (the caller rolls back)."""
        state = self.state
        if not state.checked:
            raise RuntimeError("check() the source before applying it")
        connection = state.connection
        ledger.map_replicas(state)
        clock.observe(connection, state.made_hlc)
        liveness.erase_people(state, erase)
        before = _counts(connection)
        state.seen_local = ledger.load_seen(state)
        # stamps left by deletions the database cascaded by itself would clash with the
        # records this import brings back
        clock.drop_orphan_stamps(connection)
        liveness.evaluate(state)
        liveness.delete_dead(state)
        for table in state.source.tables():
            fields.merge_table(state, table)
        fields.apply_references(state)
        liveness.write_tombstones(state)
        ledger.write_seen(state)
        ledger.write_conflicts(state)
        ledger.record_import(state)
        if any(state.deleted.values()):  # the records deleted took others with them
            clock.drop_orphan_stamps(connection)
        _check_counts(state, before)
        state.summary.held_back = sorted(state.held_in_bundle, key=str)
        _name_accounts(state)
        return state.summary


def _counts(connection: Connection) -> dict[str, int]:
    return {name: connection.execute(select(func.count()).select_from(shape.table))
            .scalar_one() for name, shape in SHAPES.items()}


def _check_counts(state: MergeState, before: dict[str, int]) -> None:
    after = _counts(state.connection)
    for table, count in after.items():
        expected = before[table] + state.inserted[table] - state.deleted[table]
        if count != expected:
            raise BundleError(Text("the import would leave {count} records in {table} "
                                   "instead of {expected}; nothing was imported",
                                   count=count, table=table, expected=expected))


def _name_accounts(state: MergeState) -> None:
    accounts = SHAPES["account"].table
    summary = state.summary
    ids = [a for a, changes in summary.accounts.items() if not changes.deleted]
    for chunk in chunks(ids):
        for account_id, name in state.connection.execute(
                select(accounts.c.id, accounts.c.name).where(accounts.c.id.in_(chunk))):
            summary.accounts[account_id].name = name
