"""The dashboard's list of the accounts behind a clicked bar or point."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Hashable, Mapping
from functools import cached_property
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from kam_desktop.services.analytics import AccountInfo, PortfolioAnalytics
from kam_desktop.ui.labels import term
from kam_desktop.ui.sections import ID_ROLE


#: an account id's number: a dictionary keyed by it hashes in C, not in uuid's Python
_NUMBER = attrgetter("int")


class NameOrder:
    """Every account's place by name (case folded), and by owner then name, keyed by
    the id's number: a click listing thousands of accounts sorts integers, not folded
    names. Built once per read of the portfolio, in the background (the dashboard's
    loader)."""

    def __init__(self, accounts: Mapping[uuid.UUID, AccountInfo]) -> None:
        self.accounts = accounts
        self.by_name = _ranks(accounts, lambda info: info.name.casefold())

    @cached_property
    def by_owner(self) -> dict[int, int]:
        """Built when the list is first sorted by owner."""
        return _ranks(self.accounts, lambda info: ((info.owner or "").casefold(),
                                                   info.name.casefold()))


def _ranks(accounts: Mapping[uuid.UUID, AccountInfo],
           key: Callable[[AccountInfo], Hashable]) -> dict[int, int]:
    """Each account's rank by ``key``; equal keys share a rank, so that a stable sort by
    rank orders exactly as a stable sort by the key does."""
    keys = {account.int: key(info) for account, info in accounts.items()}
    ranks, rank, last = {}, -1, object()
    for number in sorted(keys, key=keys.__getitem__):
        if keys[number] != last:
            rank, last = rank + 1, keys[number]
        ranks[number] = rank
    return ranks


def _ranks_of(accounts, ranks: dict[int, int]) -> list[int | None]:
    """The rank of each of ``accounts`` in ``ranks``; None: not read (deleted since)."""
    return list(map(ranks.get, map(_NUMBER, accounts)))


class AccountsModel(QAbstractTableModel):
    """The accounts behind the clicked bar or point: name, owner and, where the chart
    has one, the figure of each; sorted in Python by the ranks of a :class:`NameOrder`
    (a proxy would call back per row), and each cell looked up only when shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[uuid.UUID] = []
        self.figure_title = ""
        self._order = NameOrder({})
        self._figure = None
        #: account id -> (the figure's text, its sort key), worked out when first shown
        self._figures: dict[uuid.UUID, tuple[str, float]] = {}
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def use_order(self, order: NameOrder) -> None:
        """The accounts' order, built ahead for the portfolio read."""
        self._order = order

    def set_accounts(self, accounts, data: PortfolioAnalytics, figure_title: str,
                     figure) -> None:
        self.beginResetModel()
        if self._order.accounts is not data.accounts:  # not built ahead for this read
            self._order = NameOrder(data.accounts)
        self.figure_title = figure_title if figure else ""
        self._figure, self._figures = figure, {}
        ranks = _ranks_of(accounts, self._order.by_name)
        self.ids = [account for account, rank in zip(accounts, ranks) if rank is not None]
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
        """Sort the rows' positions by their ranks (the key a list's item, in C), then
        take the accounts in that order."""
        column, order = self._sort
        ranks = _ranks_of(self.ids, self._order.by_owner if column == 1
                          else self._order.by_name)
        if column == 2:
            ranks = [(self.figure_of(account)[1], rank)
                     for account, rank in zip(self.ids, ranks)]
        rows = sorted(range(len(self.ids)), key=ranks.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self.ids = [self.ids[row] for row in rows]

    def row_of(self, account_id: uuid.UUID) -> int | None:
        try:
            return self.ids.index(account_id)
        except ValueError:
            return None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (term("account"), term("owner"), self.figure_title)[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        account_id = self.ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 2:
                return self.figure_of(account_id)[0]
            info = self._order.accounts[account_id]
            return info.name if column == 0 else info.owner or ""
        if role == ID_ROLE:
            return str(account_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
