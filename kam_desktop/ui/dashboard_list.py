"""The dashboard's list of the accounts behind a clicked bar or point."""
from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from kam_desktop.services.analytics import PortfolioAnalytics
from kam_desktop.ui.labels import term
from kam_desktop.ui.sections import ID_ROLE


class AccountsModel(QAbstractTableModel):
    """The accounts behind the clicked bar or point: name, owner and, where the chart
    has one, the figure of each; sorted in Python (a proxy would call back per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[uuid.UUID, str, str]] = []  # id, name, owner
        self.figure_title = ""
        self._figure = None
        #: account id -> (the figure's text, its sort key), worked out when first shown
        self._figures: dict[uuid.UUID, tuple[str, float]] = {}
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_accounts(self, accounts, data: PortfolioAnalytics, figure_title: str,
                     figure) -> None:
        self.beginResetModel()
        self.figure_title = figure_title if figure else ""
        self._figure, self._figures = figure, {}
        self.rows = [(account_id, info.name, info.owner or "") for account_id, info in (
            (account_id, data.accounts.get(account_id)) for account_id in accounts)
            if info is not None]  # None: deleted since
        self._apply_sort()
        self.endResetModel()

    def figure_of(self, account_id: uuid.UUID) -> tuple[str, float]:
        if self._figure is None:
            return "", 0.0
        if account_id not in self._figures:
            self._figures[account_id] = self._figure(account_id)
        return self._figures[account_id]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = {0: lambda r: r[1].casefold(), 1: lambda r: (r[2].casefold(), r[1].casefold()),
               2: lambda r: (self.figure_of(r[0])[1], r[1].casefold())
               }.get(column, lambda r: r[1].casefold())
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, account_id: uuid.UUID) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row[0] == account_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (term("account"), term("owner"), self.figure_title)[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.figure_of(row[0])[0] if index.column() == 2 else row[index.column() + 1]
        if role == ID_ROLE:
            return str(row[0])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
