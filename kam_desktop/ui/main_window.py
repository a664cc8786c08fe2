"""The main window: the portfolio table, and a welcome page while the database is empty."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import __version__
from kam_desktop.services import interchange
from kam_desktop.services.demo import load_demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.store.backup import make_backup
from kam_desktop.store.database import Database
from kam_desktop.ui.portfolio_model import SORT_ROLE, PortfolioModel

INTERCHANGE_FILTER = "JSON (*.json)"


class WelcomePage(QWidget):
    """Shown on an empty database: the ways to get a first account in."""

    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to KAM Desktop"))
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Your portfolio is empty. Bring in your key accounts from an interchange file, "
            "or explore the application on a demo portfolio."))
        text.setWordWrap(True)
        import_button = QPushButton(self.tr("Import an interchange file…"))
        demo_button = QPushButton(self.tr("Load the demo portfolio"))
        import_button.clicked.connect(self.import_requested)
        demo_button.clicked.connect(self.demo_requested)
        for widget in (title, text, import_button, demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        text.setMaximumWidth(520)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self._db = database
        self.setWindowTitle(self.tr("KAM Desktop — {path}").format(path=database.path.name))

        self.model = PortfolioModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search accounts (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # uniform row heights: resizing rows to contents takes seconds on big tables
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)

        portfolio = QWidget()
        layout = QVBoxLayout(portfolio)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.welcome = WelcomePage()
        self.welcome.import_requested.connect(self.import_file)
        self.welcome.demo_requested.connect(self.load_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(portfolio)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self._restore_settings()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add_action(file_menu, self.tr("&Import interchange file…"), self.import_file,
                         QKeySequence.StandardKey.Open)
        self._add_action(file_menu, self.tr("&Export portfolio…"), self.export_file,
                         QKeySequence.StandardKey.SaveAs)
        self._add_action(file_menu, self.tr("Load &demo portfolio"), self.load_demo)
        self._add_action(file_menu, self.tr("&Back up now"), self.back_up)
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self._add_action(edit_menu, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add_action(help_menu, self.tr("&About KAM Desktop"), self.about)

    def _add_action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def refresh(self) -> None:
        """Re-read the portfolio from the service layer."""
        with self._db.sessions() as session:
            rows = list_accounts(session, today=date.today())
        self.model.set_rows(rows)
        self.pages.setCurrentIndex(1 if rows else 0)
        self.statusBar().showMessage(self.tr("%n account(s)", "", len(rows)))

    def focus_search(self) -> None:
        if self.pages.currentIndex() == 1:
            self.search.setFocus()
            self.search.selectAll()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import interchange file"), "", INTERCHANGE_FILTER)
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        try:
            document = interchange.read_document(path)
            with self._db.transaction() as session:
                summary = interchange.import_document(session, document)
        except InputError as error:
            self._show_bad_input(self.tr("The file was not imported"), str(path), error)
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Import finished"), self.tr(
            "{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=len(summary.added), updated=len(summary.updated),
            unchanged=len(summary.unchanged)))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export portfolio"), "portfolio.json", INTERCHANGE_FILTER)
        if not path:
            return
        with self._db.sessions() as session:
            document = interchange.export_document(session)
        interchange.write_document(Path(path), document)
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 5000)

    def load_demo(self) -> None:
        try:
            with self._db.transaction() as session:
                load_demo(session, accounts=60, seed=1, today=date.today())
        except InputError as error:
            self._show_bad_input(self.tr("The demo portfolio was not loaded"), "", error)
            return
        self.refresh()

    def back_up(self) -> None:
        path = make_backup(self._db.engine, self._db.path)
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 5000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About KAM Desktop"), self.tr(
            "KAM Desktop {version}\nKey-account management for the road.\n\nDatabase: {path}"
        ).format(version=__version__, path=self._db.path))

    def _show_bad_input(self, title: str, where: str, error: InputError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, str(error), parent=self)
        if where:
            box.setInformativeText(where)
        box.setObjectName("bad_input_dialog")
        box.open()

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
