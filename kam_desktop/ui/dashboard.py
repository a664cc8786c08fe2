"""The dashboard: the portfolio at a glance, one chart view at a time, each bar or point
clickable through to the accounts behind it.

Nothing here costs anything until the tab is first shown: then matplotlib is imported,
the portfolio is read in the background (services.analytics) and the chosen view is
drawn; then, while the tab is shown, the other views are drawn one at a time in idle
time, so that a switch only shows pixels drawn before. Later changes to the portfolio
re-read it while the tab is visible, or on the next show; a change of palette
(light/dark) redraws in the new colours.
"""
from __future__ import annotations

import itertools
import uuid
from datetime import date

from PySide6.QtCore import QDate, QEvent, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QListWidget, QSizePolicy, QSplitter, QStackedWidget,
                               QVBoxLayout, QWidget)

from kam_desktop.services.analytics import (
    MOVEMENT_DAYS,
    SECTIONS,
    PortfolioAnalytics,
    portfolio_analytics,
    sections_changed,
)
from kam_desktop.ui import settings
from kam_desktop.store.changes import Changes
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.labels import date_format, term
from kam_desktop.ui.loader import BackgroundLoader, MatplotlibWarmer
from kam_desktop.ui.scope import Scope, ScopeSwitch
from kam_desktop.ui.dashboard_list import AccountsModel, NameOrder
from kam_desktop.ui.sections import ID_ROLE, make_plain_table
from kam_desktop.ui.whitespace import WhitespaceView

#: the views in the order of the list (ui.charts.painter draws them by these keys); each
#: view's series are the analytics section of the same name
VIEWS = SECTIONS
#: the views that show movement from the date chosen beside them
MOVING_VIEWS = ("ladder", "lifecycle")
#: the choices beside a view that its drawing depends on (DashboardView._choices)
CHOSEN = {"ladder": ("since",), "lifecycle": ("since",), "workload": ("norm", "among"),
          "wallet": ("group",)}
#: how often to look whether the window has finished reading, to warm matplotlib up
IDLE_CHECK_MS = 500
#: the pause between two charts drawn ahead, in which the window answers input
DRAW_AHEAD_MS = 20


class DashboardView(QWidget):
    open_requested = Signal(object)  # account id
    #: False: a view is drawn only when shown (the benchmark's cold switch)
    draws_ahead = True

    def __init__(self, context: AppContext, loader: BackgroundLoader, scope: Scope,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loader = loader
        self.scope = scope
        self.data: PortfolioAnalytics | None = None
        self.stack = None  # the canvases, built when first needed
        self.targets: list = []
        self.chart_style = None  # the Style of the drawn chart
        #: counts the changes: a read begun before the latest one is dropped
        self._version = 0
        self._asked: set[str] = set()  # the sections being read
        self._undrawn = False  # the data came while the tab was hidden
        self._idle_timer = QTimer(self)
        self._warmer: MatplotlibWarmer | None = None
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._check_idle)
        # while the tab is shown, the views not shown are drawn one by one in idle time
        self._ahead = QTimer(self, singleShot=True, interval=DRAW_AHEAD_MS)
        self._ahead.timeout.connect(self._draw_ahead)
        #: when each section's series arrived, to know which drawings are out of date
        self._arrival = itertools.count()
        self._arrived_at: dict[str, int] = {}
        self._selection = None

        self.views = QListWidget()
        self.views.setObjectName("dashboard_views")
        for title in (self.tr("ABC analysis (Pareto)"), self.tr("Potential and share of wallet"),
                      self.tr("Where to grow"), self.tr("Whitespace: accounts × groups"),
                      self.tr("Purchases"), term("ladder"), self.tr("Value delivered"),
                      term("benefit_to_purchases"), self.tr("Lifecycle and losses"),
                      self.tr("Losses by cause and competitor"), self.tr("Role coverage"),
                      self.tr("Involvement map"),
                      self.tr("KAM workload")):
            self.views.addItem(title)
        self.views.setWordWrap(True)  # long titles take two lines, not the charts' width
        self.views.setFixedWidth(180)
        self.views.setCurrentRow(0)
        self.views.currentRowChanged.connect(self._view_chosen)

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
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._measure = QLabel(self, wordWrap=True, visible=False)
        self.status = QLabel(self.tr("Reading the portfolio…"))
        # the workload view shows the user's accounts or everyone's
        self.switch = ScopeSwitch(scope)
        # the wallet view's product group: all groups (the whole wallet) or one
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Product group"))
        self.group.addItem(self.tr("All groups"), None)
        self.group.currentIndexChanged.connect(lambda _index: self.redraw())
        scope.changed.connect(self._scope_changed)
        # as tall with or without the date and the scope switch, so the chart keeps its size
        self.title.setMinimumHeight(max(self.since.sizeHint().height(),
                                        self.switch.sizeHint().height()))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.switch)
        header.addWidget(self.group)
        header.addWidget(self.since_label)
        header.addWidget(self.since)

        self.chart_area = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_area)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_layout.addWidget(self.status)
        self.whitespace = WhitespaceView()
        self.whitespace.open_requested.connect(self.open_requested)
        # the charts' canvases and the whitespace table, one shown at a time at one size
        self.chart_pages = QStackedWidget()
        self.chart_pages.addWidget(self.whitespace)
        self.chart_pages.hide()
        self.chart_layout.addWidget(self.chart_pages, 1)
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
        if self._undrawn and not self.loading:
            self.redraw()
        self._read_missing(every_view=True)
        self._ahead.start()

    def prepare_when_idle(self) -> None:
        """Once the window has nothing to read, import matplotlib in the background, then
        build the canvas and read the chosen view's series, so that the tab's first chart
        needs little more than drawing."""
        if self.canvas is None and self._warmer is None:
            self._idle_timer.start()

    def _check_idle(self) -> None:
        if self.canvas is None and self.loader.busy:
            return  # look again later
        self._idle_timer.stop()
        if self.canvas is None and self._warmer is None:  # else the tab was opened first
            self._warmer = MatplotlibWarmer()
            self._warmer.ready.connect(self._warmed)
            self._warmer.start()

    def _warmed(self) -> None:
        if self.canvas is None:
            self._build_canvas()
        self._read_missing(every_view=self.isVisible())

    def _on_changed(self, changes: Changes | None) -> None:
        """Forget the series the change may have made stale; read them again now if the
        tab is visible, else when it is next shown. ``None``: anything may have changed."""
        self._version += 1
        self._asked = set()
        if self.data is not None:
            every = frozenset(SECTIONS)
            stale = every if changes is None or changes.everything else \
                sections_changed(changes.kinds)
            # every section stale: the accounts themselves may have changed
            self.data = None if stale == every else self.data.without(stale)
        if self.isVisible():
            self._read_missing(every_view=True)

    def reload(self) -> None:
        """Read every series again in the background, then redraw."""
        self._on_changed(None)

    def _read_missing(self, every_view: bool) -> None:
        """Read the shown view's series if missing, alone so that it comes first; then,
        with ``every_view``, the other views' in one more background read."""
        have = self.data.sections if self.data is not None else frozenset()
        if self.view not in have | self._asked:
            self._request((self.view,), f"dashboard_{self.view}")
        elif every_view:
            rest = [section for section in SECTIONS if section not in have | self._asked]
            if rest:
                self._request(rest, "dashboard_rest")

    def _request(self, sections: tuple[str, ...] | list[str], key: str) -> None:
        version, today = self._version, date.today()
        currency = settings.value("main_currency")
        self._asked |= set(sections)
        groups = settings.product_groups()
        ordered = self.data is None  # the first read of this state: the accounts come too

        def read(session) -> tuple[PortfolioAnalytics, NameOrder | None]:
            data = portfolio_analytics(session, today=today, main_currency=currency,
                                       sections=sections, product_groups=groups)
            return data, NameOrder(data.accounts) if ordered else None

        self.loader.load(key, read, lambda result: self._arrived(*result, version))

    def _arrived(self, data: PortfolioAnalytics, order: NameOrder | None,
                 version: int) -> None:
        if version != self._version:  # read before a change: read again
            return
        self._asked -= data.sections
        first = self.data is None
        self.data = data if first else self.data.merged(data)
        if first and order is not None:
            self.model.use_order(order)
        for section in data.sections:
            self._arrived_at[section] = next(self._arrival)
        self.status.hide()
        if first:
            self._count_scope()
            if self._selection is not None:
                # the list keeps the accounts it showed, under their current names, so
                # that one can work through it dossier by dossier; a new click refreshes it
                self._fill_list(self._selection)
        if self.view in data.sections:
            self.redraw()  # drawn when shown, if hidden
        self._read_missing(every_view=self.isVisible())
        self._ahead.start()

    @property
    def loading(self) -> bool:
        return self.data is None or self.view not in self.data.sections

    # -- drawing --------------------------------------------------------------------

    def _view_chosen(self, _row: int) -> None:
        if not self.loading or not self.isVisible():
            self.redraw()
        else:
            self._show_title()
            self.status.setText(self.tr("Reading the portfolio…"))
            self.status.show()
            self._read_missing(every_view=True)

    def _build_canvas(self) -> None:
        from kam_desktop.reports.charts import import_matplotlib

        import_matplotlib("matplotlib.backends.backend_qtagg")
        from kam_desktop.ui.charts.stack import ChartStack

        self.stack = ChartStack(self.logicalDpiY(), self._clicked)
        # each full draw (the shown view's first) and a new size put the next one off
        self.stack.drawn.connect(self._ahead.start)
        self.stack.resized.connect(self._ahead.start)
        self.stack.show_view(self.view)
        self.chart_pages.insertWidget(0, self.stack)
        self.chart_pages.setCurrentWidget(self.stack)
        self.chart_pages.show()

    @property
    def canvas(self):
        """The shown view's canvas (None before matplotlib is loaded)."""
        return None if self.stack is None else self.stack.currentWidget()

    @property
    def figure(self):
        return None if self.stack is None else self.stack.currentWidget().figure

    @property
    def view(self) -> str:
        return VIEWS[max(self.views.currentRow(), 0)]

    def _show_title(self) -> None:
        self.title.setText(self.views.currentItem().text())
        moving = self.view in MOVING_VIEWS
        self.since_label.setVisible(moving)
        self.since.setVisible(moving)
        self.switch.setVisible(self.view == "workload")
        self.group.setVisible(self.view == "wallet")

    def redraw(self) -> None:
        """Draw the chosen view of the data in the current palette."""
        self._show_title()
        self._undrawn = not self.isVisible()
        if self.stack is None or self.loading or self._undrawn:
            return
        self.chart_pages.setCurrentWidget(self.whitespace if self.view == "whitespace"
                                          else self.stack)
        if self.view == "whitespace":
            self.whitespace.show_data(self.data)
            self.targets = []
            self._set_note(self.tr("Each cell: our share of the client's purchases of the "
                                   "group in {year}. Click a cell to open the dossier.")
                           .format(year=self.data.year))
            self.status.hide()
            return
        self._offer_groups()
        self.stack.show_view(self.view)
        drawn = self._drawing(self.view, now=False)
        self.chart_style = self._style()
        self.targets = drawn.targets
        self._set_note(drawn.note)
        self.status.hide()
        self._ahead.start()

    def _style(self):
        from kam_desktop.ui.charts.style import Style

        return Style.from_palette(self.palette(), self.font().pointSizeF() or 9.0)

    def _choices(self) -> dict:
        """What a view is drawn from besides its series, as ChartPainter.draw takes it."""
        chosen = self.since.date()
        return {"since": date(chosen.year(), chosen.month(), chosen.day()),
                "norm": settings.value("workload_norm"), "group": self.group.currentData(),
                "among": self.scope.mine if self.scope.filtering else None}

    def _stamp(self, view: str, style, choices: dict) -> tuple:
        """What the view's drawing depends on: a view drawn from the same is kept."""
        return (self._arrived_at.get(view), style, *(choices[c] for c in CHOSEN.get(view, ())))

    def _drawing(self, view: str, now: bool):
        """``view`` drawn from the current series and choices (kept if drawn from the same)."""
        import matplotlib

        from kam_desktop.ui.charts.painter import ChartPainter

        style, choices = self._style(), self._choices()

        def draw(figure):
            with matplotlib.rc_context(style.rc()):
                figure.set_facecolor(style.background)
                return ChartPainter(self.data, style).draw(view, figure, **choices)

        return self.stack.drawing(view, self._stamp(view, style, choices), draw, now)

    @property
    def undrawn_views(self) -> list[str]:
        """The charts read but not drawn from what they show now at the size they would
        be shown at, the next in the list first; none while the tab is hidden (nothing is
        drawn ahead then)."""
        if self.stack is None or self.data is None or not self.isVisible():
            return []
        style, choices, after = self._style(), self._choices(), VIEWS.index(self.view) + 1
        return [view for view in VIEWS[after:] + VIEWS[:after]
                if view != "whitespace" and view in self.data.sections
                and not self.stack.ready(view, self._stamp(view, style, choices))]

    def _draw_ahead(self) -> None:
        """Draw one chart not drawn yet, then let the window answer input before the next:
        a switch to a view drawn ahead only shows its pixels. Not while something is read
        in the background: the reading thread would slow each drawing down (one GIL)."""
        undrawn = self.undrawn_views if self.draws_ahead else []
        if undrawn and self.loader.busy:
            self._ahead.start()  # look again later
        elif undrawn:
            self._make_room(self._drawing(undrawn[0], now=True).note)
            self._ahead.start()

    def _offer_groups(self) -> None:
        """The wallet view's groups: those of the data read, the chosen one kept."""
        if self.data.group_wallets is None:
            return
        groups = list(self.data.group_wallets)
        if groups == [self.group.itemData(i) for i in range(1, self.group.count())]:
            return
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        while self.group.count() > 1:
            self.group.removeItem(1)
        for name in groups:
            self.group.addItem(name, name)
        self.group.setCurrentIndex(max(self.group.findData(chosen), 0))
        self.group.blockSignals(False)

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self._make_room(text)

    def _make_room(self, text: str) -> None:
        """Room for ``text`` in the note over the chart. The room only grows, so that the
        charts below keep their size from view to view (a canvas resized is drawn again);
        a chart drawn ahead makes room for its note before the chart is shown."""
        if self.note.width() > 0:
            self._measure.setText(text)  # a hidden twin of the note, measured alike
            needed = self._measure.heightForWidth(self.note.width())
            self.note.setMinimumHeight(max(self.note.minimumHeight(), needed))

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
        self.stack.highlight(axes, hit.outline, hit.ring, self.chart_style.highlight)
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
        return list(self.model.ids)

    def _open(self, index: QModelIndex) -> None:
        self.open_requested.emit(uuid.UUID(index.data(ID_ROLE)))

    def settings_changed(self) -> None:
        """The preferences changed: read again for another main currency or another
        list of product groups, else draw again (the workload norm)."""
        if self.data is not None and (
                self.data.currency != settings.value("main_currency")
                or self.data.product_groups != tuple(settings.product_groups())):
            self._on_changed(None)
        else:
            self.redraw()
