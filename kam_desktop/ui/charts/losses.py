"""Why clients were lost and to whom, year by year: the losses stacked by cause, and
stacked by the competitor who won them."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from kam_desktop.domain.enums import LossCause
from kam_desktop.services.losses import LossBucket
from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid, wrap
from kam_desktop.ui.charts.targets import Drawn, Selection, StackedBars
from kam_desktop.ui.labels import name_of

# competitors shown by name; the rest are counted together
NAMED_COMPETITORS = 5
OTHERS = "\x00others"


class LossCharts(ChartFamily):
    def losses(self, figure: Figure) -> Drawn:
        data = self.data.losses
        if not data.total:
            self.empty(figure.add_subplot(), self.tr("No losses recorded. When a client is "
                                                     "lost, the dossier asks why and for whom."))
            return Drawn([])
        left, right = figure.subplots(1, 2)
        causes = [cause.value for cause in LossCause]
        named = list(data.competitors[:NAMED_COMPETITORS])
        if len(data.competitors) > NAMED_COMPETITORS:
            named.append(OTHERS)
        competitors = self._fold(data.by_competitor, named)
        targets = [
            self._stacked(left, data.by_cause, causes, self.cause_label, self.tr("By cause")),
            self._stacked(right, competitors, named, self.competitor_label,
                          self.tr("By competitor who won")),
        ]
        note = self.tr("Losses per year, from the loss records of the dossiers. "
                       "{possible} can be won back; {planned} of them have a win-back plan "
                       "with open actions.").format(
            possible=self.numbers.number(data.win_back_possible),
            planned=self.numbers.number(data.win_back_planned))
        return Drawn(targets, note)

    def _fold(self, buckets: tuple[LossBucket, ...], named: list[str]) -> list[LossBucket]:
        """The competitors beyond the named ones as one bucket per year."""
        folded: dict[tuple[int, str], list[LossBucket]] = {}
        for bucket in buckets:
            key = bucket.key if bucket.key in named else OTHERS
            folded.setdefault((bucket.year, key), []).append(bucket)
        return [LossBucket(year, key, sum(b.count for b in found),
                           tuple(dict.fromkeys(a for b in found for a in b.accounts)))
                for (year, key), found in sorted(folded.items())]

    def _stacked(self, axes, buckets, keys: list[str], label, title: str) -> StackedBars:
        style, years = self.style, list(self.data.losses.years)
        positions = np.arange(len(years))
        bottoms = np.zeros(len(years))
        rects, selections = [], []
        colours = [*style.series, style.muted]
        for index, key in enumerate(keys):
            counts = np.zeros(len(years))
            found = {b.year: b for b in buckets if b.key == key}
            for year, bucket in found.items():
                counts[years.index(year)] = bucket.count
            if not counts.any():
                continue
            colour = style.muted if key in ("", OTHERS, LossCause.OTHER.value) \
                else colours[index % len(style.series)]
            bars = axes.bar(positions, counts, 0.6, bottom=bottoms, color=colour,
                            label=wrap(label(key), 28), edgecolor=style.background,
                            linewidth=0.8)
            for rect, year in zip(bars, years):
                if year in found:
                    rects.append(rect)
                    selections.append(Selection(
                        f"{year}: {label(key)} — {self.count(len(found[year].accounts))}",
                        found[year].accounts))
            bottoms += counts
        for position, total in zip(positions, bottoms):
            axes.annotate(self.numbers.number(total), (position, total), xytext=(0, 3),
                          textcoords="offset points", ha="center", va="bottom",
                          color=style.muted)
        axes.set_xticks(positions, [str(year) for year in years])
        axes.set_title(title)
        self.count_axis(axes.yaxis)
        axes.set_ylabel(self.tr("Losses"))
        value_grid(axes, horizontal=False)
        headroom(axes, horizontal=False)
        handles, labels = axes.get_legend_handles_labels()  # in the order of the stack
        axes.legend(handles[::-1], labels[::-1], loc="upper left",
                    fontsize=style.font_size - 1, frameon=False)
        return StackedBars(axes, rects, selections)

    def cause_label(self, key: str) -> str:
        return name_of(LossCause(key))

    def competitor_label(self, key: str) -> str:
        if key == OTHERS:
            return self.tr("Other competitors")
        return key or self.tr("Not known")
