"""Fixtures for driving the real widgets: an application context on a temporary
database and a helper to make an account through the service layer."""
from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from kam_desktop.resources import RESOURCES
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.collector import collect_on_gui_thread
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.loader import BackgroundLoader


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread_only(qapp):
    """As the application does (ui.app): no garbage collection on a background thread."""
    collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path_factory):
    """Keep every test's preferences and window state out of the user's own settings."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield


@pytest.fixture
def russian(qapp):
    """Our Russian translation installed for one test (the committed .qm, which a
    packaging test checks against its source)."""
    translator = QTranslator()
    assert translator.load(str(RESOURCES / "translations" / "kam_desktop_ru.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def context(qapp, db) -> AppContext:
    context = AppContext(db)
    yield context
    for loader in context.findChildren(BackgroundLoader):  # e.g. a report still building
        loader.wait()


@pytest.fixture
def make_account(db):
    def make(name: str = "АО «Вектор»", potentials: dict[int, str] | None = None,
             **values) -> uuid.UUID:
        """A new account; ``potentials``: the client's purchase potential by year."""
        with db.transaction() as session:
            account_id = add_record(session, kind="account", parent_id=None,
                                    values={"name": name, **values})
            for year, amount in (potentials or {}).items():
                add_record(session, kind="potential", parent_id=account_id,
                           values={"year": year, "amount": amount})
            return account_id
    return make


@pytest.fixture
def open_page(qtbot, context):
    """Build a page for an account and keep it refreshed as the dossier window would."""
    def open_(page_class, account_id):
        page = page_class(context)
        qtbot.addWidget(page)

        def reload(*_args) -> None:
            page.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)

        context.changed.connect(reload)
        reload()
        page.show()
        return page
    return open_


@pytest.fixture
def shown_window(qtbot, context):
    """``shown_window()``: the main window on the test's database, shown, its first
    reading done."""
    from kam_desktop.ui.main_window import MainWindow

    def show() -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitUntil(lambda: not window.loading, timeout=10000)
        return window
    return show
