"""The dashboard's SQL (window functions, FILTER counts, joined lists of ids, sums in
cents) runs on a team's PostgreSQL server as on SQLite: the hand-made portfolio of
tests/services/test_analytics_in_sql.py, written into a hub's database, reads as the
former row-by-row code reads it there."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from test_analytics_in_sql import LISTED, assert_as_before, hand_made  # noqa: E402


def test_the_series_read_on_postgresql_as_before(hub) -> None:
    engine = create_engine(hub)
    try:
        with Session(engine) as session, session.begin():
            hand_made(session)
        with Session(engine) as session:
            for today, listed, main in ((date(2027, 2, 1), LISTED, "RUB"),
                                        (date(2027, 2, 1), [], "EUR"),
                                        (date(2026, 1, 1), LISTED, "RUB")):
                assert_as_before(session, today, listed, main)
    finally:
        engine.dispose()
