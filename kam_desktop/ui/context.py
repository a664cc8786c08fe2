"""The application context shared by every view: the database, the undo stack, and the
one "changed" signal views refresh from."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from sqlalchemy.orm import Session

from kam_desktop.store.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What an edit touched: the record kinds and the accounts (empty: everything)."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    accounts: frozenset[uuid.UUID] = field(default_factory=frozenset)


class AppContext(QObject):
    changed = Signal(object)  # a Change
    #: a view asks for a dossier to be opened: account id, section (or None), record id (or None)
    open_requested = Signal(object, object, object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = database
        self.undo_stack = QUndoStack(self)

    def read(self, query: Callable[[Session], T]) -> T:
        """Run a read-only service function."""
        with self.db.sessions() as session:
            return query(session)

    def write(self, action: Callable[[Session], T], change: Change) -> T:
        """Run a service function in its own transaction (all or nothing), then tell
        every view what changed. Services raise InputError for bad input."""
        with self.db.transaction() as session:
            result = action(session)
        self.changed.emit(change)
        return result

    def push(self, command: Any) -> None:
        self.undo_stack.push(command)

    def undo_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Undo and redo actions with the standard shortcuts, for any window."""
        undo = self.undo_stack.createUndoAction(parent, self.tr("&Undo"))
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(parent, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return undo, redo
