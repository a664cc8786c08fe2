"""The main window: Today and the portfolio, a welcome page while the database is
empty, and the dossier windows of the open accounts."""
from __future__ import annotations

import uuid
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

import kam_desktop
from kam_desktop.domain.enums import ActionStatus
from kam_desktop.services.errors import InputError
from kam_desktop.services.faults import database_faults
from kam_desktop.services.mine import distinct_names, my_account_ids
from kam_desktop.services.exchange_rates import reporting_rates
from kam_desktop.services.portfolio import list_account_names, list_accounts
from kam_desktop.services.today import TodayItem, open_actions, today_items
from kam_desktop.store.backup import make_backup
from kam_desktop.ui import settings
from kam_desktop.store.changes import Changes
from kam_desktop.ui.collector import settle
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.first_screen import TABS, WINDOW_SIZE, FirstScreen
from kam_desktop.ui.geometry import restore_geometry
from kam_desktop.ui.loader import BackgroundLoader, after_next_paint
from kam_desktop.ui.messages import explained
from kam_desktop.ui.portfolio import PortfolioView
from kam_desktop.ui.scope import Scope
from kam_desktop.ui.team_sync import TeamSync
from kam_desktop.ui.today import TodayView
from kam_desktop.ui.today_actions import mark_done, postpone
from kam_desktop.ui.undo import Add, Batch, Delete, Update, run_edit
from kam_desktop.ui.welcome import WelcomePage

if TYPE_CHECKING:  # the dossier is imported when the first one opens, the dashboard
    # once the figures show, not at start
    from kam_desktop.ui.dashboard import DashboardView
    from kam_desktop.ui.dossier.window import DossierWindow

INTERCHANGE_FILTER = "JSON (*.json)"
#: the main window's tabs by name, in their order
TAB_NAMES = tuple(name for name, _title in TABS)
#: which dossier section a Today line opens
TODAY_SECTIONS = {"next_step": "diary", "action": "plan", "goal": "plan",
                  "cooling": "rolemap", "ladder": "ladder", "reactivate": "diary",
                  "lost_actions": "plan", "win_back": "losses", "plan_review": "plan",
                  "handover": "profile"}


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, ask_user_name: bool = False,
                 first_screen: FirstScreen | None = None) -> None:
        """``ask_user_name``: ask for the user's name once the portfolio shows, unless
        it is known or was asked before (the application asks; tests choose to).
        ``first_screen``: the window shown while this one was built, whose portfolio
        view (and its rows) this one takes over; show this one in its place."""
        super().__init__()
        self.context = context
        self.ask_user_name = ask_user_name
        self.dossiers: dict[uuid.UUID, DossierWindow] = {}
        # Qt adds the application's name: "portfolio.sqlite3 — KAM Desktop"
        self.setWindowTitle(context.db.path.name)

        self.loader = BackgroundLoader(context, self)
        self._figures_waiting = False  # the names show; their figures are read next
        self.loader.failed.connect(self._show_load_error)
        if first_screen is None:
            self.scope = Scope(self)
            self.portfolio = PortfolioView(self.loader, self.scope)
        else:
            self.scope, self.portfolio = first_screen.scope, first_screen.portfolio
            self.scope.setParent(self)
            self.portfolio.loader = self.loader
        self.portfolio.open_requested.connect(self.open_account)
        self.portfolio.figures_wanted.connect(self._figures_wanted)
        self.today = TodayView(self.scope)
        self.today.open_requested.connect(self.open_today_item)
        self.today.drop_requested.connect(self.drop_lost_actions)
        self.today.done_requested.connect(lambda items: mark_done(context, items))
        self.today.postpone_requested.connect(lambda items, day: postpone(context, items, day))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.today, self.tr("Today"))
        self.tabs.addTab(self.portfolio, self.tr("Portfolio"))
        self.tabs.addTab(QWidget(), self.tr("Dashboard"))  # self.dashboard, once wanted
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setCurrentIndex(TAB_NAMES.index(settings.value("main_tab")))
        self.welcome = WelcomePage()
        self.welcome.create_requested.connect(self.new_account)
        self.welcome.import_requested.connect(self.import_file)
        self.welcome.demo_requested.connect(self.load_demo)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self._build_menus()
        self.team_sync = TeamSync(self, context)  # and the status bar's last synchronisation
        context.changed.connect(self._on_changed)
        context.refused.connect(lambda error: self._show_bad_input(
            self.tr("The change was not made"), "", error))
        context.open_requested.connect(self.open_account)
        restore_geometry(self, "main_window", WINDOW_SIZE, maximize_on_small_screens=True)
        if first_screen is not None:  # its rows show: the figures are read next
            self.setGeometry(first_screen.geometry())  # moved or resized meanwhile
            self.setWindowState(first_screen.windowState())
            self.pages.setCurrentWidget(self.tabs)
            QTimer.singleShot(0, self, self._ask_name_once)  # once this window shows
        self.refresh()

    # -- menus ------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._add(file_menu, self.tr("&New account…"), self.new_account, QKeySequence.StandardKey.New)
        self._add(file_menu, self.tr("&Open account"), self.open_selected)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Import interchange file…"), self.import_file,
                  QKeySequence.StandardKey.Open)
        self._add(file_menu, self.tr("&Export portfolio…"), self.export_file,
                  QKeySequence.StandardKey.SaveAs)
        from kam_desktop.ui.table_actions import TableActions  # spreadsheets, the calendar

        self.tables = TableActions(self, file_menu)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Send to a colleague…"), lambda: self.exchange.send())
        self._add(file_menu, self.tr("Re&ceive from a colleague…"), lambda: self.exchange.receive())
        self._add(file_menu, self.tr("Exchange &conflicts…"), lambda: self.exchange.conflicts())
        self._add(file_menu, self.tr("S&ynchronise with the team server…"),
                  lambda: self.team_sync.synchronise())
        file_menu.addSeparator()
        self._add(file_menu, self.tr("Load &demo portfolio"), self.load_demo)
        self._add(file_menu, self.tr("&Reports…"), self.reports, QKeySequence.StandardKey.Print)
        self._add(file_menu, self.tr("&Back up now"), self.back_up)
        self._add(file_menu, self.tr("Res&tore from a backup…"), self.restore_from_backup)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), self.close, QKeySequence("Ctrl+Q"))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo, redo = self.context.undo_actions(self)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self._add(edit_menu, self.tr("&Delete account"), self.delete_selected)
        edit_menu.addSeparator()
        self._add(edit_menu, self.tr("&Preferences…"), self.preferences,
                  QKeySequence.StandardKey.Preferences)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&Guide"), self.guide, QKeySequence.StandardKey.HelpContents)
        self._add(help_menu, self.tr("&About KAM Desktop"), self.about)
        self.undo_action, self.redo_action = undo, redo

    def _add(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    @cached_property
    def exchange(self):
        """Sending and receiving exchange files; built at first use, so that start-up
        does not load the exchange code and its cryptography."""
        from kam_desktop.ui.exchange import Exchange

        return Exchange(self, self.context, self.loader)

    # -- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the portfolio and Today in the background; the window stays usable."""
        today = date.today()
        name = settings.value("user_name")
        self.loader.load("mine", lambda s: my_account_ids(s, user_name=name),
                         lambda mine: self.scope.set_mine(name, mine))
        if not self.portfolio.model.all_rows:  # first load: names at once, figures after
            self.loader.load("portfolio", list_account_names,
                             lambda rows: self._show_names(rows, today))
        else:
            self._load_figures_and_today(today)

    def _show_names(self, rows, today: date) -> None:
        self.portfolio.set_rows(rows, today)
        self.pages.setCurrentIndex(1 if rows else 0)
        # the figures are read once these rows are drawn, not while the table asks its
        # model for every cell
        self._figures_waiting = True
        after_next_paint(self.portfolio.table.viewport(),
                         lambda: self._load_waiting_figures(today))
        self._ask_name_once()

    def _ask_name_once(self) -> None:
        rows = self.portfolio.model.all_rows
        if self.ask_user_name and not settings.value("user_name") \
                and not settings.user_name_asked() and any(row.owner for row in rows):
            self.ask_name()

    def ask_name(self) -> None:
        """Ask once who the user is, offering the owners found in the portfolio."""
        from kam_desktop.ui.user_name import UserNameDialog

        self.name_dialog = UserNameDialog(
            distinct_names(row.owner for row in self.portfolio.model.all_rows), self)
        self.name_dialog.finished.connect(lambda _result: self.refresh())
        self.name_dialog.open()

    def _load_waiting_figures(self, today: date) -> None:
        if self._figures_waiting:  # else a refresh has read them meanwhile
            self._load_figures_and_today(today)

    def _load_figures_and_today(self, today: date) -> None:
        """The figures, and Today beside them in the loader's other thread: the two reads
        overlap where SQLite works without holding the interpreter."""
        self._load_figures(today)
        cooling = settings.value("cooling_days")
        review = settings.review_months()
        handover = settings.handover_thresholds()
        self.loader.load("today", lambda s: today_items(s, today=today, cooling_days=cooling,
                                                        review_months=review,
                                                        handover=handover),
                         self._show_today)

    def _load_figures(self, today: date) -> None:
        self._figures_waiting = False
        currency = settings.value("main_currency")
        completeness = self.portfolio.shows_completeness()
        self.loader.load("portfolio", lambda s: (
            list_accounts(s, today=today, main_currency=currency, completeness=completeness),
            reporting_rates(s, year=today.year, main_currency=currency)),
            lambda found: self._show_portfolio(*found, today, completeness))

    def _figures_wanted(self) -> None:
        """A column shows whose figures were not read: read them, unless a read of the
        figures is on its way (it reads them too)."""
        if not self._figures_waiting:
            self._load_figures(date.today())

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _show_load_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The portfolio could not be read"),
                          message, parent=self)
        box.setObjectName("load_error_dialog")
        box.open()

    @property
    def loading(self) -> bool:
        return self.loader.busy or self._figures_waiting

    def _show_portfolio(self, rows, rates, today: date, completeness: bool) -> None:
        self.portfolio.model.rates = rates
        self.portfolio.set_rows(rows, today)
        if not completeness and self.portfolio.shows_completeness():  # shown meanwhile
            self._load_figures(today)
        self.pages.setCurrentIndex(1 if rows else 0)
        self.statusBar().showMessage(self.tr("%n account(s)", "", len(rows)))
        self._settle_once_shown()

    def _show_today(self, items) -> None:
        self.today.set_items(items)
        self._settle_once_shown()

    def _settle_once_shown(self) -> None:
        """The figures and Today both show: what the window holds now lives as long as it;
        once they are drawn, the dashboard prepares its charts in idle time."""
        if not (self.loader.waiting("portfolio") or self.loader.waiting("today")):
            settle(QApplication.instance())
            after_next_paint(self.tabs.currentWidget(),
                             lambda: self.dashboard.prepare_when_idle())

    def focus_search(self) -> None:
        if self.pages.currentIndex() == 1:
            self.tabs.setCurrentWidget(self.portfolio)
            self.portfolio.search.setFocus()
            self.portfolio.search.selectAll()

    # -- dossiers ---------------------------------------------------------------

    def open_account(self, account_id: uuid.UUID, section: str | None = None,
                     record_id: uuid.UUID | None = None) -> DossierWindow:
        window = self.dossiers.get(account_id)
        if window is None:
            from kam_desktop.ui.dossier.window import DossierWindow

            window = DossierWindow(self.context, account_id)
            window.destroyed.connect(lambda *_: self.dossiers.pop(account_id, None))
            self.dossiers[account_id] = window
        if section:
            window.show_section(section, record_id)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_selected(self) -> None:
        account_id = self.portfolio.selected_account()
        if account_id is not None:
            self.open_account(account_id)

    def open_today_item(self, item: TodayItem) -> None:
        window = self.open_account(item.account_id, TODAY_SECTIONS[item.kind], item.record_id)
        if item.kind == "handover":  # the prompt's place to act is the hand-over itself
            window.hand_over()

    def drop_lost_actions(self, item) -> None:
        """Close the plan of a lost account: its open actions become dropped, in one
        undoable step."""
        ids = self.context.read(lambda session: open_actions(session, account_id=item.account_id))
        if not ids:
            return
        run_edit(self.context, self.tr("Drop the open actions of {account}").format(
            account=item.account_name),
            Batch(tuple(Update("plan_action", action_id, {"status": ActionStatus.DROPPED.value})
                        for action_id in ids)))

    # -- edits ------------------------------------------------------------------

    def new_account(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New account"), self.tr("Account name:"))
        if ok and name.strip():
            self.create_account(name)

    def create_account(self, name: str) -> uuid.UUID | None:
        try:
            reverse = run_edit(self.context, self.tr("New account"),
                               Add("account", None, {"name": name}))
        except InputError as error:
            self._show_bad_input(self.tr("The account was not created"), "", error)
            return None
        self.open_account(reverse.record_id)
        return reverse.record_id

    def delete_selected(self) -> None:
        account_id = self.portfolio.selected_account()
        if account_id is None:
            return
        window = self.dossiers.get(account_id)
        if window is not None:
            window.close()
        try:
            run_edit(self.context, self.tr("Delete account"), Delete("account", account_id))
        except InputError as error:  # deleted meanwhile (by an import, say)
            self._show_bad_input(self.tr("The account was not deleted"), "", error)
            return
        self.statusBar().showMessage(self.tr("Account deleted. Ctrl+Z brings it back."), 8000)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import interchange file"), "", INTERCHANGE_FILTER)
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        from kam_desktop.services import interchange  # only when used: it is big

        try:
            # read a batch of accounts at a time, in the one transaction of the write
            summary = self.context.write(lambda s: interchange.import_file(s, path))
        except InputError as error:
            self._show_bad_input(self.tr("The file was not imported"), str(path), error)
            return
        # an import is not undoable step by step: earlier edits may no longer apply
        self.context.undo_stack.clear()
        QMessageBox.information(self, self.tr("Import finished"), self.tr(
            "{added} added, {updated} updated, {unchanged} unchanged.").format(
            added=len(summary.added), updated=len(summary.updated),
            unchanged=len(summary.unchanged)))

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export portfolio"), "portfolio.json", INTERCHANGE_FILTER)
        if not path:
            return
        from kam_desktop.services import interchange

        try:
            document = self.context.read(interchange.export_document)
            interchange.write_document(Path(path), document)
        except (InputError, OSError) as error:
            self._show_bad_input(self.tr("The portfolio was not exported"), path, error)
            return
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 5000)

    def load_demo(self) -> None:
        from kam_desktop.services.demo import load_demo  # only when used: it is big

        try:
            self.context.write(lambda s: load_demo(s, accounts=60, seed=1, today=date.today()))
        except InputError as error:
            self._show_bad_input(self.tr("The demo portfolio was not loaded"), "", error)
            return
        self.context.undo_stack.clear()

    def reports(self) -> None:
        """Reports on the selected account and on the portfolio, with a preview."""
        from kam_desktop.ui.reports_dialog import ReportsDialog

        ReportsDialog(self.context, self.portfolio.selected_account(), self).exec()

    def back_up(self) -> None:
        try:
            with database_faults(self.context.db.path):
                path = make_backup(self.context.db.engine, self.context.db.path)
        except (InputError, OSError) as error:
            self._show_bad_input(self.tr("No backup was written"), "", error)
            return
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 5000)

    def restore_from_backup(self) -> None:
        """Choose a backup; the window then goes on with it (dossiers closed, views
        reloaded, undo history cleared)."""
        from kam_desktop.services.restore import backups
        from kam_desktop.ui.restore import RestoreDialog

        self.restore_dialog = RestoreDialog(backups(self.context.db.path), self)
        self.restore_dialog.accepted.connect(
            lambda: self.restore(self.restore_dialog.chosen().path))
        self.restore_dialog.open()

    def restore(self, backup: Path) -> None:
        for window in list(self.dossiers.values()):
            window.close()
        self.loader.wait()
        try:
            result = self.context.restore(backup)
        except (InputError, OSError) as error:
            self._show_bad_input(self.tr("Nothing was restored"), str(backup), error)
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backup restored"), self.tr(
            "The portfolio is as it was in the backup. The database as it was before is "
            "kept as the backup {path}").format(path=result.kept or result.damaged), parent=self)
        box.setObjectName("restored_dialog")
        box.open()

    def preferences(self) -> None:
        from kam_desktop.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self, self.context)
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        dialog.store()
        if "dashboard" in vars(self):  # else it is built with them
            self.dashboard.settings_changed()
        self.team_sync.show_last_sync()
        if dialog.chosen_language() != settings.value("language"):
            self.language_chosen.emit(dialog.chosen_language())
        else:
            self.refresh()

    def guide(self) -> None:
        from kam_desktop.ui.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About KAM Desktop"), self.tr(
            "KAM Desktop {version}\nKey-account management for the road.\n\nDatabase: {path}"
        ).format(version=kam_desktop.__version__, path=self.context.db.path))

    def _show_bad_input(self, title: str, where: str, error: Exception) -> None:
        """One dialog: what is wrong (in the interface's language) and where."""
        text = explained(error) if isinstance(error, InputError) else str(error)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        if where:
            box.setInformativeText(where)
        box.setObjectName("bad_input_dialog")
        box.open()

    # -- state ------------------------------------------------------------------

    @cached_property
    def dashboard(self) -> DashboardView:
        """The Dashboard tab's view, built when first wanted: its tab shown, or the
        figures and Today drawn (``_settle_once_shown``). Its module and the analytics
        it reads with take some 35 ms to import, which the wait for the figures no
        longer pays."""
        from kam_desktop.ui.dashboard import DashboardView

        dashboard = DashboardView(self.context, self.loader, self.scope)
        dashboard.open_requested.connect(self.open_account)
        index, shown = TAB_NAMES.index("dashboard"), self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # the same tab stays current
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, dashboard, self.tr("Dashboard"))
        self.tabs.setCurrentIndex(shown)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()
        return dashboard

    def _tab_shown(self, index: int) -> None:
        if TAB_NAMES[index] == "dashboard":
            self.dashboard  # built when first read, in place of its placeholder

    def restore_open_accounts(self) -> None:
        """Reopen the dossiers that were open at the last exit (a dossier whose account
        is gone closes itself)."""
        for account_id in settings.open_accounts():
            self.open_account(account_id)

    def closeEvent(self, event) -> None:
        self.context.changed.disconnect(self._on_changed)
        self.loader.wait()
        settings.set_open_accounts(list(self.dossiers))
        settings.set_value("main_tab", TAB_NAMES[self.tabs.currentIndex()])
        for window in list(self.dossiers.values()):
            window.close()
        super().closeEvent(event)
