"""Speed of the dashboard on the demo portfolio, each figure beside a same-run baseline:

- read every chart's series (services.analytics.portfolio_analytics, best of N), against
  reading the portfolio table (services.portfolio.list_accounts), which the Portfolio tab
  does on every change;
- tab to its first chart: showing the Dashboard tab in a fresh process until its first
  chart is drawn, against a bare matplotlib canvas in a Qt window drawing one line (the
  cost of importing matplotlib and Qt's backend), both from the tab click. "Cold": the
  tab is opened the moment the portfolio shows; "after idle": once the window has been
  idle two seconds, as when a user looks at Today first (goal: ≤ 1 s);
- a view switch: from another view until the chosen one is painted, the slowest view
  (best of N each), against drawing a bare bar chart of ten bars on the same canvas, in
  three states: "cold", every view read again and none drawn ahead, so that the chosen one
  is drawn on the switch (as in the first seconds after the tab opens, before the window
  has drawn the views ahead); "first shown after it was drawn ahead", every view read
  again and drawn one by one in idle time as the window does while the tab is shown, then
  each shown for the first time (goal ≤ 100 ms); "shown before" (goal ≤ 100 ms);
- while every view is read again and drawn ahead, the longest the window was busy at
  once, that is the longest a keystroke or a click would have waited, against the bare
  chart;
- a click on the last ABC class listing its accounts (goal ≤ 50 ms), against listing as
  many names, sorted, in a bare QTableView of fixed row heights over a QStringListModel;
  ``--only bench_dashboard:click`` (run_all) measures only this.

Run: `.venv/bin/python benchmarks/bench_dashboard.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import Measure, demo_copy, run_alone  # noqa: E402

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

# argv: database, seconds the window stays idle before the tab is clicked
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
idle_until = time.perf_counter() + float(sys.argv[2])
while time.perf_counter() < idle_until:
    app.processEvents()
    time.sleep(0.01)
start = time.perf_counter()
window.tabs.setCurrentWidget(window.dashboard)
while window.dashboard.loading:
    app.processEvents()
    time.sleep(0.002)
window.dashboard.canvas.draw()
app.processEvents()
print("SECONDS", time.perf_counter() - start)
"""


def _seconds(code: str, *args: str) -> float:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, check=True)
    words = result.stdout.split()
    return float(words[words.index("SECONDS") + 1])


def _best_of(runs: int, measure) -> float:
    return min(measure() for _ in range(runs))


def measures(accounts: int, runs: int) -> list[Measure]:
    from kam_desktop.services.analytics import portfolio_analytics
    from kam_desktop.services.portfolio import list_accounts
    from kam_desktop.store.database import open_database

    db_path = demo_copy(accounts, Path(tempfile.mkdtemp(prefix="kam-bench-dashboard-")))
    database = open_database(db_path)
    today = date.today()

    def timed(query) -> float:
        start = time.perf_counter()
        with database.sessions() as session:
            query(session)
        return (time.perf_counter() - start) * 1000

    every_series = _best_of(runs, lambda: timed(lambda s: portfolio_analytics(s, today=today)))
    table = _best_of(runs, lambda: timed(lambda s: list_accounts(s, today=today)))
    found = [Measure("dashboard: read every chart's series", every_series, baseline=table)]
    bare = _best_of(runs, lambda: _seconds(BARE_CANVAS)) * 1000
    for label, idle in (("cold", "0"), ("after 2 s idle", "2")):
        found.append(Measure(f"dashboard: tab to its first chart, {label}",
                             _best_of(runs, lambda: _seconds(DASHBOARD, str(db_path), idle)) * 1000,
                             baseline=bare, goal_abs=1000 if idle != "0" else None))
    found += _in_window(database, runs)
    database.close()
    return found


def _dashboard_shown(database):
    """The application and its window on ``database``, the Dashboard tab shown."""
    from PySide6.QtWidgets import QApplication

    from kam_desktop.ui.collector import collect_on_gui_thread
    from kam_desktop.ui.context import AppContext
    from kam_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    collect_on_gui_thread(app)  # as run_gui does
    window = MainWindow(AppContext(database))
    window.resize(1280, 780)
    window.show()
    window.tabs.setCurrentWidget(window.dashboard)
    return app, window


def _in_window(database, runs: int) -> list[Measure]:
    from kam_desktop.ui.dashboard import VIEWS

    app, window = _dashboard_shown(database)
    dashboard = window.dashboard

    def settle(ahead: bool = False) -> float:
        """Run the window until the series are read and, with ``ahead``, every view is
        drawn ahead; returns the longest the window was busy at once (ms), that is the
        longest a keystroke or a click would have waited."""
        longest = 0.0
        while dashboard.loading or window.loader.busy or (ahead and dashboard.undrawn_views):
            start = time.perf_counter()
            app.processEvents()
            longest = max(longest, (time.perf_counter() - start) * 1000)
            time.sleep(0.002)
        return longest

    settle()

    def switch(row: int) -> float:
        """To view ``row`` until it is painted."""
        start = time.perf_counter()
        dashboard.views.setCurrentRow(row)
        settle()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    def from_next(row: int, cold: bool) -> float:
        """From the next view to view ``row``: ``cold``, every view read again and none
        drawn ahead, so that it is drawn on the switch; else shown before."""
        dashboard.draws_ahead = not cold
        if cold:
            dashboard.reload()
        dashboard.views.setCurrentRow((row + 1) % len(VIEWS))
        settle()
        app.processEvents()
        return switch(row)

    blocked = []

    def drawn_ahead() -> list[float]:
        """Every view read again while the whitespace table is shown and drawn ahead in
        idle time, then each chart shown in turn, for the first time since."""
        dashboard.draws_ahead = True
        dashboard.views.setCurrentRow(VIEWS.index("whitespace"))
        dashboard.reload()
        blocked.append(settle(ahead=True))
        app.processEvents()
        return [switch(row) for row, view in enumerate(VIEWS) if view != "whitespace"]

    def bare_bars() -> float:
        start = time.perf_counter()
        dashboard.figure.clear()
        dashboard.figure.add_subplot().bar(range(10), range(10))
        dashboard.canvas.draw()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    bare = _best_of(runs, bare_bars)
    cold = max(_best_of(runs, lambda r=row: from_next(r, cold=True)) for row in range(len(VIEWS)))
    ahead = max(map(min, zip(*(drawn_ahead() for _ in range(runs)))))
    before = max(_best_of(runs, lambda r=row: from_next(r, cold=False))
                 for row in range(len(VIEWS)))
    found = [Measure("dashboard: a view switch, cold: drawn on the switch (the slowest view)",
                     cold, baseline=bare),
             Measure("dashboard: a view switch, first shown after it was drawn ahead in idle "
                     "time (the slowest view)", ahead, baseline=bare, goal_abs=100),
             Measure("dashboard: a view switch, shown before (the slowest view)", before,
                     baseline=bare, goal_abs=100),
             Measure("dashboard: the longest the window was busy at once while reading and "
                     "drawing every view ahead", min(blocked), baseline=bare)]
    dashboard.reload()  # the bare bars replaced a view's drawing
    settle()
    found.append(_click(app, dashboard, lambda: settle(ahead=True), runs))
    window.close()
    return found


def _click(app, dashboard, settle, runs: int) -> Measure:
    """A click on the Pareto curve's last class, until its accounts are listed, against
    a competent bare table listing as many names: sorted, in a QStringListModel, in a
    QTableView of fixed row heights (as ours) and the same size."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from kam_desktop.ui.dashboard import VIEWS

    def list_largest_class() -> float:
        dashboard.views.setCurrentRow(VIEWS.index("pareto"))
        settle()
        dashboard.canvas.draw()
        area = dashboard.targets[0]
        start = time.perf_counter()
        dashboard._select(area.pick(0.99, 0.5), area.axes)
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    listed = _best_of(runs, list_largest_class)
    names = [dashboard.data.accounts[a].name for a in dashboard.listed_accounts()]
    bare_table = QTableView()
    bare_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    bare_table.resize(dashboard.table.size())
    bare_table.show()

    def list_bare() -> float:
        start = time.perf_counter()
        bare_table.setModel(QStringListModel(sorted(names, key=str.casefold), bare_table))
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    found = Measure(f"dashboard: a click listing a bar's {len(names)} accounts", listed,
                    baseline=_best_of(runs, list_bare), goal_abs=50)
    bare_table.close()
    return found


def click_only(accounts: int, runs: int) -> list[Measure]:
    """Only the click listing a bar's accounts (``--only bench_dashboard:click``): the
    whole benchmark takes half an hour at 20,000 accounts."""
    from kam_desktop.store.database import open_database

    database = open_database(demo_copy(accounts, Path(tempfile.mkdtemp(
        prefix="kam-bench-dashboard-"))))
    app, window = _dashboard_shown(database)
    dashboard = window.dashboard

    def settle() -> None:  # every view read and drawn ahead: the click alone is timed
        while dashboard.loading or window.loader.busy or dashboard.undrawn_views:
            app.processEvents()
            time.sleep(0.002)

    settle()
    found = [_click(app, dashboard, settle, runs)]
    window.close()
    database.close()
    return found


PARTS = {"click": click_only}


if __name__ == "__main__":
    run_alone(measures, __doc__)
