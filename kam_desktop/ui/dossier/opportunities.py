"""Opportunities with the client, in the three classes of the methodology, weighed by
their expected benefit against the money, people and time they need, each linked to the
goal of the account plan it serves (or turned into one)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import OpportunityClass, OpportunityStatus
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.opportunities import make_goal_of_opportunity
from kam_desktop.ui.dossier.plan import first_line
from kam_desktop.ui.forms import ChoiceField, IntField, MoneyField, TextField, format_money
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.messages import translated
from kam_desktop.ui.sections import SORT_ROLE, Column, RecordSection, Row, fit_columns, unused_name
from kam_desktop.ui.undo import Batch, Delete, Update, run_edit


def opportunity_class_hint(value: str) -> str:
    return {
        "grow_usage": QCoreApplication.translate(
            "OpportunitiesPage", "More of what the client already buys from us: volumes, "
            "departments, sites."),
        "improve_service": QCoreApplication.translate(
            "OpportunitiesPage", "Serve the client better: delivery, support, training, "
            "easier ordering."),
        "expand_business": QCoreApplication.translate(
            "OpportunitiesPage", "Something new for the client: products, services or "
            "projects it does not buy from us yet."),
    }[value]


def _count(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


def _amount_key(value: Any) -> float:
    return -1.0 if value is None else float(value)


@dataclass(frozen=True)
class MakeGoal:
    """Make a plan goal of an opportunity; reversed by unlinking it and deleting the goal."""

    opportunity_id: uuid.UUID
    client_goal: str

    def apply(self, session: Session) -> Batch:
        made = make_goal_of_opportunity(session, opportunity_id=self.opportunity_id,
                                        client_goal=self.client_goal)
        return Batch((Update("opportunity", self.opportunity_id,
                             {"goal_id": made.previous_goal_id}),
                      Delete("goal", made.goal_id)))


class OpportunitiesPage(RecordSection):
    """Opportunities, best first: ``priority`` (from the dossier) is the expected
    benefit per unit of effort, money and person-days (domain/opportunity.py); one
    without a benefit or an effort entered is "not estimated" and comes last."""

    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("opportunities", "plan")

    CLASS_COLUMN = 1
    PRIORITY_COLUMN = 7
    GOAL_COLUMN = 8

    def __init__(self, context, parent=None) -> None:
        classes = list(OpportunityClass)
        statuses = list(OpportunityStatus)
        columns = [
            Column(self.tr("Opportunity"), lambda r: r["title"]),
            # sorted, and filtered, by the class's place in the methodology's order
            Column(self.tr("Class"),
                   lambda r: name_of(r["opportunity_class"]),
                   lambda r: classes.index(r["opportunity_class"])),
            Column(term("status"), lambda r: name_of(r["status"]),
                   lambda r: statuses.index(r["status"])),
            Column(self.tr("Benefit"), lambda r: format_money(r["benefit"]),
                   lambda r: _amount_key(r["benefit"]), True),
            Column(self.tr("Cost"), lambda r: format_money(r["cost"]),
                   lambda r: _amount_key(r["cost"]), True),
            Column(self.tr("People"), lambda r: _count(r["people"]),
                   lambda r: _amount_key(r["people"]), True),
            Column(self.tr("Days"), lambda r: _count(r["days"]),
                   lambda r: _amount_key(r["days"]), True),
            Column(self.tr("Priority"), self._priority,
                   lambda r: _amount_key(r["priority"]), True),
            Column(self.tr("Serves the goal"), lambda r: first_line(r["goal"], 60)),
        ]
        super().__init__(context, "opportunity", columns, self._new_opportunity,
                         self.tr("opportunity"), parent)
        fit_columns(self.table, stretch=(0, self.CLASS_COLUMN, self.GOAL_COLUMN))
        self.table.sortByColumn(self.PRIORITY_COLUMN, Qt.SortOrder.DescendingOrder)
        # eight columns need the full width: the editor goes below the table
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setSizes([300, 280])

        self.class_filter = QComboBox()
        self.class_filter.setAccessibleName(self.tr("Show opportunities of class"))
        self.class_filter.addItem(self.tr("All classes"), None)
        for member in classes:
            self.class_filter.addItem(name_of(member), member.value)
            self.class_filter.setItemData(self.class_filter.count() - 1,
                                          opportunity_class_hint(member.value),
                                          Qt.ItemDataRole.ToolTipRole)
        self.class_filter.currentIndexChanged.connect(self._filter)
        self.proxy.setFilterRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(self.CLASS_COLUMN)
        explanation = QLabel(self.tr("Priority: the expected benefit for each unit of money "
                                     "spent. The best come first."))
        explanation.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Class:")))
        bar.addWidget(self.class_filter)
        bar.addWidget(explanation, 1)
        self.layout().insertLayout(0, bar)

        self.add_editor(self.tr("Opportunity"), TextField("title"))
        self.opportunity_class = self.add_editor(self.tr("Class"), ChoiceField(
            "opportunity_class", [(c.value, name_of(c)) for c in classes]))
        self.class_hint = QLabel()
        self.class_hint.setWordWrap(True)
        self.class_hint.setStyleSheet("font-style: italic;")
        self.form.addRow("", self.class_hint)
        self.opportunity_class.input.currentIndexChanged.connect(self._show_class_hint)
        self.add_editor(term("status"), ChoiceField(
            "status", [(s.value, name_of(s)) for s in statuses]))
        self.benefit = self.add_editor(self.tr("Expected benefit"), MoneyField("benefit"))
        self.benefit.setToolTip(self.tr("What we expect to gain from it, in money"))
        self.cost = self.add_editor(self.tr("Cost"), MoneyField("cost"))
        self.cost.setToolTip(self.tr("What it will cost us, in money"))
        self.add_editor(self.tr("People needed"), IntField("people", maximum=10_000))
        self.add_editor(self.tr("Days needed"), IntField("days", maximum=100_000))
        self.goal = self.add_editor(self.tr("Serves the plan goal"),
                                    ChoiceField("goal_id", [], True))
        self.goal.setToolTip(self.tr("The goal of the account development plan this "
                                     "opportunity serves"))
        self.goal.input.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goal.input.setMinimumContentsLength(24)
        self.make_goal_button = QPushButton(self.tr("Make a plan goal of it"))
        self.make_goal_button.setToolTip(self.tr(
            "Add a goal to the account plan whose aim is this opportunity, and link them"))
        self.make_goal_button.clicked.connect(self._ask_and_make_goal)
        self.form.addRow("", self.make_goal_button)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        currency = dossier.account["currency"]
        self.form.labelForField(self.benefit).setText(
            self.tr("Expected benefit, {currency}").format(currency=currency))
        self.form.labelForField(self.cost).setText(
            self.tr("Cost, {currency}").format(currency=currency))
        self.goal.set_choices([(g["id"], first_line(g["our_goal"], 80))
                               for g in dossier.sections["goal"]])
        self.set_rows(dossier.sections["opportunity"], account_id, account_id)

    def _ask_and_make_goal(self) -> None:
        row = self.current_row()
        if row is None:
            return
        client_goal, ok = QInputDialog.getText(
            self, self.tr("Make a plan goal"),
            self.tr("Our goal will be “{title}”. Which goal of the client does it serve?")
            .format(title=first_line(row["title"], 80)))
        if ok:
            self.make_goal(client_goal)

    def make_goal(self, client_goal: str) -> None:
        """Make a plan goal of the selected opportunity that mirrors ``client_goal``."""
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            run_edit(self.context, self.tr("Make a plan goal of an opportunity"),
                     MakeGoal(record_id, client_goal))
        except InputError as error:
            problem = translated(error.message)
            if error.where == "client_goal":
                problem = self.tr("The client's goal: {problem}").format(problem=problem)
            QMessageBox.warning(self, self.tr("Cannot make a plan goal"), problem)

    def row_shown(self, row: Row) -> None:
        self._show_class_hint()

    def _filter(self) -> None:
        position = self.class_filter.currentIndex() - 1  # after "All classes", in class order
        self.proxy.setFilterRegularExpression(f"^{position}$" if position >= 0 else "")

    def _show_class_hint(self) -> None:
        chosen = self.opportunity_class.value()
        self.class_hint.setText(opportunity_class_hint(chosen) if chosen else "")

    def _priority(self, row) -> str:
        if row["priority"] is None:
            return self.tr("not estimated")
        return QLocale().toString(float(row["priority"]), "f", 2)

    def _new_opportunity(self) -> dict[str, Any]:
        """A new idea, in the class the list is filtered by (so that it stays in view)."""
        title = unused_name(self.tr("New opportunity {n}"), {row["title"] for row in self.model.rows})
        return {"title": title,
                "opportunity_class": self.class_filter.currentData()
                or OpportunityClass.GROW_USAGE.value}
