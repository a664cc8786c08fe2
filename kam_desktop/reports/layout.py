"""What every report shares: A4 pages with a header (report title, client) and a
"page N of M" footer, the paragraph styles, headings that stay with what follows,
tables that split across pages with their header repeated, and the atomic write.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab import rl_config
from reportlab.graphics import renderPDF
from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kam_desktop.reports.fonts import BOLD, REGULAR, register_fonts, text_width
from kam_desktop.reports.markup import para

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN

ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#c8d3dc")
HEADER_FILL = colors.HexColor("#e8eef3")
STRIPE = colors.HexColor("#f6f8fa")
NOTICE = colors.HexColor("#a02c2c")
TEXT = colors.HexColor("#222222")


def make_styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, textColor=TEXT)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10),
        "cell_small": ParagraphStyle("cell_small", base, fontSize=7, leading=9),
        "cell_note": ParagraphStyle("cell_note", base, fontSize=7, leading=9, textColor=MUTED),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=8, leading=10,
                                     alignment=TA_RIGHT),
        "cell_centre": ParagraphStyle("cell_centre", base, fontSize=8, leading=10,
                                      alignment=TA_CENTER),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8, leading=10),
        "head_right": ParagraphStyle("head_right", base, fontName=BOLD, fontSize=8,
                                     leading=10, alignment=TA_RIGHT),
        "head_centre": ParagraphStyle("head_centre", base, fontName=BOLD, fontSize=8,
                                      leading=10, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=16, leading=20,
                             textColor=ACCENT, spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=12, leading=15,
                             textColor=ACCENT, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=10, leading=13,
                             textColor=TEXT, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=28, leading=34,
                                textColor=ACCENT, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=17,
                                   textColor=MUTED, spaceAfter=28),
        "figure": ParagraphStyle("figure", base, fontName=BOLD, fontSize=15, leading=19,
                                 textColor=ACCENT),
    }


def heading(text: str, style: ParagraphStyle) -> Paragraph:
    """A heading that never ends a page alone (its style keeps it with the next)."""
    return para(text, style)


#: the horizontal padding of a table cell, left plus right (see data_table)
CELL_PADDING = 8
_ALIGN = {"L": TA_LEFT, "R": TA_RIGHT, "C": TA_CENTER}
_ALIGN_COMMAND = {"R": "RIGHT", "C": "CENTER"}


@lru_cache(maxsize=None)
def cell_style(size: float, bold: bool, align: str) -> ParagraphStyle:
    """The paragraph style that looks exactly like a plain-string cell of data_table."""
    return ParagraphStyle(f"cell-{size}-{bold}-{align}", fontName=BOLD if bold else REGULAR,
                          fontSize=size, leading=size + 2, textColor=TEXT,
                          alignment=_ALIGN[align])


def data_table(rows: Sequence[Sequence[Flowable | list[Flowable] | str]],
               widths: Sequence[float], *, align: str = "", size: float = 8,
               total: Sequence[Flowable | str] | None = None) -> list[Flowable]:
    """``rows[0]`` is the header; ``total`` closes the table. The header is repeated at
    the top of every page the table spans, and nowhere else.

    A cell is a flowable, a list of them or a plain string. Plain strings are the cheap
    cell of a long table: ReportLab draws a ``str`` cell as it is, never parsing it as
    markup (so user text is safe in it) and never breaking it into lines. They are set
    at ``size`` points, bold in the header and total rows, and aligned by ``align``,
    one letter per column (L, R or C; L where it is short). A string too wide for its
    column becomes an escaped paragraph of the same look, so that it wraps."""
    register_fonts()  # measured below
    align = align.ljust(len(widths), "L")
    # a hair more room than the column has: one sized to its longest text must fit it
    rooms = [width - CELL_PADDING + 0.01 for width in widths]

    def fitted(row: Sequence, bold: bool) -> list:
        font = BOLD if bold else REGULAR
        return [para(cell, cell_style(size, bold, align[column]))
                if isinstance(cell, str) and any(
                    text_width(line, font, size) > rooms[column] for line in cell.split("\n"))
                else cell for column, cell in enumerate(row)]

    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # see grid()
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING / 2),
        *[("ALIGN", (column, 0), (column, -1), _ALIGN_COMMAND[letter])
          for column, letter in enumerate(align) if letter in _ALIGN_COMMAND],
    ]
    return [_PagedTable(fitted(rows[0], True), [fitted(row, False) for row in rows[1:]],
                        fitted(total, True) if total else None, list(widths), style,
                        _cell_looks(style, len(widths)), row_height=size + 2 + 6)]


#: the table commands that set a cell's own look (font, colour, alignment, padding)
_CELL_COMMANDS = frozenset({
    "FONT", "FONTNAME", "FACE", "SIZE", "FONTSIZE", "LEADING", "TEXTCOLOR", "ALIGN",
    "ALIGNMENT", "VALIGN", "LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING",
    "HREF", "DESTINATION", "DIRECTION", "SHAPING"})


def _cell_looks(style: list[tuple], columns: int) -> tuple[list, list, list]:
    """The cells' looks in the header, a body row and the total row (in bold), worked
    out once on a table of those three rows. A table applies every such command to
    every cell it holds: a long table laid out page by page did that for each page's
    rows again, a tenth of a long report's build."""
    table = LongTable([[""] * columns] * 3)
    table.setStyle(TableStyle([command for command in style if command[0] in _CELL_COMMANDS]
                              + [("FONTNAME", (0, -1), (-1, -1), BOLD)]))
    header, body, total = table._cellStyles
    return header, body, total


class _PagedTable(Flowable):
    """A table laid out one page at a time. Where it stands, it offers ReportLab a table
    of the header and enough of its next rows to overfill the space; ReportLab splits
    that where the page ends, and the rest of the rows go on as a new _PagedTable. One
    table of thousands of rows would be measured anew at every page break; tables of a
    fixed number of rows would start with a header mid-page."""

    def __init__(self, header: list, body: list[list], total: list | None,
                 widths: list[float], style: list[tuple], looks: tuple[list, list, list], *,
                 row_height: float, start: int = 0, carried: list | None = None) -> None:
        super().__init__()
        self.header, self.body, self.total = header, body, total
        #: ``looks`` are the cells' looks that ``style`` gives (see _cell_looks)
        self.widths, self.style, self.looks, self.start = widths, style, looks, start
        #: the rest of row ``start`` when the page before ended inside it
        self.carried = carried
        #: a guess of a row's height: at first one line's, then the rows' seen so far
        self.row_height = row_height
        self.hAlign = "LEFT"
        self._window: LongTable | None = None
        self._window_rows = 0
        self._window_last = False
        self._size: tuple[tuple[float, float], tuple[float, float]] | None = None

    def _fit(self, width: float, height: float) -> tuple[float, float]:
        """Lay out the table of the next rows: enough of them to be taller than
        ``height``, or all that are left."""
        wanted = int(min(height, FRAME_HEIGHT) / self.row_height) + 2
        while True:
            if self._window is None or wanted > self._window_rows:
                rows = self.body[self.start:self.start + wanted]
                if self.carried is not None:
                    rows[0] = self.carried
                self._window_rows = wanted
                self._window_last = self.start + len(rows) >= len(self.body)
                self._window = self._make(rows, self._window_last)
                self._size = None
            if self._size is None or self._size[0] != (width, height):
                self._size = (width, height), self._window.wrap(width, height)
            if self._window_last or self._size[1][1] > height:
                return self._size[1]
            wanted *= 2  # the rows were lower than guessed

    def _make(self, rows: list[list], last: bool) -> LongTable:
        # stripes by the row's place in the whole table, so pages continue the pattern
        stripes = [STRIPE, None] if self.start % 2 else [None, STRIPE]
        style = [*(command for command in self.style if command[0] not in _CELL_COMMANDS),
                 ("ROWBACKGROUNDS", (0, 1), (-1, len(rows)), stripes)]
        closing = [self.total] if last and self.total else []
        if closing:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT)]
        else:
            style += [("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]
        header, body, total = self.looks
        looks = [list(header), *(list(body) for _ in rows), *(list(total) for _ in closing)]
        table = LongTable([self.header, *rows, *closing], colWidths=self.widths, repeatRows=1,
                          splitInRow=1, hAlign="LEFT", cellStyles=looks)
        table.setStyle(TableStyle(style))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self._fit(available_width, available_height)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self._fit(available_width, available_height)
        parts = self._window.split(available_width, available_height)
        if not parts:
            return []
        closing = 1 if self._window_last and self.total else 0
        shown = len(parts[0]._cellvalues) - 1  # the rows on this page, less the header
        left = len(parts[1]._cellvalues) - 1 - closing  # the rows for the next pages
        # a row taller than the space left is split inside (splitInRow): its top ends
        # this page and the rest of its cells opens the next
        inside = shown + left > len(self._window._cellvalues) - 1 - closing
        done = shown - 1 if inside else shown
        heights = self._window._rowHeights[1:done + 1]
        rest = _PagedTable(self.header, self.body, self.total, self.widths, self.style,
                           self.looks, row_height=sum(heights) / len(heights) if heights
                           else self.row_height, start=self.start + done,
                           carried=parts[1]._cellvalues[1] if inside else None)
        if not inside:  # this page's rows were measured in the window: never again
            parts[0]._argH = self._window._rowHeights[:shown + 1]
        return [parts[0], rest]

    def draw(self) -> None:
        self._window.drawOn(self.canv, 0, 0)


class Chart(Flowable):
    """A chart from charts.py (a vector drawing), scaled to ``width``."""

    def __init__(self, drawing: Drawing, width: float, h_align: str = "LEFT") -> None:
        super().__init__()
        self.drawing = drawing
        self.factor = width / drawing.width
        self.drawWidth, self.drawHeight = width, drawing.height * self.factor
        self.hAlign = h_align

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.scale(self.factor, self.factor)
        _ChartRenderer().draw(renderScaledDrawing(self.drawing), self.canv, 0, 0)


class _ChartRenderer(renderPDF._PDFRenderer):
    """ReportLab's renderer of drawings, but a picture inside a chart (the dots of a
    large bubble chart) goes in as an image object: the inline image ReportLab would
    write needs the ASCII85 streams that write_pdf turns off."""

    def drawImage(self, image) -> None:
        self._canvas.drawImage(ImageReader(image.path), image.x, image.y, image.width,
                               image.height, mask="auto")  # transparent where it is


class Logo(Flowable):
    """Our company's logo (PNG or JPEG bytes), as large as fits ``width`` × ``height``;
    a transparent background stays transparent."""

    def __init__(self, content: bytes, width: float, height: float) -> None:
        from PIL import Image

        super().__init__()
        picture = Image.open(io.BytesIO(content))
        picture.load()
        pixels_wide, pixels_high = picture.size
        self.image = ImageReader(picture)
        self.drawWidth = min(width, height * pixels_wide / pixels_high)
        self.drawHeight = self.drawWidth * pixels_high / pixels_wide

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.drawWidth, self.drawHeight, mask="auto")


def grid(rows: Sequence[Sequence[Flowable]], widths: Sequence[float],
         commands: Sequence[tuple]) -> Table:
    """A small layout table (cover facts, summary figures): it splits between rows, and
    inside a row taller than the space left (a long answer of a questionnaire)."""
    table = Table([list(row) for row in rows], colWidths=list(widths), hAlign="LEFT",
                  splitInRow=1)
    # a table sets its cell font even for Paragraph cells: without this, Helvetica
    # would be named in the PDF's resources
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return table


def _numbered_canvas(footer: str, notice: str, signature: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can name the total
    ("page 3 of 12") without building the document twice. ``notice`` (e.g. that the
    report is confidential) and then ``signature`` (who the report is from) are printed
    at the foot of every page, the cover included, cut to the room they have."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for page in self._pages:
                self.__dict__.update(page)
                text = footer.format(page=self._pageNumber, pages=len(self._pages))
                self.setFont(REGULAR, 7.5)
                self.setFillColor(MUTED)
                self.drawRightString(PAGE_WIDTH - MARGIN, BOTTOM_MARGIN / 2, text)
                left = MARGIN
                room = CONTENT_WIDTH - stringWidth(text, REGULAR, 7.5) - 8 * mm
                for words, font, colour in ((notice, BOLD, NOTICE), (signature, REGULAR, MUTED)):
                    if words and room > 0:
                        words = _fit(words, font, 7.5, room)
                        self.setFont(font, 7.5)
                        self.setFillColor(colour)
                        self.drawString(left, BOTTOM_MARGIN / 2, words)
                        step = stringWidth(words, font, 7.5) + 4 * mm
                        left, room = left + step, room - step
                super().showPage()
            super().save()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


#: the language tag a PDF declares for each report language, so that a screen reader
#: speaks it in the right voice
PDF_LANGUAGES = {"ru": "ru-RU", "en": "en-GB"}


def write_pdf(path: Path, story: list[Flowable], *, title: str, client: str, footer: str,
              language: str = "", subject: str = "", author: str = "", notice: str = "",
              signature: str = "") -> None:
    """Build the story into ``path`` atomically: a half-written report never replaces
    a good file. The first page is a cover (no running header); the rest carry the
    report title and the client. An internal report passes its ``notice``; the
    ``signature`` says on every page who the report is from. The document's
    properties name its title, ``subject``, ``author`` and ``language``."""
    register_fonts()
    path = Path(path)

    def running_header(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = PAGE_HEIGHT - TOP_MARGIN + 8 * mm
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, y, title)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        room = CONTENT_WIDTH - stringWidth(title, BOLD, 8) - 10 * mm
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, _fit(client, REGULAR, 8, room))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, PAGE_WIDTH - MARGIN, y - 2.5 * mm)
        canvas.restoreState()

    frame = Frame(MARGIN, BOTTOM_MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    os.close(handle)
    try:
        os.chmod(temporary, 0o644)  # mkstemp's private 0600 would stick to the report
        document = BaseDocTemplate(
            temporary, pagesize=A4, title=f"{title} — {client}", author=author,
            subject=subject, lang=PDF_LANGUAGES.get(language, language) or None,
            creator="KAM Desktop", initialFontName=REGULAR,  # not Helvetica
            leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
            pageTemplates=[PageTemplate("cover", [frame]),
                           PageTemplate("body", [frame], onPage=running_header)])
        ascii85, rl_config.useA85 = rl_config.useA85, 0
        try:  # binary streams: smaller files, and no ASCII85 pass (pure Python) over each page
            document.build([NextPageTemplate("body"), *story],
                           canvasmaker=_numbered_canvas(footer, notice, signature))
        finally:
            rl_config.useA85 = ascii85
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise

