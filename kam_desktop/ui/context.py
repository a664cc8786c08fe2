"""The application context shared by every view: the database, the undo stack, and the
one "changed" signal views refresh from, carrying the notice of what a write changed."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from sqlalchemy.orm import Session

from kam_desktop.services.faults import database_faults
from kam_desktop.store.changes import Changes, take_changes
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.lifecycle_history import ACTED_BY
from kam_desktop.ui import settings

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)  # the Changes of a write
    refused = Signal(object)  # an undo or redo the database refused (an InputError)
    #: a view asks for a dossier to be opened: account id, section (or None), record id (or None)
    open_requested = Signal(object, object, object)

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = database
        self.undo_stack = QUndoStack(self)

    def read(self, query: Callable[[Session], T]) -> T:
        """Run a read-only service function."""
        with database_faults(self.db.path), self.db.sessions() as session:
            return query(session)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session committed at the end, or rolled back on any error. Every write of
        the window goes through here: a fault of the database file (locked, read-only,
        a full disk, damage) comes out as an InputError, shown like bad input."""
        with database_faults(self.db.path), self.db.transaction() as session:
            session.info[ACTED_BY] = settings.value("user_name") or None  # dates a stage
            yield session

    def write(self, action: Callable[[Session], T]) -> T:
        """Run a service function in its own transaction (all or nothing), then tell
        every view what it changed. Services raise InputError for bad input."""
        with self.transaction() as session:
            result = action(session)
            changes = take_changes(session)
        self.changed.emit(changes or Changes.anything())  # a write outside the ORM
        return result

    def run(self, steps: Callable[[Database], T]) -> T:
        """Run a service of several steps that commits on its own (an erasure and the
        scrubbing of the files after it), then tell every view that anything may have
        changed."""
        with database_faults(self.db.path):
            result = steps(self.db)
        self.changed.emit(Changes.anything())
        return result

    def restore(self, backup: Path):
        """Put ``backup`` in place of the database and go on with it (see
        services.restore). The undo history spoke of the database as it was: it is
        cleared, and every view reloads. A refused backup leaves everything as it was."""
        from kam_desktop.services.restore import restore_backup

        path = self.db.path
        self.db.close()
        try:
            with database_faults(path):
                result = restore_backup(path, backup)
        finally:
            self.db = open_database(path)
        self.undo_stack.clear()
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
