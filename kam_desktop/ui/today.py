"""The Today view: what needs the manager now; each line opens the place to act."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kam_desktop.services.today import TodayItem
from kam_desktop.ui.labels import role_label, today_kind_label
from kam_desktop.ui.sections import SORT_ROLE, make_table


class TodayModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[TodayItem] = []
        self.headers = [self.tr("What"), self.tr("Account"), self.tr("Details"),
                        self.tr("Date"), self.tr("Days")]

    def set_items(self, items: list[TodayItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def details(self, item: TodayItem) -> str:
        if item.kind == "cooling":
            roles = ", ".join(role_label(r.value) for r in item.roles)
            if item.days is None:
                return self.tr("Never met: {roles}").format(roles=roles)
            return self.tr("No contact with {roles} for {days} days").format(roles=roles, days=item.days)
        if item.kind == "ladder":
            return (self.tr("Never assessed") if item.due is None
                    else self.tr("Last assessed {days} days ago").format(days=item.days))
        if item.kind == "reactivate":
            reason = item.text or self.tr("no reason recorded")
            return self.tr("Asleep: {reason}. Reactivating sleeping clients is part of the "
                           "job: call, offer something new.").format(reason=reason)
        if item.kind == "lost_actions":
            return self.tr("The client is lost, yet its plan has open actions: drop them, "
                           "or keep those meant to win it back")
        return item.text

    def days_text(self, item: TodayItem) -> str:
        """The Days column says what its number counts, on every row."""
        if item.days is None:
            return ""
        if item.kind in ("next_step", "action"):
            return (self.tr("%n day(s) overdue", "", item.days) if item.days > 0
                    else self.tr("due today"))
        if item.kind in ("cooling", "reactivate"):
            return self.tr("%n day(s) without contact", "", item.days)
        if item.kind == "ladder":
            return self.tr("assessed %n day(s) ago", "", item.days)
        if item.kind == "goal":
            return self.tr("%n day(s) to the deadline", "", item.days)
        return self.tr("%n open action(s)", "", item.days)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                return today_kind_label(item.kind)
            if column == 1:
                return item.account_name
            if column == 2:
                return self.details(item)
            if column == 3:
                if role == SORT_ROLE:
                    return item.due.toordinal() if item.due else 0
                return QLocale().toString(item.due, QLocale.FormatType.ShortFormat) if item.due else ""
            if column == 4:
                if role == SORT_ROLE:
                    return item.days if item.days is not None else -1
                return self.days_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.details(item)  # a long explanation is cut in its column
        if role == Qt.ItemDataRole.ForegroundRole and item.kind in ("next_step", "action") \
                and (item.days or 0) > 0:
            return QBrush(QColor("#c62828"))
        return None


class TodayView(QWidget):
    open_requested = Signal(object)  # a TodayItem
    #: a lost account's open plan actions are to be dropped (a TodayItem)
    drop_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TodayModel(self)
        self.table, self.proxy = make_table(self.model)
        self.table.setSortingEnabled(False)  # the service's order is the order of urgency
        self.proxy.sort(-1)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.summary = QLabel(self.tr("Loading…"))
        self.drop_button = QPushButton(self.tr("Drop the open actions"))
        self.drop_button.setToolTip(self.tr("The client is lost: mark the open actions of its "
                                            "plan as dropped (Ctrl+Z undoes)"))
        self.drop_button.setEnabled(False)
        self.drop_button.clicked.connect(self._drop)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        for column, width in enumerate((190, 260, 420, 100)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.drop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_items(self, items: list[TodayItem]) -> None:
        self.model.set_items(items)
        self.summary.setText(self.tr("Nothing needs you today.") if not items
                             else self.tr("%n thing(s) need your attention.", "", len(items)))

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.model.items[self.proxy.mapToSource(index).row()])

    def selected_item(self) -> TodayItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[self.proxy.mapToSource(rows[0]).row()] if rows else None

    def _selected(self, *_args) -> None:
        item = self.selected_item()
        self.drop_button.setEnabled(item is not None and item.kind == "lost_actions")

    def _drop(self) -> None:
        item = self.selected_item()
        if item is not None and item.kind == "lost_actions":
            self.drop_requested.emit(item)
