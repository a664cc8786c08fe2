"""The account's deals (usually imported from the ERP) and the purchase figures the
client manager works on: repeat purchases, how often the client buys, the average deal,
the time since the last deal."""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.deals import PurchaseMetrics
from kam_desktop.services.deals import revenue_from_deals
from kam_desktop.services.dossier import Dossier
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.profile import hint_label
from kam_desktop.ui.dossier.value import money
from kam_desktop.ui.forms import CURRENCY_SIGNS, DateField, MoneyField, TextField
from kam_desktop.ui.sections import Column, RecordSection, fit_columns
from kam_desktop.ui.undo import Add, Batch, Update, run_edit


def _date(value: date | None) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


class DealsSection(RecordSection):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Date"), lambda r: _date(r["date"]), lambda r: r["date"].toordinal()),
            Column(self.tr("Amount"), lambda r: money(r["amount"], self.currency),
                   lambda r: float(r["amount"]), True),
            Column(self.tr("Product group"), lambda r: r["product_group"] or ""),
            Column(self.tr("Reference"), lambda r: r["reference"] or ""),
        ]
        super().__init__(context, "deal", columns, self._new_deal, self.tr("deal"), parent)
        self.currency = "RUB"
        self.add_editor(self.tr("Date"), DateField("date"))
        self.amount = self.add_editor(self.tr("Amount"), MoneyField("amount"))
        self.add_editor(self.tr("Product group"), TextField("product_group"))
        reference = self.add_editor(self.tr("Reference"), TextField("reference"))
        reference.input.setPlaceholderText(self.tr("The ERP's order or contract number"))
        fit_columns(self.table, (2,))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _new_deal(self) -> dict[str, Any]:
        return {"date": date.today(), "amount": "0"}

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.form.labelForField(self.amount).setText(
            self.tr("Amount, {currency}").format(currency=CURRENCY_SIGNS.get(currency, currency)))

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.set_currency(dossier.account["currency"])
        self.set_rows(dossier.sections["deal"], account_id, account_id)


class PurchaseFigures(QGroupBox):
    """The purchase figures of :mod:`kam_desktop.domain.deals`, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Purchases"), parent)
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        names = [("deals", self.tr("Deals")), ("average", self.tr("Average deal")),
                 ("interval", self.tr("Purchase frequency")),
                 ("last_year", self.tr("Deals in the last 12 months")),
                 ("since_last", self.tr("Since the last deal")),
                 ("repeat", self.tr("Repeat purchases"))]
        for index, (key, title) in enumerate(names):
            label = QLabel(title + ":")
            value = self.values[key] = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, 2 * column)
            grid.addWidget(value, row, 2 * column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def show_figures(self, figures: PurchaseMetrics, currency: str) -> None:
        locale = QLocale()
        none = "—"
        self.values["deals"].setText(self.tr("%n deal(s), {total} in all", "", figures.deals)
                                     .format(total=money(figures.total, currency))
                                     if figures.deals else self.tr("none yet"))
        self.values["average"].setText(money(figures.average_deal, currency)
                                       if figures.average_deal is not None else none)
        self.values["interval"].setText(
            self.tr("every %n day(s) on average", "", round(figures.interval_days))
            if figures.interval_days is not None else none)
        change = figures.frequency_change
        self.values["last_year"].setText(
            self.tr("{now} (the 12 months before: {before}, {change})").format(
                now=figures.deals_last_year, before=figures.deals_year_before,
                change=f"{change:+d}" if change else "±0"))
        self.values["since_last"].setText(
            self.tr("%n day(s), on {date}", "", figures.days_since_last)
            .format(date=_date(figures.last_deal)) if figures.last_deal else none)
        self.values["repeat"].setText(
            self.tr("{share} of the years with purchases had two or more").format(
                share=locale.toString(figures.repeat_rate * 100, "f", 0) + " %")
            if figures.repeat_rate is not None else none)


class DealsPage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown
    reads = ("deals",)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.figures = PurchaseFigures()
        self.deals = DealsSection(context)
        explanation = hint_label()
        explanation.setText(self.tr(
            "Every purchase of the client: import them from the ERP's shipments or orders "
            "export (File → Import deals from the ERP…) or add them here. Repeat purchases, how often "
            "the client buys and the average deal are what a client manager grows."))
        self.to_revenue = QPushButton(self.tr("Set yearly revenue from deals"))
        self.to_revenue.setToolTip(self.tr(
            "Record each completed year's revenue as the sum of its deals (Ctrl+Z undoes it); "
            "revenue typed by hand stays until you do this"))
        self.to_revenue.clicked.connect(self.set_revenue_from_deals)
        self.revenue_note = QLabel()
        self.revenue_note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.to_revenue)
        actions.addWidget(self.revenue_note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.figures)
        layout.addLayout(actions)
        layout.addWidget(self.deals, 1)
        self.deals.layout().setContentsMargins(0, 0, 0, 0)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        self.figures.show_figures(dossier.purchases, dossier.account["currency"])
        self.deals.refresh(dossier, account_id)
        self.to_revenue.setEnabled(bool(dossier.sections["deal"]))

    def select(self, record_id: uuid.UUID) -> None:
        self.deals.select(record_id)

    def set_revenue_from_deals(self) -> None:
        account_id = self.account_id
        changes = self.context.read(
            lambda s: revenue_from_deals(s, account_id=account_id, today=date.today()))
        if not changes:
            self.revenue_note.setText(self.tr("The yearly revenue already matches the deals."))
            return
        operations = tuple(
            Update("revenue", c.revenue_id, {"amount": c.amount}) if c.revenue_id
            else Add("revenue", account_id, {"period": c.period, "amount": c.amount})
            for c in changes)
        run_edit(self.context, self.tr("Set revenue from deals"), Batch(operations))
        self.revenue_note.setText(self.tr("Revenue set from the deals for {years}.").format(
            years=", ".join(c.period for c in changes)))
