"""The first rows of a spreadsheet being imported, as the import dialog shows them."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from kam_desktop.services.tabular import Table

#: rows shown in the preview
PREVIEW_ROWS = 200
#: a bad row's tint: translucent, so it reads on light and dark backgrounds
BAD_TINT = QColor(220, 60, 60, 70)


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, the line number first; bad rows tinted."""

    def __init__(self, label: Callable[[str], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label  # a field's name, for the headers of the columns mapped
        self.table: Table | None = None
        self.columns: dict[str, int] = {}
        self.problems: dict[int, list[str]] = {}

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        self.table, self.columns, self.problems = table, {}, {}
        self.endResetModel()

    def set_columns(self, columns: dict[str, int]) -> None:
        self.columns = dict(columns)
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def set_problems(self, problems: dict[int, list[str]]) -> None:
        self.problems = problems
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return min(len(self.table.rows), PREVIEW_ROWS)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.table is None else len(self.table.headers) + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or self.table is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Line")
            fields = [key for key, index in self.columns.items() if index == section - 1]
            name = self.table.headers[section - 1] or self.tr("Column {number}").format(
                number=section)
            return "\n".join([name] + ["→ " + self.label(key) for key in fields]) \
                if fields else name + "\n"
        if role == Qt.ItemDataRole.FontRole and section > 0 and section - 1 in self.columns.values():
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row = self.table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(row.line)
            return " ".join(row.cells[index.column() - 1].split())  # one line per row
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.line in self.problems:
            return BAD_TINT
        if role == Qt.ItemDataRole.ToolTipRole and row.line in self.problems:
            return "\n".join(self.problems[row.line])
        return None
