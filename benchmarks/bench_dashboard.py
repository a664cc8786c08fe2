"""Speed of the dashboard on a 5,000-account portfolio.

Each figure is printed beside a baseline measured in the same run on the same machine,
and their ratio, because these machines are too noisy for absolute limits:

- read: every chart's series (services.analytics.portfolio_analytics, best of N),
  against reading the portfolio table (services.portfolio.list_accounts), which the
  Portfolio tab does on every change (goal: under 2 s, ratio <= 2.5);
- first view: showing the Dashboard tab in a fresh process until its first chart is
  drawn, against a bare matplotlib canvas in a Qt window drawing one line (the cost of
  importing matplotlib and Qt's backend), both measured from the tab click;
- switch: drawing another view (best of N over the nine views), against drawing a
  bare bar chart of nine bars on the same canvas;
- list: clicking the largest ABC class and listing its accounts (goal <= 300 ms).

Run: `.venv/bin/python benchmarks/bench_dashboard.py [--accounts 5000] [--runs 3]`.
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

BARE_CANVAS = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 780)
window.show()
app.processEvents()
start = time.perf_counter()
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
figure = Figure(layout="constrained")
canvas = FigureCanvasQTAgg(figure)
window.setCentralWidget(canvas)
figure.add_subplot().plot(range(10))
canvas.draw()
app.processEvents()
print("SECONDS", time.perf_counter() - start)
"""

DASHBOARD = """
import sys
import time
from PySide6.QtWidgets import QApplication
from kam_desktop.store.database import open_database
from kam_desktop.ui.context import AppContext
from kam_desktop.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(AppContext(open_database(sys.argv[1])))
window.resize(1280, 780)
window.show()
while window.loading:
    app.processEvents()
    time.sleep(0.002)
assert "matplotlib" not in sys.modules
start = time.perf_counter()
window.tabs.setCurrentWidget(window.dashboard)
while window.dashboard.loading or window.loader.busy:
    app.processEvents()
    time.sleep(0.002)
window.dashboard.canvas.draw()
app.processEvents()
print("SECONDS", time.perf_counter() - start)
"""


def seconds(code: str, *args: str) -> float:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=True)
    words = result.stdout.split()
    return float(words[words.index("SECONDS") + 1])


def best_of(runs: int, measure) -> float:
    return min(measure() for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from kam_desktop.services.analytics import portfolio_analytics
    from kam_desktop.services.demo import load_demo
    from kam_desktop.services.portfolio import list_accounts
    from kam_desktop.store.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="kam-bench-"))
    db_path = folder / "bench.sqlite3"
    database = open_database(db_path)
    with database.transaction() as session:
        load_demo(session, accounts=args.accounts, seed=1, today=date.today())
    print(f"demo portfolio of {args.accounts} accounts")

    def timed(query) -> float:
        start = time.perf_counter()
        with database.sessions() as session:
            query(session)
        return time.perf_counter() - start

    today = date.today()
    ours = best_of(args.runs, lambda: timed(lambda s: portfolio_analytics(s, today=today)))
    base = best_of(args.runs, lambda: timed(lambda s: list_accounts(s, today=today)))
    report("read every chart's series", ours * 1000, base * 1000, "ms", 2.5, goal_abs=2000)

    ours = best_of(args.runs, lambda: seconds(DASHBOARD, str(db_path)))
    base = best_of(args.runs, lambda: seconds(BARE_CANVAS))
    report("Dashboard tab to its first chart", ours * 1000, base * 1000, "ms", None)

    from PySide6.QtWidgets import QApplication

    from kam_desktop.ui.context import AppContext
    from kam_desktop.ui.dashboard import VIEWS
    from kam_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = MainWindow(AppContext(database))
    window.resize(1280, 780)
    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    dashboard = window.dashboard
    while dashboard.loading or window.loader.busy:
        app.processEvents()
        time.sleep(0.002)

    def switch(row: int) -> float:
        start = time.perf_counter()
        dashboard.views.setCurrentRow(row)  # draws the view's artists
        dashboard.canvas.draw()  # and renders them
        return time.perf_counter() - start

    def bare_bars() -> float:
        start = time.perf_counter()
        dashboard.figure.clear()
        dashboard.figure.add_subplot().bar(range(9), range(9))
        dashboard.canvas.draw()
        return time.perf_counter() - start

    slowest = max(best_of(args.runs, lambda r=row: switch(r)) for row in range(len(VIEWS)))
    report("draw a view (the slowest of the nine)", slowest * 1000,
           best_of(args.runs, bare_bars) * 1000, "ms", None)

    def list_largest_class() -> float:
        dashboard.views.setCurrentRow(VIEWS.index("pareto"))
        dashboard.canvas.draw()
        area = dashboard.targets[0]
        start = time.perf_counter()
        dashboard._select(area.pick(0.99, 0.5), area.axes)
        app.processEvents()
        return time.perf_counter() - start

    listed = best_of(args.runs, list_largest_class)
    print(f"list the {len(dashboard.listed_accounts())} accounts of the largest class: "
          f"{listed * 1000:.0f} ms; goal <= 300 ms: {'met' if listed <= 0.3 else 'MISSED'}")
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
    print(f"{what}: {ours:.0f} {unit} (baseline {baseline:.0f} {unit}, ratio {ratio:.2f})"
          + ("; " + "; ".join(goals) if goals else ""))


if __name__ == "__main__":
    main()
