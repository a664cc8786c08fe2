"""Work off the GUI thread: long queries run in Qt's thread pool, each in its own
session, and hand their result back to the GUI thread. A newer request for the same
thing makes an older result stale, and a stale result is dropped. matplotlib is imported
on a thread of its own, once the window is idle."""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kam_desktop.services.errors import InputError
from kam_desktop.ui.messages import explained

if TYPE_CHECKING:  # not loaded before the first screen (ui.first_screen) shows
    from sqlalchemy.orm import Session

    from kam_desktop.ui.context import AppContext


#: when a visible widget has not painted by then (a minimised window), go on anyway
PAINT_PATIENCE_MS = 500


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget`` has next been painted (soon, when it is not
    shown): a read started meanwhile would hold the interpreter while the widget asks
    Python for everything it draws, and the rows the user waits for would wait too."""
    if not widget.isVisible():
        QTimer.singleShot(0, widget, callback)
        return
    _AfterPaint(widget, callback)


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._callback = widget, callback
        widget.installEventFilter(self)
        QTimer.singleShot(PAINT_PATIENCE_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this paint is over
        return False

    def _fire(self) -> None:
        if self._callback is not None:
            callback, self._callback = self._callback, None
            self._widget.removeEventFilter(self)
            self.deleteLater()
            callback()


class _Relay(QObject):
    done = Signal(str, int, object)
    failed = Signal(str, int, str)


class _Job(QRunnable):
    def __init__(self, context: AppContext, relay: _Relay, key: str, generation: int,
                 query: Callable[[Session], Any]) -> None:
        super().__init__()
        self._context, self._relay, self._key = context, relay, key
        self._generation, self._query = generation, query

    def run(self) -> None:
        try:
            result = self._context.read(self._query)
        except InputError as error:  # the database is locked or damaged, say
            self._relay.failed.emit(self._key, self._generation, explained(error))
        except Exception as error:  # reported in the GUI thread, never lost in a worker
            self._relay.failed.emit(self._key, self._generation, str(error))
        else:
            self._relay.done.emit(self._key, self._generation, result)


class BackgroundLoader(QObject):
    """``load(key, query, on_result)``: run ``query(session)`` in the background and
    call ``on_result(result)`` in the GUI thread, unless a newer load of ``key``
    started meanwhile."""

    failed = Signal(str)  # what went wrong, in words

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # the pool is created first so that it is destroyed after the relay its jobs use
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._relay.failed.connect(self._fail)
        self._generation: dict[str, int] = {}
        self._callbacks: dict[str, Callable[[Any], None]] = {}

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def waiting(self, key: str) -> bool:
        """Whether a load of ``key`` is on its way."""
        return key in self._callbacks

    def load(self, key: str, query: Callable[[Session], Any],
             on_result: Callable[[Any], None]) -> None:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._callbacks[key] = on_result
        self._pool.start(_Job(self._context, self._relay, key, generation, query))

    def _deliver(self, key: str, generation: int, result: Any) -> None:
        if generation != self._generation.get(key) or key not in self._callbacks:
            return
        self._callbacks.pop(key)(result)

    def _fail(self, key: str, generation: int, message: str) -> None:
        if generation == self._generation.get(key):
            self._callbacks.pop(key, None)
            self.failed.emit(message)

    def cancel(self, key: str) -> None:
        """Drop the result of ``key``'s job still running: it finishes unseen."""
        self._callbacks.pop(key, None)

    def wait(self) -> None:
        """Block until every job has finished (when closing)."""
        self._pool.waitForDone()


class MatplotlibWarmer(QObject):
    """Imports matplotlib and its Qt backend off the GUI thread, then says so. Made
    without a parent: the thread may finish after the window is gone, and a warmer
    destroyed with its parent could not say it is ready (the thread keeps it)."""

    ready = Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="import matplotlib", daemon=True).start()

    def _run(self) -> None:
        from kam_desktop.reports.charts import import_matplotlib

        import_matplotlib("matplotlib.backends.backend_qtagg")
        self.ready.emit()
