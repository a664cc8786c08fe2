"""What every chart family draws with: short texts, value grids, headroom past the
longest bar, each bar's figure at its end, axes written in the locale's numbers, and
the selection behind a bar."""
from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QObject

from kam_desktop.domain.analytics import Bar
from kam_desktop.services.analytics import PortfolioAnalytics
from kam_desktop.ui.charts.style import Numbers, Style
from kam_desktop.ui.charts.targets import Selection


# the accounts a note names before "and N more"
NAMES_SHOWN = 5


def wrap(text: str, width: int = 34, lines: int = 2) -> str:
    """``text`` on at most ``lines`` lines of ``width`` characters, cut with "…"."""
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip(" ,;.") + "…"
    return "\n".join(wrapped)


def value_grid(axes, horizontal: bool) -> None:
    axes.grid(axis="x" if horizontal else "y")
    axes.tick_params(length=0)


def headroom(axes, horizontal: bool, share: float = 0.14) -> None:
    """Room past the longest bar for its figure."""
    if horizontal:
        low, high = axes.get_xlim()
        axes.set_xlim(low, high + (high - low) * share)
    else:
        low, high = axes.get_ylim()
        axes.set_ylim(low, high + (high - low) * share)


class ChartTexts(QObject):
    """The texts every family writes. They live in a class of their own rather than in
    :class:`ChartFamily`: PySide looks a text up under the calling object's own class
    first and, for a text with a count, does not go on to its base classes."""

    def units(self) -> tuple[str, str, str]:
        """The words for thousand, million and billion on a money axis."""
        return self.tr("k"), self.tr("M"), self.tr("bn")

    def count(self, n: int) -> str:
        return self.tr("%n account(s)", "", n)

    def nothing(self) -> str:
        return self.tr("Nothing to show yet")

    def converted(self, currency: str, year: int, rates: str) -> str:
        return self.tr("Amounts in other currencies are converted to {currency} at the rates "
                       "of {year} ({rates}); value and deals at the rates of their "
                       "dates.").format(currency=currency, year=year, rates=rates)

    def not_compared(self, count: int, currency: str, period: str, names: str) -> str:
        return self.tr("%n account(s) in {currency} have no rate for {period} — not "
                       "compared: {names}.", "", count).format(
            currency=currency, period=period, names=names)

    def and_more(self, count: int) -> str:
        return self.tr("and %n more", "", count)


class ChartFamily(QObject):
    """Views of one analytics result drawn in one style and one language; a subclass
    draws a family of views, each method taking an empty figure and returning what
    it drew (:class:`~kam_desktop.ui.charts.targets.Drawn`)."""

    def __init__(self, data: PortfolioAnalytics, style: Style) -> None:
        super().__init__()
        self.data, self.style = data, style
        self.texts = ChartTexts()
        self.numbers = Numbers(data.currency, self.texts.units())

    def count(self, n: int) -> str:
        return self.texts.count(n)

    def money_note(self, note: str, money: str) -> str:
        """``note`` of a chart with money, followed by the rates its other currencies were
        converted at and the accounts it left out for want of a rate (by name) for its
        ``money``: "revenue" (of the year), "value" or "deals"."""
        data, numbers = self.data, self.numbers
        parts = [note] if note else []
        if data.rates:
            parts.append(self.texts.converted(data.currency, data.year, "; ".join(
                f"1 {code} = {numbers.short(float(rate))} {numbers.currency_label}"
                for code, rate in sorted(data.rates.items()))))
        for missing in data.missing[money]:
            names = [data.accounts[account].name for account in missing.accounts]
            shown = ", ".join(names[:NAMES_SHOWN])
            if len(names) > NAMES_SHOWN:
                shown += " " + self.texts.and_more(len(names) - NAMES_SHOWN)
            parts.append(self.texts.not_compared(len(names), missing.currency, missing.period,
                                                 shown))
        return " ".join(parts)

    def empty(self, axes, text: str | None = None) -> None:
        axes.set_axis_off()
        axes.text(0.5, 0.5, text or self.texts.nothing(), ha="center",
                  va="center", color=self.style.muted, transform=axes.transAxes)

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
