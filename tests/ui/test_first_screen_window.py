"""The window's first screen (ui.first_screen): the portfolio's rows drawn before
SQLAlchemy is loaded, then the main window in its place, behaving as a window started
the usual way."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt

from kam_desktop.services.demo import load_demo
from kam_desktop.ui import settings
from kam_desktop.ui.first_screen import FirstScreen, first_screen
from kam_desktop.ui.main_window import MainWindow

SHOWN_BY_DEFAULT = ("account", "category", "stage", "owner")


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        load_demo(session, accounts=30, seed=2, today=date.today())
    settings.set_value("main_tab", "portfolio")
    return db


def _texts(window, keys=SHOWN_BY_DEFAULT) -> list[tuple[str, ...]]:
    model = window.portfolio.model
    columns = [model.column_of(key) for key in keys]
    return [tuple(model.index(row, column).data() for column in columns)
            for row in range(model.rowCount())]


def test_the_main_window_takes_the_first_screens_place_and_rows(qtbot, demo, context) -> None:
    first = first_screen(demo.path)
    qtbot.addWidget(first)
    first.show()
    view = first.portfolio
    assert first.tabs.currentWidget() is view and view.visible_count() == 30
    usual = MainWindow(context)
    qtbot.addWidget(usual)
    qtbot.waitUntil(lambda: not usual.loading, timeout=10000)
    assert _texts(first) == _texts(usual)  # names, categories, stages, owners, in order

    view.search.setText("о")  # the user typed, chose, resized before the window was built
    view.table.selectRow(2)
    first.resize(1280, 720)
    chosen = view.selected_account()
    window = MainWindow(context, first_screen=first)
    qtbot.addWidget(window)
    window.show()
    first.hide()
    assert window.portfolio is view and window.pages.currentWidget() is window.tabs
    assert window.tabs.currentWidget() is view and window.geometry() == first.geometry()
    qtbot.waitUntil(lambda: not window.loading, timeout=10000)
    everything = [key for key, *_ in usual.portfolio.model.columns]
    usual.portfolio.search.setText("о")
    assert _texts(window, everything) == _texts(usual, everything)  # the figures too
    assert view.search.text() == "о"

    name = window.portfolio.model.column_of("category")
    window.portfolio.table.sortByColumn(name, Qt.SortOrder.DescendingOrder)
    shown = [row.category.value for row in window.portfolio.model.rows]
    assert shown == sorted(shown, reverse=True)
    view.search.clear()
    assert view.visible_count() == 30
    row = next(r for r, account in enumerate(window.portfolio.model.rows) if account.id == chosen)
    view.table.selectRow(row)
    window.open_selected()
    assert chosen in window.dossiers
    window.dossiers[chosen].close()


def test_no_first_screen_for_an_empty_portfolio(qtbot, db) -> None:
    assert first_screen(db.path) is None  # the main window welcomes the user instead


START = """
import gc
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
import kam_desktop.ui.app as app_module

app = QApplication(sys.argv)
open_window = app_module._Start.open

def open_after_the_first_screen(start, first=None):
    # what the user sees when the database is about to be opened the usual way
    print("FIRST", type(first).__name__, first.isVisible(), first.portfolio.visible_count(),
          "SQLALCHEMY", "sqlalchemy" in sys.modules, flush=True)
    print("ICON", sorted(s.width() for s in first.windowIcon().availableSizes()), flush=True)
    print("GC", gc.isenabled(), flush=True)
    opened = open_window(start, first)
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    print("THEN", ",".join(type(w).__name__ for w in shown), flush=True)
    print("ICON", sorted(s.width() for s in shown[0].windowIcon().availableSizes()), flush=True)
    print("GC", gc.isenabled(), flush=True)
    collector = app.findChild(QObject, "gui_thread_collector")
    print("COLLECTOR", collector is not None and collector.active, flush=True)
    app.quit()
    return opened

app_module._Start.open = open_after_the_first_screen
status = app_module.run_gui(db_path=sys.argv[1])
print("GC", gc.isenabled(), flush=True)
sys.exit(status)
"""


def _run_app(script: str, demo, tmp_path) -> subprocess.CompletedProcess:
    """``script`` run in a fresh Python on the demo's database, with settings of its own."""
    demo.close()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
                   "XDG_CONFIG_HOME": str(tmp_path / "config"),
                   "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-c", script, str(demo.path)], env=environment,
                          capture_output=True, text=True, timeout=120)


def test_the_first_screen_shows_before_sqlalchemy_is_loaded(demo, tmp_path) -> None:
    result = _run_app(START, demo, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "FIRST FirstScreen True 30 SQLALCHEMY False" in result.stdout
    # the icon's largest sizes, slow to send to an X server, follow once the rows show
    first_icon, icon = [line for line in result.stdout.splitlines() if line.startswith("ICON")]
    assert first_icon == "ICON [16, 24, 32, 48, 64, 128]"
    assert icon == "ICON [16, 24, 32, 48, 64, 128, 256, 512]"
    # no garbage collection before the first screen is drawn; after it, on the GUI
    # thread only (ui.collector), never set off automatically in a background read
    assert [line for line in result.stdout.splitlines() if line.startswith("GC")] == [
        "GC False", "GC False", "GC False"]
    assert "COLLECTOR True" in result.stdout
    assert "THEN MainWindow" in result.stdout.replace(",FirstScreen", "")
    assert FirstScreen.__name__ not in result.stdout.split("THEN")[1]


SETTLED = """
import gc
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import kam_desktop.ui.app as app_module

app = QApplication(sys.argv)
print("FROZEN AT START", gc.get_freeze_count(), flush=True)

def when_loaded():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if windows and windows[0].isVisible() and not windows[0].loading:
        print("FROZEN", gc.get_freeze_count() > 1000, flush=True)
        app.quit()

watch = QTimer(interval=50, timeout=when_loaded)
watch.start()
sys.exit(app_module.run_gui(db_path=sys.argv[1]))
"""


def test_what_lives_once_the_window_has_loaded_is_left_out_of_full_collections(
        demo, tmp_path) -> None:
    result = _run_app(SETTLED, demo, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "FROZEN AT START 0" in result.stdout
    assert "FROZEN True" in result.stdout, result.stdout


DASHBOARD_LATER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import kam_desktop.ui.app as app_module

app = QApplication(sys.argv)
seen = {}

def watch():
    windows = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not windows or not windows[0].isVisible():
        return
    window = windows[0]
    if window.loading and "reading" not in seen:  # the figures and Today are on their way
        seen["reading"] = True
        print("WHILE READING", "kam_desktop.ui.dashboard" in sys.modules,
              "kam_desktop.services.analytics" in sys.modules, flush=True)
    if not window.loading and "dashboard" in vars(window) and (
            window.dashboard._idle_timer.isActive() or window.dashboard._warmer):
        tab = window.tabs.widget(2)
        print("THEN", tab is window.dashboard, window.tabs.tabText(2),
              window.tabs.currentIndex(), flush=True)
        app.quit()

timer = QTimer(interval=2, timeout=watch)
timer.start()
sys.exit(app_module.run_gui(db_path=sys.argv[1]))
"""


def test_the_dashboard_is_built_once_the_figures_show_not_while_they_are_awaited(
        demo, tmp_path) -> None:
    result = _run_app(DASHBOARD_LATER, demo, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "WHILE READING False False" in result.stdout
    # in its tab's place, Today still shown (a new profile's tab), preparing its charts
    # in idle time
    assert "THEN True Dashboard 0" in result.stdout


@pytest.mark.parametrize("remembered", ["today", "dashboard"])
def test_the_dashboard_tab_shows_the_dashboard_and_is_remembered(
        qtbot, demo, context, remembered) -> None:
    from kam_desktop.ui.dashboard import DashboardView

    settings.set_value("main_tab", remembered)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs)  # the names read
    assert [window.tabs.tabText(i) for i in range(3)] == ["Today", "Portfolio", "Dashboard"]
    if remembered == "today":
        assert window.tabs.currentWidget() is window.today
        window.tabs.setCurrentIndex(2)  # a click on the tab
    assert isinstance(window.tabs.currentWidget(), DashboardView)
    assert window.tabs.currentWidget() is window.dashboard and window.dashboard.isVisible()
    assert window.tabs.count() == 3 and window.tabs.tabText(2) == "Dashboard"
    qtbot.waitUntil(lambda: not window.loading)
    window.close()
    assert settings.value("main_tab") == "dashboard"
