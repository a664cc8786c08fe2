"""Speed of the exchange with the team server (issue #13) on the demo portfolio.

A throw-away PostgreSQL cluster is started for the run (as the tests do, see
tests/server/throwaway_postgres.py) and the figures are wall-clock seconds, the server's
work included:

- first push: the whole demo portfolio pushed to a new hub, against the baseline of the
  same rows (every column of every synced table) written into the same, empty tables of
  another new hub with PostgreSQL's ``COPY`` in one transaction (goal: <= 5x);
- unchanged re-sync: ``sync now`` (pull, then push) of a laptop the hub already holds
  whole (goal: <= 1 s);
- first pull of the whole portfolio into an empty laptop (no goal);
- pull of 1 % changed: another laptop changed one field in 1 % of the accounts and
  pushed; the pull that brings them (goal: <= 2 s), beside the ``COPY`` of those
  accounts' rows. The laptop was backed up by the first pull less than an hour before,
  so these pulls take no backup of their own (docs/team-server.md); the same pull once
  more, with the laptop's backups gone so that it takes one, is given beside them (no
  goal).

The benchmark's own CPU seconds are given beside the push, the re-sync and the pull (the
server's work is not in them), and the load average of the machine at the end: these
machines are shared, and a wall-clock figure is mostly waiting for a core when they are
busy. Each figure is the median of ``runs``.

Run: `.venv/bin/python benchmarks/bench_server.py [--accounts 1000] [--runs 3]`.
"""
from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE), str(HERE.parent / "tests" / "server")]

from measure import Measure, demo_copy, run_alone  # noqa: E402
from throwaway_postgres import Cluster, running_cluster  # noqa: E402

#: table -> (its columns, its rows)
Rows = dict[str, tuple[list[str], list[tuple]]]


class _Timings:
    """Wall-clock seconds of each timed step, and this process's CPU seconds (the
    server's own work is in the first only)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, work: Callable[[], object]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        work()
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(time.process_time() - cpu)


def _rows(path: Path, accounts: list[uuid.UUID] | None = None) -> Rows:
    """Every column of every synced table of the laptop at ``path`` (of ``accounts``
    only, when given), as PostgreSQL's driver takes them."""
    from sqlalchemy import select
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    from kam_desktop.store.clock import SHAPES
    from kam_desktop.store.database import make_engine
    from kam_desktop.sync.state import account_filter

    engine, postgresql = make_engine(path), dialect()
    found: Rows = {}
    try:
        with engine.connect() as connection:
            for name, shape in SHAPES.items():
                query = select(shape.table)
                if accounts is not None:
                    joined, condition = account_filter(name, accounts)
                    query = query.select_from(joined).where(condition)
                columns = list(shape.table.columns)
                driver = [_to_driver(column.type, postgresql) for column in columns]
                found[name] = ([column.name for column in columns],
                               [tuple(to_driver(value) for to_driver, value in zip(driver, row))
                                for row in connection.execute(query)])
    finally:
        engine.dispose()
    if accounts is not None:
        _leave_out_references(found)
    return found


def _leave_out_references(found: Rows) -> None:
    """Empty the references to records outside the rows (an account's holding whose
    parent is another account): the empty tables they are copied into lack them."""
    from kam_desktop.store.clock import SHAPES

    keys = {name: {row[columns.index(SHAPES[name].key)] for row in rows}
            for name, (columns, rows) in found.items()}
    for name, (columns, rows) in found.items():
        for column, target in SHAPES[name].references:
            at = columns.index(column)
            rows[:] = [row if row[at] is None or row[at] in keys.get(target, ())
                       else (*row[:at], None, *row[at + 1:]) for row in rows]


def _to_driver(column_type, postgresql) -> Callable:
    """A value as SQLAlchemy would hand it to psycopg for a column of this type."""
    from psycopg.types.json import Json
    from sqlalchemy import JSON

    if isinstance(column_type, JSON):
        return lambda value: None if value is None else Json(value)
    return column_type.bind_processor(postgresql) or (lambda value: value)


def _copy_seconds(cluster: Cluster, rows: Rows) -> float:
    """``COPY`` of the rows into the empty tables of a new hub, in one transaction."""
    database = cluster.new_hub()
    try:
        with cluster.admin(database) as connection:
            connection.autocommit = False
            started = time.perf_counter()
            with connection.cursor() as cursor:
                for name, (columns, table_rows) in rows.items():  # parents first
                    quoted = ", ".join(f'"{column}"' for column in columns)
                    with cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
                        for row in table_rows:
                            copy.write_row(row)
            connection.commit()
            return time.perf_counter() - started
    finally:
        cluster.drop_database(database)


def _change_accounts(path: Path, share: float, seed: int) -> list[uuid.UUID]:
    """One field changed in ``share`` of the laptop's accounts; their ids."""
    from sqlalchemy import select

    from kam_desktop.services import records
    from kam_desktop.store.database import open_database
    from kam_desktop.store.models import Account

    db = open_database(path)
    try:
        with db.transaction() as session:
            ids = sorted(session.scalars(select(Account.id)), key=str)
            chosen = random.Random(seed).sample(ids, max(1, round(len(ids) * share)))
            for account in chosen:
                records.update_record(session, kind="account", record_id=account,
                                      changes={"notes": f"changed in run {seed}"})
        return chosen
    finally:
        db.close()


def measures(accounts: int, runs: int) -> list[Measure]:
    """The team server's figures on a demo portfolio of ``accounts`` accounts."""
    from kam_desktop.services.server import pull, push, sync_now
    from kam_desktop.store.database import open_database

    folder = Path(tempfile.mkdtemp(prefix="kam-bench-server-"))
    try:
        with running_cluster() as cluster:
            source = demo_copy(accounts, folder)
            rows = _rows(source)
            copies, pushes = [], _Timings()
            for run in range(runs):
                copies.append(_copy_seconds(cluster, rows))
                laptop = folder / f"laptop-{run}.sqlite3"
                shutil.copyfile(source, laptop)
                url = cluster.url(cluster.new_hub())
                db = open_database(laptop)
                pushes.time(lambda: push(db, url=url))
                db.close()
            db = open_database(laptop)  # the last one, whose hub holds it whole
            resyncs = _Timings()
            for _ in range(runs):
                resyncs.time(lambda: sync_now(db, url=url))
            db.close()
            receiver = open_database(folder / "receiver.sqlite3")
            first_pull = _Timings()
            first_pull.time(lambda: pull(receiver, url=url))
            pulls, changed_copies = _Timings(), []
            for run in range(runs):
                changed = _change_accounts(laptop, 0.01, run)
                db = open_database(laptop)
                push(db, url=url)
                db.close()
                pulls.time(lambda: pull(receiver, url=url))
                changed_copies.append(_copy_seconds(cluster, _rows(laptop, changed)))
            _change_accounts(laptop, 0.01, runs)
            db = open_database(laptop)
            push(db, url=url)
            db.close()
            shutil.rmtree(folder / "backups", ignore_errors=True)  # this pull takes one
            backed_up = _Timings()
            backed_up.time(lambda: pull(receiver, url=url))
            receiver.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    copy, median = statistics.median(copies), statistics.median
    prefix = f"team server, {accounts} accounts"
    return [
        Measure(f"{prefix}: baseline, PostgreSQL COPY of the portfolio's rows", copy, "s"),
        Measure(f"{prefix}: first push of the portfolio", median(pushes.wall), "s", copy, 5),
        Measure(f"{prefix}: unchanged re-sync (sync now)", median(resyncs.wall), "s",
                goal_abs=1),
        Measure(f"{prefix}: first pull into an empty laptop", median(first_pull.wall), "s",
                copy),
        Measure(f"{prefix}: pull of 1 % changed accounts", median(pulls.wall), "s",
                median(changed_copies), goal_abs=2),
        Measure(f"{prefix}: pull of 1 % changed accounts, taking its backup",
                backed_up.wall[0], "s"),
        Measure(f"{prefix}: first push, this process's CPU", median(pushes.cpu), "s"),
        Measure(f"{prefix}: unchanged re-sync, this process's CPU",
                median(resyncs.cpu) * 1000, "ms"),
        Measure(f"{prefix}: pull of 1 % changed accounts, this process's CPU",
                median(pulls.cpu) * 1000, "ms"),
        Measure(f"{prefix}: load average (1 minute) at the end", os.getloadavg()[0], ""),
    ]

if __name__ == "__main__":
    run_alone(measures, __doc__)
