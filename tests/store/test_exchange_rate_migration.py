"""0010: a database at 0008 (the deals schema) gains the exchange-rate table and keeps
its data."""
from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine

from kam_desktop.services.exchange_rates import list_rates, set_rate
from kam_desktop.store import migrations
from kam_desktop.store.database import open_database

SAVED = Path(__file__).parents[1] / "data" / "schema_0001.sqlite3"


#: columns a later migration moves elsewhere (0013: an account's one potential became the
#: potential of a year, tested in test_migration_potential.py) or adds (0014: when the
#: account was last met, tested in test_last_met_migration.py; 0015: its staff and sites,
#: tested in test_profile_gaps_migration.py)
MOVED_LATER = {"account": {"annual_potential", "last_met", "next_met", "staff", "sites",
                           "parent_id"}}


def _rows(path: Path, table: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")
                   if row[1] not in MOVED_LATER.get(table, ())]
        return sorted(connection.execute(f"SELECT {', '.join(columns)} FROM {table}")
                      .fetchall(), key=repr)


def test_a_database_before_0010_gains_exchange_rates_with_its_data_kept(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    shutil.copy(SAVED, path)
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0009")  # the revision before the rates
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO deal (id, account_id, date, amount) SELECT "
                           "id, id, '2025-03-01', 1500.50 FROM account LIMIT 1")
    # contacts are left out: a later migration (0011) changes their columns
    before = {table: _rows(path, table) for table in ("account", "revenue", "deal")}
    assert len(before["account"]) > 1 and before["deal"]

    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.HEAD
        with database.transaction() as session:
            set_rate(session, currency="EUR", base="RUB", period="2025", rate=Decimal("98.5"))
        with database.sessions() as session:
            assert [(r.currency, r.rate) for r in list_rates(session)] == [
                ("EUR", Decimal("98.5"))]
    finally:
        database.close()
    assert {table: _rows(path, table) for table in before} == before
