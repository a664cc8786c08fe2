"""The plain read-only table every list of whole rows uses, and the roles their models
answer beside Qt's: apart from ui.sections (editing, the services), so that the
portfolio's first screen can draw its table before those are loaded."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def make_plain_table(model: QAbstractItemModel) -> QTableView:
    """A read-only table of whole rows with uniform row heights (resizing rows to their
    contents takes seconds on big tables)."""
    table = QTableView()
    table.setModel(model)
    # start sorted by the first column, ascending (Qt's default indicator is descending)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setWordWrap(False)  # one line per row; long text is elided
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    # a column made narrower than its title shows the title's start and "…" (Qt's
    # headers otherwise cut a centred title at both ends: «з контакта, д»)
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    return table
