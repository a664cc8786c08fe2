"""Starting the GUI: the application object, translations, look, the database, the window.

The portfolio's first screen (ui.first_screen) shows before the database is opened the
usual way, and this module loads nothing that needs SQLAlchemy until it has been drawn."""
from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication, QLibraryInfo, QLocale, QObject, QSize, Qt, QTimer, QTranslator,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from kam_desktop.resources import RESOURCES
from kam_desktop.store import window_lock
from kam_desktop.store.location import APP_NAME, default_db_path
from kam_desktop.ui import settings
from kam_desktop.ui.first_screen import FirstScreen, first_screen
from kam_desktop.ui.collector import collect_on_gui_thread
from kam_desktop.ui.loader import after_next_paint

if TYPE_CHECKING:
    from kam_desktop.ui.context import AppContext

TRANSLATIONS = RESOURCES / "translations"
#: the largest of the icon's sizes the first screen is shown with: a title bar, a task bar
#: and a switcher show these; the larger ones follow once it is drawn (see window_icon)
FIRST_ICON_SIZE = 128


def window_icon(largest: int | None = None) -> QIcon:
    """The application's icon in each of its sizes up to ``largest`` pixels (None: all).
    An X11 window is sent every size its icon has: the 256 and 512 pixel ones alone took
    longer to decode and send than drawing the first screen's rows."""
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("kam-desktop-*.png")):
        size = int(png.stem.rpartition("-")[2])
        if largest is None or size <= largest:
            icon.addFile(str(png), QSize(size, size))  # read when first shown
    return icon


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own for ``language`` ("" = the system's) and make
    it the default locale for numbers and dates. Returns the installed translators."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # a bare system (LANG unset): plain English
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    installed = []
    for name, folder in (("kam_desktop", str(TRANSLATIONS)),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(locale)
    return installed


def follow_color_scheme(app: QApplication) -> None:
    """Use Fusion with a dark palette while the system is in dark mode. Only the dark
    mode needs OutlinedChecks: Python called for every primitive Qt draws slows every
    paint, the first screen's too."""

    def apply(scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        if dark:
            from kam_desktop.ui.dark_style import OutlinedChecks  # only in dark mode

            app.setStyle(OutlinedChecks("Fusion"))
        else:
            app.setStyle("Fusion")
        palette = app.style().standardPalette()
        if dark:
            for role, color in ((QPalette.ColorRole.Window, "#2b2b2b"),
                                (QPalette.ColorRole.WindowText, "#e8e8e8"),
                                (QPalette.ColorRole.Base, "#1f1f1f"),
                                (QPalette.ColorRole.AlternateBase, "#292929"),
                                (QPalette.ColorRole.Text, "#e8e8e8"),
                                (QPalette.ColorRole.Button, "#353535"),
                                (QPalette.ColorRole.ButtonText, "#e8e8e8"),
                                (QPalette.ColorRole.Highlight, "#3d6fb4"),
                                (QPalette.ColorRole.HighlightedText, "#ffffff"),
                                (QPalette.ColorRole.ToolTipBase, "#353535"),
                                (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
                                (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
                                (QPalette.ColorRole.Link, "#8ab4f8"),
                                (QPalette.ColorRole.LinkVisited, "#c58af9")):
                palette.setColor(role, QColor(color))
        app.setPalette(palette)

    apply(app.styleHints().colorScheme())
    app.styleHints().colorSchemeChanged.connect(apply)


class Application(QObject):
    """Owns the context and the main window; rebuilds the window when the language
    changes so every string is shown in the new language."""

    def __init__(self, app: QApplication, context: AppContext,
                 translators: list[QTranslator], first: FirstScreen | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.translators = translators
        self.window = self._new_window(first)

    def _new_window(self, first: FirstScreen | None = None):
        from kam_desktop.ui.main_window import MainWindow

        window = MainWindow(self.context, ask_user_name=True, first_screen=first)
        window.language_chosen.connect(self.switch_language)
        return window

    def take(self, message: dict) -> None:
        """A later start on the same database handed over: come to the front, and
        receive the exchange file it was opened with."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        receive = message.get("receive")
        if isinstance(receive, str) and receive:
            window.exchange.receive(Path(receive))

    def switch_language(self, language: str) -> None:
        settings.set_value("language", language)
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translators(self.app, language)
        old = self.window
        old.close()  # remembers geometry and the open dossiers
        old.deleteLater()
        self.window = self._new_window()
        self.window.show()
        self.window.restore_open_accounts()


def run_gui(db_path: Path | None = None, receive: Path | None = None) -> int:
    """Open the window; ``receive`` is an exchange file to take in once it shows (the
    desktop hands one over when the user opens it). When a window already shows the
    database, hand it ``receive`` (or just bring it to the front) and exit.

    Python's garbage collection waits until the first screen is drawn (_Start.open): set
    off by every 700 new objects, it ran some 80 times while the first screen's rows and
    Qt's enumerations were made: many objects, few of them garbage. From then on it runs
    on the GUI thread only (ui.collector), first once the window's first figures are read."""
    gc.disable()
    return _run_gui(db_path, receive)


def _run_gui(db_path: Path | None, receive: Path | None) -> int:
    db_path = Path(db_path or default_db_path()).expanduser().absolute()
    app = QApplication.instance() or QApplication(sys.argv)
    # a background read holds the interpreter: hand it to the GUI thread every millisecond
    # (not Python's 5), or drawing a table, which asks its model for every cell, waits
    sys.setswitchinterval(0.001)
    with contextlib.suppress(OSError):  # else open_database says why below
        db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = window_lock.hold(db_path)
    if lock is None:
        from kam_desktop.ui.single_instance import hand_over, receive_message, server_name

        if hand_over(server_name(db_path), receive_message(receive)):
            return 0
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("KAM Desktop")
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(window_icon(FIRST_ICON_SIZE))
    app.setDesktopFileName("ru.kamdesktop.KamDesktop")  # Wayland takes the icon from there
    follow_color_scheme(app)
    settings.upgrade()
    translators = install_translators(app, settings.value("language"))
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "run_gui", "The database {path} is open in another KAM Desktop window, which "
                       "does not answer. Close it, or end it in the task manager.")
            .format(path=db_path))
        return 2
    start = _Start(app, db_path, translators, receive)
    first = first_screen(db_path)
    try:
        if first is None:
            if not start.open():
                return 2
        else:  # the rest once its rows are drawn; a later start waits for the socket
            first.show()
            after_next_paint(first.portfolio.table.viewport(), lambda: start.open(first))
        return app.exec()
    finally:
        start.close()
        lock.release()


class _Start:
    """What follows the first screen: the database opened the usual way (its backup and
    migrations in their order), the main window, and the socket later starts on the same
    database hand over to."""

    def __init__(self, app: QApplication, db_path: Path, translators: list[QTranslator],
                 receive: Path | None) -> None:
        self.app, self.db_path, self.translators = app, db_path, translators
        self.receive = receive
        self.server = self.database = None

    def open(self, first: FirstScreen | None = None) -> bool:
        """Open the database and show the window in place of ``first``; False (and the
        application's exit, 2) when the database cannot be opened, said in a dialog."""
        collect_on_gui_thread(self.app, starting=True)  # see run_gui
        from PySide6.QtWidgets import QMessageBox

        from kam_desktop.store.database import open_database
        from kam_desktop.ui.context import AppContext
        from kam_desktop.ui.single_instance import InstanceServer, server_name

        self.server = InstanceServer(server_name(self.db_path))
        try:
            self.database = open_database(self.db_path)
        except Exception as error:  # the user must see why, not a silent exit
            QMessageBox.critical(
                first, APP_NAME,
                QCoreApplication.translate("run_gui", "Cannot open the database {path}:\n{error}")
                .format(path=self.db_path, error=error))
            if first is not None:
                first.hide()
            self.app.exit(2)
            return False
        controller = Application(self.app, AppContext(self.database), self.translators, first)
        self.server.arrived.connect(controller.take)
        controller.window.show()
        if first is not None:
            first.hide()
            first.deleteLater()
        controller.window.restore_open_accounts()
        if self.receive is not None:
            QTimer.singleShot(0, lambda: controller.window.exchange.receive(self.receive))
        # every size once the first screen is gone: not sent to the X server while the
        # first screen's rows are on their way to it
        self.app.setWindowIcon(window_icon())
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.server.close()
        if self.database is not None:
            self.database.close()
