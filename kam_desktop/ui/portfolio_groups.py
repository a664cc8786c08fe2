"""The portfolio by holding: the Holding column, and "Group by holding", which lists each
group's subsidiaries under their holding (indented) with the group's revenue in the main
currency beside the holding. Everything is worked out from the rows already read, apart
from the groups' revenue (services.holdings.group_revenues, read when grouping)."""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kam_desktop.domain.holdings import grouped
from kam_desktop.services.account_row import AccountRow
from kam_desktop.ui.labels import format_money

if TYPE_CHECKING:  # the portfolio's first screen is drawn before SQLAlchemy is loaded
    from kam_desktop.services.holdings import GroupRevenue

#: how far a subsidiary's name is moved in, per level below its holding
INDENT = "\u2003"


class HoldingGroups:
    """What the portfolio model needs to show holdings: names, depths and totals."""

    def __init__(self) -> None:
        self.on = False
        self.currency = "RUB"
        self.names: dict[uuid.UUID, str] = {}
        self.parents: dict[uuid.UUID, uuid.UUID | None] = {}
        self.depth: dict[uuid.UUID, int] = {}
        #: each holding's group revenue, while grouping
        self.totals: dict[uuid.UUID, GroupRevenue] = {}

    def read(self, rows: Sequence[AccountRow]) -> None:
        self.names = {row.id: row.name for row in rows}
        self.parents = {row.id: row.parent_id for row in rows}

    def arrange(self, rows: list[AccountRow]) -> list[AccountRow]:
        """``rows`` in their order, or grouped by holding when grouping is on."""
        if not self.on:
            self.depth = {}
            return rows
        by_id = {row.id: row for row in rows}
        order = grouped([row.id for row in rows], self.parents)
        self.depth = {account: depth for account, depth in order if depth}
        return [by_id[account] for account, _ in order]

    def name(self, row: AccountRow) -> str:
        depth = self.depth.get(row.id, 0)
        return f"{INDENT * depth}└ {row.name}" if depth else row.name

    def holding(self, row: AccountRow) -> str:
        """The holding's name; while grouping, a holding's row shows its group's revenue."""
        total = self.totals.get(row.id) if self.on else None
        if total is not None:
            text = QCoreApplication.translate("PortfolioModel", "Group: {amount}").format(
                amount=format_money(total.total, 0, self.currency))
            return text + (" *" if total.incomplete else "")
        return self.names.get(row.parent_id, "") if row.parent_id else ""

    def holding_key(self, row: AccountRow) -> str:
        return self.names.get(row.parent_id, "").casefold() if row.parent_id else "\uffff"
