"""KAM workload: the nine load factors of the account and the load they add up to.

Each factor is chosen on a 1–5 scale whose ends are named beside it, or left
unassessed ("—", counted as the middle). Every choice is stored at once as an undoable
step; the load below the factors follows (see domain.workload and docs/workload.md).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from kam_desktop.domain.workload import FACTORS, WorkloadScore
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.workload import account_workload, set_workload_factors
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.profile import hint_label
from kam_desktop.ui.forms import ChoiceField
from kam_desktop.ui.messages import translated
from kam_desktop.ui.undo import run_edit


@dataclass(frozen=True)
class SetFactors:
    """Set workload factors of an account; applying it returns the SetFactors that
    restores the old values."""

    account_id: uuid.UUID
    changes: dict[str, Any]

    def apply(self, session: Session) -> SetFactors:
        old = set_workload_factors(session, account_id=self.account_id, changes=self.changes)
        return SetFactors(self.account_id, old)


class WorkloadPage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.factors: dict[str, int | None] = {}
        explanation = hint_label()
        explanation.setText(self.tr(
            "How much of the KAM's time this account takes. Rate each factor from 1 to 5; "
            "leave it at “—” while you cannot judge it. Factors marked ▲ add work as they "
            "grow, those marked ▼ save work."))

        texts = self._texts()
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.editors: dict[str, ChoiceField] = {}
        for row, name in enumerate(FACTORS):
            title, low, high = texts[name]
            arrow = "▲" if FACTORS[name] else "▼"
            label = QLabel(f"{title} {arrow}")
            label.setToolTip(self.tr("Adds work as it grows") if FACTORS[name]
                             else self.tr("Saves work as it grows"))
            choices = [(1, f"1 — {low}"), (2, "2"), (3, "3"), (4, "4"), (5, f"5 — {high}")]
            editor = ChoiceField(name, choices, optional=True)
            editor.input.setAccessibleName(title)
            editor.committed.connect(lambda value, e=editor: self.commit(e, value))
            label.setBuddy(editor.input)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(editor, row, 1)
            self.editors[name] = editor

        self.load_label = QLabel()
        self.load_label.setObjectName("workload_load")
        self.load_label.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.assessed_label = QLabel()
        self.meaning = hint_label()
        self.meaning.setText(self.tr(
            "1 is a typical account; an account heavy on most factors weighs about 2, a light "
            "one about 0.5 (every factor at its heaviest: 4). Factors that make work count "
            "double those that only ease it. The loads of a KAM's accounts add up on the "
            "dashboard and are compared with the norm set in Preferences."))
        result = QFrame()
        result.setFrameShape(QFrame.Shape.StyledPanel)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.load_label)
        result_layout.addWidget(self.assessed_label)
        result_layout.addWidget(self.meaning)

        body = QWidget()
        body.setMaximumWidth(760)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(explanation)
        body_layout.addLayout(grid)
        body_layout.addWidget(result)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _texts(self) -> dict[str, tuple[str, str, str]]:
        """Each factor's name and what 1 and 5 mean."""
        return {
            "client_potential": (self.tr("Client potential"), self.tr("small"),
                                 self.tr("very large")),
            "kam_experience": (self.tr("The KAM's experience"), self.tr("newcomer"),
                               self.tr("seasoned")),
            "distance": (self.tr("Distance to the client's offices"), self.tr("same city"),
                         self.tr("remote, long trips")),
            "purchasing_centralisation": (
                self.tr("How centralised the client's purchasing is"),
                self.tr("every site buys on its own"), self.tr("one purchasing centre")),
            "people_to_keep": (self.tr("Client people to keep relations with"),
                               self.tr("one or two"), self.tr("a dozen or more")),
            "internal_coordination": (self.tr("Coordination needed between our departments"),
                                      self.tr("one department serves the client"),
                                      self.tr("many must act together")),
            "delivery_reliability": (self.tr("How reliably we keep delivery promises"),
                                     self.tr("often late or short"),
                                     self.tr("always as promised")),
            "competition": (self.tr("Competition intensity"), self.tr("hardly any"),
                            self.tr("fierce")),
            "support_staff": (self.tr("Support staff available to the KAM"),
                              self.tr("works alone"), self.tr("a full team")),
        }

    def refresh(self, _dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        try:
            workload = self.context.read(
                lambda s: account_workload(s, account_id=account_id))
        except InputError:  # the account is gone; its window closes itself
            return
        self.factors = workload.factors
        for name, editor in self.editors.items():
            editor.load(workload.factors[name])
        self._show_score(workload.score)

    def select(self, _record_id: uuid.UUID | None) -> None:
        """The page has no records to select."""

    def _show_score(self, score: WorkloadScore) -> None:
        self.load_label.setText(self.tr("Load: {load} of a typical account").format(
            load=QLocale().toString(score.load, "f", 2)))
        self.assessed_label.setText(self.tr("%n of 9 factor(s) assessed", "", score.assessed)
                                    if score.assessed else self.tr(
            "Nothing assessed yet: the account counts as a typical one."))

    def commit(self, editor: ChoiceField, value: Any) -> None:
        if self.account_id is None or self.factors.get(editor.field) == value:
            return
        title = self._texts()[editor.field][0]
        try:
            run_edit(self.context, self.tr("Set {factor}").format(factor=title),
                     SetFactors(self.account_id, {editor.field: value}))
        except InputError as error:
            editor.show_error(translated(error.message))
        else:
            editor.show_error(None)
