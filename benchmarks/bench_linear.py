"""The machine's linear reference: the time a fixed amount of Python work per account
takes at each size, so that the growth table (run_all.py) can tell how the portfolio's
figures grow from how this machine's memory makes any work grow.

The work is what our reads do to the rows they fetch, and nothing that grows faster than
the rows: ROWS_PER_ACCOUNT rows per account, in account order as a grouped read returns
them, each row's account found by its text id in a dictionary, its amount added to the
account's total and counted, and one frozen record made per account. No sort, no search:
every step is done once per row or once per account. Yet on a machine whose caches hold
the objects of 1,000 accounts but not of 20,000, each step costs more at the larger size
(on these 2-core machines ×5.1–5.6 from 1,000 to 5,000 accounts and ×4.1–4.6 from
5,000 to 20,000, where the work grows ×5 and ×4).

How the objects fall in memory changes from one process to the next, so the figure is the
median of PROCESSES processes, each giving the best of its runs. No database is read.

Run: `.venv/bin/python benchmarks/bench_linear.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import random
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

from measure import Measure, run_alone

#: the rows each account has in the reference's read
ROWS_PER_ACCOUNT = 8
#: processes the figure is the median of
PROCESSES = 5
#: the fewest runs each process takes the best of, and the least time they last in all
FEWEST_RUNS = 15
FEWEST_SECONDS = 0.5


@dataclass(frozen=True)
class Line:
    account: uuid.UUID
    total: Decimal
    rows: int


def portfolio(accounts: int) -> tuple[list[uuid.UUID], list[tuple[str, Decimal]]]:
    """``accounts`` ids and their rows (id as text, amount), in account order."""
    chance = random.Random(accounts)
    ids = [uuid.UUID(int=chance.getrandbits(128)) for _ in range(accounts)]
    return ids, [(account.hex, Decimal(chance.randrange(10 ** 6)).scaleb(-2))
                 for account in ids for _ in range(ROWS_PER_ACCOUNT)]


def linear_work(ids: list[uuid.UUID], rows: list[tuple[str, Decimal]]) -> list[Line]:
    """Each account's total and number of rows: a fixed number of steps per row."""
    by_text = {account.hex: account for account in ids}
    totals: dict[uuid.UUID, Decimal] = {}
    counts: dict[uuid.UUID, int] = {}
    for text, amount in rows:
        account = by_text[text]
        totals[account] = totals.get(account, Decimal(0)) + amount
        counts[account] = counts.get(account, 0) + 1
    return [Line(account, total, counts[account]) for account, total in totals.items()]


def best_in_this_process(accounts: int, runs: int) -> float:
    """The best of at least ``runs`` and FEWEST_RUNS runs lasting FEWEST_SECONDS in all
    (a few milliseconds' work is timed more often, as the machine steadies)."""
    data = portfolio(accounts)
    times: list[float] = []
    while len(times) < max(runs, FEWEST_RUNS) or sum(times) < FEWEST_SECONDS * 1000:
        start = time.perf_counter()
        linear_work(*data)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def measures(accounts: int, runs: int) -> list[Measure]:
    each = [float(subprocess.run(
        [sys.executable, __file__, "--process", str(accounts), str(runs)],
        capture_output=True, text=True, check=True).stdout) for _ in range(PROCESSES)]
    return [Measure(f"linear reference: the same Python work per row over {accounts} accounts",
                    statistics.median(each))]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--process"]:
        print(best_in_this_process(int(sys.argv[2]), int(sys.argv[3])))
    else:
        run_alone(measures, __doc__)
