"""The portfolio: every account in one table, with filters and an instant search.

Loaded without SQLAlchemy (the services are imported when used): the window's first
screen shows this view before the database is opened the usual way (ui.first_screen)."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from kam_desktop.domain.abc import AbcClass, last_full_year
from kam_desktop.domain.completeness import Completeness
from kam_desktop.domain.enums import Category, LadderLevel, Lifecycle
from kam_desktop.domain.money import sort_amount
from kam_desktop.services.account_row import AccountRow
from kam_desktop.ui.column_chooser import ColumnChooser
from kam_desktop.ui.labels import dossier_part_label, format_money, name_of, term
from kam_desktop.ui.loader import after_next_paint
from kam_desktop.ui import settings
from kam_desktop.ui.plain_table import ID_ROLE, SORT_ROLE, make_plain_table
from kam_desktop.ui.portfolio_groups import HoldingGroups
from kam_desktop.ui.scope import Scope, ScopeSwitch

if TYPE_CHECKING:
    from kam_desktop.ui.loader import BackgroundLoader

#: the shortest search text that is also looked up in the diaries
DIARY_SEARCH_MIN = 3
#: the columns hidden until the user shows them (the header's context menu): the others
#: fit a 1366-pixel-wide screen
HIDDEN_BY_DEFAULT = ("abc", "potential", "value_this_year", "deals", "last_deal",
                     "average_deal", "completeness", "holding")
#: the roles the model answers: the view asks each painted cell for many more
ANSWERED_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE,
                            ID_ROLE, Qt.ItemDataRole.TextAlignmentRole,
                            Qt.ItemDataRole.ForegroundRole})
#: room beside a cell's text, and beside a header's title (its sort arrow)
CELL_PADDING = 12
HEADER_PADDING = 18


def _percent(value) -> str:
    return "" if value is None else QLocale().toString(float(value) * 100, "f", 1) + " %"


def _trend(change) -> str:
    if change is None or abs(change) < 0.0005:
        return ""
    arrow = "▲" if change > 0 else "▼"
    return f" {arrow}{QLocale().toString(abs(float(change)) * 100, 'f', 1)}"


def _missing_parts(found: Completeness) -> str:
    if not found.missing:
        return QCoreApplication.translate("PortfolioModel", "The dossier holds every part.")
    return QCoreApplication.translate("PortfolioModel", "Missing: {parts}").format(
        parts=", ".join(dossier_part_label(part) for part in found.missing))


class PortfolioModel(QAbstractTableModel):
    """All accounts, filtered and sorted in Python.

    A QSortFilterProxyModel would call back into Python for every row on every
    keystroke; filtering a list and resetting the model costs a few milliseconds for
    5,000 accounts, and the view then asks only for the rows it shows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all_rows: list[AccountRow] = []
        self.rows: list[AccountRow] = []
        self.today = date.today()
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder
        # what is shown: the search text (folded) and the filters (None: everything)
        self.search = ""
        self.diary_matches: set[uuid.UUID] = set()
        self.category: str | None = None
        self.lifecycle: str | None = None
        self.abc: str | None = None
        self.owner: str | None = None
        # the accounts in the chosen scope (None: everyone's)
        self.scope: frozenset[uuid.UUID] | None = None
        self.overdue_only = False
        #: currency -> its worth in the main currency: money columns sort by it
        self.rates: dict[str, Decimal] = {}
        #: (account id, column) -> the text shown
        self._shown: dict[tuple[uuid.UUID, int], str] = {}
        self.groups = HoldingGroups()
        #: the searches typed on from the rows meeting the other criteria, each with the
        #: rows it found, each narrowing the one before (PortfolioModel._searched)
        self._typed: list[tuple[str, list[AccountRow]]] = []
        none_last = float("-inf")
        #: (key, title, the text shown, the sort key) of each column
        self.columns = [
            ("account", term("account"), self.groups.name, lambda r: r.name.casefold()),
            ("category", term("category"), lambda r: name_of(r.category), lambda r: r.category.value),
            ("stage", term("stage"), lambda r: name_of(r.lifecycle), lambda r: r.lifecycle.value),
            ("abc", term("abc"), lambda r: r.abc.value if r.abc else "—" if r.no_rate else "",
             lambda r: r.abc.value if r.abc else "E"),
            ("potential", term("potential"), lambda r: format_money(r.potential, 0, r.currency),
             lambda r: sort_amount(r.potential, r.currency, self.rates)),
            ("share_of_wallet", term("share_of_wallet"), lambda r: _percent(r.share_of_wallet) + _trend(r.share_change),
             lambda r: float(r.share_of_wallet) if r.share_of_wallet is not None else none_last),
            ("ladder", term("ladder"), lambda r: name_of(LadderLevel(r.ladder_level)) if r.ladder_level else "",
             lambda r: r.ladder_level or 0),
            ("value_this_year", term("value_this_year"), lambda r: format_money(r.value_this_year, 0, r.currency),
             lambda r: sort_amount(r.value_this_year, r.currency, self.rates)),
            ("next_step", term("next_step"), lambda r: r.next_step or "", lambda r: (r.next_step or "").casefold()),
            ("due", term("due"), lambda r: QLocale().toString(r.next_step_due, QLocale.FormatType.ShortFormat)
             if r.next_step_due else "", lambda r: r.next_step_due.toordinal() if r.next_step_due else 10**7),
            ("silent_days", term("silent_days"), lambda r: "" if r.days_since_contact is None else str(r.days_since_contact),
             lambda r: r.days_since_contact if r.days_since_contact is not None else 10**7),
            ("deals", self.tr("Deals"), lambda r: "" if r.deals is None else str(r.deals),
             lambda r: r.deals or 0),
            ("last_deal", self.tr("Last deal"), lambda r: QLocale().toString(r.last_deal, QLocale.FormatType.ShortFormat)
             if r.last_deal else "", lambda r: r.last_deal.toordinal() if r.last_deal else 0),
            ("average_deal", self.tr("Average deal"), lambda r: format_money(r.average_deal, 0, r.currency),
             lambda r: sort_amount(r.average_deal, r.currency, self.rates)),
            ("owner", term("owner"), lambda r: r.owner or "", lambda r: (r.owner or "").casefold()),
            ("completeness", self.tr("Dossier"), lambda r: f"{round(r.completeness.score * 100)} %" if r.completeness else "",
             lambda r: r.completeness.score if r.completeness else none_last),
            ("holding", self.tr("Holding"), self.groups.holding, self.groups.holding_key),
        ]
        self.numeric = {4, 5, 7, 10, 11, 13, 15}
        #: the columns whose text may be longer than the column: a tooltip shows it whole
        self.long_texts = {0, 1, 2, 6, 8, 14, 16}

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column[0] == key)

    def set_rows(self, rows: list[AccountRow], today: date) -> None:
        self.today = today
        self.all_rows = rows
        self.groups.read(rows)
        self._shown.clear()
        self._sort_all()  # and forgets the searches typed
        self._apply()

    def update_criteria(self, **criteria) -> None:
        """Show the rows that meet the criteria."""
        if not set(criteria) <= {"search", "diary_matches"}:
            self._typed = []
        for name, value in criteria.items():
            setattr(self, name, value)
        self._apply()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._sort_all()
        self._apply()

    def _sort_all(self) -> None:
        key = self.columns[self.sort_column][3]
        self.all_rows = sorted(self.all_rows, key=key,
                               reverse=self.sort_order == Qt.SortOrder.DescendingOrder)
        self._typed = []

    def _filtered(self) -> list[AccountRow]:
        """The rows that meet every criterion but the search."""
        if not any((self.category, self.lifecycle, self.abc, self.owner, self.overdue_only,
                    self.scope is not None)):
            return self.all_rows
        return [row for row in self.all_rows
                if (self.category is None or row.category == self.category)
                and (self.lifecycle is None or row.lifecycle == self.lifecycle)
                and (self.abc is None or row.abc == self.abc)
                and (self.owner is None or row.owner == self.owner)
                and (self.scope is None or row.id in self.scope)
                and (not self.overdue_only or row.overdue)]

    def _searched(self) -> list[AccountRow]:
        """The rows that meet every criterion and the search. Typing on searches only
        the rows the search before found; backspacing comes back to the rows a shorter
        search found (``_typed``), without searching again: at 20,000 accounts a search
        reads some five million characters."""
        search, typed = self.search, self._typed
        while typed and not search.startswith(typed[-1][0]):
            typed.pop()
        if typed and typed[-1][0] == search:
            return typed[-1][1]
        among = typed[-1][1] if typed else self._filtered()
        rows = [row for row in among if search in row.search_text] if search else among
        typed.append((search, rows))
        return rows

    def _apply(self) -> None:
        """Show the rows found, and the accounts whose diaries mention the search."""
        rows = self._searched()
        if self.diary_matches:
            search, matches = self.search, self.diary_matches
            rows = [row for row in self._filtered()
                    if search in row.search_text or row.id in matches]
        rows = self.groups.arrange(rows)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def show_groups(self, on: bool, totals: dict | None = None, currency: str = "") -> None:
        """List the subsidiaries under their holdings (or not); ``totals``: the groups'
        revenue in ``currency``, when read."""
        self.groups.on = on
        if totals is not None:
            self.groups.totals, self.groups.currency = totals, currency
        self._shown.clear()
        self._apply()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # whole, if elided
            return self.columns[section][1]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED_ROLES or not index.isValid():  # the view asks for many
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row.id, column)
            text = self._shown.get(key)
            if text is None:  # formatted once per row read, not on every repaint
                text = self._shown[key] = self.columns[column][2](row)
            return "⚠ " + text if column == 9 and row.overdue and text else text
        if role == Qt.ItemDataRole.ToolTipRole and column == 15 and row.completeness:
            return _missing_parts(row.completeness)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.long_texts:
            return self.columns[column][2](row) or None
        if role == SORT_ROLE:
            return self.columns[column][3](row)
        if role == ID_ROLE:
            return str(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 9 and row.overdue:
            return QBrush(QColor("#c62828"))
        return None


class PortfolioView(QWidget):
    open_requested = Signal(object)  # account id
    # a column shows whose figures the rows lack: they are to be read again
    figures_wanted = Signal()

    def __init__(self, loader: BackgroundLoader | None, scope: Scope,
                 parent: QWidget | None = None) -> None:
        """``loader`` None: the first screen's view, which searches the diaries only once
        the window gives it a loader."""
        super().__init__(parent)
        self.loader = loader
        self.scope = scope
        self.model = PortfolioModel(self)
        self.table = make_plain_table(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.column_chooser = ColumnChooser(
            self.table, "portfolio", [column[0] for column in self.model.columns],
            self._default_widths(),
            [i for i, column in enumerate(self.model.columns) if column[0] in HIDDEN_BY_DEFAULT])
        self.column_chooser.chosen.connect(self._columns_chosen)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by account, INN, contact or diary text (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.table.setFocus)
        self._diary_timer = QTimer(self)
        self._diary_timer.setSingleShot(True)
        self._diary_timer.setInterval(250)
        self._diary_timer.timeout.connect(self._search_diaries)

        self.category = self._combo(self.tr("All categories"),
                                    [(c, name_of(c)) for c in Category])
        self.lifecycle = self._combo(self.tr("All stages"),
                                     [(s, name_of(s)) for s in Lifecycle])
        self.abc = self._combo(self.tr("All ABC classes"), [(a, a.value) for a in AbcClass])
        self.owner = self._combo(self.tr("All owners"), [])
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.toggled.connect(self._filters_changed)
        self.by_holding = QCheckBox(self.tr("Group by holding"))
        self.by_holding.setToolTip(self.tr("Each holding's companies under it, with the "
                                           "group's revenue in the Holding column"))
        self.by_holding.toggled.connect(self._group_by_holding)

        self.switch = ScopeSwitch(scope)
        scope.changed.connect(self._scope_changed)
        self._scope_changed()

        filters = QHBoxLayout()
        filters.addWidget(self.switch)
        filters.addWidget(self.search, 2)
        for widget in (self.category, self.lifecycle, self.abc, self.owner, self.overdue,
                       self.by_holding):
            filters.addWidget(widget)
        # the accounts left out of the ABC classes for want of an exchange rate
        self.rates_note = QLabel()
        self.rates_note.setObjectName("rates_note")
        self.rates_note.setWordWrap(True)
        self.rates_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.rates_note)
        layout.addWidget(self.table)

    def showEvent(self, event) -> None:
        """The search's clear button once the rows are drawn: it shows only once text is
        typed, and finding its icon in the desktop's theme took longer (6 ms) than
        drawing the first screen's filters."""
        super().showEvent(event)
        if not self.search.isClearButtonEnabled():
            after_next_paint(self.table.viewport(),
                             lambda: self.search.setClearButtonEnabled(True))

    def _default_widths(self) -> list[int]:
        """Wide enough for the header and, in the columns of named values (category,
        stage, ladder), for the longest name; the other columns as wide as their usual
        values, long texts elided (their tooltip shows them whole)."""
        cells, titles = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        usual = {"account": 170, "abc": 0, "potential": 105, "share_of_wallet": 100,
                 "value_this_year": 105, "next_step": 130, "due": 85, "silent_days": 0,
                 "deals": 0, "last_deal": 90, "average_deal": 105, "owner": 100,
                 "completeness": 0, "holding": 150}
        named = {"category": Category, "stage": Lifecycle, "ladder": LadderLevel}
        widths = []
        for key, title, _shown, _sort in self.model.columns:
            width = usual.get(key, 0)
            if key in named:
                width = max(cells.horizontalAdvance(name_of(value)) for value in named[key])
            widths.append(max(width + CELL_PADDING, titles.horizontalAdvance(title)
                              + HEADER_PADDING))
        return widths

    def shows_completeness(self) -> bool:
        """Whether the dossiers' completeness shows: read only then (it is dear)."""
        return not self.table.isColumnHidden(self.model.column_of("completeness"))

    def _columns_chosen(self) -> None:
        rows = self.model.all_rows
        if rows and self.shows_completeness() and rows[0].completeness is None:
            self.figures_wanted.emit()

    def _combo(self, everything: str, choices) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for value, label in choices:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def set_rows(self, rows: list[AccountRow], today: date) -> None:
        self.model.set_rows(rows, today)
        if self.by_holding.isChecked():
            self._group_by_holding(True)
        self._note_missing_rates([row for row in rows if row.no_rate], today)
        if len(self.model.search) >= DIARY_SEARCH_MIN:  # the diaries may have changed
            self._search_diaries()
        owners = sorted({r.owner for r in rows if r.owner}, key=str.casefold)
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for owner in owners:
            self.owner.addItem(owner, owner)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        self.owner.blockSignals(False)
        self._count_scopes()

    def _note_missing_rates(self, left_out: list[AccountRow], today: date) -> None:
        """Name the accounts in no ABC class: their currency has no rate for the year."""
        by_currency: dict[str, list[str]] = {}
        for row in left_out:
            by_currency.setdefault(row.currency, []).append(row.name)
        notes = [self.tr("ABC: %n account(s) in {currency} have no rate for {year} — not "
                         "compared: {names}.", "", len(names)).format(
            currency=currency, year=last_full_year(today).year, names=", ".join(names))
            for currency, names in sorted(by_currency.items())]
        if notes:
            notes.append(self.tr("Enter the rates in Preferences, on the Currencies page."))
        self.rates_note.setText(" ".join(notes))
        self.rates_note.setVisible(bool(notes))

    def _group_by_holding(self, on: bool) -> None:
        """Group (the groups' revenue follows when read, the Holding column shows) or not."""
        from kam_desktop.services.holdings import group_revenues

        self.model.show_groups(on)
        if on:
            self.column_chooser.show_column(self.column_chooser.keys.index("holding"), True)
            currency = settings.value("main_currency")
            self.loader.load("group_revenues", lambda s: group_revenues(
                s, today=date.today(), main_currency=currency),
                lambda totals: self.model.show_groups(self.by_holding.isChecked(), totals,
                                                      currency))

    def _scope_changed(self) -> None:
        self.model.update_criteria(scope=self.scope.mine if self.scope.filtering else None)
        self._count_scopes()

    def _count_scopes(self) -> None:
        rows = self.model.all_rows
        self.switch.set_counts(sum(row.id in self.scope.mine for row in rows), len(rows))

    def visible_count(self) -> int:
        return self.model.rowCount()

    def _filters_changed(self, *_args) -> None:
        self.model.update_criteria(
            category=self.category.currentData(), lifecycle=self.lifecycle.currentData(),
            abc=self.abc.currentData(), owner=self.owner.currentData(),
            overdue_only=self.overdue.isChecked())

    def _search_changed(self, text: str) -> None:
        self.model.update_criteria(search=text.strip().casefold(), diary_matches=set())
        self._diary_timer.stop()
        if len(self.model.search) >= DIARY_SEARCH_MIN:
            self._diary_timer.start()

    def _search_diaries(self) -> None:
        if self.loader is None:
            return
        from kam_desktop.services.portfolio import accounts_mentioning

        term = self.model.search
        self.loader.load("diary_search", lambda s: accounts_mentioning(s, term),
                         lambda matches: self._show_diary_matches(term, matches))

    def _show_diary_matches(self, term: str, matches: set[uuid.UUID]) -> None:
        if term == self.model.search:  # the user may have typed on meanwhile
            self.model.update_criteria(diary_matches=matches)

    def _open_index(self, index: QModelIndex) -> None:
        self.open_requested.emit(uuid.UUID(index.data(ID_ROLE)))

    def selected_account(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return uuid.UUID(index.data(ID_ROLE)) if index.isValid() else None
