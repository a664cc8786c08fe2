"""The supplier ladder: where clients put us now and on a chosen date, and how many
climbed or slipped since."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from PySide6.QtCore import QLocale

from kam_desktop.domain.analytics import (
    CLIMBED,
    NEWLY_ASSESSED,
    SLIPPED,
    UNCHANGED,
    Bar,
    LadderMovement,
)
from kam_desktop.domain.enums import LadderLevel
from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid, wrap
from kam_desktop.ui.charts.targets import Bars, Drawn, Id, Selection, Target
from kam_desktop.ui.labels import date_format, name_of, rung, term


class LadderChart(ChartFamily):
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
        left.set_xticks(positions, [wrap(rung(int(level)), 13, 3)
                                    for level in LadderLevel])
        self.count_axis(left.yaxis)
        left.set_ylabel(self.tr("Accounts"))
        left.set_title(self.tr("Where clients put us"))
        value_grid(left, horizontal=False)
        left.legend(loc="upper left")
        self.label_bars(left, list(then) + list(now),
                        [self.numbers.number(b.value) for b in movement.then + movement.now], horizontal=False)
        headroom(left, horizontal=False, share=0.2)

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
        value_grid(right, horizontal=True)
        self.label_bars(right, rects, [self.numbers.number(b.value) for b in moves], horizontal=True)
        headroom(right, horizontal=True)
        rung_title = term("rung")

        def level_of(account: Id) -> tuple[str, float]:
            history = data.ladder_history.get(account, ())
            if not history:
                return "—", 0.0
            level = max(enumerate(history), key=lambda pair: (pair[1][0], pair[0]))[1][1]
            return self.numbers.number(level), float(level)

        def rung_selection(bar: Bar, when: str) -> Selection:
            return self.selection(bar, f"{name_of(LadderLevel(int(bar.key)))}, {when}",
                                  figure_title=rung_title, figure=level_of)

        on_date = self.tr("on {date}").format(date=since)
        targets: list[Target] = [
            Bars(left, list(then) + list(now),
                 [rung_selection(b, on_date) for b in movement.then]
                 + [rung_selection(b, self.tr("now")) for b in movement.now], horizontal=False),
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
