"""The dashboard's charts, drawn by matplotlib onto a figure the dashboard shows.

matplotlib is imported with this module, and the dashboard imports this module only
when it first draws a chart: starting the application never pays for matplotlib.

:class:`ChartPainter` draws one view of the portfolio at a time and returns the click
targets of its bars, points and areas: a :class:`Target` answers a click with the
accounts behind what was clicked (a :class:`Selection`). Colours come from a
:class:`Style` made from the application's palette, so the charts follow light and
dark mode; numbers are written as the interface's locale writes them.
"""
from __future__ import annotations

import textwrap
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullLocator
from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QColor, QPalette

from kam_desktop.domain.abc import A_SHARE, B_SHARE, AbcClass
from kam_desktop.domain.analytics import (
    CLIMBED,
    LEADER_NOT_MIRRORED,
    NEWLY_ASSESSED,
    NO_CONTACTS,
    OTHER_REASONS,
    RATIO_EDGES,
    SLIPPED,
    UNCHANGED,
    Bar,
    LadderMovement,
)
from kam_desktop.domain.enums import Category, LadderLevel, Stage
from kam_desktop.domain.rolemap import (
    NO_LEADER,
    ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE,
)
from kam_desktop.reports.format import Formatter
from kam_desktop.services.analytics import PortfolioAnalytics
from kam_desktop.ui.dossier.involvement import stage_label
from kam_desktop.ui.dossier.value import value_kind_label
from kam_desktop.ui.labels import category_label, date_format, ladder_label, lifecycle_label

Id = uuid.UUID

LIGHT_SERIES = ("#2f6fb0", "#4f9d69", "#e0a030", "#8e6cc0", "#2aa1a1", "#c4633a", "#7f8c99")
DARK_SERIES = ("#5b9bd5", "#6cc08b", "#f0b85a", "#b093e0", "#4cc7c7", "#ec8a5e", "#a3afbb")


def _blend(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved towards ``b`` by ``amount`` (0..1), as #rrggbb."""
    mix = [round(x + (y - x) * amount) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3])]
    return "#{:02x}{:02x}{:02x}".format(*mix)


@dataclass(frozen=True)
class Style:
    background: str
    text: str
    muted: str
    grid: str
    highlight: str
    series: tuple[str, ...]
    good: str
    bad: str
    font_size: float
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette, font_size: float) -> Style:
        back = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = back.lightness() < 128
        series = DARK_SERIES if dark else LIGHT_SERIES
        return cls(background=back.name(), text=text.name(), muted=_blend(back, text, 0.55),
                   grid=_blend(back, text, 0.14),
                   highlight=palette.color(QPalette.ColorRole.Highlight).name(),
                   series=series, good=series[1], bad="#ef6f5e" if dark else "#c62828",
                   font_size=font_size, dark=dark)

    @property
    def on_series(self) -> str:
        """Text written on a bar: the dark mode's bar colours are light."""
        return "#1a1a1a" if self.dark else "#ffffff"

    @property
    def category_colours(self) -> dict[Category, str]:
        return {Category.KEY: self.series[0], Category.DEVELOPING: self.series[1],
                Category.MAINTAINED: self.series[2], Category.OCCASIONAL: self.series[6]}

    def rc(self) -> dict:
        """matplotlib settings for the figures of this style."""
        return {"font.family": "DejaVu Sans", "font.size": self.font_size,
                "text.color": self.text, "axes.labelcolor": self.text,
                "axes.edgecolor": self.grid, "axes.facecolor": self.background,
                "figure.facecolor": self.background, "xtick.color": self.muted,
                "ytick.color": self.muted, "xtick.labelcolor": self.text,
                "ytick.labelcolor": self.text, "axes.titlesize": self.font_size + 1,
                "axes.titleweight": "bold", "axes.titlelocation": "left",
                "axes.titlepad": 8, "legend.frameon": False,
                "legend.fontsize": self.font_size, "axes.spines.top": False,
                "axes.spines.right": False, "axes.axisbelow": True,
                "grid.color": self.grid, "grid.linewidth": 0.6}


@dataclass(frozen=True)
class Numbers:
    """Numbers, money and shares written as the interface's locale writes them."""

    currency: str
    #: the words for thousand, million and billion on a money axis
    units: tuple[str, str, str]

    @property
    def russian(self) -> bool:
        return QLocale().language() == QLocale.Language.Russian

    def number(self, value: float, decimals: int = 0) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def short(self, value: float) -> str:
        """At most three significant digits and no exponent: 1 200, 12,5, 0,25."""
        value = float(value)
        if abs(value) >= 100 or value == round(value):
            return self.number(value)
        text = QLocale().toString(value, "f", 1 if abs(value) >= 10 else 2)
        point = QLocale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def percent(self, fraction: float, decimals: int = 0) -> str:
        text = self.number(float(fraction) * 100, decimals)
        return f"{text}\u00a0%" if self.russian else f"{text}%"

    @property
    def currency_label(self) -> str:
        return Formatter("ru" if self.russian else "en", self.currency).currency_label

    def money_scale(self, largest: float) -> tuple[float, str]:
        """The divisor that keeps an axis's numbers short, and its unit with the
        currency ("M RUB", "млн ₽")."""
        thousand, million, billion = self.units
        for divisor, unit in ((1e9, billion), (1e6, million), (1e3, thousand)):
            if abs(float(largest)) >= divisor:
                return divisor, f"{unit}\u00a0{self.currency_label}"
        return 1.0, self.currency_label

    def money(self, value: float) -> str:
        """An amount with its unit: 12,5 млн ₽ / 12.5 M RUB."""
        divisor, unit = self.money_scale(value)
        return f"{self.short(float(value) / divisor)}\u00a0{unit}"


# --- click targets ----------------------------------------------------------------------


@dataclass
class Selection:
    """What a click picked: a caption and the accounts behind it; ``figure`` gives the
    number shown beside each account (text, sort key), under ``figure_title``."""

    caption: str
    accounts: tuple[Id, ...]
    current: Id | None = None
    figure_title: str = ""
    figure: Callable[[Id], tuple[str, float]] | None = None


@dataclass
class Hit:
    selection: Selection
    #: bars to outline, and a point (in data coordinates) to ring
    outline: list = field(default_factory=list)
    ring: tuple[float, float] | None = None


class Target:
    def __init__(self, axes) -> None:
        self.axes = axes

    def hit(self, event) -> Hit | None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


class Bars(Target):
    """Bars along a category axis: a click anywhere in a bar's band, beyond the end of a
    short bar too, picks that bar."""

    def __init__(self, axes, rects: Sequence[Rectangle], selections: Sequence[Selection],
                 horizontal: bool) -> None:
        super().__init__(axes)
        self.rects, self.selections, self.horizontal = list(rects), list(selections), horizontal

    def _centre(self, rect: Rectangle) -> float:
        return rect.get_y() + rect.get_height() / 2 if self.horizontal \
            else rect.get_x() + rect.get_width() / 2

    def _half(self, rect: Rectangle) -> float:
        return (rect.get_height() if self.horizontal else rect.get_width()) / 2

    def hit(self, event) -> Hit | None:
        if event.xdata is None or not self.rects:
            return None
        where = event.ydata if self.horizontal else event.xdata
        index = min(range(len(self.rects)),
                    key=lambda i: abs(self._centre(self.rects[i]) - where))
        rect = self.rects[index]
        if abs(self._centre(rect) - where) > self._half(rect) * 1.15:  # between two bands
            return None
        return Hit(self.selections[index], outline=[rect])


class StackedBars(Target):
    """Segments sharing a band: the one under the pointer."""

    def __init__(self, axes, rects: Sequence[Rectangle], selections: Sequence[Selection]) -> None:
        super().__init__(axes)
        self.rects, self.selections = list(rects), list(selections)

    def hit(self, event) -> Hit | None:
        for rect, selection in zip(self.rects, self.selections):
            if rect.contains(event)[0]:
                return Hit(selection, outline=[rect])
        return None


class Points(Target):
    """Bubbles with their radius in pixels: a click on overlapping bubbles picks all of
    them; a click beside every bubble asks ``fallback``."""

    def __init__(self, axes, xy: np.ndarray, radii: np.ndarray, accounts: Sequence[Id],
                 selection: Callable[[list[Id], Id], Selection],
                 fallback: Callable[[float, float], Selection | None]) -> None:
        super().__init__(axes)
        self.xy, self.radii, self.accounts = xy, radii, list(accounts)
        self.selection, self.fallback = selection, fallback

    def hit(self, event) -> Hit | None:
        if event.xdata is None:
            return None
        shown = self.axes.transData.transform(self.xy)
        distance = np.hypot(shown[:, 0] - event.x, shown[:, 1] - event.y)
        inside = np.nonzero(distance <= np.maximum(self.radii, 6))[0]
        if len(inside):
            nearest = int(inside[np.argmin(distance[inside])])
            picked = [self.accounts[i] for i in inside]
            return Hit(self.selection(picked, self.accounts[nearest]),
                       ring=(float(self.xy[nearest, 0]), float(self.xy[nearest, 1])))
        chosen = self.fallback(event.xdata, event.ydata)
        return Hit(chosen) if chosen else None


class Area(Target):
    """The whole axes: ``pick(x, y)`` in data coordinates says what is there."""

    def __init__(self, axes, pick: Callable[[float, float], Hit | None]) -> None:
        super().__init__(axes)
        self.pick = pick

    def hit(self, event) -> Hit | None:
        return None if event.xdata is None else self.pick(event.xdata, event.ydata)


@dataclass
class Drawn:
    """What drawing a view produced: its click targets and a note for under its title."""

    targets: list[Target]
    note: str = ""


# --- drawing helpers -------------------------------------------------------------------------


def _wrap(text: str, width: int = 34, lines: int = 2) -> str:
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip(" ,;.") + "…"
    return "\n".join(wrapped)


def _value_grid(axes, horizontal: bool) -> None:
    axes.grid(axis="x" if horizontal else "y")
    axes.tick_params(length=0)


def _headroom(axes, horizontal: bool, share: float = 0.14) -> None:
    """Room past the longest bar for its figure."""
    if horizontal:
        low, high = axes.get_xlim()
        axes.set_xlim(low, high + (high - low) * share)
    else:
        low, high = axes.get_ylim()
        axes.set_ylim(low, high + (high - low) * share)


class ChartPainter(QObject):
    """Draws the views of one analytics result in one style and one language."""

    def __init__(self, data: PortfolioAnalytics, style: Style) -> None:
        super().__init__()
        self.data, self.style = data, style
        self.numbers = Numbers(data.currency, (self.tr("k"), self.tr("M"), self.tr("bn")))

    def draw(self, key: str, figure: Figure, *, since: date, norm: float) -> Drawn:
        """Draw view ``key`` on an empty ``figure``: the ladder's movement from ``since``,
        the owners' loads against ``norm``."""
        if key == "ladder":
            return self.ladder(figure, self.data.movement_since(since))
        if key == "workload":
            return self.workload(figure, norm)
        return getattr(self, key)(figure)

    # small pieces

    def count(self, n: int) -> str:
        return self.tr("%n account(s)", "", n)

    def empty(self, axes, text: str | None = None) -> None:
        axes.set_axis_off()
        axes.text(0.5, 0.5, text or self.tr("Nothing to show yet"), ha="center", va="center",
                  color=self.style.muted, transform=axes.transAxes)

    def label_bars(self, axes, rects, texts: Sequence[str], horizontal: bool) -> None:
        """Each bar's figure just past its end."""
        for rect, text in zip(rects, texts):
            if horizontal:
                end = (rect.get_x() + rect.get_width(), rect.get_y() + rect.get_height() / 2)
                offset, align = (4, 0), {"va": "center", "ha": "left"}
            else:
                end = (rect.get_x() + rect.get_width() / 2, rect.get_y() + rect.get_height())
                offset, align = (0, 3), {"ha": "center", "va": "bottom"}
            axes.annotate(text, end, xytext=offset, textcoords="offset points",
                          color=self.style.muted, fontsize=self.style.font_size - 0.5,
                          bbox={"boxstyle": "square,pad=0.1", "facecolor": self.style.background,
                                "edgecolor": "none"}, **align)

    def count_axis(self, axis) -> None:
        """Whole numbers, written as the locale writes them."""
        axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        axis.set_major_formatter(FuncFormatter(lambda v, _: self.numbers.number(v)))

    def number_axis(self, axis) -> None:
        axis.set_major_formatter(FuncFormatter(lambda v, _: self.numbers.short(v)))

    def money_axis(self, axis, largest: float) -> str:
        """Short numbers on ``axis``; returns the unit to write in its label."""
        divisor, unit = self.numbers.money_scale(largest)
        axis.set_major_formatter(FuncFormatter(lambda v, _: self.numbers.short(v / divisor)))
        return unit

    def selection(self, bar: Bar, caption: str, **extra) -> Selection:
        return Selection(f"{caption} — {self.count(len(bar.accounts))}", bar.accounts, **extra)

    # the views

    def pareto(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        pareto = data.pareto
        if not pareto.points:
            self.empty(axes, self.tr("No account has revenue in {year}").format(year=data.year))
            return Drawn([])
        count = len(pareto.points)
        xs = np.arange(0, count + 1) / count
        ys = np.concatenate([[0.0], [float(p.cumulative) for p in pareto.points]])
        colours = {AbcClass.A: style.series[0], AbcClass.B: style.series[2],
                   AbcClass.C: style.series[6]}
        bars = {bar.key: bar for bar in pareto.classes}
        for abc, start, end in ((AbcClass.A, 0, pareto.a_count),
                                (AbcClass.B, pareto.a_count, pareto.ab_count),
                                (AbcClass.C, pareto.ab_count, count)):
            if end <= start:
                continue
            span = slice(start, end + 1)
            axes.fill_between(xs[span], ys[span], color=colours[abc], alpha=0.3, linewidth=0)
            axes.text((xs[start] + xs[end]) / 2, 0.04, abc.value, ha="center", va="bottom",
                      fontsize=style.font_size + 5, fontweight="bold", color=colours[abc])
        axes.plot(xs, ys, color=style.series[0], linewidth=1.8)
        for share in (A_SHARE, B_SHARE):
            axes.axhline(float(share), color=style.muted, linewidth=0.8, linestyle=(0, (4, 3)))
            axes.annotate(self.tr("{share} of revenue").format(share=numbers.percent(share)),
                          (1, float(share)), xycoords=("axes fraction", "data"),
                          xytext=(-4, -4), textcoords="offset points", ha="right", va="top",
                          color=style.muted, fontsize=style.font_size - 0.5)
        for cut in (pareto.a_count, pareto.ab_count):
            if 0 < cut < count:
                axes.axvline(cut / count, color=style.muted, linewidth=0.8)
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1.03)
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.percent(v)))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.percent(v)))
        axes.set_xlabel(self.tr("Accounts with revenue, largest first"))
        axes.set_ylabel(self.tr("Cumulative share of revenue {year}").format(year=data.year))
        axes.grid(True)
        axes.tick_params(length=0)
        revenue = {p.account: p.revenue for p in pareto.points}
        title = self.tr("Revenue")

        def figure_of(account: Id) -> tuple[str, float]:
            amount = revenue.get(account)
            return ("", -1.0) if amount is None else (numbers.money(amount), float(amount))

        def pick(x: float, _y: float) -> Hit:
            position = min(count - 1, max(0, int(x * count)))
            point = pareto.points[position]
            selection = self.selection(bars[point.abc], self.tr("Class {abc}").format(
                abc=point.abc.value), current=point.account, figure_title=title,
                figure=figure_of)
            return Hit(selection, ring=(float(xs[position + 1]), float(ys[position + 1])))

        parts = []
        for abc in (AbcClass.A, AbcClass.B, AbcClass.C):
            share = float(bars[abc].value / pareto.total) if pareto.total else 0.0
            parts.append(self.tr("{abc}: {count}, {share} of revenue").format(
                abc=abc.value, count=self.count(len(bars[abc].accounts)),
                share=numbers.percent(share)))
        silent = len(bars[AbcClass.D].accounts)
        if silent:
            parts.append(self.tr("D (no revenue in {year}): {count}").format(
                year=data.year, count=self.count(silent)))
        return Drawn([Area(axes, pick)], "; ".join(parts) + ".")

    def wallet(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        wallet = data.wallet
        if not wallet.points:
            self.empty(axes)
            return Drawn([])
        xs = np.array([float(p.potential) for p in wallet.points])
        ys = np.array([float(p.share) for p in wallet.points])
        revenue = np.array([float(p.revenue) for p in wallet.points])
        # bubble area follows revenue; smaller bubbles when there are many
        sizes = 14 + (900 if len(xs) <= 200 else 240) * revenue / (revenue.max() or 1.0)
        log_x = xs.min() > 0 and xs.max() / xs.min() > 30
        if log_x:
            axes.set_xscale("log")
        colours = style.category_colours
        categories = [p.category for p in wallet.points]
        for category in Category:
            chosen = np.array([c is category for c in categories])
            if chosen.any():
                axes.scatter(xs[chosen], ys[chosen], s=sizes[chosen], color=colours[category],
                             alpha=0.55, edgecolors=style.background, linewidths=0.6, zorder=3)
        axes.margins(x=0.05, y=0.08)
        axes.set_ylim(bottom=0)
        divisor, unit = numbers.money_scale(float(np.median(xs)))
        if log_x:
            axes.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            axes.xaxis.set_minor_locator(NullLocator())
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.short(v / divisor)))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.percent(v)))
        label = self.tr("Annual purchase potential, {unit}").format(unit=unit)
        if log_x:
            label += " " + self.tr("(logarithmic scale)")
        axes.set_xlabel(label)
        axes.set_ylabel(self.tr("Our share of wallet in {year}").format(year=data.year))
        axes.grid(True)
        axes.tick_params(length=0)
        handles = [Line2D([], [], marker="o", linestyle="", markersize=8, alpha=0.7,
                          color=colours[c], label=category_label(c.value))
                   for c in Category if c in categories]
        axes.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0),
                    ncol=len(handles), borderaxespad=0.3, handletextpad=0.2,
                    columnspacing=1.4)
        mx, my = float(wallet.median_potential), float(wallet.median_share)
        axes.axvline(mx, color=style.muted, linewidth=0.8, linestyle=(0, (4, 3)))
        axes.axhline(my, color=style.muted, linewidth=0.8, linestyle=(0, (4, 3)))
        high_x = axes.get_xlim()[1]
        axes.add_patch(Rectangle((mx, 0), high_x - mx, my, facecolor=style.good, alpha=0.1,
                                 edgecolor="none", zorder=0))
        axes.annotate(self.tr("where to grow"), (1, 0), xycoords="axes fraction",
                      xytext=(-6, 6), textcoords="offset points", ha="right", va="bottom",
                      color=style.good, fontweight="bold")
        axes.set_xlim(right=high_x)
        shares = {p.account: p.share for p in wallet.points}
        share_title = self.tr("Share")

        def figure_of(account: Id) -> tuple[str, float]:
            share = shares.get(account)
            return ("", -1.0) if share is None else (numbers.percent(share, 1), float(share))

        def selection(picked: list[Id], nearest: Id) -> Selection:
            caption = data.accounts[nearest].name if len(picked) == 1 else \
                self.tr("Bubbles under the pointer — {count}").format(
                    count=self.count(len(picked)))
            return Selection(caption, tuple(picked), nearest, share_title, figure_of)

        def fallback(x: float, y: float) -> Selection | None:
            if not (x > mx and y < my) or not wallet.growth:
                return None
            return Selection(self.tr("Where to grow: a large potential, a small share — "
                                     "{count}").format(count=self.count(len(wallet.growth))),
                             wallet.growth, None, share_title, figure_of)

        radii = np.sqrt(sizes) / 2 * figure.dpi / 72
        note = self.tr("Bubble size: revenue in {year}. Dotted lines: the portfolio's medians; "
                       "the shaded corner holds the accounts with a large potential and a "
                       "small share.").format(year=data.year)
        if wallet.unplaced:
            note += " " + self.tr("Not shown (no potential or no revenue): {count}.").format(
                count=self.count(len(wallet.unplaced)))
        return Drawn([Points(axes, np.column_stack([xs, ys]), radii,
                             [p.account for p in wallet.points], selection, fallback)], note)

    def movement_label(self, key: str) -> str:
        return {CLIMBED: self.tr("Climbed"), UNCHANGED: self.tr("Unchanged"),
                SLIPPED: self.tr("Slipped"), NEWLY_ASSESSED: self.tr("First assessed")}[key]

    def ladder(self, figure: Figure, movement: LadderMovement) -> Drawn:
        data, style = self.data, self.style
        left, right = figure.subplots(1, 2, width_ratios=(2, 1))
        since = QLocale().toString(movement.since, date_format())
        positions = np.arange(len(LadderLevel))
        width = 0.38
        then = left.bar(positions - width / 2, [b.value for b in movement.then], width,
                        color=style.muted, alpha=0.55,
                        label=self.tr("On {date}").format(date=since))
        now = left.bar(positions + width / 2, [b.value for b in movement.now], width,
                       color=style.series[0], label=self.tr("Now"))
        left.set_xticks(positions, [_wrap(f"{int(level)}. {ladder_label(int(level))}", 13, 3)
                                    for level in LadderLevel])
        self.count_axis(left.yaxis)
        left.set_ylabel(self.tr("Accounts"))
        left.set_title(self.tr("Where clients put us"))
        _value_grid(left, horizontal=False)
        left.legend(loc="upper left")
        self.label_bars(left, list(then) + list(now),
                        [self.numbers.number(b.value) for b in movement.then + movement.now], horizontal=False)
        _headroom(left, horizontal=False, share=0.2)

        moves = list(movement.movement)
        colours = {CLIMBED: style.good, UNCHANGED: style.muted, SLIPPED: style.bad,
                   NEWLY_ASSESSED: style.series[0]}
        rows = np.arange(len(moves))
        rects = right.barh(rows, [b.value for b in moves], 0.5,
                           color=[colours[b.key] for b in moves])
        right.set_yticks(rows, [self.movement_label(b.key) for b in moves])
        right.invert_yaxis()
        self.count_axis(right.xaxis)
        right.set_title(self.tr("Movement since {date}").format(date=since))
        _value_grid(right, horizontal=True)
        self.label_bars(right, rects, [self.numbers.number(b.value) for b in moves], horizontal=True)
        _headroom(right, horizontal=True)
        rung_title = self.tr("Rung")

        def level_of(account: Id) -> tuple[str, float]:
            history = data.ladder_history.get(account, ())
            if not history:
                return "—", 0.0
            level = max(enumerate(history), key=lambda pair: (pair[1][0], pair[0]))[1][1]
            return self.numbers.number(level), float(level)

        def rung(bar: Bar, when: str) -> Selection:
            return self.selection(bar, f"{ladder_label(int(bar.key))}, {when}",
                                  figure_title=rung_title, figure=level_of)

        on_date = self.tr("on {date}").format(date=since)
        targets: list[Target] = [
            Bars(left, list(then) + list(now),
                 [rung(b, on_date) for b in movement.then]
                 + [rung(b, self.tr("now")) for b in movement.now], horizontal=False),
            Bars(right, list(rects), [self.selection(b, self.movement_label(b.key),
                                                     figure_title=rung_title, figure=level_of)
                                      for b in moves], horizontal=True),
        ]
        note = self.tr("Our latest estimate of each account's rung against where it stood on "
                       "the chosen date.")
        if movement.not_assessed_now:
            note += " " + self.tr("Never assessed: {count}.").format(
                count=self.count(len(movement.not_assessed_now)))
        return Drawn(targets, note)

    def value(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        left, right = figure.subplots(1, 2, width_ratios=(3, 2))
        kinds, years = list(data.value_by_kind), list(data.value_by_year)
        if not kinds:
            self.empty(left)
            right.set_axis_off()
            return Drawn([])
        largest = max(float(b.client_benefit) for b in kinds + years)
        rows = np.arange(len(kinds))
        height = 0.4
        benefit = left.barh(rows - height / 2, [float(b.client_benefit) for b in kinds],
                            height, color=style.series[0], label=self.tr("Client benefit"))
        cost = left.barh(rows + height / 2, [float(b.our_cost) for b in kinds], height,
                         color=style.muted, alpha=0.6, label=self.tr("Our cost"))
        left.set_yticks(rows, [value_kind_label(b.key.value) for b in kinds])
        left.invert_yaxis()
        left.set_xlabel(self.money_axis(left.xaxis, largest))
        left.set_title(self.tr("By kind, all years"), pad=24)
        _value_grid(left, horizontal=True)
        left.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=2, borderaxespad=0.3)

        columns = np.arange(len(years))
        width = 0.38
        year_benefit = right.bar(columns - width / 2, [float(b.client_benefit) for b in years],
                                 width, color=style.series[0])
        year_cost = right.bar(columns + width / 2, [float(b.our_cost) for b in years], width,
                              color=style.muted, alpha=0.6)
        right.set_xticks(columns, [str(b.key) if b.key != data.today.year else
                                   f"{b.key}\n" + self.tr("to date") for b in years])
        divisor, unit = numbers.money_scale(largest)
        right.set_ylabel(self.money_axis(right.yaxis, largest))
        right.set_title(self.tr("By year"), pad=24)
        _value_grid(right, horizontal=False)
        self.label_bars(right, year_benefit,
                        [numbers.short(float(b.client_benefit) / divisor) for b in years],
                        horizontal=False)
        _headroom(right, horizontal=False)

        def selection(bar, caption: str) -> Selection:
            return Selection(self.tr("{what}: benefit {benefit}, cost {cost} — {count}").format(
                what=caption, benefit=numbers.money(bar.client_benefit),
                cost=numbers.money(bar.our_cost), count=self.count(len(bar.accounts))),
                bar.accounts)

        by_kind = [selection(b, value_kind_label(b.key.value)) for b in kinds]
        by_year = [selection(b, str(b.key)) for b in years]
        targets: list[Target] = [
            Bars(left, list(benefit) + list(cost), by_kind * 2, horizontal=True),
            Bars(right, list(year_benefit) + list(year_cost), by_year * 2, horizontal=False),
        ]
        note = self.tr("What we gave the clients beyond the product, in money: the benefit "
                       "they gained and what it cost us.")
        if data.other_currency:
            note += " " + self.tr("Accounts billed in a currency other than {currency} are "
                                  "left out: {count}.").format(
                currency=data.currency, count=self.count(len(data.other_currency)))
        return Drawn(targets, note)

    def band_label(self, index: int) -> str:
        numbers = self.numbers
        if index == 0:
            return self.tr("nothing")
        if index == 1:
            return "< " + numbers.percent(RATIO_EDGES[0])
        if index == len(RATIO_EDGES) + 1:
            return "≥ " + numbers.percent(RATIO_EDGES[-1])
        low, high = RATIO_EDGES[index - 2], RATIO_EDGES[index - 1]
        return f"{numbers.number(float(low) * 100)}–{numbers.percent(high)}"

    def value_to_revenue(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        if not data.value_to_revenue:
            self.empty(axes, self.tr("No account has revenue in {year}").format(year=data.year))
            return Drawn([])
        bands = list(data.ratio_bands)
        columns = np.arange(len(bands))
        rects = axes.bar(columns, [b.value for b in bands], 0.7,
                         color=[style.bad] + [style.series[0]] * (len(bands) - 1))
        axes.set_xticks(columns, [self.band_label(b.key) for b in bands])
        self.count_axis(axes.yaxis)
        axes.set_ylabel(self.tr("Accounts"))
        axes.set_xlabel(self.tr("Client benefit delivered in {year} per unit of our revenue "
                                "in {year}").format(year=data.year))
        _value_grid(axes, horizontal=False)
        self.label_bars(axes, rects, [self.numbers.number(b.value) for b in bands], horizontal=False)
        _headroom(axes, horizontal=False)
        ratios = {p.account: p.ratio for p in data.value_to_revenue}

        def figure_of(account: Id) -> tuple[str, float]:
            ratio = ratios.get(account)
            return ("", -1.0) if ratio is None else (numbers.percent(ratio, 1), float(ratio))

        title = self.tr("Value to revenue")
        selections = [self.selection(b, f"{title}: {self.band_label(b.key)}",
                                     figure_title=self.tr("Ratio"), figure=figure_of)
                      for b in bands]
        note = self.tr("The value dossier is what justifies our price: accounts that got "
                       "nothing beyond the product are the first a cheaper competitor wins.")
        return Drawn([Bars(axes, list(rects), selections, horizontal=False)], note)

    def reason_text(self, key) -> str:
        if key is None:
            return self.tr("No reason recorded")
        if key == OTHER_REASONS:
            return self.tr("Other reasons")
        return key

    def lifecycle(self, figure: Figure) -> Drawn:
        data, style = self.data, self.style
        grid = figure.add_gridspec(2, 2, width_ratios=(0.8, 1.5))
        funnel = figure.add_subplot(grid[:, 0])
        stages = list(data.funnel.stages)
        largest = max([b.value for b in stages] + [1])
        # the funnel: centred bars, the four stages first, then sleeping and lost apart
        rows = np.array([0, 1, 2, 3, 4.4, 5.4])
        values = np.array([b.value for b in stages], dtype=float)
        rects = funnel.barh(rows, values, 0.78, left=-values / 2,
                            color=[style.series[0]] * 4 + [style.series[2], style.bad])
        funnel.set_yticks(rows, [lifecycle_label(b.key.value) for b in stages])
        funnel.invert_yaxis()
        funnel.set_xlim(-largest / 2 * 1.08, largest / 2 * 1.08)
        funnel.xaxis.set_visible(False)
        for side in ("bottom", "left"):
            funnel.spines[side].set_visible(False)
        funnel.tick_params(length=0)
        funnel.set_title(self.tr("Accounts by stage"))
        for rect, bar in zip(rects, stages):
            inside = bar.value >= largest * 0.18
            end = rect.get_x() + rect.get_width()
            funnel.annotate(self.numbers.number(bar.value), (0 if inside else end,
                                             rect.get_y() + rect.get_height() / 2),
                            xytext=(0 if inside else 4, 0), textcoords="offset points",
                            ha="center" if inside else "left", va="center",
                            color=style.on_series if inside else style.muted,
                            fontweight="bold")
        targets: list[Target] = [Bars(funnel, list(rects), [
            self.selection(b, lifecycle_label(b.key.value)) for b in stages], horizontal=True)]

        for row, reasons, title, colour in (
                (0, data.funnel.lost_reasons, self.tr("Why clients were lost"), style.bad),
                (1, data.funnel.sleeping_reasons, self.tr("Why clients fell asleep"),
                 style.series[2])):
            axes = figure.add_subplot(grid[row, 1])
            axes.set_title(title)
            if not reasons:
                self.empty(axes, self.tr("None"))
                continue
            positions = np.arange(len(reasons))
            bars = axes.barh(positions, [b.value for b in reasons], 0.65, color=colour,
                             alpha=0.85)
            axes.set_yticks(positions, [_wrap(self.reason_text(b.key), 44) for b in reasons],
                            fontsize=style.font_size - 1)
            axes.invert_yaxis()
            self.count_axis(axes.xaxis)
            _value_grid(axes, horizontal=True)
            self.label_bars(axes, bars, [self.numbers.number(b.value) for b in reasons], horizontal=True)
            _headroom(axes, horizontal=True)
            targets.append(Bars(axes, list(bars), [
                self.selection(b, _wrap(self.reason_text(b.key), 70, 1)) for b in reasons],
                horizontal=True))
        note = self.tr("A lost or sleeping client's reason is the one recorded on the account, "
                       "else its latest cooling reason. Why clients leave teaches more than "
                       "satisfaction scores.")
        return Drawn(targets, note)

    def coverage_label(self, code: str) -> str:
        return {
            NO_CONTACTS: self.tr("No client contacts on record"),
            NO_LEADER: self.tr("No leader identified"),
            ONLY_ASSISTANTS_AND_BUTLERS: self.tr("Only butlers and assistants known"),
            OPPONENT_IN_KEY_ROLE: self.tr("An opponent among leaders or specifiers"),
            LEADER_NOT_MIRRORED: self.tr("A leader nobody on our side mirrors"),
        }[code]

    def roles(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        bars = list(data.roles)
        total = len(data.accounts) or 1
        rows = np.arange(len(bars))
        colours = {NO_CONTACTS: style.bad, NO_LEADER: style.bad,
                   ONLY_ASSISTANTS_AND_BUTLERS: style.series[2],
                   OPPONENT_IN_KEY_ROLE: style.series[5], LEADER_NOT_MIRRORED: style.series[6]}
        rects = axes.barh(rows, [b.value for b in bars], 0.5,
                          color=[colours[b.key] for b in bars])
        axes.set_yticks(rows, [_wrap(self.coverage_label(b.key), 28) for b in bars])
        axes.invert_yaxis()
        self.count_axis(axes.xaxis)
        axes.set_xlabel(self.tr("Accounts"))
        _value_grid(axes, horizontal=True)
        self.label_bars(axes, rects, [f"{numbers.number(b.value)} ({numbers.percent(b.value / total)})"
                                      for b in bars], horizontal=True)
        _headroom(axes, horizontal=True, share=0.2)
        gaps = {b.key: b.value for b in bars}
        note = self.tr("A leader is identified at {count} of {total} accounts. Without a leader "
                       "we sell to people who do not decide; where only butlers and assistants "
                       "are known, ask them, or our own team, for other contacts.").format(
            count=numbers.number(len(data.accounts) - gaps[NO_CONTACTS] - gaps[NO_LEADER]),
            total=numbers.number(len(data.accounts)))
        return Drawn([Bars(axes, list(rects), [self.selection(b, self.coverage_label(b.key))
                                               for b in bars], horizontal=True)], note)

    def involvement(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        involvement = data.involvement
        if not involvement.departments:
            self.empty(axes)
            return Drawn([])
        stages = list(Stage)
        rows = np.arange(len(stages))
        starts = np.zeros(len(stages))
        rects, selections = [], []
        for number, department in enumerate(involvement.departments):
            shares = np.array([involvement.cells[stage, department].value for stage in stages])
            drawn = axes.barh(rows, shares, 0.62, left=starts, label=department,
                              color=style.series[number % len(style.series)],
                              edgecolor=style.background, linewidth=1)
            for stage, rect, share in zip(stages, drawn, shares):
                if share >= 6:
                    axes.text(rect.get_x() + rect.get_width() / 2,
                              rect.get_y() + rect.get_height() / 2, numbers.number(share),
                              ha="center", va="center", color=style.on_series,
                              fontweight="bold")
                rects.append(rect)
                selections.append(self.selection(
                    involvement.cells[stage, department],
                    self.tr("{department} at the stage “{stage}”").format(
                        department=department, stage=stage_label(stage.value))))
            starts += shares
        axes.set_yticks(rows, [f"{_wrap(stage_label(s.value), 22)}\n"
                               + self.tr("n = {count}").format(
                                   count=numbers.number(involvement.filled[s]))
                               for s in stages])
        axes.invert_yaxis()
        axes.set_xlim(0, 100)
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.percent(v / 100)))
        axes.set_xlabel(self.tr("Average share of the work at the stage"))
        axes.tick_params(length=0)
        for side in ("left", "bottom"):
            axes.spines[side].set_visible(False)
        count = len(involvement.departments)
        figure.legend(loc="outside upper left", ncol=count if count <= 5 else (count + 1) // 2)
        note = self.tr("Each stage of serving a client, with the average share of each of our "
                       "departments over the accounts whose map has that stage (n). Click a "
                       "segment for the accounts where the department takes part.")
        return Drawn([StackedBars(axes, rects, selections)], note)

    def workload(self, figure: Figure, norm: float) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        left, right = figure.subplots(1, 2, width_ratios=(1, 1))
        loads = list(data.loads_against(norm))
        if not loads:
            self.empty(left)
            right.set_axis_off()
            return Drawn([])
        rows = np.arange(len(loads))
        rects = left.barh(rows, [o.load for o in loads], 0.6,
                          color=[style.bad if o.over_norm else style.series[0] for o in loads])
        left.set_yticks(rows, [o.owner or self.tr("No owner") for o in loads])
        left.invert_yaxis()
        left.axvline(norm, color=style.text, linewidth=1.2, linestyle=(0, (5, 3)))
        left.annotate(self.tr("norm {norm}").format(norm=numbers.short(norm)), (norm, 1),
                      xycoords=("data", "axes fraction"), xytext=(4, -2),
                      textcoords="offset points", va="top", color=style.text)
        left.set_xlim(0, max(max(o.load for o in loads), norm) * 1.3)
        self.number_axis(left.xaxis)
        left.set_xlabel(self.tr("Load, in typical accounts"))
        left.set_title(self.tr("Load per KAM"))
        _value_grid(left, horizontal=True)
        self.label_bars(left, rects, [f"{numbers.short(o.load)} "
                                      f"({numbers.percent(o.share_of_norm)})" for o in loads],
                        horizontal=True)
        scores = {a.account: a.score for a in data.workload}
        load_title = self.tr("Load")

        def load_of(account: Id) -> tuple[str, float]:
            score = scores.get(account)
            if score is None:
                return "", -1.0
            text = QLocale().toString(score.load, "f", 2)
            if not score.complete:
                text += " " + self.tr("({assessed} of 9)").format(assessed=score.assessed)
            return text, score.load

        owners = [Selection(self.tr("{owner}: load {load}, norm {norm} — {count}").format(
            owner=o.owner or self.tr("No owner"), load=numbers.short(o.load),
            norm=numbers.short(norm), count=self.count(len(o.accounts))),
            o.accounts, None, load_title, load_of) for o in loads]

        heaviest = list(data.heaviest)
        positions = np.arange(len(heaviest))
        heavy = right.barh(positions, [a.score.load for a in heaviest], 0.6,
                           color=style.series[2])
        right.set_yticks(positions, [_wrap(data.accounts[a.account].name, 20)
                                     for a in heaviest], fontsize=style.font_size - 0.5)
        right.invert_yaxis()
        right.axvline(1, color=style.muted, linewidth=0.8, linestyle=(0, (4, 3)))
        right.set_xlim(0, max(1.6, max(a.score.load for a in heaviest) * 1.4))
        self.number_axis(right.xaxis)
        right.set_xlabel(self.tr("Load of the account (1 = typical)"))
        right.set_title(self.tr("Accounts that weigh most"))
        _value_grid(right, horizontal=True)
        self.label_bars(right, heavy, [
            f"{numbers.short(a.score.load)} · {(data.accounts[a.account].owner or '—').split()[-1]}"
            for a in heaviest], horizontal=True)
        accounts = [Selection(data.accounts[a.account].name, (a.account,), a.account,
                              load_title, load_of) for a in heaviest]
        incomplete = sum(o.incomplete for o in loads)
        note = self.tr("An account's load comes from the nine workload factors in its dossier "
                       "(1 = a typical account); a KAM's load is the sum over their accounts, "
                       "lost ones left out, against the norm set in Preferences.")
        if incomplete:
            note += " " + self.tr("Not fully assessed: {count}.").format(
                count=self.count(incomplete))
        return Drawn([Bars(left, list(rects), owners, horizontal=True),
                      Bars(right, list(heavy), accounts, horizontal=True)], note)
