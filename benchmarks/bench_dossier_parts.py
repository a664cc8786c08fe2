"""Dossier completeness and the hand-over triggers over the whole portfolio (issue #21):
each is read in a few queries, never one per account, so for 5,000 accounts either should
cost less than half of reading the portfolio table itself (services.portfolio.list_accounts,
which includes the completeness), measured in the same run. Each carries its work, counted
(``measure.work_of``).

Run: `.venv/bin/python benchmarks/bench_dossier_parts.py [--accounts 5000] [--runs 3]`.
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from measure import Measure, best_read, demo_copy, run_alone, work_of

#: the most either may cost against reading the portfolio table
GOAL_RATIO = 0.5


def measures(accounts: int, runs: int) -> list[Measure]:
    from kam_desktop.domain.handover import HandoverThresholds
    from kam_desktop.services.completeness import dossier_completeness
    from kam_desktop.services.handover import handovers_due
    from kam_desktop.services.portfolio import list_accounts
    from kam_desktop.store.database import open_database

    database = open_database(demo_copy(accounts, Path(tempfile.mkdtemp(prefix="kam-bench-"))))
    today = date.today()

    def completeness(session) -> None:
        dossier_completeness(session, today=today)

    def handovers(session) -> None:
        handovers_due(session, today=today, thresholds=HandoverThresholds())

    try:
        table = best_read(database, runs, lambda s: list_accounts(s, today=today))
        reads = ((f"completeness of {accounts} dossiers", completeness),
                 (f"hand-over triggers over {accounts} accounts", handovers))
        # every time first: counting the work starts each count on an empty page cache
        times = [best_read(database, runs, read) for _, read in reads]
        return [Measure(name, ms, baseline=table, goal_ratio=GOAL_RATIO,
                        work=work_of(database, read))
                for (name, read), ms in zip(reads, times)]
    finally:
        database.close()


if __name__ == "__main__":
    run_alone(measures, __doc__)
