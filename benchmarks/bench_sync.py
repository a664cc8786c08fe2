"""Speed of the exchange between laptops on the demo portfolio (issue #15).

Every figure is a ratio against a baseline measured in the same run: inserting the very
same rows (every synced table of the portfolio) into an empty database with plain
``sqlite3`` ``executemany`` in one transaction, with the application's pragmas. The imports
into an empty database do that very work, so the growth table judges their growth against
the baseline's too (``Measure.baseline_same_work``): writing the rows into the tables' and
indexes' b-trees grows faster than the rows by itself. The goals
are judged on the CPU time of the process doing the work (``time.process_time``): on the
shared machines these benchmarks run on, wall-clock time is mostly waiting for a core,
and the waits differ from one process to the next. The wall-clock ratios are printed too.

- fresh import: the bundle of the whole portfolio into an empty database, the whole
  receiving as the window and the command line do it (goal: <= 4x the baseline);
- re-import: a new bundle of the same, unchanged portfolio into a database that already
  holds it (goal: <= 1.5x), and the same bundle a second time ("already imported");
- interchange import: the portfolio's interchange (JSON) file into an empty database;
- export: writing the bundle of the whole portfolio;
- memory: the peak resident memory of the fresh import's process, and of the interchange
  import's (reading the file included), measured with ``resource.getrusage`` (goal each
  <= 300 MB).

Everything timed runs in a process of its own, so that no figure pays for another's
memory or caches; each figure is the median of ``runs``.

Run: `.venv/bin/python benchmarks/bench_sync.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from measure import Measure, demo_copy, run_alone  # noqa: E402

RECEIVE = """
import resource, sys, time
from pathlib import Path
from kam_desktop.store.database import open_database
from kam_desktop.services.sync import receive_bundle
db = open_database(sys.argv[1])
start, cpu = time.perf_counter(), time.process_time()
result = receive_bundle(db, path=Path(sys.argv[2]))
print("SECONDS", time.perf_counter() - start, "CPU", time.process_time() - cpu,
      "ADDED", result.added,
      "ALREADY", result.already_imported,
      "PEAK_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

EXPORT = """
import sys, time
from pathlib import Path
from kam_desktop.store.database import open_database
from kam_desktop.services.sync import export_bundle
db = open_database(sys.argv[1])
start = time.process_time()
with db.transaction() as session:
    export_bundle(session, path=Path(sys.argv[2]), allow_unlocked=True)
print("CPU", time.process_time() - start)
"""

INTERCHANGE_EXPORT = """
import sys
from pathlib import Path
from kam_desktop.services import interchange
from kam_desktop.store.database import open_database
db = open_database(sys.argv[1])
with db.sessions() as session:
    interchange.write_document(Path(sys.argv[2]), interchange.export_document(session))
"""

INTERCHANGE_IMPORT = """
import resource, sys, time
from pathlib import Path
from kam_desktop.services import interchange
from kam_desktop.store.database import open_database
db = open_database(sys.argv[1])
start = time.process_time()
with db.transaction() as session:
    interchange.import_file(session, Path(sys.argv[2]))
print("CPU", time.process_time() - start,
      "PEAK_MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

BASELINE = """
import sqlite3, sys, time
from kam_desktop.store.clock import SHAPES
with sqlite3.connect(sys.argv[1]) as connection:
    rows = {name: connection.execute(f"SELECT * FROM {name}").fetchall() for name in SHAPES}
target = sqlite3.connect(sys.argv[2], isolation_level=None)
for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "cache_size=-65536"):
    target.execute(f"PRAGMA {pragma}")
start, cpu = time.perf_counter(), time.process_time()
target.execute("BEGIN")
# tables parents before children; within a table (an account's holding is an account)
# the references are checked at the commit
target.execute("PRAGMA defer_foreign_keys=ON")
for name, table_rows in rows.items():
    if table_rows:
        marks = ", ".join("?" * len(table_rows[0]))
        target.executemany(f"INSERT INTO {name} VALUES ({marks})", table_rows)
target.execute("COMMIT")
print("SECONDS", time.perf_counter() - start, "CPU", time.process_time() - cpu)
"""

EMPTY = """
import sys
from kam_desktop.store.database import open_database
open_database(sys.argv[1]).close()
"""


def _run(code: str, *args: Path) -> dict[str, str]:
    """Run ``code`` in a process of its own; what it printed as NAME value pairs."""
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)],
                          capture_output=True, text=True, check=True)
    words = done.stdout.split()
    return dict(zip(words[::2], words[1::2]))


def measures(accounts: int, runs: int) -> list[Measure]:
    """The exchange's figures on a demo portfolio of ``accounts`` accounts."""
    folder = Path(tempfile.mkdtemp(prefix="kam-bench-sync-"))
    try:
        source = demo_copy(accounts, folder)
        template = folder / "empty.sqlite3"
        _run(EMPTY, template)

        def empty(name: str) -> Path:
            path = folder / name / "portfolio.sqlite3"
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, path)
            return path

        bundle, again = folder / "portfolio.kamsync", folder / "again.kamsync"
        exports = [_run(EXPORT, source, bundle) for _ in range(runs)]
        _run(EXPORT, source, again)  # the same portfolio, a new bundle
        document = folder / "portfolio.json"
        _run(INTERCHANGE_EXPORT, source, document)

        baseline, fresh, interchange = [], [], []
        for run in range(runs):
            baseline.append(_run(BASELINE, source, empty(f"baseline-{run}")))
            fresh.append(_run(RECEIVE, empty(f"fresh-{run}"), bundle))
        full = folder / "fresh-0" / "portfolio.sqlite3"
        reimport, repeat = [], []
        for run in range(runs):
            copy = folder / f"again-{run}" / "portfolio.sqlite3"
            copy.parent.mkdir()
            shutil.copyfile(full, copy)
            reimport.append(_run(RECEIVE, copy, again))
            repeat.append(_run(RECEIVE, copy, again))
        for run in range(runs):  # last: through the ORM, it takes longest
            interchange.append(_run(INTERCHANGE_IMPORT, empty(f"interchange-{run}"),
                                    document))

        def median(said: list[dict[str, str]], word: str = "CPU") -> float:
            return statistics.median(float(words[word]) for words in said)

        base, wall = median(baseline), median(baseline, "SECONDS")
        prefix = f"exchange, {accounts} accounts"
        return [
            Measure(f"{prefix}: fresh import of the bundle (CPU)", median(fresh), "s", base, 4,
                    baseline_same_work=True),
            Measure(f"{prefix}: re-import of an unchanged portfolio (CPU)", median(reimport),
                    "s", base, 1.5),
            Measure(f"{prefix}: the same bundle again, already imported (CPU)",
                    median(repeat), "s", base),
            Measure(f"{prefix}: interchange (JSON) import into an empty database (CPU)",
                    median(interchange), "s", base, baseline_same_work=True),
            Measure(f"{prefix}: export of the bundle (CPU)", median(exports), "s", base),
            Measure(f"{prefix}: fresh import of the bundle (wall clock)",
                    median(fresh, "SECONDS"), "s", wall, baseline_same_work=True),
            Measure(f"{prefix}: re-import of an unchanged portfolio (wall clock)",
                    median(reimport, "SECONDS"), "s", wall),
            Measure(f"{prefix}: peak memory of the fresh import", max(
                float(words["PEAK_MB"]) for words in fresh), "MB", goal_abs=300),
            Measure(f"{prefix}: peak memory of the interchange import", max(
                float(words["PEAK_MB"]) for words in interchange), "MB", goal_abs=300),
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run_alone(measures, __doc__)
