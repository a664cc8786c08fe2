"""The account team: our people on the account, their level, and the client contact each
one mirrors — the one place where mirrors are set."""
from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from kam_desktop.domain.enums import TeamLevel
from kam_desktop.domain.roles import is_top_to_top
from kam_desktop.services.dossier import Dossier
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.profile import hint_label
from kam_desktop.ui.forms import ChoiceField, TextField
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.sections import Column, RecordSection, Row, fit_columns, unused_name


def _person(contact: Row) -> str:
    """A contact's name with their position, if known."""
    return ", ".join(filter(None, [contact["name"], contact["position"]]))


class TeamPage(RecordSection):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("people",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Name"), lambda r: r["name"]),
            Column(self.tr("Department"), lambda r: r["department"] or ""),
            Column(self.tr("Level"), lambda r: name_of(r["level"])),
            Column(self.tr("Mirrors at the client"), self._mirrored),
        ]
        super().__init__(context, "team_member", columns, self._new_member, self.tr("team member"), parent)
        self.contacts: dict[uuid.UUID, Row] = {}
        self.add_editor(self.tr("Name"), TextField("name"))
        self.add_editor(self.tr("Department"), TextField("department"))
        self.add_editor(self.tr("Level"), ChoiceField(
            "level", [(level.value, name_of(level)) for level in TeamLevel]))
        self.mirrors = self.add_editor(self.tr("Mirrors at the client"),
                                       ChoiceField("mirrors_id", [], True))
        self.no_contacts = QLabel(self.tr("No client contacts yet: add them on the Contacts page."))
        self.no_contacts.setWordWrap(True)
        self.form.addRow("", self.no_contacts)
        explanation = hint_label()
        explanation.setText(self.tr(
            "Each of our people mirrors someone at the client, so that every level of the "
            "client knows someone on our side. An executive of ours mirroring a client's "
            "leader is top-to-top selling."))
        self.layout().insertWidget(0, explanation)
        self.layout().setStretchFactor(self.splitter, 1)
        self.mirrors.input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mirrors.input.setMinimumContentsLength(16)
        fit_columns(self.table)

    def _mirrored(self, row: Row) -> str:
        contact = self.contacts.get(row["mirrors_id"])
        if contact is None:
            return ""
        if is_top_to_top(row["level"], contact["role"]):
            return self.tr("{person} — top-to-top").format(person=_person(contact))
        return _person(contact)

    def _new_member(self) -> dict[str, Any]:
        return {"name": unused_name(self.tr("New team member {n}"),
                                    {row["name"] for row in self.model.rows})}

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.contacts = {c["id"]: c for c in dossier.sections["contact"]}
        self.mirrors.set_choices([(c["id"], _person(c)) for c in self.contacts.values()])
        self.no_contacts.setVisible(not self.contacts)
        self.set_rows(dossier.sections["team_member"], account_id, account_id)
