"""The Today view: what needs the manager now, grouped by kind or by account; each line
opens the place to act, and a next step or plan action can be marked done or postponed
from here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.today import TodayItem
from kam_desktop.ui import settings
from kam_desktop.ui.labels import handover_trigger_label, name_of, term, today_kind_label
from kam_desktop.ui.scope import Scope, ScopeSwitch
from kam_desktop.ui.today_actions import ACTIONABLE, pick_date

# the order of the kinds' groups: the service's order of urgency
KIND_ORDER = ("next_step", "action", "cooling", "handover", "reactivate", "lost_actions",
              "win_back", "ladder", "goal", "plan_review")


@dataclass(frozen=True)
class Group:
    title: str
    items: tuple[TodayItem, ...]


def group_items(items: list[TodayItem], grouping: str) -> list[Group]:
    """The items under one header per kind (in the order of urgency) or per account (by
    name); inside a group they keep the service's order."""
    if grouping == "account":
        keyed: dict = {}
        for item in items:
            keyed.setdefault(item.account_id, []).append(item)
        groups = sorted(keyed.values(), key=lambda found: found[0].account_name.casefold())
        return [Group(found[0].account_name, tuple(found)) for found in groups]
    return [Group(today_kind_label(kind), found) for kind in KIND_ORDER
            if (found := tuple(item for item in items if item.kind == kind))]


class TodayModel(QAbstractItemModel):
    """A two-level tree: group headers, then their items. A header's internal id is 0,
    an item's is its group's row plus one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # the items shown, in the service's order
        self.items: list[TodayItem] = []
        self.groups: list[Group] = []
        self.headers = [self.tr("What"), term("account"), self.tr("Details"),
                        self.tr("Date"), self.tr("Days")]

    def set_items(self, items: list[TodayItem], grouping: str) -> None:
        self.beginResetModel()
        self.items = items
        self.groups = group_items(items, grouping)
        self.endResetModel()

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # bounds checked here rather than by hasIndex(), which asks rowCount() again:
        # expanding Today's thousands of lines calls this once per line
        if not 0 <= column < len(self.headers):
            return QModelIndex()
        if not parent.isValid():
            inside = 0 <= row < len(self.groups)
            return self.createIndex(row, column, 0) if inside else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0 \
                or not 0 <= row < len(self.groups[parent.row()].items):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: A003
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def item_at(self, index: QModelIndex) -> TodayItem | None:
        """The item of a line (None for a group's header)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].items[index.row()]

    def index_of(self, item: TodayItem, column: int = 0) -> QModelIndex:
        """The line of ``item`` (invalid when it is not shown)."""
        for row, group in enumerate(self.groups):
            if item in group.items:
                return self.createIndex(group.items.index(item), column, row + 1)
        return QModelIndex()

    def details(self, item: TodayItem) -> str:
        if item.kind == "cooling":
            roles = ", ".join(name_of(r) for r in item.roles)
            if item.days is None:
                return self.tr("Never met: {roles}").format(roles=roles)
            return self.tr("No contact with {roles} for {days} days").format(roles=roles, days=item.days)
        if item.kind == "ladder":
            return (self.tr("Never assessed") if item.due is None
                    else self.tr("Last assessed {days} days ago").format(days=item.days))
        if item.kind == "reactivate":
            reason = item.text.rstrip(" .") or self.tr("no reason recorded")
            last_deal = (self.tr("last deal {date}").format(date=QLocale().toString(
                item.last_deal, QLocale.FormatType.ShortFormat)) if item.last_deal
                else self.tr("no deal recorded"))
            return self.tr("Asleep: {reason}; {last_deal}. Reactivating sleeping clients is "
                           "part of the job: call, offer something new.").format(
                reason=reason, last_deal=last_deal)
        if item.kind == "handover":
            crossed = "; ".join(handover_trigger_label(t) for t in item.triggers)
            return self.tr("{crossed}. Now with {owner}: hand it over to a client manager or "
                           "a project manager.").format(
                crossed=crossed[:1].upper() + crossed[1:], owner=item.text or self.tr("nobody"))
        if item.kind == "lost_actions":
            return self.tr("The client is lost, yet its plan has %n open action(s): drop "
                           "them, or keep those meant to win it back", "", item.days or 0)
        if item.kind == "plan_review":
            return (self.tr("The written plan was never reviewed: go through it with the team "
                            "and record the review") if item.due is None
                    else self.tr("Go through the written plan with the team and record the "
                                 "review"))
        return item.text

    def days_text(self, item: TodayItem) -> str:
        """The Days column counts days on every row and says what they are."""
        if item.kind in ("next_step", "action", "win_back"):
            return (self.tr("%n day(s) overdue", "", item.days) if item.days > 0
                    else self.tr("due today"))
        if item.kind in ("cooling", "reactivate"):
            return (self.tr("no contact yet") if item.days is None
                    else self.tr("%n day(s) without contact", "", item.days))
        if item.kind == "ladder":
            return (self.tr("never assessed") if item.days is None
                    else self.tr("assessed %n day(s) ago", "", item.days))
        if item.kind == "goal":
            return (self.tr("deadline today") if item.days == 0
                    else self.tr("deadline in %n day(s)", "", item.days))
        if item.kind == "plan_review":
            return (self.tr("never reviewed") if item.days is None
                    else self.tr("review due today") if item.days == 0
                    else self.tr("review %n day(s) late", "", item.days))
        return ""  # a lost account's plan: its count of actions is in the details

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._header_data(self.groups[index.row()], index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return today_kind_label(item.kind)
            if column == 1:
                return item.account_name
            if column == 2:
                return self.details(item)
            if column == 3:
                return QLocale().toString(item.due, QLocale.FormatType.ShortFormat) if item.due else ""
            if column == 4:
                return self.days_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return self.details(item)  # a long explanation is cut in its column
        if role == Qt.ItemDataRole.ForegroundRole and item.kind in ACTIONABLE \
                and (item.days or 0) > 0:
            return QBrush(QColor("#c62828"))
        return None

    def _header_data(self, group: Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return self.tr("{title} — {count}").format(
                title=group.title, count=QLocale().toString(len(group.items)))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TodayView(QWidget):
    open_requested = Signal(object)  # a TodayItem
    #: a lost account's open plan actions are to be dropped (a TodayItem)
    drop_requested = Signal(object)
    # next steps or plan actions done (a list of TodayItems)
    done_requested = Signal(object)
    # next steps or plan actions moved to a date (a list of TodayItems, the date)
    postpone_requested = Signal(object, object)

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.all_items: list[TodayItem] = []
        self._closed_groups = False  # the groups are to be opened when the view shows
        self.model = TodayModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._open)  # Enter, or a double click, on a line
        for column, width in enumerate((230, 240, 420, 100)):
            self.tree.setColumnWidth(column, width)
        # the details give up room to the Days column, whose texts are sized when shown
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.summary = QLabel(self.tr("Loading…"))
        self.switch = ScopeSwitch(scope)
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("By kind"), "kind")
        self.grouping.addItem(self.tr("By account"), "account")
        chosen = self.grouping.findData(settings.value("today_grouping"))
        self.grouping.setCurrentIndex(max(chosen, 0))
        self.grouping.setAccessibleName(self.tr("Group"))
        self.grouping.currentIndexChanged.connect(self._grouping_changed)

        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the chosen next steps and plan actions done "
                                            "(Ctrl+Z undoes)"))
        self.done_button.clicked.connect(self._done)
        self.postpone_button = QToolButton()
        self.postpone_button.setText(self.tr("Postpone"))
        self.postpone_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.postpone_menu = QMenu(self.postpone_button)
        self._fill_postpone_menu(self.postpone_menu)
        self.postpone_button.setMenu(self.postpone_menu)
        self.drop_button = QPushButton(self.tr("Drop the open actions"))
        self.drop_button.setToolTip(self.tr("The client is lost: mark the open actions of its "
                                            "plan as dropped (Ctrl+Z undoes)"))
        self.drop_button.clicked.connect(self._drop)
        self.tree.selectionModel().selectionChanged.connect(self._selected)
        self._selected()

        top = QHBoxLayout()
        top.addWidget(self.switch)
        top.addWidget(QLabel(self.tr("Group:")))
        top.addWidget(self.grouping)
        top.addWidget(self.summary, 1)
        for button in (self.done_button, self.postpone_button, self.drop_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        scope.changed.connect(self._show)

    # -- showing ------------------------------------------------------------------

    def set_items(self, items: list[TodayItem]) -> None:
        self.all_items = items
        self._show()

    def _show(self) -> None:
        shown = [item for item in self.all_items if self.scope.shows(item.account_id)]
        self.model.set_items(shown, self.grouping.currentData())
        for row, group in enumerate(self.model.groups):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        # opening the groups lays out every line (some 40 ms for 2,000): a hidden tab's
        # are opened when it shows, not while the window starts on another tab
        self._closed_groups = True
        if self.isVisible():
            self._open_groups()
        self._fit_days(shown)
        self.switch.set_counts(sum(item.account_id in self.scope.mine for item in self.all_items),
                               len(self.all_items))
        self.summary.setText(self.tr("Nothing needs you today.") if not shown
                             else self.tr("%n thing(s) need your attention.", "", len(shown)))
        self._selected()

    def _open_groups(self) -> None:
        self._closed_groups = False
        for row in range(len(self.model.groups)):  # not expandAll(): it visits every line
            self.tree.expand(self.model.index(row, 0))

    def showEvent(self, event) -> None:
        if self._closed_groups:
            self._open_groups()
        super().showEvent(event)

    def _fit_days(self, shown: list[TodayItem]) -> None:
        """The Days column as wide as its longest text (measured once per distinct text,
        not per row: Today may list thousands of lines)."""
        texts = {self.model.days_text(item) for item in shown}
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        title = self.tree.header().fontMetrics().horizontalAdvance(
            str(self.model.headerData(4, Qt.Orientation.Horizontal)))
        self.tree.setColumnWidth(4, max(widest, title) + 3 * metrics.averageCharWidth())

    def _grouping_changed(self) -> None:
        settings.set_value("today_grouping", self.grouping.currentData())
        self._show()

    # -- acting ---------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.open_requested.emit(item)

    def select(self, items: list[TodayItem]) -> None:
        """Choose the lines of ``items``, the first one current."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for item in reversed(items):
            index = self.model.index_of(item)
            if index.isValid():
                selection.setCurrentIndex(index, flags)

    def selected_items(self) -> list[TodayItem]:
        found = (self.model.item_at(index) for index in self.tree.selectionModel().selectedRows())
        return [item for item in found if item is not None]

    def selected_item(self) -> TodayItem | None:
        item = self.model.item_at(self.tree.currentIndex())
        return item if item in self.selected_items() else None

    def actionable(self) -> list[TodayItem]:
        """The chosen lines that can be done or postponed (none if any other is chosen)."""
        chosen = self.selected_items()
        return chosen if chosen and all(item.kind in ACTIONABLE for item in chosen) else []

    def _selected(self, *_args) -> None:
        can_act = bool(self.actionable())
        self.done_button.setEnabled(can_act)
        self.postpone_button.setEnabled(can_act)
        item = self.selected_item()
        self.drop_button.setEnabled(item is not None and item.kind == "lost_actions")

    def _fill_postpone_menu(self, menu: QMenu) -> None:
        for text, days in ((self.tr("To tomorrow"), 1), (self.tr("By a week"), 7)):
            menu.addAction(text).triggered.connect(lambda _=False, d=days: self.postpone_by(d))
        menu.addAction(self.tr("To a date…")).triggered.connect(self._postpone_to_picked)

    def postpone_by(self, days: int) -> None:
        self.postpone_to(date.today() + timedelta(days=days))

    def postpone_to(self, day: date) -> None:
        items = self.actionable()
        if items:
            self.postpone_requested.emit(items, day)

    def _postpone_to_picked(self) -> None:
        if self.actionable():
            day = pick_date(self, date.today() + timedelta(days=1))
            if day is not None:
                self.postpone_to(day)

    def _done(self) -> None:
        items = self.actionable()
        if items:
            self.done_requested.emit(items)

    def _drop(self) -> None:
        item = self.selected_item()
        if item is not None and item.kind == "lost_actions":
            self.drop_requested.emit(item)

    def _context_menu(self, point: QPoint) -> None:
        item = self.model.item_at(self.tree.indexAt(point))
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open")).triggered.connect(lambda: self.open_requested.emit(item))
        if self.actionable():
            menu.addSeparator()
            menu.addAction(self.tr("Done")).triggered.connect(self._done)
            postpone = menu.addMenu(self.tr("Postpone"))
            self._fill_postpone_menu(postpone)
        elif item.kind == "lost_actions" and self.selected_item() is item:
            menu.addAction(self.drop_button.text()).triggered.connect(self._drop)
        menu.popup(self.tree.viewport().mapToGlobal(point))
