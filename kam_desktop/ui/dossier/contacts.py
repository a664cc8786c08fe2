"""Contacts: the client's people, their place on the role map, and the confidential
personal questionnaire."""
from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QMessageBox, QPushButton

from kam_desktop.domain.enums import PERSONAL_FIELDS, Stance
from kam_desktop.domain.roles import role_for
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.erasure import erase_contact, scrub_files
from kam_desktop.services.errors import InputError
from kam_desktop.ui.forms import ChoiceField, FieldEditor, MultilineField, ScoreField, TextField
from kam_desktop.ui.labels import personal_question, role_guidance, role_label, stance_label
from kam_desktop.ui.sections import Column, RecordSection, Row, unused_name
from kam_desktop.ui.undo import Add, Update, run_edit
from kam_desktop.ui.messages import translated


def _score(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


class ContactsPage(RecordSection):
    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("Position"), lambda r: r["position"] or ""),
            Column(self.tr("Role"), lambda r: role_label(r["role"].value)),
            Column(self.tr("Interest"), lambda r: _score(r["interest"]), lambda r: r["interest"], True),
            Column(self.tr("Involvement"), lambda r: _score(r["involvement"]), lambda r: r["involvement"], True),
            Column(self.tr("Stance"), lambda r: stance_label(r["stance"].value)),
            Column(self.tr("Reports to"), lambda r: r["reports_to"] or ""),
            Column(self.tr("Our counterpart"), lambda r: r["our_counterpart"] or ""),
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
        self.form.addRow(self.tr("Role"), self.role)
        self.interest.live.connect(self._show_role)
        self.involvement.live.connect(self._show_role)
        self.add_editor(self.tr("Stance"), ChoiceField(
            "stance", [(s.value, stance_label(s.value)) for s in Stance]))
        self.reports_to = self.add_editor(self.tr("Reports to"), ChoiceField("reports_to_id", [], True))
        self.add_editor(self.tr("Our counterpart"), TextField("our_counterpart"))

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
        self.personal_editors: list[FieldEditor] = []
        for field in PERSONAL_FIELDS:
            question, why = personal_question(field)
            editor = MultilineField(field)
            editor.setToolTip(why)
            editor.input.setPlaceholderText(why)
            editor.committed.connect(lambda value, e=editor: self._commit_personal(e, value))
            self.personal_editors.append(editor)
            personal_form.addRow(question, editor)
        self.form.addRow(self.confidential)
        self.erase_button = QPushButton(self.tr("Erase person…"))
        self.erase_button.setToolTip(self.tr(
            "Erase all data about this person from this laptop, backups included. "
            "This cannot be undone."))
        self.erase_button.clicked.connect(self.erase_selected)
        self.form.addRow(self.erase_button)
        self._personal_exists = False

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
        self._personal_exists = bool(row["personal"])
        for editor in self.personal_editors:
            editor.load(row["personal"].get(editor.field))

    def erase_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Erase {name}?").format(name=row["name"]), self.tr(
                "Everything about {name} will be erased from this laptop: the contact, the "
                "personal notes, their place in diaries, mentions of their name in texts, and "
                "the same in every backup. Only a note that an erasure happened is kept. "
                "This cannot be undone.").format(name=row["name"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.erase(row["id"])

    def erase(self, contact_id: uuid.UUID) -> int:
        """Erase the person at once (no undo: the undo history could hold their data,
        so it is cleared too). Returns how many backups were scrubbed."""
        self.context.write(lambda s: erase_contact(s, contact_id=contact_id, erased_by=None),
                           self.change())
        self.context.undo_stack.clear()
        scrubbed = scrub_files(self.context.db.engine, self.context.db.path, contact_id)
        self.empty_label.setText(self.tr("Erased. {count} backup(s) scrubbed too.")
                                 .format(count=scrubbed))
        return scrubbed

    def _show_role(self, *_args) -> None:
        role = role_for(self.interest.value(), self.involvement.value()).value
        self.role.setText(f"<b>{role_label(role)}</b> — {role_guidance(role)}")

    def _commit_personal(self, editor: FieldEditor, value: Any) -> None:
        contact_id = self.current_id()
        if contact_id is None:
            return
        operation = (Update("personal", contact_id, {editor.field: value})
                     if self._personal_exists else Add("personal", contact_id, {editor.field: value}))
        try:
            run_edit(self.context, self.tr("Edit personal notes"), operation, self.change())
        except InputError as error:
            editor.show_error(translated(error.message))
