"""Charts for the reports, drawn by matplotlib into PNG bytes in memory.

matplotlib is imported inside the functions: it is slow to import, and only a report
that draws a chart needs it. The Agg canvas is used directly (no pyplot, no global
state, no GUI backend), at 200 dpi so the charts stay sharp when printed.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from kam_desktop.reports.fonts import REGULAR, font_file

DPI = 200
BENEFIT_COLOUR = "#1f5f8b"
COST_COLOUR = "#9bb7cc"
TEXT_COLOUR = "#333333"
GRID_COLOUR = "#d9d9d9"


def _figure(width_in: float, height_in: float):
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    font_manager.fontManager.addfont(str(font_file(REGULAR)))
    figure = Figure(figsize=(width_in, height_in), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def _style(axes, font: dict) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(GRID_COLOUR)
    axes.tick_params(colors=TEXT_COLOUR, labelsize=font["size"], length=0)
    for label in axes.get_xticklabels() + axes.get_yticklabels():
        label.set_fontfamily(font["family"])


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


def bar_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float], str]], *,
              axis_format: Callable[[float], str], axis_label: str, horizontal: bool,
              width_in: float = 6.8, height_in: float | None = None) -> bytes:
    """Grouped bars: ``series`` is (legend label, values, colour) per group member.

    Horizontal bars suit long category names (kinds of work, departments); vertical
    ones suit years. ``axis_format`` writes the value axis in the report's language.
    """
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    rows = len(labels)
    if height_in is None:
        height_in = max(1.5, (0.2 + 0.1 * len(series)) * rows + 0.7) if horizontal else 2.6
    figure = _figure(width_in, height_in)
    axes = figure.add_subplot()
    font = {"family": "DejaVu Sans", "size": 7}
    band = 0.8 / len(series)
    positions = list(range(rows))
    for index, (name, values, colour) in enumerate(series):
        offset = [p - 0.4 + band * (index + 0.5) for p in positions]
        if horizontal:
            axes.barh(offset, values, height=band * 0.9, color=colour, label=name)
        else:
            axes.bar(offset, values, width=band * 0.9, color=colour, label=name)
    value_axis = axes.xaxis if horizontal else axes.yaxis
    value_axis.set_major_formatter(FuncFormatter(lambda value, _: axis_format(value)))
    value_axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3))
    if horizontal:
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()  # the first label on top, as in the table below
        axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
    else:
        axes.set_xticks(positions, labels)
        axes.grid(axis="y", color=GRID_COLOUR, linewidth=0.5)
    (axes.set_xlabel if horizontal else axes.set_ylabel)(
        axis_label, fontfamily=font["family"], fontsize=font["size"], color=TEXT_COLOUR)
    axes.set_axisbelow(True)
    _style(axes, font)
    if len(series) > 1:
        # above the plot, where it can never cover a bar
        axes.legend(frameon=False, prop={"family": font["family"], "size": font["size"]},
                    loc="lower left", bbox_to_anchor=(0, 1.0), ncol=len(series),
                    borderaxespad=0.2)
    figure.tight_layout(pad=0.4)
    return _png(figure)
