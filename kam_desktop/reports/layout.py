"""What every report shares: A4 pages with a header (report title, client) and a
"page N of M" footer, the paragraph styles, headings that stay with what follows,
tables that split across pages with their header repeated, and the atomic write.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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

from kam_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from kam_desktop.reports.markup import para

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 16 * mm
TOP_MARGIN = 22 * mm
BOTTOM_MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: rows per table: long lists become several tables so layout stays fast and a split
#: never has to measure hundreds of rows at once
CHUNK_ROWS = 60

ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#c8d3dc")
HEADER_FILL = colors.HexColor("#e8eef3")
STRIPE = colors.HexColor("#f6f8fa")
NOTICE = colors.HexColor("#a02c2c")


def make_styles() -> dict[str, ParagraphStyle]:
    font = register_fonts()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13,
                          textColor=colors.HexColor("#222222"))
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


def data_table(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float], *,
               total: Sequence[Flowable] | None = None,
               commands: Sequence[tuple] = ()) -> list[Flowable]:
    """``rows[0]`` is the header. Long bodies become several tables of CHUNK_ROWS rows;
    each repeats the header on every page it spans. ``total`` closes the last table.
    ``commands`` style every table further, e.g. the size and alignment of cells given
    as plain strings (cheaper than paragraphs in long tables)."""
    header, body = list(rows[0]), [list(row) for row in rows[1:]]
    chunks = [body[start:start + CHUNK_ROWS] for start in range(0, len(body), CHUNK_ROWS)] \
        or [[]]
    tables: list[Flowable] = []
    for number, chunk in enumerate(chunks):
        last = number == len(chunks) - 1
        content = [header, *chunk] + ([list(total)] if last and total else [])
        style = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # see grid()
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *commands,
        ]
        style += [("BACKGROUND", (0, row), (-1, row), STRIPE)
                  for row in range(2, len(chunk) + 1, 2)]
        if last and total:
            style += [("LINEABOVE", (0, -1), (-1, -1), 0.6, ACCENT)]
        else:
            style += [("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)]
        table = LongTable(content, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        tables.append(table)
    return tables


def grid(rows: Sequence[Sequence[Flowable]], widths: Sequence[float],
         commands: Sequence[tuple]) -> Table:
    """A small layout table (cover facts, summary figures) that does not split."""
    table = Table([list(row) for row in rows], colWidths=list(widths), hAlign="LEFT")
    # a table sets its cell font even for Paragraph cells: without this, Helvetica
    # would be named in the PDF's resources
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return table


def _numbered_canvas(footer: str, notice: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each footer can name the total
    ("page 3 of 12") without building the document twice. ``notice`` (e.g. that the
    report is confidential) is printed at the foot of every page, the cover included."""

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
                if notice:
                    self.setFont(BOLD, 7.5)
                    self.setFillColor(NOTICE)
                    self.drawString(MARGIN, BOTTOM_MARGIN / 2, notice)
                super().showPage()
            super().save()

    return NumberedCanvas


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def write_pdf(path: Path, story: list[Flowable], *, title: str, client: str, footer: str,
              author: str = "", notice: str = "") -> None:
    """Build the story into ``path`` atomically: a half-written report never replaces
    a good file. The first page is a cover (no running header); the rest carry the
    report title and the client. An internal report passes its ``notice``."""
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
            creator="KAM Desktop", initialFontName=REGULAR,  # not Helvetica
            leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN,
            pageTemplates=[PageTemplate("cover", [frame]),
                           PageTemplate("body", [frame], onPage=running_header)])
        document.build([NextPageTemplate("body"), *story],
                       canvasmaker=_numbered_canvas(footer, notice))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise

