"""Migration 0016: a database at 0013 with accounts and deals keeps them, and gains the
hand-over table (a hand-over goes with its account)."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

ACCOUNT, DEAL, HANDOVER = (uuid.uuid4().hex for _ in range(3))


def _database_at_0013(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0013")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO account (id, name, owner, category, lifecycle, currency, created_at, "
            "updated_at) VALUES (?, 'Северсталь', 'Игорь Лебедев', 'DEVELOPING', 'PROSPECT', "
            "'RUB', '2025-01-01', '2025-01-01')", (ACCOUNT,))
        connection.execute("INSERT INTO deal (id, account_id, date, amount, reference) VALUES "
                           "(?, ?, '2026-02-03', '350000.00', 'Договор 17')", (DEAL, ACCOUNT))


def test_accounts_and_deals_are_kept_and_hand_overs_can_be_recorded(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0013(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("SELECT name, owner, lifecycle FROM account").fetchall() == [
            ("Северсталь", "Игорь Лебедев", "PROSPECT")]
        assert connection.execute("SELECT date, amount, reference FROM deal").fetchall() == [
            ("2026-02-03", 350000, "Договор 17")]
        connection.execute(
            "INSERT INTO handover (id, account_id, date, from_name, to_name, note) VALUES "
            "(?, ?, '2026-03-01', 'Игорь Лебедев', 'Марина Ершова', 'Третья сделка')",
            (HANDOVER, ACCOUNT))
        connection.execute("DELETE FROM account")
        assert connection.execute("SELECT count(*) FROM handover").fetchone() == (0,)
