"""Speed and memory of the desktop application, measured inside its process.

Each figure beside a baseline measured in the same run (best of ``runs``):

- start: process start to the portfolio's names shown (by its first screen), the
  application started as a user starts it (``run_gui``, the portfolio tab remembered),
  against a bare PySide6 window showing an empty table (goal: ratio <= 2); and to every
  figure and Today read;
- figures: from the names shown to every figure of the portfolio and Today read, as the
  user waits for them: the database opened, the main window built, then the reads
  (issue #15's goal: within 1 s at 5,000 accounts; bench_today.py times the reads alone);
- memory: resident memory (VmRSS) with the portfolio open and everything read (goal
  <= 250 MB), against the bare window; and the peak (VmHWM) on the way;
- filter: one search keystroke over the shown portfolio, once the window is idle (goal
  <= 16 ms), against a plain QSortFilterProxyModel filtering the same names.

Start-up seen from outside the process, on a real X server, is bench_start.py.

Run: `python benchmarks/bench_gui.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import measure  # noqa: E402
from measure import Measure, demo_copy, run_alone, user_environment  # noqa: E402

BARE_WINDOW = measure.BARE_WINDOW + """
app.processEvents()
print("VISIBLE", time.time(), "COMPLETE", time.time())
status = open("/proc/self/status").read()
print("RSS", status.split("VmRSS:")[1].split()[0], "PEAK", status.split("VmHWM:")[1].split()[0])
"""

# the application as run_gui starts it; a timer watches for the names (in the first screen
# or the main window, whichever shows them: neither is imported here, which would load
# what the start loads later), then for the rest
APP_WINDOW = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from kam_desktop.ui.app import run_gui
marks = {}

def watch():
    shown = [w for w in QApplication.topLevelWidgets()
             if w.isVisible() and hasattr(w, "portfolio") and w.portfolio.visible_count()]
    if shown and "visible" not in marks:
        QApplication.processEvents()  # drawn
        marks["visible"] = time.time()
    if any(not getattr(window, "loading", True) for window in shown):
        marks["complete"] = time.time()
        QApplication.quit()
        return
    QTimer.singleShot(2, watch)

app = QApplication(sys.argv)
QTimer.singleShot(0, watch)
run_gui(db_path=sys.argv[1])
print("VISIBLE", marks["visible"], "COMPLETE", marks["complete"])
status = open("/proc/self/status").read()
print("RSS", status.split("VmRSS:")[1].split()[0], "PEAK", status.split("VmHWM:")[1].split()[0])
"""


def run_script(code: str, environment: dict[str, str], *args: str) -> dict[str, float]:
    """Seconds from process start to the table visible and to all read, and the resident
    memory now and at its peak (MB) that the process reported."""
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=True, env=environment)
    words = result.stdout.split()

    def after(word: str) -> float:
        return float(words[words.index(word) + 1])

    return {"visible": after("VISIBLE") - start, "complete": after("COMPLETE") - start,
            "rss": after("RSS") / 1024, "peak": after("PEAK") / 1024}


def keystroke_measure(database: Path, runs: int) -> Measure:
    """One search keystroke on the portfolio, against a bare proxy model."""
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from kam_desktop.store.database import open_database
    from kam_desktop.ui.collector import collect_on_gui_thread
    from kam_desktop.ui.context import AppContext
    from kam_desktop.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    collect_on_gui_thread(qt_app)  # as run_gui does
    sys.setswitchinterval(0.001)  # as run_gui sets it: a background read yields sooner
    db = open_database(database)
    window = MainWindow(AppContext(db))
    window.resize(1280, 780)
    window.show()
    # the portfolio shown, whichever tab the settings remember (shared by every benchmark
    # run in-process), and the window idle: matplotlib warmed up, the dashboard's series
    # read in the background, as bench_dossier waits too
    window.tabs.setCurrentWidget(window.portfolio)
    waited = time.perf_counter()
    while (window.loading or window.loader.busy or window.dashboard.canvas is None) \
            and time.perf_counter() < waited + 120:
        qt_app.processEvents()
        time.sleep(0.002)
    qt_app.processEvents()
    portfolio = window.portfolio
    names = [row.name for row in portfolio.model.rows]
    baseline_model = QStandardItemModel()
    for name in names:
        baseline_model.appendRow(QStandardItem(name))
    baseline_proxy = QSortFilterProxyModel()
    baseline_proxy.setSourceModel(baseline_model)

    def keystrokes(set_text) -> float:
        """Mean milliseconds per keystroke, typing a name's first letters and back."""
        word = names[len(names) // 2][:6]
        steps = [word[:i] for i in range(1, len(word) + 1)] + \
                [word[:i] for i in range(len(word) - 1, -1, -1)]
        start = time.perf_counter()
        for text in steps:
            set_text(text)
            qt_app.processEvents()
        return (time.perf_counter() - start) / len(steps) * 1000

    ours = min(keystrokes(portfolio.search.setText) for _ in range(runs))
    base = min(keystrokes(baseline_proxy.setFilterFixedString) for _ in range(runs))
    window.close()
    db.close()
    return Measure("search keystroke on the portfolio", ours, baseline=base, goal_abs=16)


def measures(accounts: int, runs: int) -> list[Measure]:
    with tempfile.TemporaryDirectory(prefix="kam-bench-gui-") as scratch_name:
        scratch = Path(scratch_name)
        database = demo_copy(accounts, scratch)
        environment = user_environment(scratch)
        bare = [run_script(BARE_WINDOW, environment) for _ in range(runs)]
        app = [run_script(APP_WINDOW, environment, str(database)) for _ in range(runs)]

        def best(runs_measured: list[dict[str, float]], what: str) -> float:
            return min(measured[what] for measured in runs_measured)

        return [
            Measure("start to the portfolio's names shown (in-process)",
                    best(app, "visible") * 1000, baseline=best(bare, "visible") * 1000,
                    goal_ratio=2),
            Measure("start to every figure and Today read (in-process)",
                    best(app, "complete") * 1000, baseline=best(bare, "visible") * 1000),
            Measure("names shown to every figure and Today read (in-process)",
                    min(run["complete"] - run["visible"] for run in app) * 1000,
                    goal_abs=1000),
            Measure("resident memory, portfolio open", best(app, "rss"), unit="MB",
                    baseline=best(bare, "rss"), goal_abs=250),
            Measure("peak resident memory while starting", best(app, "peak"), unit="MB",
                    baseline=best(bare, "peak")),
            keystroke_measure(database, runs),
        ]


if __name__ == "__main__":
    run_alone(measures, __doc__)
