"""Purchases: the accounts by days since their last deal, and the portfolio's purchase
figures (repeat purchases, the average deal, how often clients buy)."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid
from kam_desktop.ui.charts.targets import Bars, Drawn, Id


class PurchasesChart(ChartFamily):
    def band_label(self, key: tuple[int, int | None] | None) -> str:
        if key is None:
            return self.tr("no deals")
        low, high = key
        return self.tr("over {days}").format(days=low - 1) if high is None \
            else f"{low}–{high}"

    def purchases(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        if not data.last_deal:
            self.empty(axes, self.tr("No deals yet: import them from the ERP (File → Import "
                                     "deals from the ERP…) or add them in a dossier"))
            return Drawn([])
        bands = list(data.recency)
        columns = np.arange(len(bands))
        colours = [style.series[0]] * 2 + [style.series[1]] * 2 + [style.bad, style.muted]
        rects = axes.bar(columns, [b.value for b in bands], 0.7, color=colours)
        axes.set_xticks(columns, [self.band_label(b.key) for b in bands])
        self.count_axis(axes.yaxis)
        axes.set_ylabel(self.tr("Accounts"))
        axes.set_xlabel(self.tr("Days since the last deal"))
        value_grid(axes, horizontal=False)
        self.label_bars(axes, rects, [numbers.number(b.value) for b in bands], horizontal=False)
        headroom(axes, horizontal=False)
        today = data.today

        def days_of(account: Id) -> tuple[str, float]:
            last = data.last_deal.get(account)
            return ("", -1.0) if last is None else (numbers.number((today - last).days),
                                                    float((today - last).days))

        title = self.tr("Days since the last deal")
        selections = [self.selection(b, f"{title}: {self.band_label(b.key)}",
                                     figure_title=self.tr("Days"), figure=days_of)
                      for b in bands]
        return Drawn([Bars(axes, list(rects), selections, horizontal=False)],
                     self.money_note(self.note(), "deals"))

    def note(self) -> str:
        figures = self.data.purchases
        if not figures.deals:
            return self.tr("No deals in the last 12 months.")
        text = self.tr("Last 12 months: {deals} deals, average deal {average}; repeat "
                       "purchases: {repeat} of the accounts that bought ({repeaters} of "
                       "{buyers}) bought twice or more.").format(
            deals=self.numbers.number(figures.deals),
            average=self.numbers.money(float(figures.average_deal)),
            repeat=self.numbers.percent(figures.repeat_rate),
            repeaters=self.numbers.number(figures.repeat_buyers),
            buyers=self.numbers.number(figures.buyers))
        if figures.interval_days is not None:
            text += " " + self.tr("A client buys every {days} days on average.").format(
                days=self.numbers.number(figures.interval_days))
        return text
