"""Draws one view of the portfolio, chosen by its key, with the family of charts that
draws it."""
from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

from kam_desktop.services.analytics import PortfolioAnalytics
from kam_desktop.ui.charts.base import ChartFamily
from kam_desktop.ui.charts.groups import GroupCharts
from kam_desktop.ui.charts.ladder import LadderChart
from kam_desktop.ui.charts.losses import LossCharts
from kam_desktop.ui.charts.purchases import PurchasesChart
from kam_desktop.ui.charts.relationship import RelationshipCharts
from kam_desktop.ui.charts.revenue import RevenueCharts
from kam_desktop.ui.charts.style import Style
from kam_desktop.ui.charts.targets import Drawn
from kam_desktop.ui.charts.value import ValueCharts
from kam_desktop.ui.charts.workload import WorkloadChart

#: view key -> the family that draws it, by a method of the same name
FAMILIES: dict[str, type[ChartFamily]] = {
    "pareto": RevenueCharts, "wallet": RevenueCharts, "growth": GroupCharts,
    "ladder": LadderChart,
    "value": ValueCharts, "value_to_revenue": ValueCharts, "lifecycle": RelationshipCharts,
    "roles": RelationshipCharts, "involvement": RelationshipCharts, "workload": WorkloadChart,
    "purchases": PurchasesChart, "losses": LossCharts,
}


class ChartPainter:
    """Draws the views of one analytics result in one style and one language."""

    def __init__(self, data: PortfolioAnalytics, style: Style) -> None:
        self.data, self.style = data, style

    def draw(self, key: str, figure: Figure, *, since: date, norm: float,
             among: frozenset | None = None, group: str | None = None) -> Drawn:
        """Draw view ``key`` on an empty ``figure``: the ladder's movement from ``since``,
        the owners' loads against ``norm`` over the accounts ``among`` (None: all), the
        wallet map of one product ``group`` (None: the accounts' whole wallets)."""
        charts = FAMILIES[key](self.data, self.style)
        if key == "ladder":
            return charts.ladder(figure, self.data.movement_since(since))
        if key == "workload":
            return charts.workload(figure, norm, among)
        if key == "wallet":
            return charts.wallet(figure, group)
        return getattr(charts, key)(figure)
