"""A dossier section: a table of one kind of record and an editor for the selected one.

Every edit goes through an undoable command that calls a service; a refused value is
shown in words at its field and is not stored.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.errors import InputError
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.forms import FieldEditor
from kam_desktop.ui.undo import Add, Delete, Update, run_edit
from kam_desktop.ui.messages import translated
from kam_desktop.ui.plain_table import ID_ROLE, SORT_ROLE, make_plain_table

Row = dict[str, Any]
#: the narrowest a record's editor gets, beside its table
EDITOR_WIDTH = 380


@dataclass(frozen=True)
class Column:
    header: str
    display: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align_right: bool = False


class RowsModel(QAbstractTableModel):
    """Rows of plain data (dicts) with columns described by :class:`Column`."""

    def __init__(self, columns: list[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Row] = []
        self.highlight: Callable[[Row], bool] = lambda row: False

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            key = (column.sort or column.display)(row)
            return key if key is not None else ""
        if role == ID_ROLE:
            return str(row.get("id") or row.get("contact_id"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight(row):
            return QBrush(QColor("#c62828"))
        return None


def make_table(model: QAbstractTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table over ``model`` sorted through a proxy by SORT_ROLE."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return make_plain_table(proxy), proxy


#: the rows a table's columns are fitted to
FIRST_SCREEN_ROWS = 40


def fit_columns(table: QTableView, stretch: tuple[int, ...] = (-1,)) -> None:
    """Columns as wide as their contents, except the ``stretch`` ones (-1: the last),
    which share the free width. Only for the tables of a dossier."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # measured on the first screen of rows, not on all of them: an account with hundreds
    # of deals or diary entries opens as fast as a small one
    header.setResizeContentsPrecision(FIRST_SCREEN_ROWS)
    for column in stretch:
        header.setSectionResizeMode(column % header.count(), QHeaderView.ResizeMode.Stretch)


def unused_name(template: str, taken: set[str]) -> str:
    """``template`` ("New contact {n}") with the first number that makes it new."""
    number = 1
    while (text := template.format(n=number)) in taken:
        number += 1
    return text


class RecordSection(QWidget):
    """Records of one kind under one parent (an account, or a goal for plan actions)."""

    def __init__(self, context: AppContext, kind: str, columns: list[Column],
                 new_values: Callable[[], dict[str, Any]], noun: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.noun = noun
        self._new_values = new_values
        self.account_id: uuid.UUID | None = None
        self.parent_id: uuid.UUID | None = None
        self.model = RowsModel(columns, self)
        self.table, self.proxy = make_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.editors: list[FieldEditor] = []

        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a new record"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Ctrl+Z undoes it)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.table)

        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_box = QWidget()  # keeps a short form at the top instead of spread out
        form_box_layout = QVBoxLayout(form_box)
        form_box_layout.setContentsMargins(0, 0, 0, 0)
        form_box_layout.addWidget(self.form_widget)
        form_box_layout.addStretch(1)
        scroll.setWidget(form_box)
        scroll.setMinimumWidth(EDITOR_WIDTH)
        # shown only with a selected record: until then the table has all the room
        self.editor_panel = scroll

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        # the table takes the room; the editor keeps to its width
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([600, EDITOR_WIDTH])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.splitter = splitter

    def add_editor(self, label: str, editor: FieldEditor) -> FieldEditor:
        editor.committed.connect(lambda value, e=editor: self.commit(e, value))
        self.editors.append(editor)
        self.form.addRow(label, editor)
        return editor

    # -- data -----------------------------------------------------------------

    def set_rows(self, rows: list[Row], account_id: uuid.UUID, parent_id: uuid.UUID | None) -> None:
        """Show ``rows``, keeping the selected record selected."""
        selected = self.current_id()
        self.account_id = account_id
        self.parent_id = parent_id
        self.model.set_rows(rows)
        self.add_button.setEnabled(parent_id is not None)
        self.select(selected) if selected else self._show_current()

    def current_row(self) -> Row | None:
        """The selected record (the table selects one whole row at a time)."""
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return None
        return self.model.rows[self.proxy.mapToSource(selected[0]).row()]

    def current_id(self) -> uuid.UUID | None:
        row = self.current_row()
        return row["id"] if row else None

    def select(self, record_id: uuid.UUID | None) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(ID_ROLE) == str(record_id):
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                self._show_current()
                return
        self.table.clearSelection()
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self.editor_panel.setVisible(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.empty_label.setVisible(row is None)
        self.empty_label.setText(
            self.tr("Nothing here yet. Press “Add” to create the first one.")
            if not self.model.rows else self.tr("Select a line to see and edit it."))
        if row is not None:
            for editor in self.editors:
                editor.load(row.get(editor.field))
            self.row_shown(row)
            self._fit_editor_panel()

    def _fit_editor_panel(self) -> None:
        """At least as wide as its form: it never scrolls sideways, which would hide
        the ends of the fields."""
        panel = self.editor_panel
        form_width = (panel.widget().minimumSizeHint().width() + 2 * panel.frameWidth()
                      + panel.verticalScrollBar().sizeHint().width())
        panel.setMinimumWidth(max(EDITOR_WIDTH, form_width))

    def row_shown(self, row: Row) -> None:
        """Hook for sections that show derived values beside the editors."""

    # -- edits ----------------------------------------------------------------

    def commit(self, editor: FieldEditor, value: Any) -> None:
        record_id = self.current_id()
        if record_id is None:
            return
        try:
            run_edit(self.context, self.tr("Edit {noun}").format(noun=self.noun),
                     Update(self.kind, record_id, {editor.field: value}),
                     merge_key=(self.kind, record_id, editor.field) if editor.merging else None)
        except InputError as error:
            editor.show_error(translated(error.message))
        else:
            editor.show_error(None)

    def add(self) -> None:
        try:
            reverse = run_edit(self.context, self.tr("Add {noun}").format(noun=self.noun),
                               Add(self.kind, self.parent_id, self._new_values()))
        except InputError as error:
            self.empty_label.setText(translated(error.message))
            return
        self.select(reverse.record_id)
        if self.editors:
            self.editors[0].setFocus()

    def delete(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            run_edit(self.context, self.tr("Delete {noun}").format(noun=self.noun),
                     Delete(self.kind, record_id))


class RecordsAndTheirParts(QWidget):
    """A page of records above the parts of the selected one — a plan's goals above the
    selected goal's actions, the losses above the selected loss's win-back plan. The
    subclass lays out ``records`` and :meth:`parts_pane`, gives every part row by
    :meth:`set_parts`, and words the caption over the parts in :meth:`show_caption`."""

    def __init__(self, records: RecordSection, parts: RecordSection, parent_column: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records, self.parts, self.parent_column = records, parts, parent_column
        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: 600;")
        self._parts: list[Row] = []
        self._account_id: uuid.UUID | None = None
        records.table.selectionModel().selectionChanged.connect(lambda *_: self.show_parts())

    def parts_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.parts)
        return pane

    def set_parts(self, rows: list[Row], account_id: uuid.UUID) -> None:
        self._account_id = account_id
        self._parts = rows

    def select(self, record_id: uuid.UUID) -> None:
        """Show a record, or a part with its record."""
        owner = next((row[self.parent_column] for row in self._parts if row["id"] == record_id),
                     record_id)
        self.records.select(owner)
        if owner != record_id:
            self.parts.select(record_id)

    def show_parts(self) -> None:
        """The parts of the selected record; with no record selected, none."""
        if self._account_id is None:
            return
        chosen = self.records.current_row()
        chosen_id = chosen["id"] if chosen else None
        self.parts.set_rows([row for row in self._parts if row[self.parent_column] == chosen_id],
                            self._account_id, chosen_id)
        self.show_caption(chosen)

    def show_caption(self, chosen: Row | None) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
