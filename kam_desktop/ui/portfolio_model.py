"""The portfolio table model: one row per account, read from the service layer only."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from kam_desktop.services.portfolio import AccountRow
from kam_desktop.ui.labels import category_label, lifecycle_label

#: the value used for sorting (numbers sort as numbers, empty values last)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: the account's UUID, for opening it whatever the sort order
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PortfolioModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AccountRow] = []
        locale = QLocale()
        money = lambda v: "" if v is None else locale.toString(float(v), "f", 0)  # noqa: E731
        percent = lambda v: "" if v is None else locale.toString(float(v) * 100, "f", 1) + " %"  # noqa: E731
        # (header, display text, sort key) per column
        self._columns: list[tuple[str, Callable[[AccountRow], str], Callable[[AccountRow], Any]]] = [
            (self.tr("Account"), lambda r: r.name, lambda r: r.name.casefold()),
            (self.tr("Category"), lambda r: category_label(r.category.value), lambda r: r.category.value),
            (self.tr("Lifecycle"), lambda r: lifecycle_label(r.lifecycle.value), lambda r: r.lifecycle.value),
            (self.tr("ABC"), lambda r: r.abc.value, lambda r: r.abc.value),
            (self.tr("Potential"), lambda r: money(r.annual_potential), lambda r: float(r.annual_potential or -1)),
            (self.tr("Revenue last year"), lambda r: money(r.revenue_last_year), lambda r: float(r.revenue_last_year or -1)),
            (self.tr("Share of wallet"), lambda r: percent(r.share_of_wallet), lambda r: float(r.share_of_wallet or -1)),
            (self.tr("Contacts"), lambda r: str(r.contacts), lambda r: r.contacts),
            (self.tr("Owner"), lambda r: r.owner or "", lambda r: (r.owner or "").casefold()),
        ]

    def set_rows(self, rows: list[AccountRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _, display, sort_key = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row)
        if role == SORT_ROLE:
            return sort_key(row)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 4 and index.column() <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
