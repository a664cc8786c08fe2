"""The KAMs' workload against the norm, and the accounts that weigh most."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure
from PySide6.QtCore import QLocale

from kam_desktop.ui.charts.base import ChartFamily, value_grid, wrap
from kam_desktop.ui.charts.targets import Bars, Drawn, Id, Selection


class WorkloadChart(ChartFamily):
    def workload(self, figure: Figure, norm: float, among: frozenset[Id] | None) -> Drawn:
        """The loads over the accounts ``among`` (the user's; None: everyone's)."""
        data, style, numbers = self.data, self.style, self.numbers
        left, right = figure.subplots(1, 2, width_ratios=(1, 1))
        loads = list(data.loads_against(norm, among))
        if not loads:
            self.empty(left)
            right.set_axis_off()
            return Drawn([])
        rows = np.arange(len(loads))
        rects = left.barh(rows, [o.load for o in loads], 0.6,
                          color=[style.bad if o.over_norm else style.series[0] for o in loads])
        left.set_yticks(rows, [o.owner or self.tr("No owner") for o in loads])
        left.invert_yaxis()
        left.axvline(norm, color=style.text, linewidth=1.2, linestyle=(0, (5, 3)))
        left.annotate(self.tr("norm {norm}").format(norm=numbers.short(norm)), (norm, 1),
                      xycoords=("data", "axes fraction"), xytext=(4, -2),
                      textcoords="offset points", va="top", color=style.text)
        left.set_xlim(0, max(max(o.load for o in loads), norm) * 1.3)
        self.number_axis(left.xaxis)
        left.set_xlabel(self.tr("Load, in typical accounts"))
        left.set_title(self.tr("Load per KAM"))
        value_grid(left, horizontal=True)
        self.label_bars(left, rects, [f"{numbers.short(o.load)} "
                                      f"({numbers.percent(o.share_of_norm)})" for o in loads],
                        horizontal=True)
        scores = {a.account: a.score for a in data.workload}
        load_title = self.tr("Load")

        def load_of(account: Id) -> tuple[str, float]:
            score = scores.get(account)
            if score is None:
                return "", -1.0
            text = QLocale().toString(score.load, "f", 2)
            if not score.complete:
                text += " " + self.tr("({assessed} of 9)").format(assessed=score.assessed)
            return text, score.load

        owners = [Selection(self.tr("{owner}: load {load}, norm {norm} — {count}").format(
            owner=o.owner or self.tr("No owner"), load=numbers.short(o.load),
            norm=numbers.short(norm), count=self.count(len(o.accounts))),
            o.accounts, None, load_title, load_of) for o in loads]

        heaviest = list(data.heaviest_among(among))
        positions = np.arange(len(heaviest))
        heavy = right.barh(positions, [a.score.load for a in heaviest], 0.6,
                           color=style.series[2])
        right.set_yticks(positions, [wrap(data.accounts[a.account].name, 20)
                                     for a in heaviest], fontsize=style.font_size - 0.5)
        right.invert_yaxis()
        right.axvline(1, color=style.muted, linewidth=0.8, linestyle=(0, (4, 3)))
        right.set_xlim(0, max(1.6, max(a.score.load for a in heaviest) * 1.4))
        self.number_axis(right.xaxis)
        right.set_xlabel(self.tr("Load of the account (1 = typical)"))
        right.set_title(self.tr("Accounts that weigh most"))
        value_grid(right, horizontal=True)
        self.label_bars(right, heavy, [
            f"{numbers.short(a.score.load)} · {(data.accounts[a.account].owner or '—').split()[-1]}"
            for a in heaviest], horizontal=True)
        accounts = [Selection(data.accounts[a.account].name, (a.account,), a.account,
                              load_title, load_of) for a in heaviest]
        incomplete = sum(o.incomplete for o in loads)
        note = self.tr("An account's load comes from the nine workload factors in its dossier "
                       "(1 = a typical account); a KAM's load is the sum over their accounts, "
                       "lost ones left out, against the norm set in Preferences.")
        if incomplete:
            note += " " + self.tr("Not fully assessed: {count}.").format(
                count=self.count(incomplete))
        return Drawn([Bars(left, list(rects), owners, horizontal=True),
                      Bars(right, list(heavy), accounts, horizontal=True)], note)
