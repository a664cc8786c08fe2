"""A readable view of a report's pages: one under another in a scroll area, zoomed or
fitted to the width, stepped through page by page.

Pages are drawn when they come into sight, at the screen's device pixel ratio, and
only the last ones seen are kept: a 40-page report at 300 % would otherwise hold
gigabytes.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from kam_desktop.ui.pdf_pages import PdfPages

# the zoom steps of "zoom in" and "zoom out"; 1.0 shows a page at its printed size
ZOOMS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
GAP = 12  # pixels around and between pages
# the memory the drawn pages may keep: a few screens' worth even at 400 %
KEPT_BYTES = 160 * 1024 * 1024
POINTS_TO_PIXELS = 96 / 72  # a point is 1/72 in; a logical pixel 1/96 in


class _PageStrip(QWidget):
    """The pages, one under another; draws the ones the viewport shows."""

    def __init__(self, view: PageView) -> None:
        super().__init__(view)
        self.view = view
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self._pictures: OrderedDict[tuple[int, int], QImage] = OrderedDict()

    def page_rects(self) -> list[QRect]:
        pages, zoom = self.view.document, self.view.zoom()
        if pages is None:
            return []
        rects, top = [], GAP
        widest = max(round(w * zoom * POINTS_TO_PIXELS) for w, _ in pages.sizes)
        for width, height in pages.sizes:
            size = QSize(round(width * zoom * POINTS_TO_PIXELS),
                         round(height * zoom * POINTS_TO_PIXELS))
            rects.append(QRect(GAP + (widest - size.width()) // 2, top, size.width(),
                               size.height()))
            top += size.height() + GAP
        return rects

    def relayout(self) -> None:
        self._pictures.clear()
        rects = self.page_rects()
        if not rects:
            self.resize(0, 0)
            return
        self.resize(max(r.right() for r in rects) + GAP + 1, rects[-1].bottom() + GAP + 1)
        self.update()

    def paintEvent(self, event) -> None:
        pages = self.view.document
        if pages is None:
            return
        ratio = self.devicePixelRatioF()
        painter = QPainter(self)
        for index, rect in enumerate(self.page_rects()):
            if not rect.intersects(event.rect()):
                continue
            pixels = round(rect.width() * ratio)
            key = (index, pixels)
            picture = self._pictures.pop(key, None)
            if picture is None:
                picture = pages.picture(index, pixels)
                picture.setDevicePixelRatio(ratio)
            self._pictures[key] = picture
            while len(self._pictures) > 1 and sum(
                    p.sizeInBytes() for p in self._pictures.values()) > KEPT_BYTES:
                self._pictures.popitem(last=False)
            painter.fillRect(rect.translated(2, 2), QColor(0, 0, 0, 60))  # a soft shadow
            painter.drawImage(rect, picture)
        painter.end()


class PageView(QScrollArea):
    """The pages of one PDF (a :class:`PdfPages`, which stays the caller's to close)."""

    # the page at the top of the view changed (from 0), or the zoom did
    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: PdfPages | None = None
        self._zoom = 1.0
        self._fit_width = True
        self.strip = _PageStrip(self)
        self.setWidget(self.strip)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.verticalScrollBar().valueChanged.connect(self.moved)

    # --- the document --------------------------------------------------------------
    def set_document(self, pages: PdfPages | None) -> None:
        self.document = pages
        self._apply_zoom()
        self.verticalScrollBar().setValue(0)

    def count(self) -> int:
        return 0 if self.document is None else len(self.document)

    # --- zoom ----------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def fits_width(self) -> bool:
        return self._fit_width

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        self._apply_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self._zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self._zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        page = self.current_page()
        if self._fit_width and self.document is not None:
            widest = max(width for width, _ in self.document.sizes) * POINTS_TO_PIXELS
            room = self.viewport().width() - 2 * GAP
            self._zoom = min(max(room / widest, ZOOMS[0]), ZOOMS[-1])
        self.strip.relayout()
        self.go_to_page(page)
        self.moved.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._apply_zoom()

    # --- page by page --------------------------------------------------------------
    def current_page(self) -> int:
        """The page (from 0) that fills the upper part of the view."""
        bar = self.verticalScrollBar()
        line = bar.value() + self.viewport().height() // 3
        if 0 < bar.maximum() == bar.value():  # scrolled to the end: the last page whose top shows
            line = bar.value() + self.viewport().height() - GAP
        current = 0
        for index, rect in enumerate(self.strip.page_rects()):
            if rect.top() - GAP <= line:
                current = index
        return current

    def go_to_page(self, index: int) -> None:
        rects = self.strip.page_rects()
        if rects:
            rect = rects[min(max(index, 0), len(rects) - 1)]
            self.verticalScrollBar().setValue(rect.top() - GAP)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)


class PagePreview(QWidget):
    """A :class:`PageView` under its tool row: previous and next page, where we are,
    zoom out, the zoom, zoom in, fit to the width (Ctrl+minus, Ctrl+plus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = PageView()
        self.view.setAccessibleName(self.tr("Pages of the report"))
        self.where = QLabel()
        self.zoom_label = QLabel()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip, action, keys in (
                ("previous", "◀", self.tr("Previous page"), self.view.previous_page,
                 None),
                ("next", "▶", self.tr("Next page"), self.view.next_page, None),
                ("zoom_out", "−", self.tr("Zoom out"), self.view.zoom_out,
                 QKeySequence.StandardKey.ZoomOut),
                ("zoom_in", "+", self.tr("Zoom in"), self.view.zoom_in,
                 QKeySequence.StandardKey.ZoomIn),
                ("fit", self.tr("Fit width"), self.tr("Fit the page to the width"),
                 self.view.fit_width, None)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(action)
            if keys is not None:
                button.setShortcut(QKeySequence(keys))
            self.buttons[name] = button
        self.buttons["fit"].setCheckable(True)
        for widget in (self.buttons["previous"], self.where, self.buttons["next"]):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.buttons["zoom_out"], self.zoom_label, self.buttons["zoom_in"],
                       self.buttons["fit"]):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.view.moved.connect(self._show_where)
        self._show_where()

    def _show_where(self) -> None:
        count = self.view.count()
        page = self.view.current_page()
        self.where.setText(self.tr("Page {page} of {count}").format(page=page + 1, count=count)
                           if count else "")
        self.zoom_label.setText(f"{round(self.view.zoom() * 100)} %")
        self.buttons["fit"].setChecked(self.view.fits_width())
        for name in ("zoom_out", "zoom_in", "fit"):
            self.buttons[name].setEnabled(count > 0)
        self.buttons["previous"].setEnabled(count > 0 and page > 0)
        self.buttons["next"].setEnabled(count > 0 and page < count - 1)
