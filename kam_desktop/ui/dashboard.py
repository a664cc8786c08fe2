"""The dashboard: the portfolio at a glance, one chart view at a time, each bar or point
clickable through to the accounts behind it.

Nothing here costs anything until the tab is first shown: then matplotlib is imported,
the portfolio is read in the background (services.analytics) and the chosen view is
drawn. Later changes to the portfolio re-read it while the tab is visible, or on the
next show; a change of palette (light/dark) redraws in the new colours.
"""
from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.analytics import MOVEMENT_DAYS, PortfolioAnalytics, portfolio_analytics
from kam_desktop.ui import settings
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.labels import date_format, term
from kam_desktop.ui.loader import BackgroundLoader
from kam_desktop.ui.scope import Scope, ScopeSwitch
from kam_desktop.ui.sections import ID_ROLE, make_plain_table

#: the views in the order of the list (ui.charts.painter draws them by these keys)
VIEWS = ("pareto", "wallet", "purchases", "ladder", "value", "value_to_revenue", "lifecycle",
         "losses", "roles", "involvement", "workload")


class AccountsModel(QAbstractTableModel):
    """The accounts behind the clicked bar or point: name, owner and, where the chart
    has one, the figure of each; sorted in Python (a proxy would call back per row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[uuid.UUID, str, str, str, float]] = []
        self.figure_title = ""
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_accounts(self, accounts, data: PortfolioAnalytics, figure_title: str,
                     figure) -> None:
        self.beginResetModel()
        self.figure_title = figure_title if figure else ""
        self.rows = []
        for account_id in accounts:
            info = data.accounts.get(account_id)
            if info is None:  # deleted since
                continue
            text, key = figure(account_id) if figure else ("", 0.0)
            self.rows.append((account_id, info.name, info.owner or "", text, key))
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._apply_sort()
        self.endResetModel()

    def _apply_sort(self) -> None:
        column, order = self._sort
        key = {0: lambda r: r[1].casefold(), 1: lambda r: (r[2].casefold(), r[1].casefold()),
               2: lambda r: (r[4], r[1].casefold())}.get(column, lambda r: r[1].casefold())
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row_of(self, account_id: uuid.UUID) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row[0] == account_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (term("account"), term("owner"), self.figure_title)[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column() + 1]
        if role == ID_ROLE:
            return str(row[0])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class DashboardView(QWidget):
    open_requested = Signal(object)  # account id

    def __init__(self, context: AppContext, loader: BackgroundLoader, scope: Scope,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = loader
        self.scope = scope
        self.data: PortfolioAnalytics | None = None
        self.figure = self.canvas = None  # built when first shown
        self.targets: list = []
        self.chart_style = None  # the Style of the drawn chart
        self._stale = True  # the data no longer shows the portfolio
        self._reading = False
        self._marks: list = []  # the highlight of the last click
        self._selection = None

        self.views = QListWidget()
        self.views.setObjectName("dashboard_views")
        for title in (self.tr("ABC analysis (Pareto)"), self.tr("Potential and share of wallet"),
                      self.tr("Purchases"), term("ladder"), self.tr("Value delivered"),
                      term("benefit_to_purchases"), self.tr("Lifecycle and losses"),
                      self.tr("Losses by cause and competitor"), self.tr("Role coverage"), self.tr("Involvement map"),
                      self.tr("KAM workload")):
            self.views.addItem(title)
        self.views.setWordWrap(True)  # long titles take two lines, not the charts' width
        self.views.setFixedWidth(180)
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(lambda _row: self.redraw())

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.since_label = QLabel(self.tr("Movement since"))
        self.since = QDateEdit(QDate.currentDate().addDays(-MOVEMENT_DAYS))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_format())
        self.since.setMaximumDate(QDate.currentDate())
        self.since.dateChanged.connect(lambda _date: self.redraw())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = QLabel(self.tr("Reading the portfolio…"))
        # the workload view shows the user's accounts or everyone's
        self.switch = ScopeSwitch(scope)
        scope.changed.connect(self._scope_changed)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.switch)
        header.addWidget(self.since_label)
        header.addWidget(self.since)

        self.chart_area = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_layout.addWidget(self.status)
        self.chart_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(header)
        centre_layout.addWidget(self.note)
        centre_layout.addWidget(self.chart_area, 1)

        self.model = AccountsModel(self)
        self.caption = QLabel(self.tr("Click a bar, a point or an area of the chart to list "
                                      "the accounts behind it."))
        self.caption.setWordWrap(True)
        self.caption.setObjectName("dashboard_caption")
        self.table = make_plain_table(self.model)
        columns = self.table.horizontalHeader()
        columns.setStretchLastSection(False)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.resizeSection(1, 120)
        columns.resizeSection(2, 80)
        columns.setSectionHidden(2, True)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        hint = QLabel(self.tr("Double-click an account to open its dossier."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.caption)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(hint)

        splitter = QSplitter()
        splitter.addWidget(centre)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        state = QSettings().value("dashboard/splitter")
        if state is None or not splitter.restoreState(state):
            splitter.setSizes([700, 360])
        splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("dashboard/splitter", splitter.saveState()))
        layout = QHBoxLayout(self)
        layout.addWidget(self.views)
        layout.addWidget(splitter, 1)
        self._show_title()
        context.changed.connect(self._on_changed)

    # -- loading --------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.canvas is None:
            self._build_canvas()
        if self._stale:
            self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the portfolio again in the background, then redraw."""
        self._stale, self._reading = False, True
        today = date.today()
        currency = settings.value("main_currency")
        self.loader.load("dashboard", lambda s: portfolio_analytics(s, today=today,
                                                                    main_currency=currency),
                         self._show_data)

    def _show_data(self, data: PortfolioAnalytics) -> None:
        self.data, self._reading = data, False
        self.status.hide()
        self._count_scope()
        if self._selection is not None:
            # the list keeps the accounts it showed, under their current names, so that
            # one can work through it dossier by dossier; a new click refreshes it
            self._fill_list(self._selection)
        self.redraw()

    @property
    def loading(self) -> bool:
        return self._stale or self._reading or self.data is None

    # -- drawing --------------------------------------------------------------------

    def _build_canvas(self) -> None:
        from kam_desktop.reports.charts import import_matplotlib

        import_matplotlib("matplotlib.backends.backend_qtagg")
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(layout="constrained", dpi=self.logicalDpiY())
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("dashboard_canvas")
        self.canvas.setMinimumSize(480, 320)
        self.canvas.mpl_connect("button_press_event", self._clicked)
        self.chart_layout.addWidget(self.canvas, 1)

    @property
    def view(self) -> str:
        return VIEWS[max(self.views.currentRow(), 0)]

    def _show_title(self) -> None:
        self.title.setText(self.views.currentItem().text())
        ladder = self.view == "ladder"
        self.since_label.setVisible(ladder)
        self.since.setVisible(ladder)
        self.switch.setVisible(self.view == "workload")

    def redraw(self) -> None:
        """Draw the chosen view of the data in the current palette."""
        self._show_title()
        if self.canvas is None or self.data is None:
            return
        import matplotlib

        from kam_desktop.ui.charts.painter import ChartPainter
        from kam_desktop.ui.charts.style import Style

        style = Style.from_palette(self.palette(), self.font().pointSizeF() or 9.0)
        self.figure.clear()
        self._marks = []
        chosen = self.since.date()
        with matplotlib.rc_context(style.rc()):
            self.figure.set_facecolor(style.background)
            drawn = ChartPainter(self.data, style).draw(
                self.view, self.figure, since=date(chosen.year(), chosen.month(), chosen.day()),
                norm=settings.value("workload_norm"),
                among=self.scope.mine if self.scope.filtering else None)
        self.chart_style = style
        self.targets = drawn.targets
        self.note.setText(drawn.note)
        self.canvas.draw_idle()

    def _scope_changed(self) -> None:
        self._count_scope()
        if self.view == "workload":
            self.redraw()

    def _count_scope(self) -> None:
        if self.data is not None:
            self.switch.set_counts(sum(a in self.scope.mine for a in self.data.accounts),
                                   len(self.data.accounts))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.redraw()

    # -- clicks ---------------------------------------------------------------------

    def _clicked(self, event) -> None:
        if event.button != 1 or event.inaxes is None:
            return
        for target in self.targets:
            if target.axes is event.inaxes:
                hit = target.hit(event)
                if hit is not None:
                    self._select(hit, target.axes)
                    return

    def _select(self, hit, axes) -> None:
        """Outline what was clicked and list its accounts."""
        for undo_mark in self._marks:
            undo_mark()
        self._marks = []
        for rect in hit.outline:
            edge, width = rect.get_edgecolor(), rect.get_linewidth()
            rect.set_edgecolor(self.chart_style.highlight)
            rect.set_linewidth(2.4)
            self._marks.append(lambda r=rect, e=edge, w=width: (r.set_edgecolor(e),
                                                                 r.set_linewidth(w)))
        if hit.ring is not None:
            ring, = axes.plot([hit.ring[0]], [hit.ring[1]], marker="o", markersize=15,
                              markerfacecolor="none", markeredgecolor=self.chart_style.highlight,
                              markeredgewidth=2.4, zorder=6, scalex=False, scaley=False)
            self._marks.append(ring.remove)
        self.canvas.draw_idle()
        self._selection = hit.selection
        self._fill_list(hit.selection)

    def _fill_list(self, selection) -> None:
        self.caption.setText(selection.caption)
        self.model.set_accounts(selection.accounts, self.data, selection.figure_title,
                                selection.figure)
        self.table.horizontalHeader().setSectionHidden(2, not selection.figure)
        row = self.model.row_of(selection.current) if selection.current else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def listed_accounts(self) -> list[uuid.UUID]:
        return [row[0] for row in self.model.rows]

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(uuid.UUID(index.data(ID_ROLE)))

    def settings_changed(self) -> None:
        """The preferences changed: read again for another main currency, else draw
        again (the workload norm)."""
        if self.data is not None and self.data.currency != settings.value("main_currency"):
            self._on_changed(None)
        else:
            self.redraw()
