"""The columns of a big table, chosen by its user: the header's context menu has a
checkable entry per column and "Reset columns"; columns move by dragging their header;
their order, widths, visibility (and the sorting) are remembered between sessions."""
from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QMenu, QTableView

from kam_desktop.ui import settings


class ColumnChooser(QObject):
    """Lets the user choose, move and resize the columns of ``table``, and remembers them
    under ``name``. ``keys`` name the model's columns (a stored layout of other columns
    is not restored), ``widths`` are their default widths, ``hidden`` the columns hidden
    by default. The first column (what a row is) always shows."""

    # the user showed or hid columns
    chosen = Signal()

    def __init__(self, table: QTableView, name: str, keys: Sequence[str],
                 widths: Sequence[int], hidden: Collection[int]) -> None:
        super().__init__(table)
        self.table = table
        self.name = name
        self.keys = tuple(keys)
        self.widths = tuple(widths)
        self.hidden = frozenset(hidden)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_menu)
        state = settings.header_state(name, self.keys)
        if state is None or not header.restoreState(state):
            self.reset()
        header.sectionMoved.connect(self._save)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(self._save)

    def menu(self) -> QMenu:
        """The header's context menu: a checkable entry per column, then Reset columns."""
        header, model = self.table.horizontalHeader(), self.table.model()
        menu = QMenu(header)
        for logical in range(header.count()):
            title = model.headerData(logical, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(logical))
            action.setEnabled(logical != 0)
            action.toggled.connect(partial(self.show_column, logical))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset)
        return menu

    def _show_menu(self, position: QPoint) -> None:
        self.menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def show_column(self, logical: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(logical, not shown)
        if shown and header.sectionSize(logical) < header.minimumSectionSize() * 2:
            header.resizeSection(logical, self.widths[logical])
        self._save()
        self.chosen.emit()

    def reset(self) -> None:
        """The default columns: in their order, at their widths, the default ones hidden."""
        header = self.table.horizontalHeader()
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
            header.setSectionHidden(logical, logical in self.hidden)
            header.resizeSection(logical, self.widths[logical])
        self._save()
        self.chosen.emit()

    def _resized(self, logical: int, _old: int, _new: int) -> None:
        """Remember a width the user gave. A hidden column is "resized" too, each time the
        table first shows (the header's stretched last section, when it is hidden): that
        changes nothing to remember, and writing the settings file costs a sync to disk."""
        if not self.table.horizontalHeader().isSectionHidden(logical):
            self._save()

    def _save(self, *_args) -> None:
        settings.set_header_state(self.name, self.keys, self.table.horizontalHeader().saveState())
