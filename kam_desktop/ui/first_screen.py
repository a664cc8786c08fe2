"""The window's first screen: the portfolio's accounts shown straight from the database
file (store.first_screen) before SQLAlchemy, the models and the rest of the window are
loaded — on a 5,000-account portfolio they take longer than everything the screen needs.

It looks like the main window on its remembered tab: the same title, place and size,
menus and tabs. It writes nothing: the database is opened the usual way (the lock held,
a backup and the migrations in their order) once it is drawn, and the main window then
takes its portfolio view over — rows, sorting, search, selection and scrolling as the
user left them — and its place (MainWindow's ``first_screen``).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from kam_desktop.services.account_row import name_rows
from kam_desktop.store.first_screen import read_first_screen
from kam_desktop.ui import settings
from kam_desktop.ui.geometry import restore_geometry
from kam_desktop.ui.portfolio import PortfolioView
from kam_desktop.ui.scope import Scope

# the main window's size before the user chose one
WINDOW_SIZE = QSize(1280, 780)
# the main window's tabs and menus, by the names it remembers them by, in its order
TABS = (("today", QT_TRANSLATE_NOOP("MainWindow", "Today")),
        ("portfolio", QT_TRANSLATE_NOOP("MainWindow", "Portfolio")),
        ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")))
MENUS = (QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
         QT_TRANSLATE_NOOP("MainWindow", "&Help"))


def _title(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class FirstScreen(QMainWindow):
    """The main window's look with the portfolio's rows, until the main window is built."""

    def __init__(self, db_path: Path, accounts: list[tuple],
                 mine: frozenset) -> None:
        super().__init__()
        self.setWindowTitle(db_path.name)
        self.scope = Scope(self)
        self.scope.set_mine(self.scope.user_name, mine)
        self.portfolio = PortfolioView(None, self.scope)
        self.portfolio.set_rows(name_rows(accounts), date.today())
        self.tabs = QTabWidget()
        for name, title in TABS:
            self.tabs.addTab(self.portfolio if name == "portfolio" else QWidget(), _title(title))
        self.tabs.setCurrentIndex([name for name, _title in TABS].index(settings.value("main_tab")))
        self.setCentralWidget(self.tabs)
        for title in MENUS:
            self.menuBar().addMenu(_title(title))  # empty until the main window's
        self.statusBar()  # the main window's table is as high
        restore_geometry(self, "main_window", WINDOW_SIZE, maximize_on_small_screens=True)


def first_screen(db_path: Path) -> FirstScreen | None:
    """The first screen of the portfolio in ``db_path``, or None when the window must
    start the usual way: the database cannot simply be read as it is, or it holds no
    account (the main window welcomes the user instead)."""
    found = read_first_screen(db_path, settings.value("user_name"))
    if found is None or not found.accounts:
        return None
    return FirstScreen(db_path, found.accounts, found.mine)
