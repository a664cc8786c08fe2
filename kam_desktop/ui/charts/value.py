"""The value delivered to clients beyond the product, by kind and by year, and the
accounts by value delivered per unit of our revenue."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from kam_desktop.domain.analytics import RATIO_EDGES
from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid
from kam_desktop.ui.charts.targets import Bars, Drawn, Id, Selection, Target
from kam_desktop.ui.labels import name_of, term


class ValueCharts(ChartFamily):
    def value(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        left, right = figure.subplots(1, 2, width_ratios=(3, 2))
        kinds, years = list(data.value_by_kind), list(data.value_by_year)
        if not kinds:
            self.empty(left)
            right.set_axis_off()
            return Drawn([], self.money_note("", "value"))  # who was left out
        largest = max(float(b.client_benefit) for b in kinds + years)
        rows = np.arange(len(kinds))
        height = 0.4
        benefit = left.barh(rows - height / 2, [float(b.client_benefit) for b in kinds],
                            height, color=style.series[0], label=term("client_benefit"))
        cost = left.barh(rows + height / 2, [float(b.our_cost) for b in kinds], height,
                         color=style.muted, alpha=0.6, label=term("our_cost"))
        left.set_yticks(rows, [name_of(b.key) for b in kinds])
        left.invert_yaxis()
        left.set_xlabel(self.money_axis(left.xaxis, largest))
        left.set_title(self.tr("By kind, all years"), pad=24)
        value_grid(left, horizontal=True)
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
        value_grid(right, horizontal=False)
        self.label_bars(right, year_benefit,
                        [numbers.short(float(b.client_benefit) / divisor) for b in years],
                        horizontal=False)
        headroom(right, horizontal=False)

        def selection(bar, caption: str) -> Selection:
            return Selection(self.tr("{what}: benefit {benefit}, cost {cost} — {count}").format(
                what=caption, benefit=numbers.money(bar.client_benefit),
                cost=numbers.money(bar.our_cost), count=self.count(len(bar.accounts))),
                bar.accounts)

        by_kind = [selection(b, name_of(b.key)) for b in kinds]
        by_year = [selection(b, str(b.key)) for b in years]
        targets: list[Target] = [
            Bars(left, list(benefit) + list(cost), by_kind * 2, horizontal=True),
            Bars(right, list(year_benefit) + list(year_cost), by_year * 2, horizontal=False),
        ]
        note = self.tr("What we gave the clients beyond the product, in money: the benefit "
                       "they gained and what it cost us.")
        return Drawn(targets, self.money_note(note, "value"))

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
        value_grid(axes, horizontal=False)
        self.label_bars(axes, rects, [self.numbers.number(b.value) for b in bands], horizontal=False)
        headroom(axes, horizontal=False)
        ratios = {p.account: p.ratio for p in data.value_to_revenue}

        def figure_of(account: Id) -> tuple[str, float]:
            ratio = ratios.get(account)
            return ("", -1.0) if ratio is None else (numbers.percent(ratio, 1), float(ratio))

        title = term("benefit_to_purchases")
        selections = [self.selection(b, f"{title}: {self.band_label(b.key)}",
                                     figure_title=self.tr("Ratio"), figure=figure_of)
                      for b in bands]
        note = self.tr("The value dossier is what justifies our price: accounts that got "
                       "nothing beyond the product are the first a cheaper competitor wins.")
        return Drawn([Bars(axes, list(rects), selections, horizontal=False)], note)
