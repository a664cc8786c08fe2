"""The pages of a built report, drawn by PDFium: as pictures for the preview and onto a
printer. Preview and print draw the same file, so the paper shows what the screen did.

PDFium is not thread-safe: every call goes through one lock, so a report previewed in
one dialog can be drawn while another is printed.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

#: the finest a page is drawn for a printer: sharp text, and an A4 page stays about
#: 35 MB in memory while it is sent (a 1200 dpi one would take 560 MB)
PRINT_DPI = 300
_PDFIUM = threading.Lock()


class PdfPages:
    """An open PDF file whose pages can be drawn at any width; close it when done (an
    open file cannot be deleted on Windows)."""

    def __init__(self, path: Path) -> None:
        import pypdfium2

        with _PDFIUM:
            self._document = pypdfium2.PdfDocument(str(path))
            #: each page's width and height in points
            self.sizes = [self._document.get_page_size(i) for i in range(len(self._document))]

    def __len__(self) -> int:
        return len(self.sizes)

    def picture(self, index: int, width: int) -> QImage:
        """Page ``index`` (from 0) as a picture ``width`` pixels wide."""
        with _PDFIUM:
            page = self._document[index]
            try:
                bitmap = page.render(scale=width / self.sizes[index][0], rev_byteorder=True,
                                     prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGBX8888)
                return image.copy()  # the bitmap's memory goes with the page
            finally:
                page.close()

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()


def fit_printer_to(printer: QPrinter, pages: PdfPages) -> None:
    """Offer the report's paper (A4 portrait) in the print dialog."""
    width, height = pages.sizes[0]
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)


def print_order(pages: Sequence[int], copies: int, collate: bool) -> list[int]:
    """The pages in the order they go to the printer: whole sets one after another
    when collated, else each page ``copies`` times."""
    if collate:
        return [page for _ in range(copies) for page in pages]
    return [page for page in pages for _ in range(copies)]


def print_pages(pages: PdfPages, printer: QPrinter, chosen: Sequence[int],
                progress: Callable[[int, int], bool] = lambda done, total: True) -> int:
    """Draw the ``chosen`` pages (from 0) on ``printer``; ``progress(done, total)``
    returning False stops (the job is then abandoned). The copies are the printer's
    when it makes them itself, else they are drawn here. A page is drawn as large as
    the paper allows, centred (the same on A4; smaller on Letter). Returns the sheets
    sent."""
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    order = print_order(chosen, copies, printer.collateCopies())
    printer.setFullPage(True)  # the report's own margins are the margins
    painter = QPainter()
    if not order or not painter.begin(printer):
        return 0
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        for done, index in enumerate(order):
            if not progress(done, len(order)):
                printer.abort()
                return 0
            if done:
                printer.newPage()
            width, height = pages.sizes[index]
            scale = min(paper.width() / width, paper.height() / height)
            target = QRectF(0, 0, width * scale, height * scale)
            target.moveCenter(paper.center())
            pixels = min(round(target.width()), round(width / 72 * PRINT_DPI))
            painter.drawImage(target, pages.picture(index, pixels))
        progress(len(order), len(order))
    finally:
        painter.end()
    return len(order)
