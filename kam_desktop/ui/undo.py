"""Undoable edits. Every command calls services only, never widgets.

An operation applied to the database returns the operation that reverses it: a change
returns the change back to the old values, a deletion returns the restoration of its
snapshot, a restoration returns the deletion. A command just keeps applying whatever it
holds, so undo and redo are the same two lines.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from kam_desktop.services import records
from kam_desktop.store.snapshots import Snapshot
from kam_desktop.ui.context import AppContext


class Operation(Protocol):
    def apply(self, session: Session) -> "Operation": ...


@dataclass(frozen=True)
class Update:
    kind: str
    record_id: uuid.UUID
    changes: dict[str, Any]

    def apply(self, session: Session) -> "Update":
        old = records.update_record(session, kind=self.kind, record_id=self.record_id,
                                    changes=self.changes)
        return Update(self.kind, self.record_id, old)


@dataclass(frozen=True)
class Delete:
    kind: str
    record_id: uuid.UUID

    def apply(self, session: Session) -> "Restore":
        snapshot = records.delete_record(session, kind=self.kind, record_id=self.record_id)
        return Restore(self.kind, self.record_id, snapshot)


@dataclass(frozen=True)
class Restore:
    kind: str
    record_id: uuid.UUID
    snapshot: Snapshot = field(compare=False)

    def apply(self, session: Session) -> Delete:
        records.restore_record(session, snapshot=self.snapshot)
        return Delete(self.kind, self.record_id)


@dataclass(frozen=True)
class Add:
    """Create a record; the id is known after the first run, then it is a Delete."""

    kind: str
    parent_id: uuid.UUID | None
    values: dict[str, Any]

    def apply(self, session: Session) -> Delete:
        new_id = records.add_record(session, kind=self.kind, parent_id=self.parent_id,
                                    values=self.values)
        return Delete(self.kind, new_id)


@dataclass(frozen=True)
class Batch:
    """Several operations as one step; undone in the opposite order."""

    operations: tuple[Operation, ...]

    def apply(self, session: Session) -> "Batch":
        return Batch(tuple(reversed([operation.apply(session) for operation in self.operations])))


class EditCommand(QUndoCommand):
    """Apply an operation now; undo and redo apply whatever reverses the last step.

    Build it with :func:`run_edit`, which applies the operation first so that bad input
    raises before anything reaches the undo stack."""

    MERGE_ID = 1

    def __init__(self, context: AppContext, text: str, reverse: Operation,
                 merge_key: tuple | None = None) -> None:
        super().__init__(text)
        self._context = context
        self._pending = reverse
        self._merge_key = merge_key
        self._skip_first_redo = True

    def _flip(self) -> None:
        self._pending = self._context.write(self._pending.apply)

    def redo(self) -> None:
        if self._skip_first_redo:  # already applied by run_edit
            self._skip_first_redo = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # typing in one field merges: keep our reverse (the value before the first
        # keystroke); the other's edit is already in the database
        return isinstance(other, EditCommand) and other._merge_key == self._merge_key

    @property
    def result(self) -> Operation:
        return self._pending


def run_edit(context: AppContext, text: str, operation: Operation,
             merge_key: tuple | None = None) -> Operation:
    """Apply ``operation`` and put it on the undo stack. Raises InputError (and stacks
    nothing) when the service refuses the input. Returns the reversing operation."""
    reverse = context.write(operation.apply)
    if _changes_nothing(reverse):
        return reverse  # nothing really changed: nothing to undo
    context.push(EditCommand(context, text, reverse, merge_key))
    return reverse


def _changes_nothing(reverse: Operation) -> bool:
    """An edit of fields (an :class:`Update`, a move on the role map…) reverses to the
    old values of the fields it changed; when it holds none, nothing changed."""
    changes = getattr(reverse, "changes", None)
    return isinstance(changes, dict) and not changes
