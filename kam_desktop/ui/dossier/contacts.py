"""Contacts: the client's people, their place on the role map, and the confidential
personal questionnaire."""
from __future__ import annotations

import html
import uuid
from typing import Any

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QMenu, QMessageBox, QPushButton, QVBoxLayout,
)

from kam_desktop.domain.enums import PERSONAL_FIELDS, ContactType, Role, Stance
from kam_desktop.domain.roles import role_for
from kam_desktop.services.contacts import mark_left, same_person
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.erasure import erase_person
from kam_desktop.services.errors import InputError
from kam_desktop.ui.forms import (
    ChoiceField,
    DateField,
    FieldEditor,
    MultilineField,
    ScoreField,
    TextField,
)
from kam_desktop.ui.dossier.person import ConsentDialog, ask_export, consent_choices
from kam_desktop.ui.labels import mirrors_text, name_of, personal_question, role_guidance, term
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.ui.sections import Column, RecordSection, Row, unused_name
from kam_desktop.ui.undo import Add, Batch, Delete, Update, run_edit
from kam_desktop.ui.messages import translated


def _score(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def _date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def _link(account_id: uuid.UUID, contact_id: uuid.UUID, text: str) -> str:
    """A link in the history line that opens the person's card at another account."""
    return f'<a href="{account_id}/{contact_id}">{html.escape(text)}</a>'


class MarkLeft:
    """Undoable: the contact left the client (see services.contacts.mark_left)."""

    def __init__(self, contact_id: uuid.UUID, left_on: date, left_to: str | None,
                 to_account_id: uuid.UUID | None) -> None:
        self.contact_id, self.left_on, self.left_to = contact_id, left_on, left_to
        self.to_account_id = to_account_id

    def apply(self, session) -> Batch:
        departure = mark_left(session, contact_id=self.contact_id, left_on=self.left_on,
                              left_to=self.left_to, to_account_id=self.to_account_id)
        undo = [Update("contact", self.contact_id, departure.old_values)]
        if departure.created_id is not None:
            undo.append(Delete("contact", departure.created_id))
        return Batch(tuple(undo))


class LeftDialog(QDialog):
    """When the person left and where to; one of our accounts can keep them as a contact."""

    def __init__(self, name: str, accounts: list[tuple[uuid.UUID, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{name} left the company").format(name=name))
        self.accounts = {account_name.casefold(): account_id for account_id, account_name in accounts}
        self.left_on = QDateEdit(QDate.currentDate())
        self.left_on.setCalendarPopup(True)
        self.left_on.setMaximumDate(QDate.currentDate())
        self.where = QComboBox()
        self.where.setEditable(True)
        self.where.addItems(sorted((n for _, n in accounts), key=str.casefold))
        self.where.setCurrentIndex(-1)
        self.where.lineEdit().setPlaceholderText(self.tr("a company, or one of our accounts"))
        self.where.setMinimumContentsLength(32)
        self.keep = QCheckBox(self.tr("Keep them as a contact of that account"))
        self.keep.setChecked(True)
        self.where.currentTextChanged.connect(self._update)
        form = QFormLayout(self)
        form.addRow(self.tr("Left on"), self.left_on)
        form.addRow(self.tr("Moved to"), self.where)
        form.addRow(self.keep)
        note = QLabel(self.tr("The contact stays here with their history and leaves the role "
                              "map. Kept at our other account, they start there with their name, "
                              "phone and personal notes, linked back to this one."))
        note.setWordWrap(True)
        note.setEnabled(False)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._update()

    def target_account(self) -> uuid.UUID | None:
        return self.accounts.get(self.where.currentText().strip().casefold())

    def _update(self, *_args) -> None:
        self.keep.setEnabled(self.target_account() is not None)

    def departure(self) -> tuple[date, str | None, uuid.UUID | None]:
        chosen = self.left_on.date()
        target = self.target_account() if self.keep.isChecked() else None
        return (date(chosen.year(), chosen.month(), chosen.day()),
                self.where.currentText().strip() or None, target)


class ContactsPage(RecordSection):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("people",)

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("Position"), lambda r: r["position"] or ""),
            Column(term("role"), lambda r: name_of(r["role"])),
            Column(self.tr("Interest"), lambda r: _score(r["interest"]), lambda r: r["interest"], True),
            Column(self.tr("Involvement"), lambda r: _score(r["involvement"]), lambda r: r["involvement"], True),
            Column(term("stance"), lambda r: name_of(r["stance"])),
            Column(self.tr("Reports to"), lambda r: r["reports_to"] or ""),
            Column(self.tr("Mirrored by"), lambda r: mirrors_text(r["mirrored_by"])),
            Column(term("status"), self._status),
        ]
        super().__init__(context, "contact", columns, self._new_contact, self.tr("contact"), parent)
        self.add_editor(self.tr("Name"), TextField("name"))
        self.add_editor(self.tr("Position"), TextField("position"))
        self.add_editor(self.tr("Department"), TextField("department"))
        self.add_editor(self.tr("E-mail"), TextField("email"))
        self.add_editor(self.tr("Phone"), TextField("phone"))
        self.interest = self.add_editor(self.tr("Interest (0–10)"), ScoreField("interest"))
        self.involvement = self.add_editor(self.tr("Involvement (0–10)"), ScoreField("involvement"))
        self.role = QLabel()
        self.role.setObjectName("role_label")
        self.role.setWordWrap(True)
        self.form.addRow(term("role"), self.role)
        self.interest.live.connect(self._show_role)
        self.involvement.live.connect(self._show_role)
        self.add_editor(term("stance"), ChoiceField(
            "stance", [(s.value, name_of(s)) for s in Stance]))
        self.add_editor(self.tr("Part in the purchase"), ChoiceField(
            "contact_type", [(c.value, name_of(c)) for c in ContactType], True)).setToolTip(
            self.tr("Besides the role on the map: does the person make the decision, "
                    "influence it, or use what we supply?"))
        self.reports_to = self.add_editor(self.tr("Reports to"), ChoiceField("reports_to_id", [], True))
        self.mirrored_by = QLabel()
        self.mirrored_by.setObjectName("mirrored_by")
        self.mirrored_by.setWordWrap(True)
        self.form.addRow(self.tr("Mirrored by"), self.mirrored_by)
        self.add_editor(self.tr("Confirmed in post on"), DateField("confirmed_on"))
        self.history = QLabel()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.linkActivated.connect(self._open_link)
        self.left_button = QPushButton(self.tr("Left the company…"))
        self.left_button.setToolTip(self.tr("Record that the person left the client, and where "
                                            "they went"))
        self.left_button.clicked.connect(self.ask_left)
        history_row = QVBoxLayout()
        history_row.addWidget(self.history)
        history_row.addWidget(self.left_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.form.addRow(self.tr("History"), history_row)

        self.confidential = QGroupBox(self.tr("Confidential — personal data"))
        self.confidential.setObjectName("confidential")
        self.confidential.setStyleSheet(
            "QGroupBox#confidential { border: 2px solid #c62828; border-radius: 4px;"
            " margin-top: 12px; padding-top: 8px; font-weight: 600; }"
            "QGroupBox#confidential::title { color: #c62828; subcontrol-origin: margin;"
            " left: 8px; }")
        personal_form = QFormLayout(self.confidential)
        personal_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        reminder = QLabel(self.tr(
            "Never shown to the client and never printed in client-facing reports. "
            "Collect only what you will really use."))
        reminder.setWordWrap(True)
        personal_form.addRow(reminder)
        # when and how the person agreed (asked with the first note, corrected here)
        self.consent_editors: list[FieldEditor] = [
            DateField("consent_on"), ChoiceField("consent_how", consent_choices(), True)]
        self.personal_editors: list[FieldEditor] = []
        for field in PERSONAL_FIELDS:
            question, why = personal_question(field)
            editor = MultilineField(field)
            editor.setToolTip(why)
            editor.input.setPlaceholderText(why)
            self.personal_editors.append(editor)
        for label, editor in zip([self.tr("Consent given on"), self.tr("Consent given")]
                                 + [personal_question(f)[0] for f in PERSONAL_FIELDS],
                                 self.consent_editors + self.personal_editors):
            editor.committed.connect(lambda value, e=editor: self._commit_personal(e, value))
            personal_form.addRow(label, editor)
        self.form.addRow(self.confidential)
        self.erase_button = QPushButton(self.tr("Erase person…"))
        self.erase_button.setToolTip(self.tr(
            "Erase all data about this person from this laptop, backups included. "
            "This cannot be undone."))
        self.erase_button.clicked.connect(self.erase_selected)
        self.form.addRow(self.erase_button)
        self._personal_exists = False
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _new_contact(self) -> dict[str, Any]:
        name = unused_name(self.tr("New contact {n}"), {row["name"] for row in self.model.rows})
        return {"name": name, "interest": 5.0, "involvement": 5.0}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_rows(dossier.sections["contact"], account_id, account_id)

    def row_shown(self, row: Row) -> None:
        others = [(r["id"], r["name"]) for r in self.model.rows if r["id"] != row["id"]]
        self.reports_to.set_choices(others)
        self.reports_to.load(row["reports_to_id"])
        self._show_role()
        self._show_history(row)
        self.mirrored_by.setText(mirrors_text(row["mirrored_by"]) or self.tr(
            "Nobody on our side yet: choose who mirrors them on the Account team page."))
        self._personal_exists = bool(row["personal"])
        for editor in self.consent_editors + self.personal_editors:
            editor.load(row["personal"].get(editor.field))

    def _status(self, row: Row) -> str:
        if row["left_on"] is not None:
            return self.tr("left {date}").format(date=_date(row["left_on"]))
        if row["came_from"]:
            return self.tr("from {account}").format(account=row["came_from"]["account"])
        return ""

    def _show_history(self, row: Row) -> None:
        parts = []
        if row["came_from"]:
            came = row["came_from"]
            parts.append(self.tr("Previously at {account}, left on {date}.").format(
                account=_link(came["account_id"], came["contact_id"], came["account"]),
                date=_date(came["left_on"])))
        if row["left_on"] is not None:
            where = row["left_to"] or self.tr("an unknown company")
            where = (_link(row["moved_to"]["account_id"], row["successor_id"], where)
                     if row["moved_to"] else html.escape(where))
            parts.append(self.tr("Left on {date} for {where}.").format(
                date=_date(row["left_on"]), where=where))
        self.history.setText(" ".join(parts) or self.tr("Works at this client."))
        self.left_button.setEnabled(row["left_on"] is None)

    def _open_link(self, target: str) -> None:
        account_id, contact_id = target.split("/")
        self.context.open_requested.emit(uuid.UUID(account_id), "contacts", uuid.UUID(contact_id))

    def ask_left(self) -> None:
        row = self.current_row()
        if row is None:
            return
        accounts = self.context.read(list_account_names)
        dialog = LeftDialog(row["name"], [(a.id, a.name) for a in accounts
                                          if a.id != self.account_id], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.mark_left(row["id"], *dialog.departure())

    def mark_left(self, contact_id: uuid.UUID, left_on: date, left_to: str | None,
                  to_account_id: uuid.UUID | None) -> None:
        name = next(r["name"] for r in self.model.rows if r["id"] == contact_id)
        try:
            run_edit(self.context, self.tr("{name} left the company").format(name=name),
                     MarkLeft(contact_id, left_on, left_to, to_account_id))
        except InputError as error:
            QMessageBox.warning(self, self.tr("Cannot record the departure"),
                                translated(error.message))

    def erase_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        records = self.context.read(lambda s: same_person(s, row["id"]))
        text = self.tr(
            "Everything about {name} will be erased from this laptop: the contact, the "
            "personal notes, their place in diaries, mentions of their name in texts, and "
            "the same in every backup. Only a note that an erasure happened is kept. "
            "This cannot be undone.").format(name=row["name"])
        if len(records) > 1:
            text += " " + self.tr("The same person's records at {accounts} go too.").format(
                accounts=", ".join(sorted(name for _, name in records[1:])))
        answer = QMessageBox.warning(
            self, self.tr("Erase {name}?").format(name=row["name"]), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(row["id"])

    def _context_menu(self, position) -> None:
        row = self.current_row()
        if row is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Export what we keep about this person…"),
                       lambda: ask_export(self, self.context, row["id"], row["name"]))
        menu.addAction(self.tr("Erase person…"), self.erase_selected)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def erase(self, contact_id: uuid.UUID) -> int:
        """Erase the person at once, with their records at our other accounts (no undo:
        the undo history could hold their data, so it is cleared too). Returns how many
        backups were scrubbed."""
        scrubbed = self.context.run(
            lambda db: erase_person(db, contact_id=contact_id, erased_by=None))
        self.context.undo_stack.clear()
        self.empty_label.setText(self.tr("Erased. {count} backup(s) scrubbed too.")
                                 .format(count=scrubbed))
        return scrubbed

    def _show_role(self, *_args) -> None:
        role = role_for(self.interest.value(), self.involvement.value()).value
        self.role.setText(f"<b>{name_of(Role(role))}</b> — {role_guidance(role)}")

    def _commit_personal(self, editor: FieldEditor, value: Any) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            return
        if not self._personal_exists and editor.field in PERSONAL_FIELDS and value:
            self.ask_consent(contact_id, editor, value)
            return
        self._write_personal(contact_id, editor, {editor.field: value})

    def _write_personal(self, contact_id: uuid.UUID, editor: FieldEditor,
                        values: dict[str, Any]) -> None:
        operation = (Update("personal_notes", contact_id, values)
                     if self._personal_exists else Add("personal_notes", contact_id, values))
        try:
            run_edit(self.context, self.tr("Edit personal notes"), operation)
        except InputError as error:
            editor.show_error(translated(error.message))

    def ask_consent(self, contact_id: uuid.UUID, editor: FieldEditor, value: Any) -> None:
        """The first note about a person is kept with their consent: when and how they
        agreed is asked first. Without it the note is not kept."""
        self.consent_dialog = ConsentDialog(self.current_row()["name"], self)
        self.consent_dialog.accepted.connect(lambda: self._write_personal(
            contact_id, editor, {editor.field: value, **self.consent_dialog.consent()}))
        self.consent_dialog.rejected.connect(lambda: editor.load(None))
        self.consent_dialog.open()
