"""The window against a database another program holds locked: one dialog that says so,
nothing changed, and the window goes on working once the lock is gone."""
from __future__ import annotations

import contextlib
import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kam_desktop.store.database import BUSY_TIMEOUT_ENV
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.main_window import MainWindow
from fresh_databases import fresh_database


@pytest.fixture
def quick_context(qapp, db_path, monkeypatch) -> AppContext:
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, "0.2")  # the wait for the lock is not under test
    database = fresh_database(db_path)
    yield AppContext(database)
    database.close()


@contextlib.contextmanager
def _locked(path):
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _dialogs() -> list[QMessageBox]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()]


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    return window


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_to_a_locked_database_is_one_dialog_and_the_window_goes_on(
        qtbot, quick_context) -> None:
    window = _window(qtbot, quick_context)
    path = quick_context.db.path
    with _locked(path):
        before = _digest(path)
        assert window.create_account("Альфа") is None
        assert _digest(path) == before
        dialogs = _dialogs()
        assert len(dialogs) == 1 and dialogs[0].objectName() == "bad_input_dialog"
        assert "locked" in dialogs[0].text() and str(path) in dialogs[0].text()
        dialogs[0].close()
    assert quick_context.undo_stack.count() == 0
    assert window.create_account("Альфа") is not None  # the lock is gone: it works again
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    assert window.portfolio.model.rowCount() == 1
    for dossier in list(window.dossiers.values()):
        dossier.close()


def test_an_undo_the_database_refuses_is_one_dialog_and_leaves_the_stack(
        qtbot, quick_context) -> None:
    window = _window(qtbot, quick_context)
    assert window.create_account("Бета") is not None
    for dossier in list(window.dossiers.values()):
        dossier.close()
    with _locked(quick_context.db.path):
        quick_context.undo_stack.undo()
        dialogs = _dialogs()
        assert len(dialogs) == 1 and "locked" in dialogs[0].text()
        dialogs[0].close()
    assert quick_context.undo_stack.count() == 0  # the account stays, and so does its undo's end
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    assert window.portfolio.model.rowCount() == 1


def test_the_fault_is_told_in_russian(qtbot, quick_context, russian) -> None:
    window = _window(qtbot, quick_context)
    with _locked(quick_context.db.path):
        window.create_account("Гамма")
        (dialog,) = _dialogs()
        assert "заблокирована" in dialog.text()
        dialog.close()
