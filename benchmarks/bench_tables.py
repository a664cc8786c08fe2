"""Speed of spreadsheet import and export on a big portfolio.

The demo portfolio (``demo_copy``; about 2.6 contacts an account) is exported as a
contacts table and imported into an empty database, then planned again against the
full one. Every figure is the best of ``runs``, but the two imports into an empty
database, run once each. Each figure is printed beside a baseline measured in the same run, with their
ratio, because these machines are too noisy for absolute limits:

- read: ``read_table`` on the CSV (encoding and delimiter detection, and trimming and
  checking every cell, included), against Python's bare ``csv.reader`` over the already
  decoded text (goal: ratio <= 4);
- dry run and import: ``plan_import`` and ``apply_import`` into an empty database,
  against importing the same accounts and contacts from an interchange file, the
  application's other bulk import (goal: ratio <= 1.5);
- re-import dry run: ``plan_import`` of the same file against the full database (every
  row matched, nothing to change), against the same baseline;
- export: ``export_table`` of the contacts to CSV and to XLSX, against writing the same
  rows with a bare ``csv.writer`` (reported; XLSX is openpyxl's speed).

Run: `python benchmarks/bench_tables.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from measure import Measure, demo_copy, run_alone  # noqa: E402

from kam_desktop.services import interchange  # noqa: E402
from kam_desktop.services.table_export import build_sheet, export_table  # noqa: E402
from kam_desktop.services.table_import import apply_import, guess_mapping, plan_import  # noqa: E402
from kam_desktop.services.tabular import read_table  # noqa: E402
from kam_desktop.store.database import open_database  # noqa: E402

TODAY = date(2026, 11, 23)


def best(runs: int, action) -> tuple[float, object]:
    """The fewest seconds ``action()`` took in ``runs`` calls, and its last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def interchange_document(session) -> dict:
    """The portfolio as an interchange document of the same accounts' names and
    contacts as the table carries: the baseline's input."""
    document = interchange.export_document(session)
    for account in document["accounts"]:
        kept = {key: account[key] for key in ("id", "name") if key in account}
        kept["contacts"] = [{key: c[key] for key in ("id", "name", "position", "department",
                                                     "email", "phone") if key in c}
                            for c in account.get("contacts", [])]
        account.clear()
        account.update(kept)
    return document


def measures(accounts: int, runs: int) -> list[Measure]:
    with tempfile.TemporaryDirectory(prefix="kam-bench-tables-") as folder_name:
        folder = Path(folder_name)
        full = open_database(demo_copy(accounts, folder))
        try:
            return _measures(full, folder, runs)
        finally:
            full.close()


def _measures(full, folder: Path, runs: int) -> list[Measure]:
    table_file = folder / "contacts.csv"
    with full.sessions() as session:
        export_seconds, _ = best(runs, lambda: export_table(
            session, kind="contacts", path=table_file, language="ru", today=TODAY))
        xlsx_seconds, _ = best(runs, lambda: export_table(
            session, kind="contacts", path=folder / "contacts.xlsx", language="ru", today=TODAY))
        sheet = build_sheet(session, kind="contacts", language="ru", today=TODAY)
        document = interchange_document(session)

    def bare_csv_writer() -> None:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerows([[str(v) for v in row] for row in sheet.rows])
        (folder / "bare.csv").write_text(out.getvalue(), encoding="utf-8")

    bare_write, _ = best(runs, bare_csv_writer)
    text = table_file.read_bytes().decode("utf-8-sig")
    bare_read, _ = best(runs, lambda: list(csv.reader(io.StringIO(text, newline=""),
                                                      delimiter=";")))
    read_seconds, table = best(runs, lambda: read_table(table_file))
    columns = guess_mapping(table.headers)
    empties = iter(range(2))

    def into_empty(write) -> float:
        """Seconds of ``write(session)`` into a new empty database (made untimed)."""
        target = open_database(folder / f"empty-{next(empties)}.sqlite3")
        try:
            with target.transaction() as session:
                start = time.perf_counter()
                write(session)
                return time.perf_counter() - start
        finally:
            target.close()

    # once each: an import takes long enough for one run to tell
    baseline = into_empty(lambda s: interchange.import_document(s, document))
    apply_seconds = into_empty(lambda s: apply_import(s, table=table, columns=columns))
    empty = open_database(folder / "empty.sqlite3")
    with empty.sessions() as session:
        plan_seconds, plan = best(runs, lambda: plan_import(session, table=table,
                                                            columns=columns))
    empty.close()
    with full.sessions() as session:
        again_seconds, again = best(runs, lambda: plan_import(session, table=table,
                                                              columns=columns))
    assert not plan.bad and again.changes == 0, "the export did not import back cleanly"

    def figure(name: str, seconds: float, base: float, goal: float | None = None) -> Measure:
        return Measure(name, seconds * 1000, baseline=base * 1000, goal_ratio=goal)

    return [figure("read a contacts CSV", read_seconds, bare_read, 4),
            figure("table import dry run, empty database", plan_seconds, baseline, 1.5),
            figure("table import, empty database", apply_seconds, baseline, 1.5),
            figure("table import dry run, full database", again_seconds, baseline, 1.5),
            figure("export contacts to CSV", export_seconds, bare_write),
            figure("export contacts to XLSX", xlsx_seconds, bare_write)]


if __name__ == "__main__":
    run_alone(measures, __doc__)
