"""Handing the account over to another manager: the dialog, and the undoable step that
records the hand-over and makes the receiver the owner (services.handover)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from kam_desktop.services.handover import record_handover
from kam_desktop.ui.labels import date_format
from kam_desktop.ui.undo import Batch, Delete, Update


@dataclass(frozen=True)
class RecordHandover:
    """An undo operation: the hand-over recorded; undone, the account's owner is back
    and the record gone."""

    account_id: uuid.UUID
    to_name: str
    on: date
    note: str | None = None

    def apply(self, session: Session) -> Batch:
        done = record_handover(session, account_id=self.account_id, to_name=self.to_name,
                               on=self.on, note=self.note)
        return Batch((Update("account", self.account_id, {"owner": done.previous_owner}),
                      Delete("handover", done.handover_id)))


class HandoverDialog(QDialog):
    """To whom, when and why; and whether to make the receiver's hand-over pack."""

    def __init__(self, account_name: str, owner: str | None, people: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over {account}").format(account=account_name))
        self.setMinimumWidth(460)
        self.receiver = QComboBox()
        self.receiver.setEditable(True)
        self.receiver.addItems([name for name in people if name != owner])
        self.receiver.setCurrentText("")
        self.receiver.lineEdit().setPlaceholderText(self.tr("The client manager or project "
                                                            "manager who takes it on"))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_format())
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Why now, what is promised, what to watch"))
        self.note.setMaximumHeight(90)
        self.make_pack = QCheckBox(self.tr("Make the hand-over pack for the receiver"))
        self.make_pack.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), QLabel(owner or self.tr("nobody yet")))
        form.addRow(self.tr("To"), self.receiver)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.make_pack)
        layout.addWidget(buttons)

    def operation(self, account_id: uuid.UUID) -> RecordHandover:
        return RecordHandover(account_id, self.receiver.currentText(),
                              self.on.date().toPython(), self.note.toPlainText().strip() or None)
