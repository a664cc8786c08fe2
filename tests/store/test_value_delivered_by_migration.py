"""Migration 0012: a database at 0008 with value entries keeps them, and each entry can
then name who on our side delivered it (forgotten when that person is deleted)."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

ACCOUNT, MEMBER, ENTRY = (uuid.uuid4().hex for _ in range(3))


def _database_at_0008(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0008")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
            "updated_at) VALUES (?, 'Северсталь', 'KEY', 'KEY', 'RUB', '2025-01-01', "
            "'2025-01-01')", (ACCOUNT,))
        connection.execute("INSERT INTO team_member (id, account_id, name, department) "
                           "VALUES (?, ?, 'Анна Петрова', 'Сервис')", (MEMBER, ACCOUNT))
        connection.execute(
            "INSERT INTO value_entry (id, account_id, date, kind, title, description, "
            "department, our_cost, client_benefit, acknowledged) VALUES "
            "(?, ?, '2025-03-04', 'TRAINING', 'Обучение операторов', 'Два дня', 'Цех 2', "
            "'120000.00', '450000.50', 1)", (ENTRY, ACCOUNT))


def test_value_entries_keep_their_data_and_gain_who_delivered_them(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0008(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        rows = connection.execute(
            "SELECT date, kind, title, description, department, our_cost, client_benefit, "
            "acknowledged, delivered_by_id, delivered_by_department FROM value_entry"
        ).fetchall()
        assert rows == [("2025-03-04", "TRAINING", "Обучение операторов", "Два дня", "Цех 2",
                        120000, 450000.5, 1, None, None)]

        connection.execute("UPDATE value_entry SET delivered_by_id = ?, "
                           "delivered_by_department = 'Сервис'", (MEMBER,))
        connection.execute("DELETE FROM team_member")
        assert connection.execute("SELECT delivered_by_id, delivered_by_department, title "
                                  "FROM value_entry").fetchall() == [
            (None, "Сервис", "Обучение операторов")]
