"""File → Synchronise with the team server: pull the colleagues' changes from the team's
PostgreSQL hub, then push this laptop's (services.server), off the GUI thread.

The worker thread runs the same services as ``kam-desktop sync now``, each on sessions of
its own, as receiving a bundle does; the window's own writes wait for the pull's one
transaction. The progress names the stage (connecting, pulling N accounts, pushing M);
Cancel stops at the next stage's start — a merge is one transaction, so each side holds
either the whole of it or none. The summary lists what each account received and sent;
the status bar shows when this database last synchronised.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QInputDialog, QLabel,
    QLineEdit, QMainWindow, QMessageBox, QProgressDialog, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from kam_desktop.services.errors import InputError
from kam_desktop.services.faults import database_faults
from kam_desktop.store.changes import Changes
from kam_desktop.store.kinds import KINDS
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.geometry import fit_to_screen
from kam_desktop.ui.labels import term
from kam_desktop.ui.messages import explained
from kam_desktop.ui.team_server_page import ServerPlace, stored_password

if TYPE_CHECKING:  # the team server's code is loaded when a synchronisation starts
    from kam_desktop.services.server import SyncResult

CONNECTING, PULLING, PUSHING = range(3)


class Cancelled(Exception):
    """The user stopped the synchronisation between two stages."""


@dataclass
class SyncOutcome:
    """What a synchronisation did: the pull's and the push's results, as far as it
    went."""

    pulled: SyncResult | None = None
    pushed: SyncResult | None = None
    cancelled: bool = False
    error: InputError | None = None

    @property
    def received_changes(self) -> bool:
        return self.pulled is not None and self.pulled.changed


class SyncWorker(QThread):
    """Pulls, then pushes, telling each stage; ``cancel()`` stops before the next one."""

    # the stage, and how many accounts it merges (-1: connecting, not known yet)
    stage = Signal(int, int)
    outcome = Signal(object)  # a SyncOutcome

    def __init__(self, context: AppContext, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.url = context.db, url
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _at(self, stage: int, accounts: int = -1) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.stage.emit(stage, accounts)

    def run(self) -> None:
        from kam_desktop.services.server import pull, push

        done = SyncOutcome()
        try:
            with database_faults(self.db.path):
                self._at(CONNECTING)
                done.pulled = pull(self.db, url=self.url,
                                   progress=lambda count: self._at(PULLING, count))
                self._at(PUSHING)  # connecting again, to push
                done.pushed = push(self.db, url=self.url,
                                   progress=lambda count: self._at(PUSHING, count))
        except Cancelled:
            done.cancelled = True
        except InputError as error:
            done.error = error
        except Exception as error:  # shown in the window, never lost in the thread
            done.error = InputError("", str(error))
        self.outcome.emit(done)


def advice(error: InputError) -> str:
    """What to do about a refusal of the team server, in a sentence ("" when the
    message says it already)."""
    template = getattr(error.message, "template", "")
    if "login" in template or "password" in template:
        return QCoreApplication.translate(
            "TeamSync", "Check your login and password in Edit → Preferences → Team server.")
    if "has no database" in template:
        return QCoreApplication.translate(
            "TeamSync", "Check the database's name in Edit → Preferences → Team server; "
                        "your administrator knows it.")
    if template.startswith(("cannot reach the team server", "no team server answers")):
        return QCoreApplication.translate(
            "TeamSync", "Check the network and the server's address in Edit → Preferences "
                        "→ Team server, or try again later. You can go on working meanwhile.")
    if template.startswith("the team server {server} refused"):
        return QCoreApplication.translate(
            "TeamSync", "Ask your administrator to give your login its rights (kam-desktop "
                        "server grant).")
    if "newer version" in template:
        return QCoreApplication.translate(
            "TeamSync", "Update KAM Desktop to the version of the team server.")
    if "is not set up" in template or "older schema" in template:
        return QCoreApplication.translate(
            "TeamSync", "Ask your administrator to set the server up (kam-desktop server "
                        "init).")
    return ""


class TeamSyncSummary(QDialog):
    """What a synchronisation received and sent, account by account."""

    def __init__(self, outcome: SyncOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synchronised with the team server"))
        rows: dict = {}
        for column, side in ((1, outcome.pulled), (2, outcome.pushed)):
            for account_id, changes in (side.result.accounts if side is not None else []):
                if not changes.changed:
                    continue
                row = rows.setdefault(account_id, [changes.name, 0, 0, 0, ""])
                # records, the account itself counted when it is new
                row[column] += changes.records_added + changes.records_updated \
                    + changes.records_deleted + int(changes.added)
                row[3] += changes.conflicts  # logged here (pulled) or on the server
                if changes.added:
                    row[4] = self.tr("new here") if column == 1 else self.tr("new on the server")
                elif changes.deleted:
                    row[4] = self.tr("deleted")
        pulled = outcome.pulled.result if outcome.pulled is not None else None
        if not rows and not (pulled and pulled.erased):
            text = self.tr("Nothing to exchange: this laptop and the team server hold the "
                           "same portfolio.")
        else:
            received, here = _changed(outcome.pulled)
            sent, there = _changed(outcome.pushed)
            text = self.tr("Accounts received: {received}, sent: {sent}. Conflicts: "
                           "{conflicts}.").format(received=received, sent=sent,
                                                  conflicts=here + there)
            if pulled and pulled.erased:
                text += " " + self.tr("%n person(s) erased at a colleague's request.", "",
                                      len(pulled.erased))
            if here:
                text += " " + self.tr("Review the conflicts in File → Exchange conflicts.")
            if there:
                text += " " + self.tr("%n conflict(s) were resolved on the team server, "
                                      "whose own log keeps the values that lost.", "", there)
        self.text = QLabel(text)
        self.table = summary_table(len(rows), [
            term("account"), self.tr("Records received"), self.tr("Records sent"),
            self.tr("Conflicts"), self.tr("Note")])
        for number, row in enumerate(sorted(rows.values(), key=lambda r: r[0].casefold())):
            for column, value in enumerate(row):
                shown = value if isinstance(value, str) else (str(value) if value else "")
                item = QTableWidgetItem(shown)
                if not isinstance(value, str):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(number, column, item)
        lay_out_summary(self, self.text, self.table)


def _changed(side: SyncResult | None) -> tuple[int, int]:
    """How many accounts one side of a synchronisation changed, and how many conflicts
    its merge resolved (logged on the side it wrote to)."""
    accounts = side.result.accounts if side is not None else []
    return (sum(1 for _, changes in accounts if changes.changed),
            sum(changes.conflicts for _, changes in accounts))


def summary_table(rows: int, headers: list[str]) -> QTableWidget:
    """The table of a summary per account (read only, compact rows); the account's
    column takes the room the counts leave."""
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def lay_out_summary(dialog: QDialog, text: QLabel, table: QTableWidget) -> None:
    """A summary: its sentence, its table (when it has rows) and Close."""
    text.setWordWrap(True)
    table.setVisible(table.rowCount() > 0)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    fit_to_screen(dialog, QSize(760, 420 if table.rowCount() else 160))


def _received_notice(outcome: SyncOutcome) -> Changes:
    """The change notice of a pull: the accounts it changed (every kind of record)."""
    result = outcome.pulled.result
    if result.erased:
        return Changes.anything()
    return Changes(kinds=frozenset(KINDS),
                   accounts=frozenset(account_id for account_id, _ in result.accounts))


class TeamSync(QObject):
    """The window's synchronisation: the File-menu action, its progress and summary,
    and the status bar's line of the last synchronisation."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.worker: SyncWorker | None = None
        self.progress: QProgressDialog | None = None
        # the last dialog shown (the password asked, the summary or a refusal)
        self.dialog: QDialog | None = None
        self.status = QLabel()
        self.status.setObjectName("team_sync_status")
        window.statusBar().addPermanentWidget(self.status)
        self.show_last_sync()
        QCoreApplication.instance().aboutToQuit.connect(self.wait)

    def show_last_sync(self) -> None:
        """The last synchronisation in the status bar; nothing while no server is set
        and none was ever made (most laptops only pass files)."""
        stored = settings.last_sync(self.context.db.path)
        self.status.setVisible(bool(stored or settings.value("server_host")))
        try:
            moment = datetime.fromisoformat(stored).astimezone() if stored else None
        except ValueError:
            moment = None
        self.status.setText(self.tr("Team server: last synchronised {when}").format(
            when=moment.strftime("%d.%m.%Y %H:%M")) if moment is not None
            else self.tr("Team server: never synchronised"))

    @property
    def running(self) -> bool:
        return self.worker is not None

    def synchronise(self) -> None:
        """Start, asking for the password unless the keyring keeps it."""
        if self.running:
            return
        place = ServerPlace.chosen()
        if not place.complete:
            self._show(QMessageBox(
                QMessageBox.Icon.Information, self.tr("Synchronise with the team server"),
                self.tr("Set the team server first: its server, database and your login, in "
                        "Edit → Preferences → Team server."), parent=self.window))
            return
        password = stored_password(place)
        if password is not None:
            self.start(place.url(password), place)
            return
        ask = QInputDialog(self.window)
        ask.setWindowTitle(self.tr("Synchronise with the team server"))
        ask.setLabelText(self.tr("The password of {login} on {server}:").format(
            login=place.login, server=place.host))
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.textValueSelected.connect(lambda typed: self.start(place.url(typed), place))
        self._show(ask)

    def start(self, url: str, place: ServerPlace) -> None:
        self.progress = QProgressDialog(self.window)
        self.progress.setWindowTitle(self.tr("Synchronise with the team server"))
        self.progress.setLabelText(self.tr("Connecting to {server}…").format(server=place.host))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        self.progress.setRange(0, PUSHING + 1)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setValue(0)
        self.place = place
        self.worker = SyncWorker(self.context, url, self)
        self.worker.stage.connect(self._stage)
        self.worker.outcome.connect(self._finished)
        self.progress.canceled.connect(self.cancel)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress.setLabelText(self.tr("Stopping after this stage…"))
            self.progress.show()  # a cancelled progress dialog hides itself

    def _stage(self, stage: int, accounts: int) -> None:
        if self.progress is None or self.worker is None or self.worker.cancelled:
            return
        if accounts < 0:
            text = self.tr("Connecting to {server}…").format(server=self.place.host)
        elif stage == PULLING:
            text = self.tr("Pulling %n account(s) from the team server…", "", accounts)
        else:
            text = self.tr("Pushing %n account(s) to the team server…", "", accounts)
        self.progress.setLabelText(text)
        self.progress.setValue(stage)

    def _finished(self, outcome: SyncOutcome) -> None:
        self.worker.wait()
        self.worker.deleteLater()
        self.worker = None
        self.progress.close()
        self.progress.deleteLater()
        self.progress = None
        if outcome.received_changes:
            self.context.undo_stack.clear()  # the edits on it may no longer apply
            self.context.changed.emit(_received_notice(outcome))
        if outcome.error is not None:
            said = explained(outcome.error)
            box = QMessageBox(QMessageBox.Icon.Warning,
                              self.tr("The synchronisation did not finish"),
                              said[:1].upper() + said[1:], parent=self.window)
            box.setInformativeText(advice(outcome.error))
            box.setObjectName("team_sync_error")
            self._show(box)
        elif outcome.cancelled:
            self._show(QMessageBox(
                QMessageBox.Icon.Information, self.tr("Synchronisation stopped"),
                self.tr("Stopped before the next stage. What was merged is kept whole on "
                        "each side; synchronise again to finish."), parent=self.window))
        else:
            settings.set_last_sync(self.context.db.path,
                                   datetime.now(timezone.utc).isoformat(timespec="seconds"))
            self.show_last_sync()
            self._show(TeamSyncSummary(outcome, self.window))

    def _show(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def wait(self) -> None:
        """Let a synchronisation under way finish (when the window closes)."""
        if self.worker is not None:
            self.worker.wait()

