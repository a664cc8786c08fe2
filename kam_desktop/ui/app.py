"""Starting the GUI: the application object, translations, look, the database, the window."""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication, QLibraryInfo, QLocale, QObject, QRectF, Qt, QTimer, QTranslator,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QMessageBox, QProxyStyle, QStyle

from kam_desktop.resources import RESOURCES
from kam_desktop.store import window_lock
from kam_desktop.store.database import APP_NAME, default_db_path, open_database
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.single_instance import InstanceServer, hand_over, receive_message, server_name

TRANSLATIONS = RESOURCES / "translations"


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


class OutlinedChecks(QProxyStyle):
    """Fusion, with check boxes that show their frame on a dark background too (Fusion
    frames them in a shade of the window colour, invisible on a dark list)."""

    CHECKS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
              QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
              QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        palette = option.palette
        if element in self.CHECKS and palette.color(QPalette.ColorRole.Base).lightness() < 128:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            frame = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(frame)
            else:
                painter.drawRoundedRect(frame, 2, 2)
            painter.restore()


def follow_color_scheme(app: QApplication) -> None:
    """Use Fusion with a dark palette while the system is in dark mode. Only the dark
    mode needs OutlinedChecks: Python called for every primitive Qt draws slows every
    paint, the first screen's too."""

    def apply(scheme: Qt.ColorScheme) -> None:
        dark = scheme == Qt.ColorScheme.Dark
        app.setStyle(OutlinedChecks("Fusion") if dark else "Fusion")
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
                 translators: list[QTranslator]) -> None:
        super().__init__(app)
        self.app = app
        self.context = context
        self.translators = translators
        self.window = self._new_window()

    def _new_window(self):
        from kam_desktop.ui.main_window import MainWindow

        window = MainWindow(self.context, ask_user_name=True)
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
    database, hand it ``receive`` (or just bring it to the front) and exit."""
    db_path = Path(db_path or default_db_path()).expanduser().absolute()
    app = QApplication.instance() or QApplication(sys.argv)
    # a background read holds the interpreter: hand it to the GUI thread every millisecond
    # (not Python's 5), or drawing a table, which asks its model for every cell, waits
    sys.setswitchinterval(0.001)
    with contextlib.suppress(OSError):  # else open_database says why below
        db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = window_lock.hold(db_path)
    if lock is None and hand_over(server_name(db_path), receive_message(receive)):
        return 0
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("KAM Desktop")
    app.setApplicationDisplayName(APP_NAME)
    icon = QIcon()
    for png in sorted((RESOURCES / "icons").glob("kam-desktop-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setDesktopFileName("ru.kamdesktop.KamDesktop")  # Wayland takes the icon from there
    follow_color_scheme(app)
    settings.upgrade()
    translators = install_translators(app, settings.value("language"))
    if lock is None:
        QMessageBox.critical(None, APP_NAME, QCoreApplication.translate(
            "run_gui", "The database {path} is open in another KAM Desktop window, which "
                       "does not answer. Close it, or end it in the task manager.")
            .format(path=db_path))
        return 2
    server = InstanceServer(server_name(db_path))
    try:
        database = open_database(db_path)
    except Exception as error:  # the user must see why, not a silent exit
        lock.release()
        QMessageBox.critical(
            None, APP_NAME,
            QCoreApplication.translate("run_gui", "Cannot open the database {path}:\n{error}")
            .format(path=db_path, error=error))
        return 2
    controller = Application(app, AppContext(database), translators)
    server.arrived.connect(controller.take)
    controller.window.show()
    controller.window.restore_open_accounts()
    if receive is not None:
        QTimer.singleShot(0, lambda: controller.window.exchange.receive(receive))
    try:
        return app.exec()
    finally:
        server.server.close()
        database.close()
        lock.release()
