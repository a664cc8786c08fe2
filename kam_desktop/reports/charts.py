"""Charts for the reports, drawn by matplotlib as vector drawings in memory (the bar
charts, simpler, are drawn by reports/bars.py directly).

matplotlib is imported inside the functions: it is slow to import, and only a report
that draws a chart needs it. The Agg canvas is used directly (no pyplot, so no figure
is kept anywhere once drawn; no GUI backend) to lay the figure out and measure its
texts; the chart itself leaves matplotlib as SVG with its texts kept as text, and
svglib turns that into a ReportLab drawing. In the PDF the chart is lines and letters
of the report's own DejaVu font: sharp at any zoom or printer, and its words can be
searched, copied and read aloud. A figure is one inch to 72 units, so its display
units are the PDF's points.
"""
from __future__ import annotations

import importlib
import io
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kam_desktop.reports.fonts import REGULAR, font_file, register_fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

#: display units per inch: 72 makes a figure's display units the PDF's points
DPI = 72
#: a chart of more shapes than this draws them as one picture of RASTER_DPI (its axes
#: and words stay vectors): thousands of vector circles took seconds to convert, to
#: write and to show, for nothing the eye can tell apart
MOST_VECTOR_SHAPES = 500
RASTER_DPI = 200
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


def chart_name(text: object) -> str:
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


def _lay_out(figure) -> None:
    """Fit the axes and their texts into the figure, once: ``tight_layout`` leaves a
    placeholder layout engine behind that would lay the figure out again at every
    later draw."""
    figure.set_facecolor("white")
    figure.tight_layout(pad=0.4)
    figure.set_layout_engine(None)


def _drawing(figure, *, laid_out: bool = False) -> Drawing:
    """The figure as a ReportLab drawing, measured in points.

    The SVG keeps each text as text in the family "DejaVu Sans", which
    reports.fonts maps to the fonts the PDF embeds anyway; its ids are salted with a
    constant, so the same chart gives the same drawing."""
    import matplotlib
    from svglib.svglib import svg2rlg

    if not laid_out:
        _lay_out(figure)
    register_fonts()
    svg = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kam-desktop"}):
        figure.savefig(svg, format="svg", facecolor="white", dpi=RASTER_DPI)
    svg.seek(0)
    drawing = svg2rlg(svg)
    drawing.initialFontName = REGULAR  # ReportLab's own default would name Helvetica
    return drawing


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
                 height_in: float = 2.9) -> Drawing:
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
    return _drawing(figure)


def bubble_chart(points: Sequence[tuple[float, float, float, int]],
                 legend: Sequence[str], *, x_label: str, y_label: str,
                 x_format: Callable[[float], str], y_format: Callable[[float], str],
                 width_in: float = 6.8, height_in: float = 3.6) -> Drawing:
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
                 alpha=0.6, edgecolors="white", linewidths=0.6,
                 rasterized=len(points) > MOST_VECTOR_SHAPES)
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
    return _drawing(figure)


@dataclass(frozen=True)
class RoleMapChart:
    """The role map's drawing; ``numbered``: the map was too crowded for names, its
    dots carry the numbers 1, 2, … of the people in the order given, and the report
    must print the names with those numbers (the table beneath the map does)."""

    drawing: Drawing
    numbered: bool


#: the dots of the role map: their area in square points (attendees larger)
DOT_AREA, ATTENDEE_DOT_AREA = 28, 70
#: the room kept around each name, in points
LABEL_PAD = 1.0
#: how far past the plot's edges a name may reach, in points (a dot near the edge
#: keeps its name level with it)
NAMES_PAST_PLOT = 8.0


def role_map(people: Sequence[tuple[str, float, float, bool]],
             quadrants: tuple[str, str, str, str], *, x_label: str, y_label: str,
             highlight_label: str, threshold: float = 5.0, width_in: float = 6.4,
             height_in: float = 5.0) -> RoleMapChart:
    """The 2×2 role map: (name, involvement, interest, attendee) per contact on 0–10
    axes, the threshold lines, the quadrants named (leader, specifier, assistant,
    butler) and the attendees drawn larger in the highlight colour.

    The names never cover each other, the quadrants' names, the dots or the axes'
    titles (domain.maplabels places them inside the plot, with a leader line when a
    name stands away from its dot); a crowded map numbers its dots instead."""
    from matplotlib.lines import Line2D

    figure = _figure(width_in, height_in)
    axes = figure.add_subplot()
    axes.set_xlim(0, 10)
    axes.set_ylim(0, 10)
    axes.add_patch(_rectangle(threshold, threshold, 10 - threshold, "#eef4f8"))  # leaders
    axes.axvline(threshold, color=ACCENT_LINE, linewidth=0.9)
    axes.axhline(threshold, color=ACCENT_LINE, linewidth=0.9)
    leader, specifier, assistant, butler = quadrants
    titles = [axes.text(x, y, text.upper(), ha=ha, va="top" if y > 5 else "bottom",
                        fontfamily=FONT["family"], fontsize=8, color="#8aa5b8",
                        fontweight="bold", parse_math=False)
              for text, x, y, ha in ((leader, 9.8, 9.75, "right"), (specifier, 0.2, 9.75, "left"),
                                     (assistant, 9.8, 0.25, "right"), (butler, 0.2, 0.25, "left"))]
    for attendee in (False, True):  # the attendees on top
        group = [(x, y) for _, x, y, present in people if present is attendee]
        if group:
            axes.scatter([x for x, _ in group], [y for _, y in group], zorder=3,
                         s=ATTENDEE_DOT_AREA if attendee else DOT_AREA,
                         color=ATTENDEE_COLOUR if attendee else BENEFIT_COLOUR,
                         edgecolors="white", linewidths=0.8)
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
    _lay_out(figure)
    # the names may reach a little past the plot's edges, never over the words around it
    around = [*titles, *axes.get_xticklabels(), *axes.get_yticklabels(), axes.xaxis.label,
              axes.yaxis.label, *([axes.get_legend()] if axes.get_legend() else [])]
    numbered = _place_names(axes, people, around)
    return RoleMapChart(_drawing(figure, laid_out=True), numbered)


def _place_names(axes, people: Sequence[tuple[str, float, float, bool]], obstacles) -> bool:
    """Write each person's name (or number, on a crowded map) where domain.maplabels
    puts it, in the figure's display units (points), clear of the ``obstacles``
    (artists: the titles, the scales' numbers, the legend); True when numbered."""
    from kam_desktop.domain.maplabels import Rect, layout_labels

    renderer = axes.figure.canvas.get_renderer()
    to_display, to_data = axes.transData, axes.transData.inverted()

    def text(words: str, attendee: bool):
        return axes.text(0, 0, words, ha="left", va="bottom", zorder=4, parse_math=False,
                         fontfamily=FONT["family"], fontsize=6.5, in_layout=False,
                         color=ATTENDEE_COLOUR if attendee else TEXT_COLOUR,
                         fontweight="bold" if attendee else "normal")

    def size(artist) -> tuple[float, float]:
        box = artist.get_window_extent(renderer)
        return float(box.width) + 2 * LABEL_PAD, float(box.height) + 2 * LABEL_PAD

    def rect(box) -> Rect:
        return Rect(float(box.x0), float(box.y0), float(box.x1), float(box.y1))

    names = [text(chart_name(name), attendee) for name, _, _, attendee in people]
    numbers = [text(str(n), attendee) for n, (*_, attendee) in enumerate(people, start=1)]
    points = [tuple(map(float, to_display.transform((x, y)))) for _, x, y, _ in people]
    layout = layout_labels(
        points, [size(a) for a in names], [size(a) for a in numbers],
        rect(axes.get_window_extent(renderer)).grown(NAMES_PAST_PLOT),
        obstacles=[rect(t.get_window_extent(renderer)).grown(0.5) for t in obstacles],
        marker=math.sqrt(ATTENDEE_DOT_AREA) / 2, gap=0.5)
    shown, hidden = (numbers, names) if layout.numbered else (names, numbers)
    for artist in hidden:
        artist.remove()
    for artist, label in zip(shown, layout.labels):
        artist.set_position(to_data.transform((label.rect.left + LABEL_PAD,
                                               label.rect.top + LABEL_PAD)))
        if label.leader:
            end = label.rect.nearest(*label.anchor)
            (x0, y0), (x1, y1) = to_data.transform([label.anchor, end])
            axes.plot([x0, x1], [y0, y1], color=ACCENT_LINE, linewidth=0.5, zorder=2)
    return layout.numbered


def _rectangle(x: float, y: float, side: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x, y), side, side, facecolor=colour, edgecolor="none", zorder=0)
