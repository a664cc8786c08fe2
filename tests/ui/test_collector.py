"""Garbage collection happens on the GUI thread only (ui.collector): a collection set off
in a background thread could destroy a closed window's Qt objects there, and crash."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading

from kam_desktop.ui.collector import collect_on_gui_thread


class _Cycle:
    """Garbage that only the cyclic collector frees; says on which thread it went."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me, self.freed_on = self, freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def _make_garbage_then_allocate(freed_on: list[str], kept: list) -> None:
    """A cycle, then enough new objects kept alive to cross the collection threshold."""
    _Cycle(freed_on)
    kept.extend([] for _ in range(20 * gc.get_threshold()[0]))


def test_garbage_made_in_a_worker_is_collected_on_the_gui_thread(qapp, qtbot) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collector.active and collect_on_gui_thread(qapp) is collector
    freed_on: list[str] = []
    kept: list = []
    worker = threading.Thread(target=_make_garbage_then_allocate, args=(freed_on, kept),
                              name="background read")
    worker.start()
    worker.join()
    assert freed_on == []  # with automatic collection, the worker would have freed it
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.main_thread().name]


def test_without_it_the_worker_would_collect(qapp) -> None:
    """The hazard itself, so that the test above keeps meaning something."""
    freed_on: list[str] = []
    kept: list = []
    gc.collect()
    gc.enable()
    try:
        worker = threading.Thread(target=_make_garbage_then_allocate, args=(freed_on, kept),
                                  name="background read")
        worker.start()
        worker.join()
    finally:
        collect_on_gui_thread(qapp)
    assert freed_on == ["background read"]


STARTING = """
import sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kam_desktop.ui.collector import INTERVAL_MS, collect_on_gui_thread, settle

class Cycle:
    def __init__(self, freed_on):
        self.me, self.freed_on = self, freed_on
    def __del__(self):
        self.freed_on.append(threading.current_thread().name)

app = QApplication([])
collector = collect_on_gui_thread(app, starting=True)
freed_on, kept = [], []
Cycle(freed_on)
kept.extend([] for _ in range(20 * 700))
QTimer.singleShot(3 * INTERVAL_MS, lambda: (print("WAITING", collector.active, list(freed_on)),
                                            settle(app), Cycle(freed_on),
                                            kept.extend([] for _ in range(20 * 700))))
QTimer.singleShot(6 * INTERVAL_MS, lambda: (print("SETTLED", freed_on), app.quit()))
app.exec()
"""


def test_a_starting_window_collects_once_its_first_figures_show() -> None:
    """At the start the first collection waits for the window to settle; what was alive
    then is kept out of collections (frozen), what follows is collected."""
    result = subprocess.run([sys.executable, "-c", STARTING], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "WAITING True []" in result.stdout
    assert "SETTLED ['MainThread']" in result.stdout
