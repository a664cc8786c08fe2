"""The lifecycle: the accounts by stage now, who entered each stage quarter by quarter
(from the dated history), why the lost clients were lost (the cause of their loss
record) and why the sleeping ones fell asleep."""
from __future__ import annotations

from datetime import date

import numpy as np
from matplotlib.figure import Figure

from kam_desktop.domain.analytics import OTHER_REASONS
from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.lifecycle_movement import QuarterMovement, lifecycle_movement
from kam_desktop.ui.charts.base import ChartFamily, headroom, value_grid, wrap
from kam_desktop.ui.charts.targets import Bars, Drawn, StackedBars, Target
from kam_desktop.ui.labels import name_of

#: the moves of the latest quarter named in the note
MOVES_NAMED = 4
#: how a quarter is numbered on a Russian axis
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class LifecycleCharts(ChartFamily):
    def reason_text(self, key) -> str:
        if key is None:
            return self.tr("No reason recorded")
        if key == OTHER_REASONS:
            return self.tr("Other reasons")
        return key

    def cause_text(self, key) -> str:
        return self.tr("No loss record") if key is None else name_of(key)

    def stage_colours(self) -> dict[Lifecycle, str]:
        style = self.style
        return {Lifecycle.PROSPECT: style.series[1], Lifecycle.DEVELOPING: style.series[3],
                Lifecycle.KEY: style.series[0], Lifecycle.MAINTAINED: style.series[4],
                Lifecycle.SLEEPING: style.series[2], Lifecycle.LOST: style.bad}

    def lifecycle(self, figure: Figure, since: date) -> Drawn:
        grid = figure.add_gridspec(2, 2, width_ratios=(0.8, 1.4))
        movement = lifecycle_movement(self.data.funnel.changes, since, self.data.today)
        targets = [self._funnel(figure.add_subplot(grid[0, 0])),
                   self._movement(figure.add_subplot(grid[0, 1]), movement)]
        for column, bars, title, text, colour in (
                (0, self.data.funnel.lost_causes, self.tr("Why clients were lost"),
                 self.cause_text, self.style.bad),
                (1, self.data.funnel.sleeping_reasons, self.tr("Why clients fell asleep"),
                 self.reason_text, self.style.series[2])):
            target = self._reasons(figure.add_subplot(grid[1, column]), bars, title, text,
                                   colour)
            if target is not None:
                targets.append(target)
        note = self.tr("Who entered each stage per quarter (in the funnel's colours), from "
                       "the dated changes of the stages. A lost client's cause is that of its loss record; a sleeping "
                       "client's reason is the one on the account, else its latest cooling "
                       "reason.")
        return Drawn(targets, " ".join([note, *self._latest_moves(movement)]))

    def _funnel(self, funnel) -> Target:
        style, stages = self.style, list(self.data.funnel.stages)
        largest = max([b.value for b in stages] + [1])
        # centred bars, the four stages first, then sleeping and lost apart
        rows = np.array([0, 1, 2, 3, 4.4, 5.4])
        values = np.array([b.value for b in stages], dtype=float)
        colours = self.stage_colours()
        rects = funnel.barh(rows, values, 0.78, left=-values / 2,
                            color=[colours[b.key] for b in stages])
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
        return Bars(funnel, list(rects), [self.selection(b, name_of(b.key)) for b in stages],
                    horizontal=True)

    def quarter_text(self, movement: QuarterMovement) -> str:
        return self.tr("Q{quarter} {year}").format(quarter=movement.quarter.quarter,
                                                   year=movement.quarter.year)

    def _movement(self, axes, movement: tuple[QuarterMovement, ...]) -> Target:
        axes.set_title(wrap(self.tr("Entered each stage, per quarter"), 24))
        positions = np.arange(len(movement))
        bottoms = np.zeros(len(movement))
        rects, selections = [], []
        for stage, colour in self.stage_colours().items():
            counts = np.array([next(b.value for b in q.entered if b.key is stage)
                               for q in movement], dtype=float)
            if not counts.any():
                continue
            drawn = axes.bar(positions, counts, 0.62, bottom=bottoms, color=colour,
                             edgecolor=self.style.background, linewidth=0.8)
            for rect, quarter, count in zip(drawn, movement, counts):
                if count:
                    bar = next(b for b in quarter.entered if b.key is stage)
                    rects.append(rect)
                    selections.append(self.selection(bar, self.tr(
                        "{quarter}: entered “{stage}”").format(
                        quarter=self.quarter_text(quarter), stage=name_of(stage))))
            bottoms += counts
        if not rects:
            self.empty(axes, self.tr("No account changed its stage in these quarters"))
            return StackedBars(axes, [], [])
        # the stages in the funnel's colours, so no legend takes the room of the bars
        axes.set_xticks(positions, [
            self.tr("Q{quarter}").format(quarter=q.quarter.quarter,
                                         roman=ROMAN[q.quarter.quarter])
            + ("\n" + str(q.quarter.year) if i == 0 or q.quarter.quarter == 1 else "")
            for i, q in enumerate(movement)], fontsize=self.style.font_size - 1)
        self.count_axis(axes.yaxis)
        value_grid(axes, horizontal=False)
        headroom(axes, horizontal=False)
        return StackedBars(axes, rects, selections)

    def move_text(self, key) -> str:
        before, after = key
        if before is None:
            return self.tr("new in “{stage}”").format(stage=name_of(after))
        return f"{name_of(before)} → {name_of(after)}"

    def _latest_moves(self, movement: tuple[QuarterMovement, ...]) -> list[str]:
        """The latest quarter's moves, the most frequent first."""
        latest = next((q for q in reversed(movement) if q.moves), None)
        if latest is None:
            return []
        moves = ", ".join(f"{self.move_text(b.key)}: {self.numbers.number(b.value)}"
                          for b in latest.moves[:MOVES_NAMED])
        return [self.tr("{quarter}: {moves}.").format(quarter=self.quarter_text(latest),
                                                      moves=moves)]

    def _reasons(self, axes, reasons, title: str, text, colour) -> Target | None:
        axes.set_title(wrap(title, 20))
        if not reasons:
            self.empty(axes, self.tr("None"))
            return None
        positions = np.arange(len(reasons))
        bars = axes.barh(positions, [b.value for b in reasons], 0.65, color=colour, alpha=0.85)
        axes.set_yticks(positions, [wrap(text(b.key), 22) for b in reasons],
                        fontsize=self.style.font_size - 1)
        axes.invert_yaxis()
        self.count_axis(axes.xaxis)
        value_grid(axes, horizontal=True)
        self.label_bars(axes, bars, [self.numbers.number(b.value) for b in reasons],
                        horizontal=True)
        headroom(axes, horizontal=True)
        return Bars(axes, list(bars), [self.selection(b, wrap(text(b.key), 70, 1))
                                       for b in reasons], horizontal=True)
