"""Speed of the exchange between laptops on the 5,000-account demo portfolio.

Every figure is printed beside a baseline measured in the same run, because these
machines are too noisy for absolute limits. The baseline is inserting the very same rows
(every synced table of the portfolio) into an empty database with plain ``sqlite3``
``executemany`` in one transaction, with the application's pragmas.

- export: writing the bundle of the whole portfolio (plain and encrypted);
- fresh import: the bundle into an empty database (goal: <= 10x the baseline);
- re-import: a new bundle of the same, unchanged portfolio into a database that already
  holds it (goal: <= 3x), and the same bundle a second time ("already imported");
- memory: the peak resident memory of each import, measured in its own process with
  ``resource.getrusage`` (goal <= 300 MB). Everything heavy runs in its own process, so
  that no child inherits a large parent's high-water mark.

Run: `.venv/bin/python benchmarks/bench_sync.py [--accounts 5000]`.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

IMPORT = """
import resource, sys, time
from pathlib import Path
from kam_desktop.store.database import open_database
from kam_desktop.services.sync import finish_import, import_bundle
db = open_database(sys.argv[1])
start = time.perf_counter()
with db.transaction() as session:
    result = import_bundle(session, path=Path(sys.argv[2]), password=sys.argv[3] or None)
finish_import(db.engine, db.path, result)
seconds = time.perf_counter() - start
print("SECONDS", seconds, "ADDED", result.added, "ALREADY", result.already_imported,
      "PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _import(db: Path, bundle: Path, password: str = "") -> tuple[float, float, str]:
    """Seconds of the import itself, peak memory of its process (MB), what it said."""
    words = _run(IMPORT, str(db), str(bundle), password)
    seconds = float(words[words.index("SECONDS") + 1])
    peak = int(words[words.index("PEAK_KB") + 1]) / 1024
    said = f"added {words[words.index('ADDED') + 1]}, already imported " \
           f"{words[words.index('ALREADY') + 1]}"
    return seconds, peak, said


EXPORT = """
import sys, time
from pathlib import Path
from kam_desktop.store.database import open_database
from kam_desktop.services.sync import export_bundle
db = open_database(sys.argv[1])
start = time.perf_counter()
with db.transaction() as session:
    export_bundle(session, path=Path(sys.argv[2]), password=sys.argv[3] or None,
                  allow_unlocked=True)
print("SECONDS", time.perf_counter() - start)
"""

BASELINE = """
import sqlite3, sys, time
from kam_desktop.store.clock import SHAPES
with sqlite3.connect(sys.argv[1]) as connection:
    rows = {name: connection.execute(f"SELECT * FROM {name}").fetchall() for name in SHAPES}
target = sqlite3.connect(sys.argv[2], isolation_level=None)
for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL", "cache_size=-65536"):
    target.execute(f"PRAGMA {pragma}")
start = time.perf_counter()
target.execute("BEGIN")
for name, table_rows in rows.items():  # parents before children
    if table_rows:
        marks = ", ".join("?" * len(table_rows[0]))
        target.executemany(f"INSERT INTO {name} VALUES ({marks})", table_rows)
target.execute("COMMIT")
print("SECONDS", time.perf_counter() - start, "ROWS", sum(map(len, rows.values())))
"""


def _run(code: str, *args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          check=True)
    return done.stdout.split()


def _export(db_path: Path, bundle: Path, password: str = "") -> float:
    words = _run(EXPORT, str(db_path), str(bundle), password)
    return float(words[words.index("SECONDS") + 1])


def _baseline(source: Path, empty: Path) -> tuple[float, int]:
    """Seconds to insert every synced row of ``source`` into ``empty`` with executemany."""
    words = _run(BASELINE, str(source), str(empty))
    return float(words[words.index("SECONDS") + 1]), int(words[words.index("ROWS") + 1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=5000)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kam-bench-sync-"))
    try:
        source = folder / "colleague" / "portfolio.sqlite3"
        print(f"building a {args.accounts}-account demo portfolio …", flush=True)
        kam = [sys.executable, "-m", "kam_desktop", "--db"]
        subprocess.run(kam + [str(source), "demo", "--accounts", str(args.accounts)],
                       check=True, capture_output=True)
        template = folder / "template.sqlite3"
        subprocess.run(kam + [str(template), "check"], check=True, capture_output=True)

        def empty(name: str) -> Path:
            path = folder / name / "portfolio.sqlite3"
            path.parent.mkdir(parents=True)
            shutil.copy(template, path)
            return path

        baseline, count = _baseline(source, empty("baseline"))
        bundle, locked = folder / "portfolio.kamsync", folder / "portfolio-locked.kamsync"
        export_plain = _export(source, bundle)
        export_locked = _export(source, locked, "пароль коллеги")
        fresh_db = empty("fresh")
        fresh, fresh_peak, fresh_said = _import(fresh_db, bundle)
        locked_seconds, locked_peak, _ = _import(empty("fresh-locked"), locked, "пароль коллеги")
        again_bundle = folder / "again.kamsync"
        _export(source, again_bundle)  # the same portfolio, a new bundle
        again, again_peak, again_said = _import(fresh_db, again_bundle)
        repeat, repeat_peak, repeat_said = _import(fresh_db, bundle)

        def line(label: str, seconds: float, goal: float | None = None) -> str:
            ratio = seconds / baseline
            verdict = "" if goal is None else (" ok" if ratio <= goal else f" ABOVE {goal}x")
            return f"  {label:<44} {seconds:7.2f} s  {ratio:5.2f}x{verdict}"

        print(f"\n{args.accounts} accounts, {count:,} rows, bundle "
              f"{bundle.stat().st_size / 2**20:.1f} MB (encrypted "
              f"{locked.stat().st_size / 2**20:.1f} MB)")
        print(f"  {'baseline: sqlite3 executemany of the rows':<44} {baseline:7.2f} s  1.00x")
        print(line("export", export_plain))
        print(line("export, encrypted", export_locked))
        print(line("fresh import into an empty database", fresh, 10))
        print(line("fresh import, encrypted", locked_seconds, 10))
        print(line("re-import: a new bundle, nothing changed", again, 3))
        print(line("the same bundle again: already imported", repeat, 3))
        print(f"  (the imports said: {fresh_said}; {again_said}; {repeat_said})")
        print("peak memory of the import process (goal <= 300 MB):")
        for label, peak in (("fresh import", fresh_peak), ("fresh import, encrypted",
                                                           locked_peak),
                            ("re-import, unchanged", again_peak),
                            ("same bundle again", repeat_peak)):
            print(f"  {label:<44} {peak:7.0f} MB{'  ok' if peak <= 300 else '  ABOVE'}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
