"""The holding and its subsidiaries: the company's holding as a link, and the companies
below it as a tree with their revenue, potential, share of wallet and ladder, each
company's in its own currency and the group's added up in the main currency. A company
opens its dossier with a double click (or Enter)."""
from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from kam_desktop.domain.enums import LadderLevel
from kam_desktop.domain.holdings import GroupTotals
from kam_desktop.services.dossier import Dossier
from kam_desktop.services.holdings import Company, HoldingGroup, holding_group
from kam_desktop.ui import settings
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.dossier.holding_link import holding_link, show_holding
from kam_desktop.ui.dossier.profile import hint_label, percent
from kam_desktop.ui.forms import format_money
from kam_desktop.ui.labels import name_of, term

_ID = Qt.ItemDataRole.UserRole
#: the columns of amounts and shares, aligned right
_AMOUNTS = (1, 2, 3, 4)


def _rungs(ladder: tuple[int, int] | None) -> str:
    """The rung (1–4), or the lowest and highest of a group: the names are in the tooltip."""
    if ladder is None:
        return ""
    low, high = ladder
    return str(low) if low == high else f"{low}–{high}"


def _rung_names(ladder: tuple[int, int] | None) -> str:
    if ladder is None:
        return ""
    return " – ".join(dict.fromkeys(name_of(LadderLevel(rung)) for rung in ladder))


class GroupPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group: HoldingGroup | None = None
        self.holding = holding_link(context)
        self.summary = QLabel()
        self.summary.setObjectName("group_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Subsidiaries"))
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        self.tree.itemActivated.connect(self._open)
        self.note = hint_label()
        self.note.setObjectName("group_note")
        explanation = hint_label()
        explanation.setText(self.tr(
            "Each company of the group is a client of its own, with its own INN, buyers and "
            "contracts. A company joins the group by naming its holding in its profile."))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.holding)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.note)

    def refresh(self, dossier: Dossier, account_id: uuid.UUID) -> None:
        currency = settings.value("main_currency")
        self.group = group = self.context.read(lambda s: holding_group(
            s, account_id=account_id, today=date.today(), main_currency=currency))
        show_holding(self.holding, group.holding and group.holding[0],
                     group.holding[1] if group.holding else "")
        self.tree.setVisible(group.has_subsidiaries)
        if not group.has_subsidiaries:
            self.summary.setText(self.tr(
                "No subsidiaries: a company becomes one when its profile names this one as "
                "its holding."))
            self.note.clear()
            return
        self._fill(group)
        own = group.companies[0]
        self.summary.setText(self.tr(
            "{year}: the group's revenue {total}, the company's own {own}; share of the "
            "group's wallet {share}.").format(
            year=group.year, total=format_money(group.totals.revenue, 0, group.currency),
            own=format_money(own.revenue_main, 0, group.currency) or "—",
            share=percent(group.totals.share)))
        left_out = [self.tr("{companies}: no rate for {currency} in {period}, left out of "
                            "the group's figures").format(
            companies=", ".join(c.name for c in group.companies if c.id in m.accounts),
            currency=m.currency, period=m.period) for m in group.left_out]
        self.note.setText(" ".join([self.tr("Money of the group in {currency}, converted at "
                                            "the rates of {year}.").format(
            currency=group.currency, year=group.year), *left_out]))

    def _fill(self, group: HoldingGroup) -> None:
        self.tree.clear()
        self.tree.setHeaderLabels([
            self.tr("Company"), self.tr("Revenue {year}").format(year=group.year),
            self.tr("Revenue, {currency}").format(currency=group.currency),
            self.tr("Potential, {currency}").format(currency=group.currency),
            term("share_of_wallet"), term("ladder")])
        parents: list[QTreeWidgetItem] = []
        for company in group.companies:
            del parents[company.depth:]
            item = QTreeWidgetItem(self._cells(company))
            item.setToolTip(5, _rung_names((company.ladder, company.ladder)
                                           if company.ladder else None))
            item.setData(0, _ID, str(company.id))
            item.setToolTip(0, self.tr("Double-click to open the dossier"))
            if parents:
                parents[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            parents.append(item)
        total = QTreeWidgetItem(self._total_cells(group.totals, group.currency))
        total.setToolTip(5, _rung_names(group.totals.ladder))
        font = QFont(total.font(0))
        font.setBold(True)
        for column in range(self.tree.columnCount()):
            total.setFont(column, font)
            if column in _AMOUNTS:
                for item in (total, *self._items()):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.tree.addTopLevelItem(total)
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def _items(self) -> list[QTreeWidgetItem]:
        found, waiting = [], [self.tree.topLevelItem(i)
                              for i in range(self.tree.topLevelItemCount())]
        while waiting:
            item = waiting.pop()
            found.append(item)
            waiting.extend(item.child(i) for i in range(item.childCount()))
        return found

    @staticmethod
    def _cells(company: Company) -> list[str]:
        return [company.name, format_money(company.revenue, 0, company.currency),
                format_money(company.revenue_main, 0), format_money(company.potential_main, 0),
                percent(company.share) if company.share is not None else "",
                _rungs((company.ladder, company.ladder) if company.ladder else None)]

    def _total_cells(self, totals: GroupTotals, currency: str) -> list[str]:
        return [self.tr("Group total"), "", format_money(totals.revenue, 0, currency),
                format_money(totals.potential, 0, currency),
                percent(totals.share) if totals.share is not None else "",
                _rungs(totals.ladder)]

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, _ID)
        if target:
            self.context.open_requested.emit(uuid.UUID(target), "group", None)

    def select(self, record_id: uuid.UUID) -> None:
        """Nothing to select: the companies are accounts of their own."""
