"""The application context shared by every view: the database, the undo stack, and the
one "changed" signal views refresh from, carrying the notice of what a write changed."""
from __future__ import annotations

from typing import Any, Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from sqlalchemy.orm import Session

from kam_desktop.store.changes import Changes, take_changes
from kam_desktop.store.database import Database

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)  # the Changes of a write
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

    def write(self, action: Callable[[Session], T]) -> T:
        """Run a service function in its own transaction (all or nothing), then tell
        every view what it changed. Services raise InputError for bad input."""
        with self.db.transaction() as session:
            result = action(session)
            changes = take_changes(session)
        self.changed.emit(changes or Changes.anything())  # a write outside the ORM
        return result

    def run(self, steps: Callable[[Database], T]) -> T:
        """Run a service of several steps that commits on its own (an erasure and the
        scrubbing of the files after it), then tell every view that anything may have
        changed."""
        result = steps(self.db)
        self.changed.emit(Changes.anything())
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
