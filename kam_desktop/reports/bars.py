"""The reports' bar charts, drawn directly as ReportLab drawings.

A bar chart is a few rectangles, lines and words: laid out here it costs a few
milliseconds, where a matplotlib figure laid out, written as SVG and read back by
svglib cost about a hundred each (three of them were half the value dossier's build).
It keeps matplotlib's look and figures: the value axis is numbered by matplotlib's own
MaxNLocator over the same range matplotlib would show (the bars' span and 5 % beyond),
and the words are text in the report's DejaVu font. A drawing is one inch to 72 units.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import HexColor

from kam_desktop.reports.charts import GRID_COLOUR, TEXT_COLOUR, chart_name
from kam_desktop.reports.fonts import REGULAR, register_fonts, text_width

TEXT, GRID = HexColor(TEXT_COLOUR), HexColor(GRID_COLOUR)
#: matplotlib's measures at the charts' 7-point text: the layout's pad (0.4 em), the
#: gap between an axis and its numbers and between those and the axis' title, the
#: height of a line of text, and the legend's pieces
SIZE = 7.0
PAD = 0.4 * SIZE
TICK_PAD = 3.5
LABEL_PAD = 4.0
LINE = SIZE
#: from a text's top to its baseline, and half the height of a capital
ASCENT = 0.76 * SIZE
HALF_CAP = 0.36 * SIZE
LEGEND_HEIGHT = 13.3
HANDLE_WIDTH, HANDLE_HEIGHT = 2.0 * SIZE, 0.7 * SIZE
def _words(x: float, y: float, text: str, anchor: str = "start") -> String:
    return String(x, y, text, fontName=REGULAR, fontSize=SIZE, fillColor=TEXT,
                  textAnchor=anchor)


def value_ticks(values: Sequence[float], integer: bool) -> tuple[float, float, list[float]]:
    """The value axis' range and numbers as matplotlib shows them for bars from zero:
    the data's span, 5 % more at the end away from zero, numbered by MaxNLocator."""
    from matplotlib.ticker import MaxNLocator

    low, high = min([0.0, *values]), max([0.0, *values])
    if low == high:  # matplotlib widens an empty range the same way
        low, high = (low - 1, high + 1) if low else (-0.055, 0.055)
    else:
        span = high - low
        low, high = low - 0.05 * span if low < 0 else low, high + 0.05 * span if high > 0 else high
    ticks = MaxNLocator(nbins=5, min_n_ticks=3, integer=integer).tick_values(low, high)
    close = 1e-10 * (high - low)
    return low, high, [float(t) for t in ticks if low - close <= t <= high + close]


def bar_chart(labels: Sequence[str], series: Sequence[tuple[str, Sequence[float], str]], *,
              axis_format: Callable[[float], str], axis_label: str, horizontal: bool,
              width_in: float = 6.8, height_in: float | None = None,
              integer: bool = False) -> Drawing:
    """Grouped bars: ``series`` is (legend label, values, colour) per group member.
    ``integer`` puts ticks on whole numbers only (for counts).

    Horizontal bars suit long category names (kinds of work, departments); vertical
    ones suit years. ``axis_format`` writes the value axis in the report's language.
    """
    register_fonts()  # measured below
    rows = len(labels)
    if height_in is None:
        height_in = max(1.5, (0.2 + 0.1 * len(series)) * rows + 0.7) if horizontal else 2.6
    width, height = width_in * 72, height_in * 72
    low, high, ticks = value_ticks([v for _, values, _ in series for v in values], integer)
    numbers = [axis_format(tick) for tick in ticks]
    names = [chart_name(text) for text in labels]
    widest = max((text_width(text, REGULAR, SIZE) for text in (names if horizontal else numbers)),
                 default=0.0)
    # the plot's box, leaving room for the words around it (as tight_layout does)
    left = PAD + widest + TICK_PAD + (0 if horizontal else LINE + LABEL_PAD)
    bottom = PAD + LINE + TICK_PAD + (LINE + LABEL_PAD if horizontal else 0)
    top = height - PAD - (LEGEND_HEIGHT + 0.2 * SIZE if len(series) > 1 else LINE / 2)
    right = width - PAD
    band = 0.8 / len(series)
    # the category axis spans the bars and 5 % beyond, as matplotlib's margins do
    first, last = -0.4 + 0.05 * band, rows - 1 + 0.4 - 0.05 * band
    margin = 0.05 * (last - first)
    first, last = first - margin, last + margin

    def value_at(value: float) -> float:
        return (left + (value - low) / (high - low) * (right - left) if horizontal
                else bottom + (value - low) / (high - low) * (top - bottom))

    def place_at(position: float) -> float:  # the first category on top or at the left
        return (top - (position - first) / (last - first) * (top - bottom) if horizontal
                else left + (position - first) / (last - first) * (right - left))

    drawing = Drawing(width, height, initialFontName=REGULAR)
    drawing.add(Rect(0, 0, width, height, fillColor=HexColor("#ffffff"), strokeColor=None))
    for tick, number in zip(ticks, numbers):  # the grid under the bars, and its numbers
        at = value_at(tick)
        if horizontal:
            drawing.add(Line(at, bottom, at, top, strokeColor=GRID, strokeWidth=0.5))
            drawing.add(_words(at, bottom - TICK_PAD - ASCENT, number, "middle"))
        else:
            drawing.add(Line(left, at, right, at, strokeColor=GRID, strokeWidth=0.5))
            drawing.add(_words(left - TICK_PAD, at - HALF_CAP, number, "end"))
    thickness = abs(place_at(band * 0.9) - place_at(0))
    for index, (_, values, colour) in enumerate(series):
        for position, value in enumerate(values):
            middle = place_at(position - 0.4 + band * (index + 0.5))
            start, end = sorted((value_at(0.0), value_at(value)))
            box = (Rect(start, middle - thickness / 2, end - start, thickness) if horizontal
                   else Rect(middle - thickness / 2, start, thickness, end - start))
            box.fillColor, box.strokeColor = HexColor(colour), None
            drawing.add(box)
    for position, name in enumerate(names):
        at = place_at(position)
        drawing.add(_words(left - TICK_PAD, at - HALF_CAP, name, "end") if horizontal
                    else _words(at, bottom - TICK_PAD - ASCENT, name, "middle"))
    for x1, y1, x2, y2 in ((left, bottom, right, bottom), (left, bottom, left, top)):
        drawing.add(Line(x1, y1, x2, y2, strokeColor=GRID, strokeWidth=0.8))
    if horizontal:
        drawing.add(_words((left + right) / 2, PAD + LINE - ASCENT, axis_label, "middle"))
    else:
        title = Group(_words(0, 0, axis_label, "middle"))
        title.transform = (0, 1, -1, 0, PAD + LINE - (LINE - ASCENT), (bottom + top) / 2)
        drawing.add(title)
    if len(series) > 1:  # the legend above the plot, where it can never cover a bar
        x, middle = left + 0.2 * SIZE + PAD, top + 0.2 * SIZE + LEGEND_HEIGHT / 2
        for name, _, colour in series:
            drawing.add(Rect(x, middle - HANDLE_HEIGHT / 2 + 0.5, HANDLE_WIDTH, HANDLE_HEIGHT,
                             fillColor=HexColor(colour), strokeColor=None))
            x += HANDLE_WIDTH + 0.8 * SIZE
            drawing.add(_words(x, middle - HALF_CAP, name))
            x += text_width(name, REGULAR, SIZE) + 2.0 * SIZE
    return drawing
