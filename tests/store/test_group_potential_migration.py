"""Migration 0019: a database at 0017 with accounts, potentials and deals keeps them, and
gains the product groups' potentials (one per account, year and group; gone with their
account)."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

ACCOUNT, POTENTIAL, DEAL = (uuid.uuid4().hex for _ in range(3))


def _database_at_0017(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0017")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO account (id, name, owner, category, lifecycle, currency, created_at, "
            "updated_at) VALUES (?, 'Северсталь', 'Игорь Лебедев', 'KEY', 'KEY', "
            "'RUB', '2025-01-01', '2025-01-01')", (ACCOUNT,))
        connection.execute("INSERT INTO potential (id, account_id, year, amount) VALUES "
                           "(?, ?, 2026, '5000000.00')", (POTENTIAL, ACCOUNT))
        connection.execute("INSERT INTO deal (id, account_id, date, amount, product_group) "
                           "VALUES (?, ?, '2026-02-03', '300000.00', 'Подшипники')",
                           (DEAL, ACCOUNT))


def test_the_data_is_kept_and_group_potentials_can_be_recorded(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0017(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        assert connection.execute("SELECT name, lifecycle FROM account").fetchall() == [
            ("Северсталь", "KEY")]
        assert connection.execute("SELECT year, amount FROM potential").fetchall() == [
            (2026, 5000000)]
        assert connection.execute("SELECT date, amount, product_group FROM deal").fetchall() \
            == [("2026-02-03", 300000, "Подшипники")]
        insert = ("INSERT INTO group_potential (id, account_id, year, product_group, amount, "
                  "competitor, competitor_share, competitor_reason) VALUES "
                  "(?, ?, 2026, 'Подшипники', '1200000.00', 'ТПК Восток', 45.5, 'Склад рядом')")
        connection.execute(insert, (uuid.uuid4().hex, ACCOUNT))
        assert connection.execute(
            "SELECT product_group, amount, competitor, competitor_share FROM group_potential"
        ).fetchall() == [("Подшипники", 1200000, "ТПК Восток", 45.5)]
        with pytest.raises(sqlite3.IntegrityError):  # one estimate per year and group
            connection.execute(insert, (uuid.uuid4().hex, ACCOUNT))
        connection.execute("DELETE FROM account")
        assert connection.execute("SELECT count(*) FROM group_potential").fetchone() == (0,)
