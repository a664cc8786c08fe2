"""Share of wallet by product group (seed 001, segmentation): per group the client's
annual purchases, our revenue from the period's deals, our share and its change, and the
competitor who holds the rest and why; below, the estimates of the groups, edited like
every record of the dossier (undoably).

The page reads its own figures (services.group_share) when the dossier changes and when
it is shown, so a change of the Preferences' list of groups shows at once."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from kam_desktop.domain.group_share import NO_GROUP, GroupShare
from kam_desktop.domain.periods import Period, parse_period
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.group_share import account_group_shares, group_estimates
from kam_desktop.services.losses import competitors_named
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.loss_form import CompetitorField
from kam_desktop.ui.dossier.profile import hint_label, percent, share_change
from kam_desktop.ui.dossier.value import money
from kam_desktop.ui.forms import IntField, MoneyField, MultilineField, NumberField
from kam_desktop.ui.labels import format_money
from kam_desktop.ui.sections import (
    ID_ROLE, Column, RecordSection, RowsModel, fit_columns, make_table,
)

#: how many years back the period list goes
YEARS_BACK = 4
#: the widths the group's and the competitor's columns start at
GROUP_WIDTH, COMPETITOR_WIDTH = 200, 170


def _key(value: Decimal | float | None) -> float:
    return float("-inf") if value is None else float(value)


def _competitor_share(value: float | None) -> str:
    return "" if value is None else QLocale().toString(float(value), "f", 1) + " %"


class GroupEstimatesSection(RecordSection):
    """The estimates of the groups: year, group, the client's purchases of it, the main
    competitor, its share and why the client buys from it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        columns = [
            Column(self.tr("Year"), lambda r: str(r["year"]), lambda r: r["year"]),
            Column(self.tr("Product group"), lambda r: r["product_group"]),
            Column(self.tr("Potential"), lambda r: money(r["amount"], self.currency),
                   lambda r: float(r["amount"]), True),
            Column(self.tr("Main competitor"), lambda r: r["competitor"] or ""),
            Column(self.tr("Its share"), lambda r: _competitor_share(r["competitor_share"]),
                   lambda r: _key(r["competitor_share"]), True),
        ]
        super().__init__(context, "group_potential", columns, self._new_estimate,
                         self.tr("product group's potential"), parent)
        self.currency = "RUB"
        self.next_values: dict[str, Any] = {}
        self.add_editor(self.tr("Year"), IntField("year", maximum=2199))
        self.group = self.add_editor(self.tr("Product group"), CompetitorField("product_group"))
        self.add_editor(self.tr("Potential"), MoneyField("amount")).setToolTip(self.tr(
            "What the client buys a year of this group, from us and from others"))
        self.competitor = self.add_editor(self.tr("Main competitor"),
                                          CompetitorField("competitor"))
        share = self.add_editor(self.tr("Its share, %"), NumberField("competitor_share", 1, 100))
        share.input.setMinimum(0)
        self.add_editor(self.tr("Why they buy from it"), MultilineField("competitor_reason"))
        fit_columns(self.table, (1,))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _new_estimate(self) -> dict[str, Any]:
        values, self.next_values = self.next_values, {}
        return values or {"year": date.today().year, "amount": "0",
                          "product_group": self.tr("New group")}

    def offer(self, groups: list[str], competitors: Callable[[], list[str]]) -> None:
        """Offer the ``groups`` and, once the field is first used, the ``competitors()``
        (a pass over the whole portfolio's ladders)."""
        self.group.offer(groups)
        self.competitor.offer_when_needed(competitors)


class GroupShareModel(RowsModel):
    """The share-by-group table's lines (GroupShare objects, not records), each known
    by its group."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == ID_ROLE and index.isValid():
            return self.rows[index.row()].group
        return super().data(index, role)


class GroupSharePage(QWidget):
    #: the parts of the dossier it shows (services.dossier.PARTS), read when first shown:
    #: none, it reads its own figures
    reads = ()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.currency = "RUB"
        explanation = hint_label()
        explanation.setText(self.tr(
            "Our share of what the client buys of each product group, from the deals of the "
            "period against the group's potential, and who supplies the rest. Double-click "
            "a group to estimate it. The groups and their order are set in Preferences → "
            "Product groups."))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        today = date.today()
        for year in range(today.year, today.year - YEARS_BACK - 1, -1):
            self.period.addItem(str(year), str(year))
            for quarter in range(4, 0, -1):
                if date(year, 3 * quarter - 2, 1) <= today:
                    self.period.addItem(f"{year}-Q{quarter}", f"{year}-Q{quarter}")
        # the dashboard's year: the last one that has ended
        self.period.setCurrentIndex(self.period.findData(str(today.year - 1)))
        self.period.currentIndexChanged.connect(lambda _index: self.show_shares())
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Period")))
        chooser.addWidget(self.period)
        chooser.addStretch(1)
        #: each group's place in the table: the Preferences' order, then the others
        self._order: dict[str, int] = {}
        columns = [
            Column(self.tr("Product group"), self._group_name,
                   lambda r: self._order.get(r.group, 0)),
            Column(self.tr("Potential"), lambda r: money(r.potential, self.currency)
                   if r.potential is not None else "—", lambda r: _key(r.potential), True),
            # whole units, as the potential beside it (a sum of deals carries kopecks)
            Column(self.tr("Our revenue"), lambda r: format_money(r.revenue, 0, self.currency),
                   lambda r: float(r.revenue), True),
            Column(self.tr("Our share"), lambda r: percent(r.share), lambda r: _key(r.share),
                   True),
            Column(self.tr("Change"), lambda r: share_change(r.change), lambda r: _key(r.change)),
            Column(self.tr("Main competitor"),
                   lambda r: r.estimate.competitor or "" if r.estimate else ""),
            Column(self.tr("Its share"), lambda r: _competitor_share(
                r.estimate.competitor_share) if r.estimate else "",
                lambda r: _key(r.estimate.competitor_share if r.estimate else None), True),
            Column(self.tr("Why they buy from it"), lambda r: " ".join(
                (r.estimate.competitor_reason or "").split()) if r.estimate else ""),
        ]
        self.model = GroupShareModel(columns, self)
        self.table, self.proxy = make_table(self.model)
        self.table.setObjectName("group_shares")
        self.table.doubleClicked.connect(self._estimate_line)
        fit_columns(self.table)
        header = self.table.horizontalHeader()
        for column, width in ((0, GROUP_WIDTH), (5, COMPETITOR_WIDTH)):
            # long names are cut rather than pushing the figures out of sight
            header.setSectionResizeMode(column, header.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.estimates = GroupEstimatesSection(context)
        self.estimates.layout().setContentsMargins(0, 0, 0, 0)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(chooser)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.estimates)
        splitter.setSizes([300, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)

    def _group_name(self, line: GroupShare) -> str:
        if line.group == NO_GROUP:
            return self.tr("(deals without a group)")
        return line.group if line.listed else self.tr("{group} (not on the list)").format(
            group=line.group)

    @property
    def chosen_period(self) -> Period:
        return parse_period(self.period.currentData())

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        self.account_id = account_id
        self.currency = self.estimates.currency = dossier.account["currency"]
        rows = self.context.read(lambda s: group_estimates(s, account_id=account_id))
        self.estimates.set_rows(rows, account_id, account_id)
        if self.isVisible():  # else when shown (showEvent), not twice as it first shows
            self.show_shares()

    def show_shares(self) -> None:
        if self.account_id is None:
            return
        account_id, period, listed = self.account_id, self.chosen_period, \
            settings.product_groups()
        table = self.context.read(lambda s: account_group_shares(
            s, account_id=account_id, listed=listed, period=period))
        self._order = {line.group: n for n, line in enumerate(table.lines)}
        self.model.set_rows(list(table.lines))
        self.estimates.offer([line.group for line in table.lines if line.group != NO_GROUP],
                             lambda: self.context.read(
                                 lambda s: competitors_named(s, account_id)))
        self.empty.setVisible(not table.lines)
        self.empty.setText(self.tr(
            "No product group yet: list your groups in Preferences → Product groups, or "
            "import deals that name them."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.show_shares()  # the Preferences' list may have changed meanwhile

    def _estimate_line(self, index) -> None:
        """The estimate in force for the line's group, else a new one for the period's
        year."""
        line = self.model.rows[self.proxy.mapToSource(index).row()]
        if line.group == NO_GROUP:
            return
        if line.estimate is not None:
            self.estimates.select(line.estimate.id)
            return
        self.estimates.next_values = {"year": self.chosen_period.year, "amount": "0",
                                      "product_group": line.group}
        self.estimates.add()

    def select(self, record_id: uuid.UUID) -> None:
        self.estimates.select(record_id)
