"""Migration 0021 on a real database at revision 0017: the accounts, deals, ladder
assessments, goals and plan actions are kept as they were, and Today's indexes exist."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

ACCOUNT, DEAL, LADDER, GOAL, ACTION = (uuid.uuid4().hex for _ in range(5))
ROWS = {
    "account": ("SELECT id, name, lifecycle FROM account", [(ACCOUNT, "Северсталь", "sleeping")]),
    "deal": ("SELECT id, date, amount FROM deal", [(DEAL, "2026-02-03", 350000)]),
    "ladder_assessment": ("SELECT id, date, our_view FROM ladder_assessment",
                          [(LADDER, "2026-03-01", 3)]),
    "goal": ("SELECT id, our_goal, deadline FROM goal", [(GOAL, "Стать основным", "2026-12-20")]),
    "plan_action": ("SELECT id, title, due, status FROM plan_action",
                    [(ACTION, "Презентация", "2026-11-01", "planned")]),
}


def _database_at_0017(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0017")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
            "updated_at) VALUES (?, 'Северсталь', 'key', 'sleeping', 'RUB', '2025-01-01', "
            "'2025-01-01')", (ACCOUNT,))
        connection.execute("INSERT INTO deal (id, account_id, date, amount) VALUES "
                           "(?, ?, '2026-02-03', '350000.00')", (DEAL, ACCOUNT))
        connection.execute("INSERT INTO ladder_assessment (id, account_id, date, our_view, "
                           "competitors, answers) VALUES (?, ?, '2026-03-01', 3, '[]', '{}')", (LADDER, ACCOUNT))
        connection.execute("INSERT INTO goal (id, account_id, client_goal, our_goal, deadline) "
                           "VALUES (?, ?, 'Снизить затраты', 'Стать основным', '2026-12-20')",
                           (GOAL, ACCOUNT))
        connection.execute("INSERT INTO plan_action (id, goal_id, title, due, status) VALUES "
                           "(?, ?, 'Презентация', '2026-11-01', 'planned')", (ACTION, GOAL))


def test_records_are_kept_and_todays_indexes_are_made(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0017(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.head_revision()
    database.close()
    with sqlite3.connect(path) as connection:
        for query, rows in ROWS.values():
            assert connection.execute(query).fetchall() == rows
        indexes = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_account_lifecycle", "ix_deal_account_date",
                "ix_ladder_assessment_account_date", "ix_goal_deadline"} <= indexes
        plan = " ".join(row[3] for row in connection.execute(
            "EXPLAIN QUERY PLAN SELECT max(date) FROM deal WHERE account_id = ?", (ACCOUNT,)))
        assert "ix_deal_account_date" in plan
