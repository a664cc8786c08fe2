"""Migration 0013 on a real database at revision 0012: each account's one annual
potential becomes the potential of the year of its latest revenue (this year without
revenue), its exchange stamp moves with it, and opportunities gain a goal link."""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import Opportunity, Potential

VOLGA, KAMA, OKA = (uuid.uuid4() for _ in range(3))


def _database_at_0012(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0012")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account_id, name, potential in ((VOLGA, "Волга", "12500000.50"),
                                            (KAMA, "Кама", "900000"), (OKA, "Ока", None)):
            connection.execute(
                "INSERT INTO account (id, name, category, lifecycle, currency, annual_potential,"
                " created_at, updated_at) VALUES (?, ?, 'key', 'key', 'RUB', ?,"
                " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                (account_id.hex, name, potential))
        for period in ("2023", "2024", "2025-Q2"):
            connection.execute("INSERT INTO revenue (id, account_id, period, amount) "
                               "VALUES (?, ?, ?, 1000)", (uuid.uuid4().hex, VOLGA.hex, period))
        connection.execute("INSERT INTO opportunity (id, account_id, title, opportunity_class,"
                           " status) VALUES (?, ?, 'Склад', 'grow_usage', 'idea')",
                           (uuid.uuid4().hex, VOLGA.hex))
        connection.execute("INSERT INTO sync_replica (no, id, is_self, clock) VALUES (1, ?, 1, 0)",
                           (uuid.uuid4().hex,))
        connection.execute("INSERT INTO sync_clock (table_name, record_id, stamps) VALUES "
                           "('account', ?, ?)",
                           (VOLGA.hex, json.dumps({"*": [5, 1], "annual_potential": [9, 1],
                                                   "name": [7, 1]})))


def test_the_annual_potential_becomes_the_potential_of_the_latest_revenue_year(tmp_path):
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0012(path)
    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        with database.sessions() as session:
            found = {(p.account_id, p.year): p.amount for p in session.scalars(select(Potential))}
            opportunity = session.scalar(select(Opportunity))
        assert found == {(VOLGA, 2025): Decimal("12500000.50"),
                         (KAMA, date.today().year): Decimal("900000")}
        assert opportunity.title == "Склад" and opportunity.goal_id is None
    finally:
        database.close()
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(account)")]
        stamps = dict(connection.execute("SELECT table_name, stamps FROM sync_clock"))
    assert "annual_potential" not in columns
    assert json.loads(stamps["account"]) == {"*": [5, 1], "name": [7, 1]}
    assert json.loads(stamps["potential"]) == {"*": [9, 1]}  # the value's own stamp
