"""Starting the GUI: the application object, translations, the database, the window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from kam_desktop.resources import RESOURCES
from kam_desktop.store.database import APP_NAME, default_db_path, open_database

TRANSLATIONS = RESOURCES / "translations"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load our translation and Qt's own for ``language`` (default: the system's).
    Returns the translators, which must stay alive as long as they are installed."""
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    ours = QTranslator(app)
    if ours.load(locale, "kam_desktop", "_", str(TRANSLATIONS)):
        installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(locale, "qtbase", "_",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_base)
    for translator in installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
    return installed


def run_gui(db_path: Path | None = None) -> int:
    from kam_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("KAM Desktop")
    app.setApplicationDisplayName(APP_NAME)
    translators = install_translators(app)  # noqa: F841 - kept alive for the whole run
    try:
        database = open_database(db_path or default_db_path())
    except Exception as error:  # the user must see why, not a silent exit
        QMessageBox.critical(
            None, APP_NAME,
            QCoreApplication.translate("run_gui", "Cannot open the database {path}:\n{error}")
            .format(path=db_path or default_db_path(), error=error))
        return 2
    window = MainWindow(database)
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
