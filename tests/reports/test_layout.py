"""The shared table of every report: plain-string cells that print literally and wrap
only when too wide, a header at the top of each page and nowhere else, every row once
and in order; charts drawn as vectors with their words as text."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.graphics.shapes import String
from reportlab.platypus import Paragraph

from kam_desktop.reports import bars, charts
from kam_desktop.reports.layout import CONTENT_WIDTH, Chart, data_table, write_pdf

HOSTILE = '<b>&</para><img src="http://x">'


def _pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def test_plain_cells_wrap_only_when_too_wide():
    long = "очень длинное название клиента, которое не помещается в узкую колонку"
    [table] = data_table([["Клиент", "Сумма"], [HOSTILE, "1 000 ₽"], [long, "2 000 ₽"]],
                         [40 * mm, 30 * mm], align="LR")
    header, (short_row, long_row) = table.header, table.body
    assert header == ["Клиент", "Сумма"] and short_row[1] == "1 000 ₽"
    # a string too wide for its column becomes an escaped paragraph of the same look
    assert isinstance(short_row[0], Paragraph) and short_row[0].getPlainText() == HOSTILE
    assert isinstance(long_row[0], Paragraph) and long_row[0].getPlainText() == long


def test_long_table_header_on_every_page_and_only_there(tmp_path):
    rows = [["Номер", "Клиент", "Сумма"]]
    rows += [[f"N{n:04d}", f"Клиент {HOSTILE} № {n}", f"{n * 1000} ₽"] for n in range(1, 301)]
    story = data_table(rows, [20 * mm, CONTENT_WIDTH - 60 * mm, 40 * mm], align="LLR",
                       total=["Итого", "", "45 150 000 ₽"])
    path = tmp_path / "table.pdf"
    write_pdf(path, story, title="Отчёт", client="Клиент", footer="{page} / {pages}")
    pages = _pages(path)
    assert len(pages) > 3
    for text in pages:
        assert text.count("Номер") == 1 and text.index("Номер") < text.index("N0")
    numbers = [int(n) for n in re.findall(r"N(\d{4})", "\n".join(pages))]
    assert numbers == list(range(1, 301))
    assert "\n".join(pages).count(HOSTILE) == 300
    assert "Итого" in pages[-1]


def test_a_short_table_is_one_piece_with_its_total(tmp_path):
    story = data_table([["Вид", "Сумма"], ["Обучение", "10 ₽"]], [60 * mm, 30 * mm],
                       align="LR", total=["Итого", "10 ₽"])
    path = tmp_path / "short.pdf"
    write_pdf(path, story, title="Отчёт", client="Клиент", footer="{page} / {pages}")
    [text] = _pages(path)
    assert text.index("Вид") < text.index("Обучение") < text.index("Итого")


def test_chart_is_drawn_as_lines_and_text(tmp_path):
    """A chart goes into the PDF as a vector drawing: no picture at all, its Cyrillic
    words are text in the report's own embedded DejaVu fonts (searchable, readable
    aloud), and it keeps its size in points."""
    drawing = bars.bar_chart(["Отдел снабжения", "Цех №2"],
                             [("Выгода клиента", [1.0, 2.0], charts.BENEFIT_COLOUR),
                              ("Наши вложения", [0.5, 0.7], charts.COST_COLOUR)],
                             axis_format=str, axis_label="тыс. ₽", horizontal=True)
    assert drawing.width == pytest.approx(6.8 * 72)
    chart = Chart(drawing, CONTENT_WIDTH)
    assert chart.wrap(CONTENT_WIDTH, 1000) == pytest.approx(
        (CONTENT_WIDTH, CONTENT_WIDTH * drawing.height / drawing.width))
    path = tmp_path / "chart.pdf"
    write_pdf(path, [chart], title="Отчёт", client="Клиент", footer="{page}")
    [page] = PdfReader(path).pages
    assert len(page.images) == 0
    text = page.extract_text()
    for words in ("Отдел снабжения", "Цех №2", "Выгода клиента", "Наши вложения", "тыс. ₽"):
        assert words in text
    fonts = {font["/BaseFont"].split("+")[-1]
             for font in page["/Resources"]["/Font"].values()}
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_chart_names_are_plain_text_of_any_length():
    """A name that matplotlib would read as math ("$…$") is drawn as it is, and a long
    one is shortened (the table beside the chart gives it whole)."""
    names = ["$\\undefined{$ x", "$x^2$", "отдел " * 40, "x" * 200]
    for horizontal in (True, False):
        drawing = bars.bar_chart(names, [("x", [1.0] * 4, charts.BENEFIT_COLOUR)],
                                 axis_format=str, axis_label="x", horizontal=horizontal)
        assert drawing.width == pytest.approx(6.8 * 72)
        words = {shape.text for shape in drawing.getContents() if isinstance(shape, String)}
        assert {"$\\undefined{$ x", "$x^2$", "x" * 39 + "…",
                ("отдел " * 40)[:39].rstrip() + "…"} <= words
    chart = charts.role_map([(name, 2.0 + n, 7.0, n == 0) for n, name in enumerate(names)],
                            ("a", "b", "c", "d"), x_label="x", y_label="y",
                            highlight_label="h")
    assert chart.drawing.width == pytest.approx(6.4 * 72)


@pytest.mark.parametrize("values, integer", [
    ([136.7, 122.7, 81.3, 7.4], False), ([262.9, 295.2, 229.0], False), ([3.0, 0.0, 41.0], True),
    ([0.004, 0.0021], False), ([1.0, 1.0], True), ([0.0, 0.0], False), ([0.0], True),
    ([1234567.0, 2.5], False), ([5.0, 4.0, 2.0], True)])
def test_bar_chart_numbers_its_axis_as_matplotlib_would(values, integer):
    """The bar chart drawn with ReportLab numbers its value axis exactly as the
    matplotlib chart it replaced did: the same range and the same numbers."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    axes = Figure().add_subplot()
    axes.barh(range(len(values)), values)
    axes.xaxis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=3, integer=integer))
    low, high, ticks = bars.value_ticks(values, integer)
    assert (low, high) == pytest.approx(axes.get_xlim())
    low, high = axes.get_xlim()
    shown = [float(t) for t in axes.get_xticks()
             if low - 1e-10 * (high - low) <= t <= high + 1e-10 * (high - low)]
    assert ticks == pytest.approx(shown)



def test_page_tables_give_each_cell_the_look_its_commands_give():
    """Each page's table gets its cells' looks worked out once; they are the looks the
    table's commands give cell by cell (header, body rows and the bold total)."""
    from reportlab.platypus import LongTable, TableStyle

    from kam_desktop.reports.fonts import BOLD

    rows = [["Вид", "Сумма", "✓"]] + [[f"Вид {n}", f"{n} ₽", "✓"] for n in range(40)]
    [table] = data_table(rows, [60 * mm, 30 * mm, 9 * mm], align="LRC",
                         total=["Итого", "1", "2"])
    first, rest = table.split(CONTENT_WIDTH, 200)
    rest.wrap(CONTENT_WIDTH, 2000)  # the rest fits: its table is drawn whole
    last = rest._window
    assert first._cellvalues[-1][0] != "Итого" and last._cellvalues[-1][0] == "Итого"
    for page, commands in ((first, table.style),
                           (last, [*table.style, ("FONTNAME", (0, -1), (-1, -1), BOLD)])):
        expected = LongTable(page._cellvalues)
        expected.setStyle(TableStyle(commands))
        assert [[_look(cell) for cell in row] for row in page._cellStyles] == \
            [[_look(cell) for cell in row] for row in expected._cellStyles]


def _look(cell) -> dict:
    return {name: getattr(cell, name) for name in dir(cell)
            if not name.startswith("_") and name != "name" and not callable(getattr(cell, name))}
