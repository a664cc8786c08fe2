"""Migration 0018 on a real database at revision 0017 with accounts and their records:
every account, revenue record and contact is kept and stands alone (no holding), and a
holding can then be given."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from sqlalchemy import select

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import Account

GROUP, PLANT = uuid.uuid4(), uuid.uuid4()


def _rows(path: Path, table: str, columns: str) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return sorted(connection.execute(f"SELECT {columns} FROM {table}").fetchall())


def test_accounts_keep_their_data_and_stand_alone(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0017")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account_id, name, inn in ((GROUP, "Металлинвест", "7707083893"),
                                      (PLANT, "ОЭМК", None)):
            connection.execute(
                "INSERT INTO account (id, name, inn, category, lifecycle, currency, staff,"
                " created_at, updated_at) VALUES (?, ?, ?, 'key', 'key', 'RUB', 1200,"
                " '2026-01-01 09:00:00', '2026-01-01 09:00:00')", (account_id.hex, name, inn))
        connection.execute("INSERT INTO revenue (id, account_id, period, amount) VALUES "
                           "(?, ?, '2025', 1500000)", (uuid.uuid4().hex, PLANT.hex))
        connection.execute("INSERT INTO contact (id, account_id, name, interest, involvement,"
                           " stance) VALUES (?, ?, 'Иванов И. И.', 7, 8, 'supporter')",
                           (uuid.uuid4().hex, PLANT.hex))
    columns = "id, name, inn, category, lifecycle, currency, staff, created_at"
    before = {"account": _rows(path, "account", columns),
              "revenue": _rows(path, "revenue", "*"), "contact": _rows(path, "contact", "*")}

    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        assert {"account": _rows(path, "account", columns),
                "revenue": _rows(path, "revenue", "*"),
                "contact": _rows(path, "contact", "*")} == before
        with database.sessions() as session:
            assert set(session.scalars(select(Account.parent_id))) == {None}
            session.get(Account, PLANT).parent_id = GROUP
            session.commit()
            session.delete(session.get(Account, GROUP))  # the holding goes, the plant stays
            session.commit()
            plant = session.get(Account, PLANT)
            assert (plant.name, plant.parent_id) == ("ОЭМК", None)
    finally:
        database.close()
