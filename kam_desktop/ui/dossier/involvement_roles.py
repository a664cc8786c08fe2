"""What a department does at a stage of the involvement map — each actor appears on time
with a defined role [000] — edited for the selected cell under the map."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kam_desktop.domain.enums import Stage
from kam_desktop.services.errors import InputError
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.messages import translated
from kam_desktop.ui.undo import Update, run_edit


@dataclass(frozen=True)
class CellRole:
    """A stored share of the map: its record and the department's role at that stage."""

    share_id: uuid.UUID
    text: str


class DepartmentRoleEditor(QWidget):
    """One line under the map: the role of the selected cell's department at its stage.
    Only a stored share (a stage that sums to 100 %) can carry a role."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.cell: CellRole | None = None
        self.caption = QLabel()
        self.input = QLineEdit()
        self.input.setAccessibleName(self.tr("The department's role at the stage"))
        self.input.setPlaceholderText(self.tr("e.g. finds plants that launch new lines"))
        self.input.editingFinished.connect(self.commit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.input, 1)
        self.show_cell(None, "", None)

    def show_cell(self, stage: Stage | None, department: str, cell: CellRole | None) -> None:
        self.cell = cell
        if cell is None:
            self.caption.setText(self.tr("Role at the stage:"))
            self.input.setToolTip(self.tr("Select a department's share of a saved stage to "
                                          "say what the department does there"))
        else:
            self.caption.setText(self.tr("What {department} does at “{stage}”:").format(
                department=department, stage=name_of(stage)))
            self.input.setToolTip("")
        if not self.input.hasFocus() or cell is None:
            self.input.setText(cell.text if cell else "")
        self.input.setEnabled(cell is not None)

    def commit(self) -> None:
        if self.cell is None or self.input.text().strip() == self.cell.text:
            return
        try:
            run_edit(self.context, self.tr("Edit a department's role"), Update(
                "involvement_share", self.cell.share_id,
                {"role_text": self.input.text().strip() or None}))
        except InputError as error:
            self.input.setToolTip(translated(error.message))
