"""Where to grow: per product group, the clients' purchases we do not yet supply (the
groups' potentials less our revenue), summed over the portfolio; a bar lists its
accounts, the most uncovered first."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid, wrap
from kam_desktop.ui.charts.targets import Bars, Drawn, Id, Selection

#: the groups drawn; the rest are named in the note
GROUPS_SHOWN = 15


class GroupCharts(ChartFamily):
    def growth(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        bars = [bar for bar in data.groups.growth if bar.value > 0][:GROUPS_SHOWN]
        if not bars:
            self.empty(axes, self.tr("No product group has a potential beyond our revenue in "
                                     "{year}. Estimate the groups in the dossiers' “Share by "
                                     "product group”.").format(year=data.year))
            return Drawn([], self.money_note("", "groups"))
        rows = np.arange(len(bars))
        values = [float(bar.value) for bar in bars]
        divisor, unit = numbers.money_scale(max(values))
        rects = axes.barh(rows, values, 0.6, color=style.good)
        axes.set_yticks(rows, [wrap(bar.key, 26) for bar in bars])
        axes.invert_yaxis()
        axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: numbers.short(v / divisor)))
        axes.set_xlabel(self.tr("Potential not yet ours in {year}, {unit}").format(
            year=data.year, unit=unit))
        value_grid(axes, horizontal=True)
        headroom(axes, horizontal=True, share=0.22)
        self.label_bars(axes, rects, [
            f"{numbers.short(float(bar.value) / divisor)} · {self.count(len(bar.accounts))}"
            for bar in bars], horizontal=True)
        title = self.tr("Not yet ours")
        selections = []
        for bar in bars:
            uncovered = data.groups.uncovered[bar.key]

            def figure_of(account: Id, uncovered=uncovered) -> tuple[str, float]:
                amount = uncovered.get(account)
                return ("", -1.0) if amount is None else (numbers.money(amount),
                                                          float(amount))

            selections.append(Selection(
                self.tr("{group}: the largest purchases not yet ours — {count}").format(
                    group=bar.key, count=self.count(len(bar.accounts))),
                bar.accounts, bar.accounts[0], title, figure_of))
        note = self.tr("Per product group, what the clients buy of it from others: the "
                       "group's potential less our revenue from its deals, summed over the "
                       "accounts. Click a bar for its accounts, the largest first.")
        return Drawn([Bars(axes, list(rects), selections, horizontal=True)],
                     self.money_note(note, "groups"))
