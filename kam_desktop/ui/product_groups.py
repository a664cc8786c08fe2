"""The Product groups page of Preferences: the company's product groups in the order the
share-by-group table, the dashboard's group filter and the whitespace view show them.

The deals keep the ERP's free text; a deal whose group is not on the list is still shown,
under its own name. With a database open, the page offers the groups its deals and
estimates name (the demo's, after the demo is loaded)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from kam_desktop.domain.group_share import group_key
from kam_desktop.services.group_share import groups_named
from kam_desktop.ui import settings


class ProductGroupsPage(QWidget):
    def __init__(self, context=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        explanation = QLabel(self.tr(
            "The groups of goods you sell, in the order the share-by-group table, the "
            "dashboard's filter and the whitespace view show them. Double-click a group to "
            "rename it. Deals keep the group the ERP gave them: a group not on the list is "
            "shown under its own name."))
        explanation.setWordWrap(True)
        self.groups = QListWidget()
        self.groups.setAccessibleName(self.tr("Product groups"))
        for name in settings.product_groups():
            self._append(name)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_group)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_group)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_group(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_group(1))
        self.from_data = QPushButton()
        self.from_data.clicked.connect(self.add_named)
        self._named = self._groups_in_data()
        self.groups.currentRowChanged.connect(lambda _row: self._enable())
        self.groups.model().rowsRemoved.connect(lambda *_: self._enable())
        self.groups.itemChanged.connect(lambda _item: self._enable())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.groups, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(body, 1)
        layout.addWidget(self.from_data, 0, Qt.AlignmentFlag.AlignLeft)
        self._enable()

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.groups.addItem(item)
        return item

    def _groups_in_data(self) -> list[str]:
        return [] if self.context is None else self.context.read(groups_named)

    def _missing_named(self) -> list[str]:
        listed = {group_key(name) for name in self.names()}
        return [name for name in self._named if group_key(name) not in listed]

    def _enable(self) -> None:
        row = self.groups.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.groups.count() - 1)
        missing = self._missing_named()
        self.from_data.setVisible(bool(missing))
        self.from_data.setText(self.tr("Add the %n group(s) named in the deals", "",
                                       len(missing)))

    def names(self) -> list[str]:
        return [self.groups.item(row).text() for row in range(self.groups.count())]

    def add_group(self) -> None:
        item = self._append(self.tr("New group"))
        self.groups.setCurrentItem(item)
        self.groups.editItem(item)

    def add_named(self) -> None:
        for name in self._missing_named():
            self._append(name)
        self._enable()

    def remove_group(self) -> None:
        row = self.groups.currentRow()
        if row >= 0:
            self.groups.takeItem(row)

    def move_group(self, step: int) -> None:
        row = self.groups.currentRow()
        if 0 <= row + step < self.groups.count():
            item = self.groups.takeItem(row)
            self.groups.insertItem(row + step, item)
            self.groups.setCurrentRow(row + step)

    def problem(self) -> tuple[str, str] | None:
        """A name too long or given twice, in words, with where."""
        seen: set[str] = set()
        where = self.tr("Product groups")
        for name in self.names():
            key = group_key(name)
            if len(" ".join(name.split())) > settings.GROUP_LIMIT:
                return self.tr("The group “{name}…” is too long: at most {limit} characters."
                               ).format(name=name[:40], limit=settings.GROUP_LIMIT), where
            if key and key in seen:
                return self.tr("The group “{name}” is on the list twice.").format(
                    name=name), where
            seen.add(key)
        return None

    def store(self) -> None:
        settings.set_product_groups(self.names())
