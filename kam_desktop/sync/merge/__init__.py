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
hub would be one more source. :meth:`Merge.check` reads the source completely
(:mod:`.index`); :meth:`Merge.apply` finishes the merge, inside the caller's transaction,
and checks the row counts it promised. Where nothing is deleted, here or in the source, no
record waits for a verdict on its life, and ``check`` merges each record as it reads it
(one reading instead of two; the caller's transaction still rolls everything back when a
later line is refused). Everything a merge learns lives in one :class:`~.state.MergeState`.
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
    """One import of a source into the database behind ``connection``.
    ``erase(contact_id, stamp)`` erases a person still held here whose erasure the source
    carries (the caller's erasure rewrites the texts that mention them)."""

    def __init__(self, connection: Connection, source: Any,
                 erase: Callable[[uuid.UUID, clock.Stamp], None]) -> None:
        self.state = MergeState.of(connection, source)
        self._erase = erase
        self._before: dict[str, int] | None = None

    def check(self, before_writing: Callable[[], None] | None = None) -> None:
        """Read and check the whole source, and index what the merge needs; raises
        BundleError for anything that cannot be merged. Without ``before_writing`` it
        writes nothing. With it, a source that deletes nothing (and meets no deletion
        here) is merged as it is read, ``before_writing()`` running once before the first
        write (the caller's backup)."""
        streaming = None
        if before_writing is not None:
            def prepare() -> None:
                if self._before is None:
                    before_writing()
                    self._prepare()
            streaming = fields.Streaming(self.state, prepare)
        index.check(self.state, streaming)

    @property
    def brings_changes(self) -> bool:
        """Whether the source holds anything this database lacks (known after check)."""
        state = self.state
        return state.streamed or bool(state.new_tombs) or any(
            work is None or work for work in state.work.values())

    def _prepare(self) -> None:
        """What comes before the records are merged (once)."""
        if self._before is not None:
            return
        state = self.state
        connection = state.connection
        ledger.map_replicas(state)
        clock.observe(connection, state.made_hlc)
        liveness.erase_people(state, self._erase)
        self._before = _counts(connection)
        state.seen_local = ledger.load_seen(state)
        # stamps left by deletions the database cascaded by itself would clash with the
        # records this import brings back
        clock.drop_orphan_stamps(connection)
        liveness.evaluate(state)
        liveness.delete_dead(state)

    def apply(self) -> MergeSummary:
        """Merge what ``check`` has not merged yet. Raises BundleError when the result
        would not be what the merge promised (the caller rolls back)."""
        state = self.state
        if not state.checked:
            raise RuntimeError("check() the source before applying it")
        connection = state.connection
        self._prepare()
        for table in state.source.tables():
            fields.merge_table(state, table)
        fields.apply_references(state)
        liveness.write_tombstones(state)
        ledger.write_seen(state)
        ledger.write_conflicts(state)
        ledger.record_import(state)
        if any(state.deleted.values()):  # the records deleted took others with them
            clock.drop_orphan_stamps(connection)
        _check_counts(state, self._before)
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
