"""Charts for the reports, drawn by matplotlib into 200-dpi pictures in memory.

matplotlib is imported inside the functions: it is slow to import, and only a report
that draws a chart needs it. The Agg canvas is used directly (no pyplot, so no figure
is kept anywhere once drawn; no GUI backend), at 200 dpi so the charts stay sharp when
printed. A chart is returned as its pixels (a PIL image), not as PNG: the PDF stores
pixels anyway, and encoding a PNG only for ReportLab to decode it again cost more
than drawing the chart.
"""
from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kam_desktop.reports.fonts import REGULAR, font_file

if TYPE_CHECKING:
    from PIL.Image import Image

DPI = 200
BENEFIT_COLOUR = "#1f5f8b"
COST_COLOUR = "#9bb7cc"
TEXT_COLOUR = "#333333"
GRID_COLOUR = "#d9d9d9"
#: the longest name a chart writes beside a bar or a dot; the table printed with the
#: chart gives the whole name
LABEL_MAX = 40


_IMPORTING = threading.Lock()


def import_matplotlib(*backends: str) -> None:
    """Import the parts of matplotlib the app draws with (and ``backends``), under one
    lock. The window's dashboard (on the GUI thread) and a report drawn in the background
    may both be first to need matplotlib; without the lock the second thread can meet
    the half-imported package ("partially initialized module")."""
    with _IMPORTING:
        for name in ("matplotlib", "matplotlib.figure", "matplotlib.ticker", "matplotlib.lines",
                     "matplotlib.patches", "matplotlib.font_manager", *backends):
            importlib.import_module(name)


def _label(text: object) -> str:
    """A name as a chart writes it: at most LABEL_MAX characters, the cut marked."""
    text = str(text)
    return text if len(text) <= LABEL_MAX else text[:LABEL_MAX - 1].rstrip() + "…"


def _figure(width_in: float, height_in: float):
    import_matplotlib("matplotlib.backends.backend_agg")
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


def _pixels(figure) -> Image:
    """Lay the figure out, draw it once and return its pixels (white, so no alpha).

    ``tight_layout`` leaves a placeholder layout engine behind that would make every
    later draw lay the figure out again; removing it keeps this to one draw."""
    import PIL.Image

    figure.set_facecolor("white")
    figure.tight_layout(pad=0.4)
    figure.set_layout_engine(None)
    figure.canvas.draw()
    pixels = figure.canvas.buffer_rgba()
    height, width = pixels.shape[:2]
    return PIL.Image.frombuffer("RGBA", (width, height), pixels, "raw", "RGBA", 0, 1
                                ).convert("RGB")


def bar_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float], str]], *,
              axis_format: Callable[[float], str], axis_label: str, horizontal: bool,
              width_in: float = 6.8, height_in: float | None = None,
              integer: bool = False) -> Image:
    """Grouped bars: ``series`` is (legend label, values, colour) per group member.
    ``integer`` puts ticks on whole numbers only (for counts).

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
    value_axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3, integer=integer))
    # user text (department names) is printed as it is: never read as "$…$" math
    names = [_label(label) for label in labels]
    if horizontal:
        axes.set_yticks(positions, names, parse_math=False)
        axes.invert_yaxis()  # the first label on top, as in the table below
        axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.5)
    else:
        axes.set_xticks(positions, names, parse_math=False)
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
    return _pixels(figure)


#: one colour per account category in the portfolio charts (key first)
CATEGORY_COLOURS = ("#1f5f8b", "#4f9d69", "#e0a030", "#9a9a9a")
ATTENDEE_COLOUR = "#c0392b"
ACCENT_LINE = "#7d9fb8"
FONT = {"family": "DejaVu Sans", "size": 7}


def _labels(axes, x_label: str, y_label: str) -> None:
    for setter, text in ((axes.set_xlabel, x_label), (axes.set_ylabel, y_label)):
        setter(text, fontfamily=FONT["family"], fontsize=FONT["size"], color=TEXT_COLOUR)


def pareto_chart(revenues: Sequence[float], *, x_label: str, y_label: str,
                 percent: Callable[[float], str], width_in: float = 6.8,
                 height_in: float = 2.9) -> Image:
    """The cumulative share of revenue over the accounts sorted by revenue (largest
    first), with the 80 % and 95 % lines of the A and B classes."""
    from matplotlib.ticker import FuncFormatter

    ordered = sorted((r for r in revenues if r > 0), reverse=True)
    total = sum(ordered)
    xs, ys, running = [0.0], [0.0], 0.0
    for number, revenue in enumerate(ordered, start=1):
        running += revenue
        xs.append(number / len(ordered))
        ys.append(running / total)
    figure = _figure(width_in, height_in)
    axes = figure.add_subplot()
    axes.fill_between(xs, ys, color=COST_COLOUR, alpha=0.35, linewidth=0)
    axes.plot(xs, ys, color=BENEFIT_COLOUR, linewidth=1.4)
    for share, name in ((0.8, "A"), (0.95, "B")):
        axes.axhline(share, color=ATTENDEE_COLOUR, linewidth=0.7, linestyle="--")
        axes.text(1.0, share, f" {percent(share)}", va="center", ha="left",
                  fontfamily=FONT["family"], fontsize=FONT["size"], color=ATTENDEE_COLOUR)
        reached = next(x for x, y in zip(xs, ys) if y >= share - 1e-12)
        axes.axvline(reached, ymax=share / 1.02, color=GRID_COLOUR, linewidth=0.7)
        axes.text(reached, 0.03, f" {name} ", ha="right", fontfamily=FONT["family"],
                  fontsize=FONT["size"], color=TEXT_COLOUR)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.02)
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: percent(v).replace(",0", "")
                                                 .replace(".0", "")))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: percent(v).replace(",0", "")
                                                 .replace(".0", "")))
    axes.grid(color=GRID_COLOUR, linewidth=0.5)
    axes.set_axisbelow(True)
    _labels(axes, x_label, y_label)
    _style(axes, FONT)
    return _pixels(figure)


def bubble_chart(points: Sequence[tuple[float, float, float, int]],
                 legend: Sequence[str], *, x_label: str, y_label: str,
                 x_format: Callable[[float], str], y_format: Callable[[float], str],
                 width_in: float = 6.8, height_in: float = 3.6) -> Image:
    """(x, y, size, group) points as circles whose area follows ``size``; ``group``
    indexes ``legend`` and CATEGORY_COLOURS. A logarithmic x axis when x spans more
    than two orders of magnitude."""
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    figure = _figure(width_in, height_in)
    axes = figure.add_subplot()
    largest = max(p[2] for p in points) or 1.0
    # one collection, drawn in order: the biggest circles first so smaller ones stay
    # visible on top (a scatter call per point took minutes for 5,000 accounts)
    ordered = sorted(points, key=lambda p: -p[2])
    axes.scatter([p[0] for p in ordered], [p[1] for p in ordered],
                 s=[20 + 900 * p[2] / largest for p in ordered],
                 color=[CATEGORY_COLOURS[p[3]] for p in ordered],
                 alpha=0.6, edgecolors="white", linewidths=0.6)
    xs = [p[0] for p in points]
    if min(xs) > 0 and max(xs) / min(xs) > 100:
        axes.set_xscale("log")
    axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _: x_format(v)))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: y_format(v)))
    axes.set_ylim(bottom=0)
    axes.margins(x=0.08, y=0.12)
    axes.grid(color=GRID_COLOUR, linewidth=0.5)
    axes.set_axisbelow(True)
    used = sorted({p[3] for p in points})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=6, alpha=0.7,
                      color=CATEGORY_COLOURS[group], label=legend[group]) for group in used]
    axes.legend(handles=handles, frameon=False, loc="lower left", bbox_to_anchor=(0, 1.0),
                ncol=len(handles), borderaxespad=0.2,
                prop={"family": FONT["family"], "size": FONT["size"]})
    _labels(axes, x_label, y_label)
    _style(axes, FONT)
    return _pixels(figure)


def role_map(people: Sequence[tuple[str, float, float, bool]],
             quadrants: tuple[str, str, str, str], *, x_label: str, y_label: str,
             highlight_label: str, threshold: float = 5.0, width_in: float = 6.4,
             height_in: float = 5.0) -> Image:
    """The 2×2 role map: (name, involvement, interest, attendee) per contact on 0–10
    axes, the threshold lines, the quadrants named (leader, specifier, assistant,
    butler) and the attendees drawn larger in the highlight colour."""
    from matplotlib.lines import Line2D

    from kam_desktop.domain.rolemap import spread

    figure = _figure(width_in, height_in)
    axes = figure.add_subplot()
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 10)
    axes.add_patch(_rectangle(threshold, threshold, 10 - threshold, "#eef4f8"))  # leaders
    axes.axvline(threshold, color=ACCENT_LINE, linewidth=0.9)
    axes.axhline(threshold, color=ACCENT_LINE, linewidth=0.9)
    leader, specifier, assistant, butler = quadrants
    for text, x, y, ha in ((leader, 9.8, 9.75, "right"), (specifier, 0.2, 9.75, "left"),
                           (assistant, 9.8, 0.25, "right"), (butler, 0.2, 0.25, "left")):
        axes.text(x, y, text.upper(), ha=ha, va="top" if y > 5 else "bottom",
                  fontfamily=FONT["family"], fontsize=8, color="#8aa5b8", fontweight="bold")
    # labels pushed apart so names never overlap; the dots stay where the scores put them
    placed = spread([(x, y) for _, x, y, _ in people], 0.75)
    for (name, x, y, attendee), (lx, ly) in zip(people, placed):
        axes.scatter([x], [y], s=70 if attendee else 28, zorder=3,
                     color=ATTENDEE_COLOUR if attendee else BENEFIT_COLOUR,
                     edgecolors="white", linewidths=0.8)
        # names of people on the right half read leftwards, so none runs off the map
        side = -1 if lx > 6.5 else 1
        if (lx, ly) != (x, y):
            axes.plot([x, lx + 0.15 * side], [y, ly], color=GRID_COLOUR, linewidth=0.5,
                      zorder=2)
        axes.text(lx + 0.18 * side, ly, _label(name), va="center", zorder=4,
                  ha="right" if side < 0 else "left", parse_math=False,
                  fontfamily=FONT["family"], fontsize=6.5,
                  color=ATTENDEE_COLOUR if attendee else TEXT_COLOUR,
                  fontweight="bold" if attendee else "normal", clip_on=True)
    axes.set_xticks(range(0, 11, 1))
    axes.set_yticks(range(0, 11, 1))
    if any(attendee for *_, attendee in people):
        handle = Line2D([], [], marker="o", linestyle="", markersize=6,
                        color=ATTENDEE_COLOUR, label=highlight_label)
        axes.legend(handles=[handle], frameon=False, loc="lower right",
                    bbox_to_anchor=(1, 1.0), borderaxespad=0.2,
                    prop={"family": FONT["family"], "size": FONT["size"]})
    _labels(axes, x_label, y_label)
    _style(axes, FONT)
    return _pixels(figure)


def _rectangle(x: float, y: float, side: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), side, side, facecolor=colour, edgecolor="none", zorder=0)
