"""The value dossier: everything we gave the client beyond the product, valued in money,
with its totals, and the performance figures a cheaper competitor would have to beat."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import ValueKind
from kam_desktop.services.dossier import Dossier, ValueSummary
from kam_desktop.ui.forms import (
    BoolField,
    ChoiceField,
    DateField,
    MoneyField,
    MultilineField,
    NumberField,
    TextField,
    CURRENCY_SIGNS,
)
from kam_desktop.ui.labels import name_of, term
from kam_desktop.ui.sections import Column, RecordSection, Row, RowsModel, fit_columns, unused_name
from kam_desktop.ui.dossier.value_totals import ValueCredits, money, totals_rows, totals_table


def _date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def _number(value: float) -> str:
    return QLocale().toString(float(value), "g", 12)


class ValueEntriesSection(RecordSection):
    """The entries of the value dossier: what we gave and what the client gained."""

    def __init__(self, context, parent=None) -> None:
        acknowledged, not_acknowledged = self.tr("✓ yes"), self.tr("no")
        columns = [
            Column(self.tr("Date"), lambda r: _date(r["date"]), lambda r: r["date"].toordinal()),
            Column(term("kind_of_work"), lambda r: name_of(r["kind"])),
            Column(self.tr("Title"), lambda r: r["title"]),
            Column(self.tr("Department"), lambda r: r["department"] or ""),
            Column(term("our_cost"), lambda r: money(r["our_cost"], self.currency),
                   lambda r: float(r["our_cost"]), True),
            Column(term("client_benefit"), lambda r: money(r["client_benefit"], self.currency),
                   lambda r: float(r["client_benefit"]), True),
            Column(self.tr("Acknowledged"),
                   lambda r: acknowledged if r["acknowledged"] else not_acknowledged,
                   lambda r: r["acknowledged"]),
            Column(self.tr("Delivered by"), lambda r: ", ".join(filter(None, [
                r["delivered_by"], r["delivered_by_department"]]))),
        ]
        super().__init__(context, "value_entry", columns, self._new_entry, self.tr("value entry"),
                         parent)
        self.currency = "RUB"
        self.add_editor(self.tr("Date"), DateField("date"))
        self.add_editor(term("kind_of_work"), ChoiceField(
            "kind", [(k.value, name_of(k)) for k in ValueKind]))
        self.add_editor(self.tr("Title"), TextField("title"))
        self.add_editor(self.tr("Description"), MultilineField("description"))
        department = self.add_editor(self.tr("Client department"), TextField("department"))
        department.input.setPlaceholderText(self.tr("Which of the client's departments benefited"))
        self.our_cost = self.add_editor(term("our_cost"), MoneyField("our_cost"))
        self.our_cost.setToolTip(self.tr("What it cost us to give this"))
        self.benefit = self.add_editor(term("client_benefit"), MoneyField("client_benefit"))
        self.benefit.setToolTip(self.tr("What the client gained or saved, in money"))
        self.add_editor("", BoolField("acknowledged", self.tr("Acknowledged by the client")))
        self.delivered_by = self.add_editor(self.tr("Delivered by"),
                                            ChoiceField("delivered_by_id", [], True))
        self.delivered_by.setToolTip(self.tr(
            "Who on our side delivered it: credited to them inside our company, never "
            "printed for the client"))
        our_department = self.add_editor(self.tr("Our department"),
                                         TextField("delivered_by_department"))
        our_department.input.setPlaceholderText(self.tr(
            "If not the team member's own department"))
        fit_columns(self.table, (2,))
        header = self.table.horizontalHeader()
        for column in (1, 3, 7):  # kind, department, delivered by: long texts are elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, 125)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # eight columns need the full width: the editor goes below the table
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setSizes([260, 300])

    def _new_entry(self) -> dict[str, Any]:
        title = unused_name(self.tr("New entry {n}"), {row["title"] for row in self.model.rows})
        return {"date": date.today(), "kind": ValueKind.INVESTMENT.value, "title": title}

    def set_team(self, team: list[Row]) -> None:
        """Offer the account's team as the people who may have delivered an entry."""
        self.delivered_by.set_choices([
            (member["id"], ", ".join(filter(None, [member["name"], member["department"]])))
            for member in sorted(team, key=lambda member: member["name"])])

    def set_currency(self, currency: str) -> None:
        """Show the account's currency beside the money fields."""
        self.currency = currency
        symbol = CURRENCY_SIGNS.get(currency, currency)
        self.form.labelForField(self.our_cost).setText(
            self.tr("Our cost, {currency}").format(currency=symbol))
        self.form.labelForField(self.benefit).setText(
            self.tr("Client benefit, {currency}").format(currency=symbol))


class PeriodField(TextField):
    """A reporting period; a refusal is explained by the expected form, in the user's
    language."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.input.setPlaceholderText(self.tr("2025 or 2025-Q3"))

    def show_error(self, message: str | None) -> None:
        super().show_error(self.tr("Write a year (2025) or a quarter (2025-Q3).")
                           if message else None)


class StatisticsSection(RecordSection):
    """Figures of our performance for this client (on-time deliveries, response times…)."""

    def __init__(self, context, parent=None) -> None:
        columns = [
            Column(self.tr("Figure"), lambda r: r["name"]),
            Column(self.tr("Value"), lambda r: _number(r["value"]), lambda r: r["value"], True),
            Column(self.tr("Period"), lambda r: r["period"] or ""),
        ]
        super().__init__(context, "statistic", columns, self._new_statistic,
                         self.tr("statistic"), parent)
        name = self.add_editor(self.tr("Figure"), TextField("name"))
        name.input.setPlaceholderText(self.tr("e.g. Deliveries on time, %"))
        self.add_editor(self.tr("Value"), NumberField("value"))
        self.add_editor(self.tr("Period"), PeriodField("period"))
        fit_columns(self.table, (0,))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def _new_statistic(self) -> dict[str, Any]:
        name = unused_name(self.tr("New figure {n}"), {row["name"] for row in self.model.rows})
        return {"name": name, "value": 0.0}


class ValueTotalsPanel(QGroupBox):
    """The headline totals of the value dossier, always in view above its tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Totals"), parent)
        layout = QHBoxLayout(self)
        self.benefit = self._figure(layout, "total_benefit", term("client_benefit"))
        self.cost = self._figure(layout, "total_cost", term("our_cost"))
        self.entries = self._figure(layout, "total_entries", self.tr("Entries"))
        self.acknowledged = self._figure(layout, "total_acknowledged",
                                         self.tr("Acknowledged by the client"))
        self.ratio_note = QLabel()
        self.ratio_note.setWordWrap(True)
        font = self.ratio_note.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.ratio_note.setFont(font)
        self.ratio = self._figure(layout, "value_to_revenue", term("benefit_to_purchases"),
                                  self.ratio_note)

    @staticmethod
    def _figure(layout: QHBoxLayout, name: str, caption: str,
                note: QLabel | None = None) -> QLabel:
        """A caption over a large value (and an optional note under it)."""
        block = QWidget()
        block_layout = QVBoxLayout(block)
        block_layout.setContentsMargins(0, 0, 0, 0)
        block_layout.setSpacing(2)
        block_layout.addWidget(QLabel(caption))
        value = QLabel()
        value.setObjectName(name)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        value.setFont(font)
        block_layout.addWidget(value)
        if note is not None:
            block_layout.addWidget(note)
        block_layout.addStretch(1)
        layout.addWidget(block, 1)
        return value

    def show_summary(self, summary: ValueSummary, currency: str) -> None:
        total = summary.total
        self.benefit.setText(money(total.client_benefit, currency))
        self.cost.setText(money(total.our_cost, currency))
        self.entries.setText(QLocale().toString(total.count))
        self.acknowledged.setText(self.tr("{acknowledged} of {count}").format(
            acknowledged=QLocale().toString(total.acknowledged_count),
            count=QLocale().toString(total.count)))
        if summary.value_to_revenue is None:
            self.ratio.setText("—")
            self.ratio_note.setText(self.tr("Enter our revenue in the Revenue section"))
        else:
            self.ratio.setText(self.tr("{percent} %").format(percent=QLocale().toString(
                float(summary.value_to_revenue) * 100, "f", 1)))
            self.ratio_note.setText(self.tr(
                "client benefit as a share of our revenue over the same days as the entries "
                "(as the value dossier prints it)"))


class ValueBreakdowns(QWidget):
    """The totals split by kind, by year and by the client's department."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = "RUB"
        layout = QGridLayout(self)
        self.by_kind = self._table(layout, 0, 0, 2, self.tr("By kind"), term("kind_of_work"))
        self.by_year = self._table(layout, 0, 1, 1, self.tr("By year"), self.tr("Year"))
        self.by_department = self._table(layout, 1, 1, 1, self.tr("By client department"),
                                         self.tr("Department"))
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        legend = QLabel(self.tr("Entries: all of them, and in brackets those the client "
                                "has acknowledged (✓)."))
        legend.setWordWrap(True)
        layout.addWidget(legend, 2, 0, 1, 2)

    def _table(self, layout: QGridLayout, row: int, column: int, rows: int, title: str,
               group: str) -> RowsModel:
        box, model = totals_table(self, title, group)
        layout.addWidget(box, row, column, rows, 1)
        return model

    def show_summary(self, summary: ValueSummary, currency: str) -> None:
        self.currency = currency
        self.by_kind.set_rows(totals_rows(summary.by_kind, lambda k: name_of(k)))
        self.by_year.set_rows(totals_rows(summary.by_year, str))
        self.by_department.set_rows(totals_rows(
            summary.by_department, lambda d: d or self.tr("Not attributed")))


class ValuePage(QWidget):
    """Headline totals above four tabs: the entries, their breakdowns, the statistics,
    and (internal) what each of our people and departments delivered."""

    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("value", "people")

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr(
            "What we gave the client beyond the product, in money: what it cost us and what "
            "the client gained. Discussed with the client's top managers, it justifies our "
            "price and shows our people what they contribute."))
        intro.setWordWrap(True)
        self.totals = ValueTotalsPanel()
        self.entries = ValueEntriesSection(context)
        self.entries.layout().setContentsMargins(0, 0, 0, 0)
        self.breakdowns = ValueBreakdowns()

        explanation = QLabel(self.tr(
            "Figures that show exceptional performance as a supplier — deliveries on time, "
            "response times, complaints solved — which a cheaper competitor would have to "
            "beat."))
        explanation.setWordWrap(True)
        self.statistics = StatisticsSection(context)
        self.statistics.layout().setContentsMargins(0, 0, 0, 0)
        statistics = QWidget()
        statistics_layout = QVBoxLayout(statistics)
        statistics_layout.addWidget(explanation)
        statistics_layout.addWidget(self.statistics, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.tabs.addTab(self.breakdowns, self.tr("Totals by kind, year and department"))
        self.tabs.addTab(statistics, self.tr("Statistics for the value dossier"))
        self.credits = ValueCredits()
        self.tabs.addTab(self.credits, self.tr("Our team's contribution"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        currency = dossier.account["currency"]
        self.entries.set_currency(currency)
        self.entries.set_team(dossier.sections["team_member"])
        self.entries.set_rows(dossier.sections["value_entry"], account_id, account_id)
        self.statistics.set_rows(dossier.sections["statistic"], account_id, account_id)
        self.totals.show_summary(dossier.value, currency)
        self.breakdowns.show_summary(dossier.value, currency)
        self.credits.show_summary(dossier.value, currency)
