"""Share of wallet by product group over the whole portfolio (issue #21, part 4): the
dashboard's groups series — the wallet map per group, where to grow and the whitespace
rows — are read in two queries (the groups' estimates, the deals of two years) and
computed in Python; for 5,000 accounts that should cost less than reading the portfolio
table itself (services.portfolio.list_accounts), measured in the same run. The measure
carries its work, counted (``measure.work_of``).

Run: `.venv/bin/python benchmarks/bench_groups.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from measure import Measure, best_read, demo_copy, run_alone, work_of

#: the most the groups' series may cost against reading the portfolio table
GOAL_RATIO = 1.0


def measures(accounts: int, runs: int) -> list[Measure]:
    from kam_desktop.services.analytics import portfolio_analytics
    from kam_desktop.services.group_share import groups_named
    from kam_desktop.services.portfolio import list_accounts
    from kam_desktop.store.database import open_database

    database = open_database(demo_copy(accounts, Path(tempfile.mkdtemp(prefix="kam-bench-"))))
    try:
        with database.sessions() as session:
            listed = groups_named(session)

        def read(session) -> None:
            portfolio_analytics(session, today=date.today(), product_groups=listed,
                                sections=("growth", "whitespace"))

        series = best_read(database, runs, read)
        table = best_read(database, runs, lambda s: list_accounts(s, today=date.today()))
        return [Measure(f"product groups' series over {accounts} accounts", series,
                        baseline=table, goal_ratio=GOAL_RATIO, work=work_of(database, read))]
    finally:
        database.close()


if __name__ == "__main__":
    run_alone(measures, __doc__)
