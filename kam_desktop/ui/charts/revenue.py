"""Where the revenue is and where it could grow: the ABC (Pareto) curve and potential
against share of wallet."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from kam_desktop.domain.abc import A_SHARE, B_SHARE, AbcClass
from kam_desktop.domain.enums import Category
from kam_desktop.ui.charts.base import ChartFamily, wrap
from kam_desktop.ui.charts.targets import Area, Drawn, Hit, Id, Points, Selection
from kam_desktop.ui.labels import name_of


class RevenueCharts(ChartFamily):
    def pareto(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        pareto = data.pareto
        if not pareto.points:
            self.empty(axes, self.tr("No account has revenue in {year}").format(year=data.year))
            return Drawn([], self.money_note("", "revenue"))  # who was left out
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
        return Drawn([Area(axes, pick)],
                     self.money_note("; ".join(parts) + ".", "revenue"))

    def wallet(self, figure: Figure, group: str | None = None) -> Drawn:
        """Every account at its potential and our share; of one product ``group`` when
        given (its potential and our revenue from its deals)."""
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        wallet = data.wallet if group is None else data.group_wallets.get(group)
        money = "revenue" if group is None else "groups"
        if wallet is None or not wallet.points:
            self.empty(axes, None if group is None else self.tr(
                "No account has a potential of {group} in {year}").format(
                group=group, year=data.year))
            return Drawn([], self.money_note("", money))  # who was left out
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
        label = self.tr("Annual purchase potential, {unit}").format(unit=unit) \
            if group is None else self.tr("Annual purchases of {group}, {unit}").format(
                group=group, unit=unit)
        if log_x:
            label += " " + self.tr("(logarithmic scale)")
        axes.set_xlabel(label)
        axes.set_ylabel(self.tr("Our share of wallet in {year}").format(year=data.year)
                        if group is None else self.tr("Our share of {group} in {year}").format(
                            group=wrap(group, 30, 1), year=data.year))
        axes.grid(True)
        axes.tick_params(length=0)
        handles = [Line2D([], [], marker="o", linestyle="", markersize=8, alpha=0.7,
                          color=colours[c], label=name_of(c))
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
                             [p.account for p in wallet.points], selection, fallback)],
                     self.money_note(note, money))
