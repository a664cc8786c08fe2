"""The relationship with the clients: the lifecycle funnel with why clients were lost or
fell asleep, the coverage of the decision-makers' roles, and the involvement map of our
departments."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from kam_desktop.domain.analytics import LEADER_NOT_MIRRORED, NO_CONTACTS, OTHER_REASONS
from kam_desktop.domain.enums import Stage
from kam_desktop.domain.rolemap import (
    NO_LEADER,
    NO_TOP_TO_TOP,
    ONLY_ASSISTANTS_AND_BUTLERS,
    OPPONENT_IN_KEY_ROLE,
)
from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid, wrap
from kam_desktop.ui.charts.targets import Bars, Drawn, StackedBars, Target
from kam_desktop.ui.labels import name_of


class RelationshipCharts(ChartFamily):
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
        funnel.set_yticks(rows, [name_of(b.key) for b in stages])
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
            self.selection(b, name_of(b.key)) for b in stages], horizontal=True)]

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
            axes.set_yticks(positions, [wrap(self.reason_text(b.key), 44) for b in reasons],
                            fontsize=style.font_size - 1)
            axes.invert_yaxis()
            self.count_axis(axes.xaxis)
            value_grid(axes, horizontal=True)
            self.label_bars(axes, bars, [self.numbers.number(b.value) for b in reasons], horizontal=True)
            headroom(axes, horizontal=True)
            targets.append(Bars(axes, list(bars), [
                self.selection(b, wrap(self.reason_text(b.key), 70, 1)) for b in reasons],
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
            NO_TOP_TO_TOP: self.tr("No top-to-top with a leader"),
        }[code]

    def roles(self, figure: Figure) -> Drawn:
        data, style, numbers = self.data, self.style, self.numbers
        axes = figure.add_subplot()
        bars = list(data.roles)
        total = len(data.accounts) or 1
        rows = np.arange(len(bars))
        colours = {NO_CONTACTS: style.bad, NO_LEADER: style.bad,
                   ONLY_ASSISTANTS_AND_BUTLERS: style.series[2],
                   OPPONENT_IN_KEY_ROLE: style.series[5], LEADER_NOT_MIRRORED: style.series[6],
                   NO_TOP_TO_TOP: style.series[3]}
        rects = axes.barh(rows, [b.value for b in bars], 0.5,
                          color=[colours[b.key] for b in bars])
        axes.set_yticks(rows, [wrap(self.coverage_label(b.key), 28) for b in bars])
        axes.invert_yaxis()
        self.count_axis(axes.xaxis)
        axes.set_xlabel(self.tr("Accounts"))
        value_grid(axes, horizontal=True)
        self.label_bars(axes, rects, [f"{numbers.number(b.value)} ({numbers.percent(b.value / total)})"
                                      for b in bars], horizontal=True)
        headroom(axes, horizontal=True, share=0.2)
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
                        department=department, stage=name_of(stage))))
            starts += shares
        axes.set_yticks(rows, [f"{wrap(name_of(s), 22)}\n"
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
