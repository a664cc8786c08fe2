"""What every benchmark reports, and the demo portfolios they share.

A benchmark module exposes ``measures(accounts: int, runs: int) -> list[Measure]``;
``run_all.py`` collects them into one table. A figure is judged either as a ratio against
a baseline measured in the same run (these machines are too noisy for absolute limits) or,
where the issue sets one, against an absolute limit; a measure may carry both.
"""
from __future__ import annotations

import argparse
import cProfile
import fcntl
import hashlib
import os
import pstats
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class Measure:
    """One figure: ours against a same-run baseline and/or an absolute limit."""

    name: str
    ours: float
    unit: str = "ms"
    baseline: float | None = None
    # the ratio ours / baseline must not exceed this
    goal_ratio: float | None = None
    # ours must not exceed this, in ``unit``
    goal_abs: float | None = None
    #: the work behind ``ours``, counted rather than timed (see :func:`work_of`): how it
    #: grows with the portfolio does not depend on the machine's load
    work: dict[str, int] | None = None
    #: the baseline does ours' very work by the plainest means (the same rows written by
    #: ``executemany``): ours cannot grow more slowly than it, so the growth table judges
    #: ours' growth against the baseline's as well
    baseline_same_work: bool = False

    @property
    def ratio(self) -> float | None:
        return self.ours / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        """Whether every goal set is met; None when the measure sets none."""
        checks = []
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        if self.goal_abs is not None:
            checks.append(self.ours <= self.goal_abs)
        return all(checks) if checks else None

    @property
    def goal(self) -> str:
        parts = []
        if self.goal_ratio is not None:
            parts.append(f"≤ {self.goal_ratio:g}×")
        if self.goal_abs is not None:
            parts.append(f"≤ {self.goal_abs:g} {self.unit}")
        return ", ".join(parts) or "—"

    def line(self) -> str:
        baseline = "" if self.baseline is None else f" (baseline {self.baseline:.1f} {self.unit})"
        ratio = "" if self.ratio is None else f", ratio {self.ratio:.2f}"
        verdict = {True: "met", False: "MISSED", None: "no goal"}[self.met]
        return f"{self.name}: {self.ours:.1f} {self.unit}{baseline}{ratio}; goal {self.goal}: {verdict}"


def _cache_folder() -> Path:
    folder = Path(os.environ.get("KAM_BENCH_CACHE", Path(tempfile.gettempdir()) / "kam-bench"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _schema_head() -> str:
    """The newest migration's number and a digest of the migrations and of the demo's
    code: branches numbering their migrations alike, or making another demo, do not take
    each other's cached portfolio."""
    from kam_desktop.services import demo
    from kam_desktop.store import migrations

    versions = sorted((Path(migrations.__file__).parent / "versions").glob("[0-9]*.py"))
    demo_code = Path(demo.__file__)
    demo_files = sorted(demo_code.parent.rglob("*.py")) if demo_code.name == "__init__.py" \
        else [demo_code]
    digest = hashlib.sha1()
    for path in [*versions, *demo_files]:
        digest.update(path.name.encode() + path.read_bytes())
    return f"{max(path.name.split('_')[0] for path in versions)}-{digest.hexdigest()[:8]}"


def demo_copy(accounts: int, folder: Path, seed: int = 1) -> Path:
    """A fresh copy, in ``folder``, of the demo portfolio of ``accounts`` accounts.

    The portfolio is built once per size, seed and schema version and kept in
    ``$KAM_BENCH_CACHE`` (default: the temporary folder's ``kam-bench``), because building
    5,000 accounts takes a minute and every benchmark needs it."""
    from kam_desktop.services.demo import load_demo
    from kam_desktop.store.database import open_database

    cached = _cache_folder() / f"demo-{accounts}-seed{seed}-schema{_schema_head()}-{date.today()}.sqlite3"
    # one builder at a time: benchmarks started together wait for the first one's build
    with open(cached.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not cached.exists():
            building = cached.with_suffix(f".building-{os.getpid()}")
            database = open_database(building)
            with database.transaction() as session:
                load_demo(session, accounts=accounts, seed=seed, today=date.today())
            database.close()
            building.replace(cached)
    copy = folder / f"demo-{accounts}.sqlite3"
    shutil.copyfile(cached, copy)
    return copy


def best_read(database, runs: int, query: Callable) -> float:
    """The fastest of ``runs`` runs of ``query(session)``, each in a session of its own,
    in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        with database.sessions() as session:
            query(session)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


#: SQLite calls the progress handler every this many steps of its virtual machine
STEP_BATCH = 1000


def _bytes_read() -> int | None:
    """The bytes this process has read through system calls so far (Linux), None
    elsewhere."""
    try:
        text = Path("/proc/self/io").read_text()
    except OSError:
        return None
    return int(next(line for line in text.splitlines() if line.startswith("rchar:")).split()[1])


def work_of(database, query: Callable) -> dict[str, int]:
    """The work of ``query(session)``, counted: SQLite's virtual-machine steps (by a
    progress handler, to the thousand below per statement), Python's function calls
    (cProfile) and, on Linux, the database pages read from the file by system calls. It
    runs on a new connection, whose page cache starts empty as at the window's start, so
    the pages read are those the read needs plus any it had to read again for want of
    room: their growth beyond the steps' is the memory's, not the algorithm's. (A read
    that maps the file, store.database.mapped_read, reads none: the operating system
    serves the pages in place.) Run it after the query has run once (a module imported
    on first use would count as pages read)."""
    database.engine.dispose()
    batches = 0

    def tick() -> int:
        nonlocal batches
        batches += 1
        return 0  # go on

    profile = cProfile.Profile()
    with database.sessions() as session:
        raw = session.connection().connection.dbapi_connection
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        raw.set_progress_handler(tick, STEP_BATCH)
        read_before = _bytes_read()
        profile.enable()
        try:
            query(session)
        finally:
            profile.disable()
            read_after = _bytes_read()
            raw.set_progress_handler(None, STEP_BATCH)
    work = {"VM steps": batches * STEP_BATCH,
            "Python calls": pstats.Stats(profile).total_calls}
    if read_before is not None:
        work["pages read"] = (read_after - read_before) // page_size
    return work


# the settings of a user who left the portfolio open and was already asked their name
# (no dialog in front of the window)
_PREPARE_SETTINGS = """
from PySide6.QtCore import QCoreApplication
from kam_desktop.store.database import APP_NAME
from kam_desktop.ui import settings
app = QCoreApplication([])
app.setApplicationName(APP_NAME)
app.setOrganizationName("KAM Desktop")
settings.set_value("main_tab", "portfolio")
settings.set_user_name_asked()
"""


def user_environment(home: Path) -> dict[str, str]:
    """The environment for starting the application as a user whose home is ``home``
    (settings, data and caches inside it; the portfolio tab open, the name asked), with
    this source tree first on the path."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    environment = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                   "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
                   "PYTHONPATH": os.pathsep.join([str(root), *filter(None, [
                       os.environ.get("PYTHONPATH")])])}
    # an installed application starts from compiled bytecode: let the first (warm-up)
    # start write it, as installing does, rather than compile every module on every start
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([sys.executable, "-c", _PREPARE_SETTINGS], env=environment, check=True,
                   capture_output=True)
    return environment


# a bare PySide6 window with an empty table: the baseline of start-up; the benchmarks add
# what they do once it shows
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
window.resize(1280, 780)
window.show()
"""


def run_alone(measures: Callable[[int, int], list[Measure]], doc: str, runs: int = 3) -> None:
    """``python benchmarks/bench_x.py [--accounts N] [--runs R]``: print its measures."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=runs)
    args = parser.parse_args()
    for measure in measures(args.accounts, args.runs):
        print(measure.line())
