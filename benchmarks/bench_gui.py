"""Speed of the desktop application on a 5,000-account portfolio.

Each figure is printed with a baseline measured in the same run on the same machine,
and their ratio, because these machines are too noisy for absolute limits:

- start: process start to the portfolio visible (names first; figures and Today follow
  in the background, reported too), against a bare PySide6 window showing an empty
  table (goal: ratio <= 3);
- filter: one search keystroke over 5,000 rows (goal <= 30 ms), against a plain
  QSortFilterProxyModel filtering the same names;
- dossier: opening an account's dossier window (goal <= 150 ms), against an empty
  window with the same number of pages;
- memory: resident memory with the portfolio open (goal <= 300 MB), against the bare
  window.

Run: `.venv/bin/python benchmarks/bench_gui.py [--accounts 5000]`.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent

BARE_WINDOW = """
import sys
import time
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 12))
window.setCentralWidget(table)
window.show()
app.processEvents()
print("VISIBLE", time.time(), "COMPLETE", time.time())
print("RSS", open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""

APP_WINDOW = """
import sys
import time
from PySide6.QtWidgets import QApplication
from kam_desktop.store.database import open_database
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv)
window = MainWindow(AppContext(open_database(sys.argv[1])))
window.tabs.setCurrentWidget(window.portfolio)
window.show()
while not window.portfolio.visible_count():  # names first, in the background
    app.processEvents()
    time.sleep(0.002)
app.processEvents()
visible = time.time()
while window.loading:  # then the figures and Today
    app.processEvents()
    time.sleep(0.002)
print("VISIBLE", visible, "COMPLETE", time.time())
print("RSS", open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""


def run_script(code: str, *args: str) -> tuple[float, float, int]:
    """Seconds from process start to the table visible and to all loaded, and the
    resident memory the process reported (kB)."""
    start = time.time()
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=True)
    words = result.stdout.split()
    visible = float(words[words.index("VISIBLE") + 1]) - start
    complete = float(words[words.index("COMPLETE") + 1]) - start
    return visible, complete, int(words[words.index("RSS") + 1])


def best_of(runs: int, measure) -> float:
    return min(measure() for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from kam_desktop.services.demo import load_demo
    from kam_desktop.store.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="kam-bench-"))
    db_path = folder / "bench.sqlite3"
    database = open_database(db_path)
    started = time.perf_counter()
    with database.transaction() as session:
        load_demo(session, accounts=args.accounts, seed=1, today=date.today())
    print(f"demo portfolio of {args.accounts} accounts built in "
          f"{time.perf_counter() - started:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB)")

    bare = [run_script(BARE_WINDOW) for _ in range(args.runs)]
    app = [run_script(APP_WINDOW, str(db_path)) for _ in range(args.runs)]
    bare_start = min(visible for visible, _, _ in bare)
    app_start = min(visible for visible, _, _ in app)
    app_complete = min(complete for _, complete, _ in app)
    bare_rss = min(rss for _, _, rss in bare) / 1024
    app_rss = min(rss for _, _, rss in app) / 1024
    report("start to portfolio visible", app_start * 1000, bare_start * 1000, "ms", 3)
    report("start to every figure and Today loaded", app_complete * 1000,
           bare_start * 1000, "ms", None)
    report("resident memory, portfolio open", app_rss, bare_rss, "MB", None, goal_abs=300)

    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

    from kam_desktop.ui.context import AppContext
    from kam_desktop.ui.dossier.window import DossierWindow
    from kam_desktop.ui.main_window import MainWindow

    qt_app = QApplication.instance() or QApplication(sys.argv)
    context = AppContext(database)
    window = MainWindow(context)
    window.show()
    while window.loading:
        qt_app.processEvents()
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
        steps = [word[:i] for i in range(1, len(word) + 1)] + [word[:i] for i in range(len(word) - 1, -1, -1)]
        start = time.perf_counter()
        for text in steps:
            set_text(text)
            qt_app.processEvents()
        return (time.perf_counter() - start) / len(steps) * 1000

    ours = best_of(args.runs, lambda: keystrokes(portfolio.search.setText))
    base = best_of(args.runs, lambda: keystrokes(baseline_proxy.setFilterFixedString))
    report("filter keystroke on the portfolio", ours, base, "ms", None, goal_abs=30)

    account_id = portfolio.model.rows[len(names) // 2].id

    def open_dossier() -> float:
        start = time.perf_counter()
        dossier = DossierWindow(context, account_id)
        dossier.show()
        qt_app.processEvents()
        elapsed = time.perf_counter() - start
        dossier.close()
        qt_app.processEvents()
        return elapsed * 1000

    def open_empty() -> float:
        start = time.perf_counter()
        empty = QMainWindow()
        pages = QStackedWidget()
        for _ in range(10):
            pages.addWidget(QWidget())
        empty.setCentralWidget(pages)
        empty.show()
        qt_app.processEvents()
        elapsed = time.perf_counter() - start
        empty.close()
        return elapsed * 1000

    report("open an account dossier", best_of(args.runs, open_dossier),
           best_of(args.runs, open_empty), "ms", None, goal_abs=150)
    window.close()
    database.close()


def report(what: str, ours: float, baseline: float, unit: str, goal_ratio: float | None,
           goal_abs: float | None = None) -> None:
    ratio = ours / baseline if baseline else float("inf")
    goals = []
    if goal_ratio is not None:
        goals.append(f"goal ratio <= {goal_ratio:g}: {'met' if ratio <= goal_ratio else 'MISSED'}")
    if goal_abs is not None:
        goals.append(f"goal <= {goal_abs:g} {unit}: {'met' if ours <= goal_abs else 'MISSED'}")
    print(f"{what}: {ours:.1f} {unit} (baseline {baseline:.1f} {unit}, ratio {ratio:.2f}); "
          + "; ".join(goals))


if __name__ == "__main__":
    main()
