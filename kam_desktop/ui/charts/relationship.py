"""The relationship with the clients: the coverage of the decision-makers' roles, and the
involvement map of our departments (the lifecycle is charts.lifecycle)."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from kam_desktop.domain.analytics import LEADER_NOT_MIRRORED, NO_CONTACTS
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
