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
#: at the window's start, the first collection waits until its first figures and Today
#: show (settle), or at the latest this long. Meanwhile the window makes many objects
#: that live as long as it does and little garbage (some 1,200 objects, 0.3 MB, at 5,000
#: accounts), and each collection went through all of them on the GUI thread: 150-225 ms
#: in all before the figures showed, on a loaded machine.
FIRST_AFTER_START_MS = 10_000


def collect_due() -> None:
    """Collect each generation whose threshold has been crossed, youngest first."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            return
        gc.collect(generation)


class GuiThreadCollector(QObject):
    """Keeps automatic collection off and collects from the GUI thread's event loop."""

    def __init__(self, parent: QObject, first_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._collect)
        self._timer.start(first_ms)

    def _collect(self) -> None:
        self._timer.setInterval(INTERVAL_MS)
        collect_due()

    def begin(self) -> None:
        """Collect from now on, if the first collection was still waiting."""
        if self._timer.interval() != INTERVAL_MS:
            self._timer.start(INTERVAL_MS)

    @property
    def active(self) -> bool:
        return self._timer.isActive() and not gc.isenabled()


def collect_on_gui_thread(app: QObject, *, starting: bool = False) -> GuiThreadCollector:
    """Switch automatic collection off for good and collect from ``app``'s thread (once
    per application; calling again switches it off again and returns the same one).
    ``starting``: the window is starting, and the first collection waits
    (FIRST_AFTER_START_MS); else what is due is collected at once."""
    gc.disable()
    collector = app.findChild(GuiThreadCollector, "gui_thread_collector")
    if collector is None:
        collector = GuiThreadCollector(app, FIRST_AFTER_START_MS if starting else INTERVAL_MS)
    if not starting:
        collect_due()
    return collector


def settle(app: QObject) -> None:
    """The window shows its first figures and Today: keep what is alive now out of the
    collector's full passes (gc.freeze), and start collecting. A window holding 5,000
    accounts keeps some 200,000 objects that live as long as it does, and a full pass
    over them, set off at random by later allocations (e.g. while a dossier opens),
    paused the window for 100-350 ms. They are still freed when their last reference
    goes; only a reference cycle among them, such as the start's little garbage, is
    never collected. Once a process."""
    if not gc.get_freeze_count():
        gc.freeze()
    collector = app.findChild(GuiThreadCollector, "gui_thread_collector")
    if collector is not None:
        collector.begin()
