"""Window sizes that fit the screen, window geometry remembered per screen, and pages
that scroll when the window is smaller than they need.

A window asks for the size it would like; it gets at most :data:`SCREEN_SHARE` of the
screen's available area (a 1366×768 laptop, a 1920×1080 screen at 150 % — 1280×720
logical pixels), centred on it. Where the user left a window is remembered separately
for each screen and each available size, so a window placed on a large monitor does not
come back too large on the laptop's own screen, nor after a change of scale.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

#: the largest part of the available area a window takes when it opens
SCREEN_SHARE = 0.9


def fitted_geometry(preferred: QSize, available: QRect, minimum: QSize = QSize(0, 0)) -> QRect:
    """``preferred`` clamped to :data:`SCREEN_SHARE` of ``available`` (but not below
    ``minimum``, nor beyond ``available``), centred in ``available``."""
    width = min(preferred.width(), int(available.width() * SCREEN_SHARE))
    height = min(preferred.height(), int(available.height() * SCREEN_SHARE))
    size = QSize(min(max(width, minimum.width()), available.width()),
                 min(max(height, minimum.height()), available.height()))
    corner = available.topLeft() + QPoint((available.width() - size.width()) // 2,
                                          (available.height() - size.height()) // 2)
    return QRect(corner, size)


def opens_maximized(preferred: QSize, available: QRect) -> bool:
    """Whether a main window takes the whole screen on its first start: when it would
    like more than :data:`SCREEN_SHARE` of a side, as on a 1366×768 laptop or a
    1920×1080 screen at 150 % (the portfolio's columns then fit)."""
    return (preferred.width() > available.width() * SCREEN_SHARE
            or preferred.height() > available.height() * SCREEN_SHARE)


def screen_of(window: QWidget) -> QScreen:
    """The screen ``window`` is on, or will open on: a dialog opens over its parent."""
    anchor = window.parentWidget() or window
    return anchor.screen() or QGuiApplication.primaryScreen()


def settings_key(name: str, screen: QScreen) -> str:
    """Where the geometry of window ``name`` on ``screen`` is kept: a change of screen,
    resolution or scale is a change of key."""
    available = screen.availableGeometry()
    screen_name = "".join(c if c.isalnum() or c in "-_." else "_" for c in screen.name())
    return f"geometry/{name}/{screen_name or 'screen'}-{available.width()}x{available.height()}"


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size and centre ``window`` on its screen, as close to ``preferred`` as fits."""
    screen = screen_of(window)
    window.setGeometry(fitted_geometry(preferred, screen.availableGeometry(),
                                       window.minimumSizeHint()))


def restore_geometry(window: QWidget, name: str, preferred: QSize, *,
                     maximize_on_small_screens: bool = False) -> None:
    """Where ``window`` was last left on this screen, or ``preferred`` fitted to it (the
    whole screen, when asked, on a screen too small for ``preferred``); and remember
    where it is left each time it is closed or hidden."""
    screen = screen_of(window)
    saved = QSettings().value(settings_key(name, screen))
    if saved is None or not window.restoreGeometry(saved):
        fit_to_screen(window, preferred)
        available = screen.availableGeometry()
        if maximize_on_small_screens and opens_maximized(preferred, available):
            window.setGeometry(available)  # the size, too, where no window manager maximises
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.installEventFilter(_GeometryKeeper(name, window))


def save_geometry(window: QWidget, name: str) -> None:
    QSettings().setValue(settings_key(name, window.screen()), window.saveGeometry())


class _GeometryKeeper(QObject):
    """Saves its window's geometry when the window is closed or hidden by the program
    (not when the window system hides it, as when the user minimises it)."""

    def __init__(self, name: str, window: QWidget) -> None:
        super().__init__(window)
        self.name = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and not event.spontaneous():
            save_geometry(watched, self.name)
        return False


class ScrollingPage(QScrollArea):
    """Gives its page all the room there is, but never less than the page's minimum
    size: a page larger than the room scrolls, and a window showing it keeps its own
    minimum size. (A resizable QScrollArea would instead stretch a page with wrapped
    text to its preferred height, so that even a page that fits would scroll.)"""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        page.installEventFilter(self)  # its minimum size changes with its contents

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        page = self.widget()
        need = page.minimumSizeHint().expandedTo(page.minimumSize())
        room = self.maximumViewportSize()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        wide, tall = need.width() > room.width(), need.height() > room.height()
        if wide:  # a horizontal scroll bar takes height, which may call for a vertical one
            room.setHeight(room.height() - bar)
            tall = need.height() > room.height()
        if tall:
            room.setWidth(room.width() - bar)
            if not wide and need.width() > room.width():
                room.setHeight(room.height() - bar)
        page.resize(room.expandedTo(need))
