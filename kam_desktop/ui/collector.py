"""Python's cyclic garbage collection, run on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate when a
threshold is crossed. When that is a background read (ui.loader) or a sync, and the
garbage holds a Qt object left by a closed window, the object is destroyed off the GUI
thread while the GUI thread may be using it, and the process crashes. So automatic
collection is switched off, and the GUI thread collects on a timer, generation by
generation, at Python's own thresholds (as pyqtgraph's GarbageCollector does)."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> None:
    """Collect each generation whose threshold has been crossed, youngest first."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            return
        gc.collect(generation)


class GuiThreadCollector(QObject):
    """Keeps automatic collection off and collects from the GUI thread's event loop."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(INTERVAL_MS)

    @property
    def active(self) -> bool:
        return self._timer.isActive() and not gc.isenabled()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Switch automatic collection off for good and collect from ``app``'s thread (once
    per application; calling again switches it off again and returns the same one)."""
    gc.disable()
    collector = app.findChild(GuiThreadCollector, "gui_thread_collector")
    if collector is None:
        collector = GuiThreadCollector(app)
    collect_due()
    return collector
