"""Tables of value totals per group, and our team's contribution: what each team member
and each of our departments delivered. The contribution is internal: the client's value
dossier never prints it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kam_desktop.services.dossier import ValueSummary
from kam_desktop.ui.forms import format_money
from kam_desktop.ui.sections import Column, Row, RowsModel, fit_columns, make_table


def money(amount: Any, currency: str) -> str:
    """An amount in the user's locale with the account's currency: "1 234 567,89 ₽"."""
    return format_money(amount, 2, currency)


def totals_table(owner: QWidget, title: str, group: str) -> tuple[QGroupBox, RowsModel]:
    """A titled table of value totals per group: benefit, cost and entries (✓ among
    them), largest benefit first; money in ``owner.currency``."""
    def entries(row: Row) -> str:
        return QCoreApplication.translate("ValueBreakdowns", "{count} ({acknowledged} ✓)").format(
            count=QLocale().toString(row["totals"].count),
            acknowledged=QLocale().toString(row["totals"].acknowledged_count))

    model = RowsModel([
        Column(group, lambda r: r["label"]),
        Column(QCoreApplication.translate("ValueBreakdowns", "Benefit"),
               lambda r: money(r["totals"].client_benefit, owner.currency),
               lambda r: float(r["totals"].client_benefit), True),
        Column(QCoreApplication.translate("ValueBreakdowns", "Cost"),
               lambda r: money(r["totals"].our_cost, owner.currency),
               lambda r: float(r["totals"].our_cost), True),
        Column(QCoreApplication.translate("ValueBreakdowns", "Entries"), entries,
               lambda r: r["totals"].count, True),
    ], owner)
    table, _proxy = make_table(model)
    fit_columns(table, (0,))
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    box = QGroupBox(title)
    box_layout = QVBoxLayout(box)
    box_layout.setContentsMargins(4, 4, 4, 4)
    box_layout.addWidget(table)
    return box, model


def totals_rows(groups: dict, label) -> list[Row]:
    return [{"id": key, "label": label(key), "totals": totals}
            for key, totals in groups.items()]


class ValueCredits(QWidget):
    """Value totals per team member and per our department, the uncredited apart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "RUB"
        layout = QGridLayout(self)
        note = QLabel(self.tr(
            "Who on our side delivered the value, from the “Delivered by” and “Our department” "
            "of each entry (the department is the team member's own unless the entry names "
            "another). For our people only: the client's value dossier never prints it."))
        note.setWordWrap(True)
        layout.addWidget(note, 0, 0, 1, 2)
        person_box, self.by_person = totals_table(self, self.tr("By team member"),
                                                  self.tr("Team member"))
        department_box, self.by_department = totals_table(self, self.tr("By our department"),
                                                          self.tr("Our department"))
        layout.addWidget(person_box, 1, 0)
        layout.addWidget(department_box, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 1)

    def show_summary(self, summary: ValueSummary, currency: str) -> None:
        self.currency = currency
        self.by_person.set_rows(totals_rows(summary.by_person,
                                            lambda name: name or self.tr("Not named")))
        self.by_department.set_rows(totals_rows(
            summary.by_our_department, lambda department: department or self.tr("Not named")))
