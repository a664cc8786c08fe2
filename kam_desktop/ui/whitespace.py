"""The whitespace view of the dashboard: accounts (rows) × product groups (columns), each
cell coloured by our share of the client's purchases of the group, the accounts with
the most potential not yet ours first. Only the top N accounts (after the name filter)
are shown, so the view stays quick with thousands of accounts; a click on a cell opens
the account's dossier."""
from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget,
)

from kam_desktop.domain.group_share import HIGH, LOW, share_band
from kam_desktop.services.analytics import PortfolioAnalytics
from kam_desktop.services.group_share import WhitespaceRow
from kam_desktop.ui.dossier.profile import percent
from kam_desktop.ui.forms import format_money
from kam_desktop.ui.labels import term
from kam_desktop.ui.sections import ID_ROLE, make_plain_table

#: the accounts shown unless the user asks for more
TOP = 100
#: the cells' colours by band, seen through in light and dark palettes alike
COLOURS = {"none": QColor(211, 47, 47, 110), "low": QColor(245, 124, 0, 110),
           "medium": QColor(251, 192, 45, 130), "high": QColor(56, 142, 60, 130)}
#: the columns before the groups': the account, the potential not yet ours
FIXED_COLUMNS = 2
#: the widest a group's column starts
GROUP_WIDTH = 190


class WhitespaceModel(QAbstractTableModel):
    """The rows shown, worked out in :meth:`show_rows`; ``data`` only looks them up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: tuple[str, ...] = ()
        self.rows: list[WhitespaceRow] = []
        self.names: dict[uuid.UUID, str] = {}
        self.currency = ""

    def show_rows(self, groups, rows, names, currency: str) -> None:
        self.beginResetModel()
        self.groups, self.rows, self.names, self.currency = tuple(groups), list(rows), \
            names, currency
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.groups)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == 0:
            return term("account")
        if section == 1:
            return self.tr("Not yet ours, {currency}").format(currency=self.currency)
        return self.groups[section - FIXED_COLUMNS]

    def share(self, index: QModelIndex) -> Decimal | None:
        return self.rows[index.row()].shares[index.column() - FIXED_COLUMNS]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ID_ROLE:
            return str(row.account)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.names.get(row.account, "")
            if column == 1:
                return "—" if row.uncovered is None else format_money(row.uncovered, 0)
            share = self.share(index)
            return "" if share is None else percent(share)
        if column < FIXED_COLUMNS:
            if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        band = share_band(self.share(index))
        if role == Qt.ItemDataRole.BackgroundRole and band is not None:
            return COLOURS[band]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            group = self.groups[column - FIXED_COLUMNS]
            return self.tr("{group}: no potential estimated").format(group=group) \
                if band is None else self.tr("{group}: our share {share}").format(
                group=group, share=percent(self.share(index)))
        return None


class WhitespaceView(QWidget):
    open_requested = Signal(object)  # account id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: PortfolioAnalytics | None = None
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find an account…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find an account"))
        self.filter.textChanged.connect(lambda _text: self.show_rows())
        self.top = QSpinBox()
        self.top.setRange(10, 10_000)
        self.top.setSingleStep(50)
        self.top.setValue(TOP)
        self.top.setAccessibleName(self.tr("Accounts shown"))
        self.top.valueChanged.connect(lambda _value: self.show_rows())
        self.count = QLabel()
        controls = QHBoxLayout()
        controls.addWidget(self.filter, 1)
        controls.addWidget(QLabel(self.tr("Show the top")))
        controls.addWidget(self.top)
        controls.addWidget(self.count)
        self.model = WhitespaceModel(self)
        self.table = make_plain_table(self.model)
        self.table.setObjectName("whitespace")
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(self.table.SelectionBehavior.SelectItems)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        legend = QHBoxLayout()
        legend.addWidget(QLabel(self.tr("Our share:")))
        low, high = _short_percent(LOW), _short_percent(HIGH)
        for band, text in (("none", self.tr("nothing bought from us")),
                           ("low", self.tr("under {low}").format(low=low)),
                           ("medium", self.tr("{low} to {high}").format(low=low, high=high)),
                           ("high", self.tr("{high} and more").format(high=high))):
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            colour = COLOURS[band]
            swatch.setStyleSheet(f"background: rgba({colour.red()}, {colour.green()}, "
                                 f"{colour.blue()}, {colour.alpha()}); border: 1px solid gray;")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
        legend.addWidget(QLabel(self.tr("· blank: no potential estimated")))
        legend.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addLayout(legend)

    def show_data(self, data: PortfolioAnalytics) -> None:
        if data is not self.data:
            self.data = data
            self.show_rows()

    def show_rows(self) -> None:
        if self.data is None:
            return
        groups, accounts = self.data.groups, self.data.accounts
        wanted = self.filter.text().casefold().strip()
        matching = [row for row in groups.whitespace if row.account in accounts and (
            not wanted or wanted in accounts[row.account].name.casefold())]
        shown = matching[:self.top.value()]
        self.model.show_rows(groups.groups, shown,
                             {row.account: accounts[row.account].name for row in shown},
                             self.data.currency)
        self.count.setText(self.tr("{shown} of {count}").format(shown=len(shown),
                                                              count=len(matching)))
        header = self.table.horizontalHeader()
        header.resizeSection(0, 240)
        header.resizeSection(1, 130)
        metrics = header.fontMetrics()
        for column, group in enumerate(groups.groups, FIXED_COLUMNS):
            # the group's name whole where it fits in GROUP_WIDTH, else cut (its tooltip
            # shows it whole)
            header.resizeSection(column, min(GROUP_WIDTH, max(
                80, metrics.horizontalAdvance(group) + 2 * metrics.averageCharWidth())))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(uuid.UUID(index.data(ID_ROLE)))


def _short_percent(share: Decimal) -> str:
    """25 %, not 25,0 %."""
    return percent(share).replace(",0 ", " ").replace(".0 ", " ")
