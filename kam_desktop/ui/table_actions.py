"""The File menu's spreadsheet and calendar actions: import from a spreadsheet, export
the portfolio table or one account's contacts, plan actions or value entries, and
export the calendar of next steps and plan actions.

The portfolio table and the calendar cover the accounts the Portfolio tab shows (all
of them, or those its search and filters leave); the account exports act on the
account selected there. Files are written off the GUI thread.
"""
from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox
from sqlalchemy.orm import Session

from kam_desktop.services.errors import InputError
from kam_desktop.ui import settings
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.messages import translated

if TYPE_CHECKING:  # the dialogs and the writers are imported when first used, not at start
    from kam_desktop.ui.importers import Importer
    from kam_desktop.ui.table_import import TableImportDialog

XLSX_FILTER = "Excel (*.xlsx)"
CSV_FILTER = "CSV (*.csv)"


def export_language() -> str:
    """Exports speak the interface's language (and, for CSV, its Excel's dialect)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


class TableActions(QObject):
    """Adds the actions to a File menu of the main window and carries them out."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.loader = BackgroundLoader(self.context, self)
        self.loader.failed.connect(lambda message: self._warn("", message))
        self.import_action = self._add(menu, self.tr("Import from a &spreadsheet…"),
                                       self.import_spreadsheet)
        self.import_deals_action = self._add(menu, self.tr("Import &deals from the ERP…"),
                                             self.import_deals)
        self.export_action = self._add(menu, self.tr("Export portfolio &table…"),
                                       self.export_portfolio)
        account_menu = menu.addMenu(self.tr("Export the selected &account"))
        self.account_actions = {
            kind: self._add(account_menu, text, lambda _=False, kind=kind: self.export_account(kind))
            for kind, text in (("contacts", self.tr("&Contacts…")),
                               ("actions", self.tr("&Plan actions…")),
                               ("value", self.tr("&Value entries…")))}
        self.calendar_action = self._add(menu, self.tr("Export &calendar (.ics)…"),
                                         self.export_calendar)

    def _add(self, menu: QMenu, text: str, slot: Callable) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # -- import ---------------------------------------------------------------------

    def import_spreadsheet(self, path: Path | None = None) -> TableImportDialog:
        """Accounts and contacts from a spreadsheet."""
        from kam_desktop.ui.importers import ACCOUNTS

        return self._import(ACCOUNTS, path)

    def import_deals(self, path: Path | None = None) -> TableImportDialog:
        """Deals from a shipments or orders export of the company's ERP."""
        from kam_desktop.ui.importers import DEALS

        return self._import(DEALS, path)

    def _import(self, importer: Importer, path: Path | None) -> TableImportDialog:
        from kam_desktop.ui.table_import import TableImportDialog

        dialog = TableImportDialog(self.context, self.window, importer)
        dialog.imported.connect(lambda plan: self._show_imported(importer.finished(plan)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        if path:
            dialog.open_file(Path(path))
        else:
            dialog.choose_file()
        return dialog

    def _show_imported(self, text: str) -> None:
        # a box, not the status bar: the portfolio's refresh writes its count there
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                          text, parent=self.window)
        box.setObjectName("import_done_dialog")
        box.open()

    # -- exports --------------------------------------------------------------------

    def _shown_accounts(self) -> list[uuid.UUID] | None:
        """The accounts the Portfolio tab shows, or None when it shows them all."""
        model = self.window.portfolio.model
        if len(model.rows) == len(model.all_rows):
            return None
        return [row.id for row in model.rows]

    def export_portfolio(self) -> None:
        path = self._ask_path(self.tr("Export the portfolio table"), self.tr("portfolio"))
        if path:
            self.write_table("portfolio", path, self._shown_accounts())

    def export_account(self, kind: str) -> None:
        account_id = self.window.portfolio.selected_account()
        if account_id is None:
            self.window.statusBar().showMessage(
                self.tr("Select an account in the portfolio first."), 5000)
            return
        name = next(row.name for row in self.window.portfolio.model.rows if row.id == account_id)
        what = {"contacts": self.tr("contacts"), "actions": self.tr("plan actions"),
                "value": self.tr("value entries")}[kind]
        path = self._ask_path(self.tr("Export the account's {what}").format(what=what),
                              f"{name} — {what}")
        if path:
            self.write_table(kind, path, [account_id])

    def _ask_path(self, title: str, stem: str) -> Path | None:
        stem = "".join("_" if c in '\\/:*?"<>|' else c for c in stem)
        path, chosen = QFileDialog.getSaveFileName(
            self.window, title, f"{stem}.xlsx", f"{XLSX_FILTER};;{CSV_FILTER}")
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == CSV_FILTER else ".xlsx"))
        return path

    def write_table(self, kind: str, path: Path, account_ids: list[uuid.UUID] | None) -> None:
        from kam_desktop.services.table_export import export_table

        language, today = export_language(), date.today()
        currency = settings.value("main_currency")
        self._run(lambda s: export_table(s, kind=kind, path=path, language=language,
                                         today=today, account_ids=account_ids,
                                         main_currency=currency),
                  lambda count: self.tr("%n row(s) written to {path}", "", count)
                  .format(path=path))

    def export_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export the calendar"), self.tr("next steps") + ".ics",
            "iCalendar (*.ics)")
        if path:
            path = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
            self.write_calendar(path, self._shown_accounts())

    def write_calendar(self, path: Path, account_ids: list[uuid.UUID] | None) -> None:
        from kam_desktop.services.calendar import calendar_items, write_calendar

        language = export_language()

        def write(session: Session) -> int:
            items = calendar_items(session, language=language, account_ids=account_ids)
            write_calendar(path, items, language=language)
            return len(items)

        self._run(write, lambda count: self.tr("%n event(s) written to {path}", "", count)
                  .format(path=path))

    def _run(self, job: Callable[[Session], Any], message: Callable[[Any], str]) -> None:
        """Run ``job`` in the background; bad input comes back to be shown translated."""
        def guarded(session: Session) -> Any:
            try:
                return job(session)
            except InputError as error:
                return error

        def done(result: Any) -> None:
            if isinstance(result, InputError):
                self._warn(result.where, translated(result.message))
            else:
                self.window.statusBar().showMessage(message(result), 8000)

        self.window.statusBar().showMessage(self.tr("Writing…"))
        self.loader.load(f"write:{id(job)}", guarded, done)

    def _warn(self, where: str, text: str) -> None:
        self.window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The file was not written"), text,
                          parent=self.window)
        if where:
            box.setInformativeText(where)
        box.setObjectName("bad_input_dialog")
        box.open()

    def wait(self) -> None:
        self.loader.wait()
