"""Exchange with colleagues' laptops in the window: send a bundle, receive one, and
review the conflicts the merges logged (see services.sync and docs/sync-format.md).

Passwords are asked for in a dialog each time and never stored. Sending and receiving
run off the GUI thread with a busy indicator; the summary of a receipt lists what
changed per account.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFileDialog,
    QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QProgressDialog, QPushButton, QRadioButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kam_desktop.services.errors import InputError
from kam_desktop.services.faults import database_faults
from kam_desktop.services.passwords import password_problem, suggest_passphrase
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.services.sync import (
    BUNDLE_SUFFIX, ConflictInfo, ExportResult, ImportResult, export_bundle, list_conflicts,
    receive_bundle, switch_conflict,
)
from kam_desktop.sync.crypto import MAGIC
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.geometry import fit_to_screen, restore_geometry
from kam_desktop.ui.labels import term
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.messages import explained, translated
from kam_desktop.ui.team_sync import lay_out_summary, summary_table
from kam_desktop.ui.undo import run_edit


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False  # the import itself reports the file as unreadable


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setCancelButton(None)  # a merge is all or nothing: it cannot stop half-way
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setValue(0)
    return progress


class SendDialog(QDialog):
    """What to send (all accounts or some) and whether to lock the file with a password."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send to a colleague"))
        names = [row.name for row in context.read(list_account_names)]
        self.everything = QRadioButton(self.tr("The whole portfolio (%n account(s))", "",
                                               len(names)))
        self.chosen = QRadioButton(self.tr("Only these accounts:"))
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.chosen)
        self.everything.setChecked(True)
        self.accounts = QListWidget()
        self.accounts.setAccessibleName(self.tr("Accounts to send"))
        self.accounts.setUniformItemSizes(True)
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.accounts.addItem(item)
        self.accounts.setEnabled(False)
        self.chosen.toggled.connect(self.accounts.setEnabled)
        self.personal = QCheckBox(self.tr("Include personal questionnaires"))
        self.personal.setToolTip(self.tr(
            "The contacts' confidential questionnaires go only when ticked. Without them "
            "your colleague keeps the questionnaires they have."))
        self.protect = QCheckBox(self.tr("Lock the file with a password"))
        self.protect.setChecked(True)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit, name in ((self.password, self.tr("Password")),
                           (self.repeat, self.tr("Password again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            self.protect.toggled.connect(edit.setEnabled)
        self.suggest_button = QPushButton(self.tr("Suggest a passphrase"))
        self.suggest_button.clicked.connect(self.suggest)
        self.protect.toggled.connect(self.suggest_button.setEnabled)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        note = QLabel(self.tr("The file holds personal notes about the client's people. Send "
                              "it locked, and tell the password another way (by phone, not in "
                              "the same e-mail)."))
        note.setWordWrap(True)
        note.setEnabled(False)
        note.setVisible(False)  # only the questionnaires make the file this personal
        self.personal.toggled.connect(note.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save as…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Again"), self.repeat)
        form.addRow("", self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.everything)
        layout.addWidget(self.chosen)
        layout.addWidget(self.accounts, 1)
        layout.addWidget(self.personal)
        layout.addWidget(self.protect)
        layout.addLayout(form)
        layout.addWidget(self.suggestion)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(460, 560))

    def account_names(self) -> list[str] | None:
        if self.everything.isChecked():
            return None
        return [self.accounts.item(i).text() for i in range(self.accounts.count())
                if self.accounts.item(i).checkState() == Qt.CheckState.Checked]

    def with_personal(self) -> bool:
        return self.personal.isChecked()

    def chosen_password(self) -> str | None:
        return self.password.text() if self.protect.isChecked() else None

    def problem(self) -> str:
        """Why the choices cannot be sent, or "" when they can."""
        if self.account_names() == []:
            return self.tr("Tick the accounts to send.")
        if self.protect.isChecked():
            if not self.password.text():
                return self.tr("Type a password, or untick the lock.")
            if self.password.text() != self.repeat.text():
                return self.tr("The two passwords differ.")
            weak = password_problem(self.password.text())
            if weak is not None:
                return translated(weak)
        return ""

    def suggest(self) -> None:
        """Fill in a generated passphrase and show it, to be noted down and told."""
        passphrase = suggest_passphrase()
        self.password.setText(passphrase)
        self.repeat.setText(passphrase)
        self.suggestion.setText(self.tr("The password is now {passphrase}. Note it down and "
                                        "tell it to your colleague by phone.").format(
            passphrase=passphrase))
        self.error.clear()

    def accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            super().accept()


class ImportSummaryDialog(QDialog):
    """What a receipt changed, account by account."""

    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Received from {name}").format(name=result.source))
        if result.already_imported:
            text = self.tr("Nothing to do: this file, or a newer one from {name}, was received "
                           "before.").format(name=result.source)
        else:
            text = self.tr("Accounts added: {added}, updated: {updated}, deleted: {deleted}. "
                           "Conflicts: {conflicts}.").format(
                added=result.added, updated=result.updated, deleted=result.deleted,
                conflicts=result.conflicts)
            if result.erased:
                text += " " + self.tr("%n person(s) erased at the sender's request.", "",
                                      len(result.erased))
            if result.held_back:
                text += " " + self.tr("Waiting for the sender's next file: {names}.").format(
                    names=", ".join(result.held_back))
            if result.conflicts:
                text += " " + self.tr("Review the conflicts in File → Exchange conflicts.")
        self.text = QLabel(text)
        changed = [(name, c) for name, c in ((c.name, c) for _, c in result.accounts) if c.changed]
        self.table = summary_table(len(changed), [
            term("account"), self.tr("Added"), self.tr("Updated"), self.tr("Deleted"),
            self.tr("Conflicts")])
        for row, (name, c) in enumerate(changed):
            if c.added:
                name = self.tr("{name} (new)").format(name=name)
            elif c.deleted:
                name = self.tr("{name} (deleted)").format(name=name)
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, count in enumerate((c.records_added, c.records_updated,
                                            c.records_deleted, c.conflicts), 1):
                item = QTableWidgetItem(str(count) if count else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        lay_out_summary(self, self.text, self.table)


class SwitchConflict:
    """Undoable "use the other value": switching again is its own undo."""

    def __init__(self, conflict_id: uuid.UUID) -> None:
        self.conflict_id = conflict_id

    def apply(self, session) -> "SwitchConflict":
        switch_conflict(session, conflict_id=self.conflict_id)
        return self


class ConflictsDialog(QDialog):
    """The conflict log: for each field both laptops changed, the value kept, the other
    one, who and when; one click takes the other value."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange conflicts"))
        self.context = context
        self.conflicts: list[ConflictInfo] = []
        intro = QLabel(self.tr("When two laptops changed the same field since they last "
                               "exchanged, the later change was kept. Here is what the other "
                               "one was; take it if it was the right one (Ctrl+Z undoes)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([
            term("account"), self.tr("Record"), self.tr("Field"), self.tr("Value now"),
            self.tr("Other value"), self.tr("Other value from")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.switch_button = QPushButton(self.tr("Use the other value"))
        self.switch_button.clicked.connect(self.switch_selected)
        self.empty = QLabel(self.tr("No conflicts: every exchange so far merged cleanly."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        restore_geometry(self, "conflicts_dialog", QSize(980, 520))
        context.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.conflicts = self.context.read(list_conflicts)
        self.table.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            when = c.other_at.astimezone().strftime("%d.%m.%Y %H:%M") if c.other_at else ""
            now = self.tr("deleted with the record on another laptop") \
                if c.kind == "deleted" else _shown(c.value)
            cells = [c.account, c.record, field_label(c.field) or self.tr("the whole record"),
                     now, _shown(c.other_value), f"{c.other_by} {when}".strip()]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self.conflicts))
        self.empty.setVisible(not self.conflicts)
        self._selected()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.switch_button.setEnabled(bool(rows) and self.conflicts[rows[0].row()].can_switch)

    def switch_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.switch(self.conflicts[rows[0].row()])

    def switch(self, conflict: ConflictInfo) -> None:
        text = self.tr("Use the other value of {field}").format(field=field_label(conflict.field))
        try:
            run_edit(self.context, text, SwitchConflict(conflict.id))
        except InputError as error:
            QMessageBox.warning(self, self.tr("The other value cannot be used"),
                                translated(error.message))

    def done(self, result: int) -> None:
        self.context.changed.disconnect(self.refresh)
        super().done(result)


def _shown(value) -> str:
    return "—" if value is None or value == "" else str(value)


#: the words for the fields a conflict most often names; others show their own name
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "legal_name": QT_TRANSLATE_NOOP("fields", "legal name"),
    "inn": QT_TRANSLATE_NOOP("fields", "INN"),
    "industry": QT_TRANSLATE_NOOP("fields", "industry"),
    "region": QT_TRANSLATE_NOOP("fields", "region"),
    "address": QT_TRANSLATE_NOOP("fields", "address"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "owner": QT_TRANSLATE_NOOP("fields", "owner"),
    "category": QT_TRANSLATE_NOOP("fields", "category"),
    "lifecycle": QT_TRANSLATE_NOOP("fields", "stage"),
    "year": QT_TRANSLATE_NOOP("fields", "year"),
    "position": QT_TRANSLATE_NOOP("fields", "position"),
    "department": QT_TRANSLATE_NOOP("fields", "department"),
    "email": QT_TRANSLATE_NOOP("fields", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "phone"),
    "interest": QT_TRANSLATE_NOOP("fields", "interest"),
    "involvement": QT_TRANSLATE_NOOP("fields", "involvement"),
    "stance": QT_TRANSLATE_NOOP("fields", "stance"),
    "mirrors_id": QT_TRANSLATE_NOOP("fields", "mirrors"),
    "level": QT_TRANSLATE_NOOP("fields", "level"),
    "title": QT_TRANSLATE_NOOP("fields", "title"),
    "summary": QT_TRANSLATE_NOOP("fields", "summary"),
    "next_step": QT_TRANSLATE_NOOP("fields", "next step"),
    "next_step_due": QT_TRANSLATE_NOOP("fields", "next step due"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "due": QT_TRANSLATE_NOOP("fields", "due"),
    "amount": QT_TRANSLATE_NOOP("fields", "amount"),
    "client_benefit": QT_TRANSLATE_NOOP("fields", "client's benefit"),
    "our_cost": QT_TRANSLATE_NOOP("fields", "our cost"),
    "description": QT_TRANSLATE_NOOP("fields", "description"),
}


def field_label(field: str | None) -> str:
    if field in FIELD_LABELS:
        return QCoreApplication.translate("fields", FIELD_LABELS[field])
    return field or ""


class Exchange(QObject):
    """The File-menu actions of the main window: send, receive, conflicts."""

    def __init__(self, window: QWidget, context: AppContext, loader: BackgroundLoader) -> None:
        super().__init__(window)
        self.window, self.context, self.loader = window, context, loader
        self.progress: QProgressDialog | None = None
        #: the last report shown (a summary or a message), left open beside the window
        self.report: QDialog | None = None

    def send(self) -> None:
        dialog = SendDialog(self.context, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Send to a colleague"), self.tr("portfolio") + BUNDLE_SUFFIX,
            self.tr("KAM Desktop exchange files (*{suffix})").format(suffix=BUNDLE_SUFFIX))
        if path:
            if not path.endswith(BUNDLE_SUFFIX):
                path += BUNDLE_SUFFIX
            self.write(Path(path), dialog.account_names(), dialog.chosen_password(),
                       dialog.with_personal())

    def write(self, path: Path, account_names: list[str] | None, password: str | None,
              with_personal: bool = False) -> None:
        self.progress = _busy(self.window, self.tr("Writing the exchange file…"))

        def send(_session) -> ExportResult | InputError:
            def in_one_transaction() -> ExportResult:
                # unticking the lock in the dialog is the explicit choice of an unlocked file
                with self.context.transaction() as session:
                    return export_bundle(session, path=path, account_names=account_names,
                                         password=password, allow_unlocked=password is None,
                                         with_personal=with_personal)
            return self._run(in_one_transaction)

        self.loader.load("exchange", send, self._sent)

    def _sent(self, result: ExportResult | InputError) -> None:
        self.progress.close()
        if isinstance(result, InputError):
            self._refused(self.tr("The file was not written"), result)
            return
        locked = self.tr("locked with the password") if result.encrypted else self.tr("not locked")
        self._show(QMessageBox(QMessageBox.Icon.Information, self.tr("Ready to send"), self.tr(
            "%n account(s) written to {path}, {locked}.", "", result.accounts).format(
            path=result.path, locked=locked), parent=self.window))

    def receive(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Receive from a colleague"), "",
                self.tr("KAM Desktop exchange files (*{suffix})").format(suffix=BUNDLE_SUFFIX))
            if not chosen:
                return
            path = Path(chosen)
        password = None
        if is_encrypted(path):
            password, ok = QInputDialog.getText(
                self.window, self.tr("Password"),
                self.tr("{name} is locked. Its password:").format(name=path.name),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
        self.read(path, password)

    def read(self, path: Path, password: str | None) -> None:
        db = self.context.db

        def merge(_session) -> ImportResult | InputError:
            def receive() -> ImportResult:
                with database_faults(db.path):
                    return receive_bundle(db, path=path, password=password)
            return self._run(receive)

        self.progress = _busy(self.window, self.tr("Merging {name}…").format(name=path.name))
        self.loader.load("exchange", merge, self._received)

    def _received(self, result: ImportResult | InputError) -> None:
        self.progress.close()
        if isinstance(result, InputError):
            self._refused(self.tr("Nothing was received"), result)
            return
        if not result.already_imported:
            self.context.undo_stack.clear()  # the edits on it may no longer apply
            self.context.changed.emit(Changes.anything())
        self._show(ImportSummaryDialog(result, self.window))

    def conflicts(self) -> None:
        ConflictsDialog(self.context, self.window).exec()

    @staticmethod
    def _run(action):
        """Run ``action`` in the worker; bad input comes back as a value to show."""
        try:
            return action()
        except InputError as error:
            return error

    def _refused(self, title: str, error: InputError) -> None:
        self._show(QMessageBox(QMessageBox.Icon.Warning, title, explained(error),
                               parent=self.window))

    def _show(self, dialog: QDialog) -> None:
        if self.report is not None:
            self.report.deleteLater()
        self.report = dialog
        dialog.open()
