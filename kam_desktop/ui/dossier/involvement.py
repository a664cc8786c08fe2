"""The functional involvement map: for each stage of serving the client, the share of
the work each of our departments carries, and what each does there.

A stage is stored only as a whole that sums to 100 %. While the user types the shares of
a stage one by one, the stage is a *draft*: shown in italics, its row saying in words
what is missing, nothing stored. As soon as the shares sum to 100 % the stage is stored
as one undoable step.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Stage
from kam_desktop.domain.involvement import stage_problem
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.involvement import set_stage_shares
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.involvement_roles import CellRole, DepartmentRoleEditor
from kam_desktop.ui.labels import name_of
from kam_desktop.ui.undo import run_edit
from kam_desktop.ui.messages import translated

STAGES = list(Stage)
Shares = dict[str, float]
_NAME_LENGTH = 200  # as the service allows


def _percent(value: float) -> str:
    """"33,33 %", "100 %": at most two decimals, as the editor allows."""
    return f"{QLocale().toString(round(float(value), 2), 'g', 12)}\u00a0%"


def _conveyor_order(department: str, stored: dict[Stage, Shares]) -> tuple:
    """Sort key: the first stage the department works in, its larger share first."""
    for number, stage in enumerate(STAGES):
        share = stored.get(stage, {}).get(department)
        if share:
            return number, -share, department.casefold()
    return len(STAGES), 0, department.casefold()


@dataclass(frozen=True)
class SetShares:
    """Set whole stages of the map; applying it returns the SetShares that restores them."""

    account_id: uuid.UUID
    stages: dict[Stage, Shares]

    def apply(self, session: Session) -> SetShares:
        old = {stage: set_stage_shares(session, account_id=self.account_id, stage=stage,
                                       shares=shares)
               for stage, shares in self.stages.items()}
        return SetShares(self.account_id, old)


class InvolvementModel(QAbstractTableModel):
    """Stages (rows) × departments (columns), then the stage's total. Shows the stored
    shares, overlaid by the drafts of stages that do not sum to 100 % yet."""

    cell_edited = Signal(object, str, float)  # stage, department, percent

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.departments: list[str] = []
        self.stored: dict[Stage, Shares] = {}
        self.drafts: dict[Stage, Shares] = {}
        #: stage -> why the service refused it
        self.problems: dict[Stage, str] = {}
        #: (stage, department) -> its stored share's record and role at the stage
        self.roles: dict[tuple[Stage, str], CellRole] = {}

    def load(self, departments: list[str], stored: dict[Stage, Shares],
             drafts: dict[Stage, Shares]) -> None:
        same_columns = departments == self.departments
        if not same_columns:
            self.beginResetModel()
        self.departments, self.stored, self.drafts = departments, stored, drafts
        self.problems = {s: p for s, p in self.problems.items() if s in drafts}
        if same_columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(STAGES) - 1, len(departments)))
        else:
            self.endResetModel()

    def set_draft(self, stage: Stage, shares: Shares | None, problem: str | None = None) -> None:
        """Keep ``shares`` as the unsaved draft of ``stage`` (None: show what is stored)."""
        self.drafts.pop(stage, None)
        self.problems.pop(stage, None)
        if shares is not None:
            self.drafts[stage] = shares
            if problem:
                self.problems[stage] = problem
        row = STAGES.index(stage)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.departments)))

    def shares(self, stage: Stage) -> Shares:
        return self.drafts.get(stage, self.stored.get(stage, {}))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(STAGES)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.departments) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return name_of(STAGES[section])
        if section < len(self.departments):
            return self.departments[section]
        return self.tr("Total")

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.departments):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        stage = STAGES[index.row()]
        if index.column() == len(self.departments):
            return self._total(stage, role)
        value = self.shares(stage).get(self.departments[index.column()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else _percent(value)
        if role == Qt.ItemDataRole.EditRole:
            return value or 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and stage in self.drafts:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if stage in self.drafts:
                return self.tr("Not saved yet: the shares of this stage must sum to 100 %")
            cell = self.roles.get((stage, self.departments[index.column()]))
            return cell.text if cell and cell.text else None
        return None

    def cell_role(self, index: QModelIndex) -> CellRole | None:
        """The stored share of a department's cell, when its stage is not a draft."""
        if not index.isValid() or index.column() >= len(self.departments):
            return None
        stage = STAGES[index.row()]
        return None if stage in self.drafts else self.roles.get(
            (stage, self.departments[index.column()]))

    def _total(self, stage: Stage, role: int):
        shares = self.shares(stage)
        ok = bool(shares) and stage_problem(shares) is None and stage not in self.problems
        if role == Qt.ItemDataRole.DisplayRole:
            return self.status(stage)
        if role == Qt.ItemDataRole.ForegroundRole and shares:
            return QBrush(QColor("#2e7d32" if ok else "#c62828"))
        return None

    def status(self, stage: Stage) -> str:
        """The stage's sum and whether it is complete, in words."""
        shares = self.shares(stage)
        if stage in self.problems:
            return f"✗ {self.problems[stage]}"
        if not shares:
            return self.tr("not set yet")
        total = _percent(sum(shares.values()))
        if stage_problem(shares) is None:
            return f"✓ {total}"
        return self.tr("✗ {total} — must be 100 % (not saved)").format(total=total)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.cell_edited.emit(STAGES[index.row()], self.departments[index.column()],
                              float(value))
        return True


class PercentDelegate(QStyledItemDelegate):
    """Edits a share as a percentage from 0 to 100."""

    def createEditor(self, parent, option, index) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(0, 100)
        spin.setDecimals(2)
        spin.setSuffix("\u00a0%")
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QDoubleSpinBox, index: QModelIndex) -> None:
        editor.setValue(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QDoubleSpinBox, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class InvolvementPage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("involvement",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        #: departments added here that have no share stored yet
        self._extras: list[str] = []

        intro = QLabel(self.tr(
            "Serving a client is a conveyor: search → need identification → project "
            "implementation → service programmes → repeat sale. At every stage each of our "
            "departments appears on time with a defined role and a measured share of the "
            "work, for example 30-40-30 for marketing, sales and service. The shares of a "
            "stage add up to 100 %."))
        intro.setWordWrap(True)

        self.new_department = QLineEdit()
        self.new_department.setPlaceholderText(self.tr("Department, e.g. Marketing"))
        self.new_department.setMaxLength(_NAME_LENGTH)
        self.new_department.returnPressed.connect(self.add_department)
        self.add_button = QPushButton(self.tr("Add department"))
        self.add_button.clicked.connect(self.add_department)
        self.remove_button = QPushButton(self.tr("Remove department"))
        self.remove_button.setToolTip(self.tr("Remove the department of the selected column"))
        self.remove_button.clicked.connect(self.remove_department)
        self.clear_button = QPushButton(self.tr("Clear stage"))
        self.clear_button.setToolTip(self.tr("Remove all shares of the selected stage"))
        self.clear_button.clicked.connect(self.clear_stage)
        self.discard_button = QPushButton(self.tr("Discard unsaved shares"))
        self.discard_button.setToolTip(self.tr("Show the stored shares again in every stage "
                                               "that does not sum to 100 %"))
        self.discard_button.clicked.connect(self.discard_drafts)
        adding = QHBoxLayout()
        adding.addWidget(self.new_department)
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        self.new_department.setMinimumWidth(300)
        actions = QHBoxLayout()  # they act on the selected cell
        actions.addWidget(self.remove_button)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.discard_button)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("involvement_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()

        self.model = InvolvementModel(self)
        self.model.cell_edited.connect(self._cell_edited)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Functional involvement map"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(PercentDelegate(self.table))
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._after_columns_changed)
        self.table.horizontalScrollBar().rangeChanged.connect(self._fit_height)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())

        self.empty_hint = QLabel(self.tr(
            "Start by adding the departments of ours that work with this client: marketing, "
            "sales, service…"))
        self.empty_hint.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start from 30–40–30"))
        self.start_button.setToolTip(self.tr(
            "Marketing 30 %, sales 40 % and service 30 % at every stage, the split the "
            "sources give as an example; then adjust it to this client"))
        self.start_button.clicked.connect(self.start_from_example)
        self.role_editor = DepartmentRoleEditor(context)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_role())
        how = QLabel(self.tr(
            "Type the shares of a stage one after another (Tab moves on). The stage is saved "
            "as soon as its shares add up to 100 %; until then its row says what is missing "
            "and nothing is stored."))
        how.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.start_button)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.role_editor)
        layout.addWidget(how)
        layout.addStretch(1)
        self._after_columns_changed()
        self._fit_height()

    # -- data -----------------------------------------------------------------

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        stored: dict[Stage, Shares] = {}
        self.model.roles = {}
        for row in dossier.sections["involvement_share"]:
            stored.setdefault(Stage(row["stage"]), {})[row["department"]] = row["percent"]
            self.model.roles[Stage(row["stage"]), row["department"]] = CellRole(
                row["id"], row["role_text"] or "")
        if account_id != self.account_id:
            self.account_id = account_id
            self._extras = []
            self._show_message(None)
            self.model.load([], {}, {})
            drafts: dict[Stage, Shares] = {}
        else:  # a draft stays only while what it was typed over is unchanged
            drafts = {stage: draft for stage, draft in self.model.drafts.items()
                      if stored.get(stage, {}) == self.model.stored.get(stage, {})}
        self._load(stored, drafts)

    def _load(self, stored: dict[Stage, Shares], drafts: dict[Stage, Shares]) -> None:
        """Show the data. Columns keep their order; new departments come last, in the
        order they join the conveyor."""
        present = set(self._extras).union(*stored.values(), *drafts.values())
        kept = [d for d in self.model.departments if d in present]
        new = sorted(present.difference(kept), key=lambda d: _conveyor_order(d, stored))
        self.model.load(kept + new, stored, drafts)
        self._fit_height()
        self._show_role()

    def _show_role(self) -> None:
        index = self.table.currentIndex()
        cell = self.model.cell_role(index)
        department = self.model.departments[index.column()] if cell else ""
        self.role_editor.show_cell(STAGES[index.row()] if cell else None, department, cell)

    def start_from_example(self) -> None:
        """The example split of the sources [000] at every stage, as one undoable step."""
        split = {self.tr("Marketing"): 30.0, self.tr("Sales"): 40.0, self.tr("Service"): 30.0}
        self._set_stages({stage: dict(split) for stage in STAGES},
                         self.tr("Start the involvement map from 30–40–30"))

    # -- edits ----------------------------------------------------------------

    def _cell_edited(self, stage: Stage, department: str, percent: float) -> None:
        shares = dict(self.model.shares(stage))
        current = shares.get(department)
        if current == percent or (current is None and percent == 0):
            return  # unchanged, or an empty cell left at zero
        shares[department] = percent
        if shares == self.model.stored.get(stage, {}):
            self.model.set_draft(stage, None)  # typed back to what is stored
        elif stage_problem(shares) is None:
            self._set_stages({stage: shares}, self.tr("Set involvement: {stage}")
                             .format(stage=name_of(stage)))
        else:
            self.model.set_draft(stage, shares)

    def _set_stages(self, stages: dict[Stage, Shares], text: str) -> bool:
        try:
            run_edit(self.context, text, SetShares(self.account_id, stages))
        except InputError as error:
            for stage, shares in stages.items():
                self.model.set_draft(stage, shares, translated(error.message))
            return False
        for stage in stages:
            self.model.set_draft(stage, None)
        self._show_message(None)
        return True

    def add_department(self) -> None:
        name = self.new_department.text().strip()
        if not name:
            self._show_message(self.tr("Type the name of the department first."))
            return
        if name.casefold() in {d.casefold() for d in self.model.departments}:
            self._show_message(self.tr("“{name}” is already on the map.").format(name=name))
            return
        self._extras.append(name)
        self.new_department.clear()
        self._show_message(None)
        self._load(self.model.stored, self.model.drafts)
        column = self.model.departments.index(name)
        self.table.setCurrentIndex(self.model.index(0, column))
        self.table.setFocus()

    def remove_department(self) -> None:
        column = self.table.currentIndex().column()
        if not 0 <= column < len(self.model.departments):
            return
        department = self.model.departments[column]
        busy = [name_of(stage) for stage in STAGES
                if self.model.shares(stage).get(department, 0) > 0]
        if busy:
            self._show_message(self.tr(
                "“{department}” still has a share in: {stages}. Give its shares to other "
                "departments first (set them to 0 %).").format(
                department=department, stages=", ".join(busy)))
            return
        if department in self._extras:
            self._extras.remove(department)
        drafts = {stage: {d: p for d, p in draft.items() if d != department}
                  for stage, draft in self.model.drafts.items()}
        self.model.drafts = {stage: draft for stage, draft in drafts.items() if draft}
        stages = {stage: {d: p for d, p in shares.items() if d != department}
                  for stage, shares in self.model.stored.items() if department in shares}
        if not stages or self._set_stages(stages, self.tr("Remove department “{department}”")
                                          .format(department=department)):
            self._show_message(None)
            self._load(self.model.stored, self.model.drafts)

    def clear_stage(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        stage = STAGES[row]
        self.model.set_draft(stage, None)
        if self.model.stored.get(stage):
            self._set_stages({stage: {}}, self.tr("Clear stage: {stage}")
                             .format(stage=name_of(stage)))

    def discard_drafts(self) -> None:
        for stage in list(self.model.drafts):
            self.model.set_draft(stage, None)

    # -- view state -----------------------------------------------------------

    def _show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def _after_columns_changed(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.model.departments), QHeaderView.ResizeMode.Stretch)
        self.empty_hint.setVisible(not self.model.departments)
        self.start_button.setVisible(not self.model.departments and not self.model.stored)
        self._update_buttons()

    def _fit_height(self, *_args) -> None:
        """Exactly as tall as the five stages (and the scroll bar many departments need)."""
        table = self.table
        scroll_bar = table.horizontalScrollBar()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height()
                             + table.verticalHeader().length() + 2 * table.frameWidth()
                             + (scroll_bar.sizeHint().height() if scroll_bar.maximum() else 0))

    def _update_buttons(self) -> None:
        current = self.table.currentIndex()
        self.remove_button.setEnabled(0 <= current.column() < len(self.model.departments))
        stage = STAGES[current.row()] if current.isValid() else None
        self.clear_button.setEnabled(stage is not None and bool(
            self.model.stored.get(stage) or stage in self.model.drafts))
        self.discard_button.setEnabled(bool(self.model.drafts))
