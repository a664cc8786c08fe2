"""The main window driven through its real widgets on a temporary database."""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.portfolio_model import SORT_ROLE


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_database_shows_the_welcome_page(qtbot, db) -> None:
    window = _window(qtbot, db)
    assert window.pages.currentWidget() is window.welcome


def test_loading_the_demo_from_the_welcome_page_fills_the_portfolio(qtbot, db) -> None:
    window = _window(qtbot, db)
    demo_button = next(button for button in window.welcome.findChildren(QPushButton)
                       if "demo" in button.text().lower())
    qtbot.mouseClick(demo_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 1
    assert window.proxy.rowCount() == 60
    assert "60" in window.statusBar().currentMessage()


def test_search_filters_the_portfolio_as_you_type(qtbot, db) -> None:
    window = _window(qtbot, db)
    window.load_demo()
    first_name = window.proxy.index(0, 0).data()
    qtbot.keyClicks(window.search, first_name)
    assert 1 <= window.proxy.rowCount() < 60
    assert all(first_name.casefold() in window.proxy.index(r, 0).data().casefold()
               for r in range(window.proxy.rowCount()))
    window.search.clear()
    assert window.proxy.rowCount() == 60


def test_sorting_by_a_money_column_sorts_numbers(qtbot, db) -> None:
    window = _window(qtbot, db)
    window.load_demo()
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    keys = [window.proxy.index(r, 4).data(SORT_ROLE) for r in range(window.proxy.rowCount())]
    assert keys == sorted(keys, reverse=True)


def test_a_bad_file_shows_a_dialog_and_changes_nothing(qtbot, db, tmp_path: Path) -> None:
    window = _window(qtbot, db)
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "kam-desktop.accounts", "version": 1, "accounts": '
                   '[{"name": "Альфа", "category": "vip"}]}', encoding="utf-8")
    before = hashlib.sha256(db.path.read_bytes()).hexdigest()
    window.import_path(bad)
    dialog = window.findChild(QMessageBox, "bad_input_dialog")
    assert dialog is not None and dialog.isVisible()
    assert "accounts[0].category" in dialog.text()
    assert window.pages.currentWidget() is window.welcome
    assert hashlib.sha256(db.path.read_bytes()).hexdigest() == before
    dialog.close()


def test_ctrl_q_closes_the_window(qtbot, db) -> None:
    window = _window(qtbot, db)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
