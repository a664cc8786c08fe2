"""The dashboard's canvases: one per view, each drawn once for what it shows and kept.

Going back to a view shows its kept pixels instead of drawing the chart again (drawing
one takes a few hundred milliseconds, most of it matplotlib's layout and text), and so does
a view drawn ahead while it was hidden. The highlight of a click is drawn over the kept
pixels (blitting): the chart under it is not drawn again either.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kam_desktop.ui.charts.targets import Drawn

#: how thick the outline of a clicked bar and the ring of a clicked point are drawn
HIGHLIGHT_WIDTH = 2.4


class _Canvas(FigureCanvasQTAgg):
    """A canvas that is not drawn again when resized to the size it already has: Qt tells
    a hidden page its size only when the page is shown, which would draw a view drawn
    ahead a second time."""

    def fits(self, size: QSize) -> bool:
        """Whether the figure has the size of ``size`` (logical pixels)."""
        return tuple(self.figure.get_size_inches()) == self._inches(size)

    def fit(self, size: QSize) -> bool:
        """Give the figure the size of ``size``; whether it changed."""
        if self.fits(size):
            return False
        self.figure.set_size_inches(*self._inches(size), forward=False)
        return True

    def _inches(self, size: QSize) -> tuple[float, float]:
        ratio = self.device_pixel_ratio  # as FigureCanvasQT.resizeEvent works it out
        return size.width() * ratio / self.figure.dpi, size.height() * ratio / self.figure.dpi

    def resizeEvent(self, event) -> None:
        if self.figure is not None and not self.fit(event.size()):
            QWidget.resizeEvent(self, event)
        else:
            super().resizeEvent(event)


class ChartStack(QStackedWidget):
    """One canvas per view key; ``clicked`` is called with matplotlib's mouse event."""

    drawn = Signal()  # a canvas was drawn in full
    resized = Signal()  # the views not shown are to be drawn again at the new size

    def __init__(self, dpi: float, clicked: Callable[[Any], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dpi, self._clicked = dpi, clicked
        self._canvases: dict[str, FigureCanvasQTAgg] = {}
        #: view key -> (what it was drawn from, what drawing it produced)
        self._drawn: dict[str, tuple[Any, Drawn]] = {}
        #: each canvas's pixels without any highlight, saved after each full draw
        self._backgrounds: dict[FigureCanvasQTAgg, Any] = {}
        self._highlight: list = []  # the artists drawn over the current canvas

    def canvas(self, key: str) -> FigureCanvasQTAgg:
        """The canvas of view ``key``, made when first asked for."""
        if key not in self._canvases:
            canvas = _Canvas(Figure(layout="constrained", dpi=self._dpi))
            canvas.setObjectName(f"dashboard_canvas_{key}")
            canvas.setMinimumSize(480, 320)
            canvas.mpl_connect("button_press_event", self._clicked)
            canvas.mpl_connect("draw_event", lambda _event, c=canvas: self._on_draw(c))
            self._canvases[key] = canvas
            canvas.resize(self.size())  # drawn at its size, not at a new widget's
            self.addWidget(canvas)
        return self._canvases[key]

    def show_view(self, key: str) -> FigureCanvasQTAgg:
        self.clear_highlight()
        canvas = self.canvas(key)
        self.setCurrentWidget(canvas)
        return canvas

    def drawing(self, key: str, stamp: Any, draw: Callable[[Figure], Drawn],
                now: bool = False) -> Drawn:
        """What view ``key`` drew from ``stamp`` (the data, colours and choices it shows):
        kept if it was drawn from the same, else ``draw`` on its emptied figure. ``now``:
        rendered at once, even hidden, at the size it will be shown at; else when next
        painted."""
        canvas, drawn = self.canvas(key), self._drawn.get(key)
        if drawn is None or drawn[0] != stamp:
            canvas.figure.clear()
            drawn = self._drawn[key] = stamp, draw(canvas.figure)
        elif not now or canvas.fits(self.size()):
            return drawn[1]
        if now:
            canvas.fit(self.size())
            canvas.draw()
        else:
            canvas.draw_idle()
        return drawn[1]

    def ready(self, key: str, stamp: Any) -> bool:
        """Whether view ``key`` was drawn from ``stamp`` at the size it would be shown at."""
        drawn = self._drawn.get(key)
        return drawn is not None and drawn[0] == stamp and self.canvas(key).fits(self.size())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    # -- highlight ----------------------------------------------------------------------

    def highlight(self, axes, outline: Sequence[Rectangle], ring: tuple[float, float] | None,
                  colour: str) -> None:
        """Outline the ``outline`` bars and ring the point ``ring`` of ``axes``, over the
        chart's kept pixels; the former highlight goes."""
        self.clear_highlight(blit=False)
        for rect in outline:
            frame = Rectangle(rect.get_xy(), rect.get_width(), rect.get_height(), fill=False,
                              edgecolor=colour, linewidth=HIGHLIGHT_WIDTH,
                              transform=rect.get_transform(), animated=True, zorder=6)
            axes.add_artist(frame)
            self._highlight.append(frame)
        if ring is not None:
            circle, = axes.plot([ring[0]], [ring[1]], marker="o", markersize=15,
                                markerfacecolor="none", markeredgecolor=colour,
                                markeredgewidth=HIGHLIGHT_WIDTH, zorder=6, scalex=False,
                                scaley=False, animated=True)
            self._highlight.append(circle)
        self._blit(axes.figure.canvas)

    def clear_highlight(self, blit: bool = True) -> None:
        if not self._highlight:
            return
        canvas = self._highlight[0].figure.canvas
        for artist in self._highlight:
            artist.remove()
        self._highlight = []
        if blit:
            self._blit(canvas)

    def _blit(self, canvas: FigureCanvasQTAgg) -> None:
        background = self._backgrounds.get(canvas)
        if background is None:  # not drawn yet: the highlight comes with the first draw
            canvas.draw_idle()
            return
        canvas.restore_region(background)
        self._draw_highlight(canvas)
        canvas.blit(canvas.figure.bbox)

    def _on_draw(self, canvas: FigureCanvasQTAgg) -> None:
        """After a full draw: keep the pixels, then draw the highlight over them."""
        self._backgrounds[canvas] = canvas.copy_from_bbox(canvas.figure.bbox)
        self._draw_highlight(canvas)
        self.drawn.emit()

    def _draw_highlight(self, canvas: FigureCanvasQTAgg) -> None:
        for artist in self._highlight:
            if artist.figure is canvas.figure:
                artist.axes.draw_artist(artist)
