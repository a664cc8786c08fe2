"""Speed of what the window reads on every start: the portfolio's figures and Today.

On the demo portfolio (``measure.demo_copy``), each the best of ``runs``, in a fresh
session each time:

- portfolio: every account with every figure (services.portfolio.list_accounts);
- Today: every item of the Today list (services.today.today_items);
- both, in the order the window loads them: the reads' share of the wait for the figures
  after the window shows its names (issue #15's goal, within 1 s at 5,000 accounts, is
  judged on the whole wait, in the window: bench_gui.py).

Each is set beside a baseline measured in the same run through the same engine: reading
every account row with its owner and category, the least a portfolio list can read; and
each carries its work, counted (``measure.work_of``), whose growth does not depend on the
machine's load.

Run: `python benchmarks/bench_today.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from measure import Measure, demo_copy, run_alone, work_of  # noqa: E402


def measures(accounts: int, runs: int) -> list[Measure]:
    from sqlalchemy import select

    from kam_desktop.services.portfolio import list_accounts
    from kam_desktop.services.today import today_items
    from kam_desktop.store.database import open_database
    from kam_desktop.store.models import Account

    with tempfile.TemporaryDirectory(prefix="kam-bench-today-") as folder:
        database = open_database(demo_copy(accounts, Path(folder)), backup=False)
        today = date.today()

        def best(read) -> float:
            times = []
            for _ in range(runs):
                with database.sessions() as session:
                    start = time.perf_counter()
                    read(session)
                    times.append((time.perf_counter() - start) * 1000)
            return min(times)

        def baseline(session) -> None:
            session.execute(select(Account.id, Account.name, Account.owner,
                                   Account.category)).all()

        def portfolio(session) -> None:
            list_accounts(session, today=today)

        def today_list(session) -> None:
            today_items(session, today=today)

        def both(session) -> None:
            portfolio(session)
            today_list(session)

        base = best(baseline)
        reads = (("portfolio: every account's figures", portfolio),
                 ("Today: every item", today_list),
                 ("portfolio figures and Today, as the window loads them", both))
        # every time first: counting the work starts each count on an empty page cache
        times = [best(read) for _, read in reads]
        found = [Measure(f"{name} at {accounts:,} accounts", ms, baseline=base,
                         work=work_of(database, read))
                 for (name, read), ms in zip(reads, times)]
        database.close()
    return found


if __name__ == "__main__":
    run_alone(measures, __doc__)
