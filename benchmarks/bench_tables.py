"""Speed of spreadsheet import and export on a big portfolio.

A demo portfolio (default 2,000 accounts, about 13,000 contacts) is exported as a
contacts table and imported into an empty database, then planned again against the
full one. Each figure is printed beside a baseline measured in the same run, with their
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

Run: `.venv/bin/python benchmarks/bench_tables.py [--accounts 2000]`.
"""
from __future__ import annotations

import argparse
import csv
import io
import tempfile
import time
from datetime import date
from pathlib import Path

from kam_desktop.services import interchange
from kam_desktop.services.demo import load_demo
from kam_desktop.services.table_export import build_sheet, export_table
from kam_desktop.services.table_import import apply_import, guess_mapping, plan_import
from kam_desktop.services.tabular import read_table
from kam_desktop.store.database import open_database

TODAY = date(2026, 11, 23)


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def report(name: str, seconds: float, baseline: float, goal: float | None = None) -> None:
    ratio = seconds / baseline if baseline else float("inf")
    verdict = "" if goal is None else ("  ok" if ratio <= goal else f"  OVER the goal {goal}")
    print(f"{name:<28} {seconds * 1000:9.0f} ms   baseline {baseline * 1000:8.0f} ms   "
          f"ratio {ratio:5.2f}{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=2000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tables-"))
    full = open_database(folder / "full.sqlite3")
    with full.transaction() as session:
        load_demo(session, accounts=args.accounts, seed=1, today=TODAY)
    table_file = folder / "contacts.csv"
    with full.sessions() as session:
        export_seconds, rows = timed(lambda: export_table(
            session, kind="contacts", path=table_file, language="ru", today=TODAY))
        xlsx_seconds, _ = timed(lambda: export_table(
            session, kind="contacts", path=folder / "contacts.xlsx", language="ru", today=TODAY))
        sheet = build_sheet(session, kind="contacts", language="ru", today=TODAY)
        # the interchange baseline carries the same accounts' names and contacts
        document = interchange.export_document(session)
    for account in document["accounts"]:
        kept = {key: account[key] for key in ("id", "name") if key in account}
        kept["contacts"] = [{key: c[key] for key in ("id", "name", "position", "department",
                                                     "email", "phone") if key in c}
                            for c in account.get("contacts", [])]
        account.clear()
        account.update(kept)
    print(f"{args.accounts} accounts, {rows} contact rows\n")

    def bare_csv_writer():
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerows([[str(v) for v in row] for row in sheet.rows])
        (folder / "bare.csv").write_text(out.getvalue(), encoding="utf-8")

    bare_write, _ = timed(bare_csv_writer)
    text = table_file.read_bytes().decode("utf-8-sig")
    bare_read, _ = timed(lambda: list(csv.reader(io.StringIO(text, newline=""), delimiter=";")))
    read_seconds, table = timed(lambda: read_table(table_file))
    columns = guess_mapping(table.headers)

    def interchange_import() -> None:
        target = open_database(folder / "interchange.sqlite3")
        try:
            with target.transaction() as session:
                interchange.import_document(session, document)
        finally:
            target.close()

    baseline, _ = timed(interchange_import)
    empty = open_database(folder / "empty.sqlite3")
    with empty.sessions() as session:
        plan_seconds, plan = timed(lambda: plan_import(session, table=table, columns=columns))
    with empty.transaction() as session:
        apply_seconds, _ = timed(lambda: apply_import(session, table=table, columns=columns))
    with full.sessions() as session:
        again_seconds, again = timed(lambda: plan_import(session, table=table, columns=columns))
    assert not plan.bad and again.changes == 0, "the export did not import back cleanly"

    report("read CSV", read_seconds, bare_read, 4)
    report("dry run, empty database", plan_seconds, baseline, 1.5)
    report("import, empty database", apply_seconds, baseline, 1.5)
    report("dry run, full database", again_seconds, baseline, 1.5)
    report("export contacts CSV", export_seconds, bare_write)
    report("export contacts XLSX", xlsx_seconds, bare_write)
    full.close()
    empty.close()


if __name__ == "__main__":
    main()
