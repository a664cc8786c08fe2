"""Migration 0022 on a real database at revision 0021: the people, value entries and diary
entries are kept as they were, the completeness's indexes exist, the completeness of every
dossier and of one dossier is read from them, and it is what the records say."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import event

from kam_desktop.services.completeness import account_completeness, dossier_completeness
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

TODAY = date(2026, 12, 7)
STEEL, GLASS = (uuid.uuid4().hex for _ in range(2))
LEADER, GONE, CLOSED, EMPTY, OPEN = (uuid.uuid4().hex for _ in range(5))
VALUE = uuid.uuid4().hex
KEPT = {
    "SELECT id, name, interest, involvement, left_on FROM contact ORDER BY name":
        [(LEADER, "Лидер", 9.0, 9.0, None), (GONE, "Ушедший", 9.0, 1.0, "2026-10-01")],
    "SELECT id, date, title FROM value_entry": [(VALUE, "2026-03-01", "Обучение")],
    "SELECT id, next_step, done FROM diary_entry ORDER BY summary":
        [(CLOSED, "Было", 1), (OPEN, "Позвонить", 0), (EMPTY, "", 0)],
}
INDEXES = ("ix_contact_account_roles", "ix_value_entry_account_date",
           "ix_diary_entry_step_accounts")


def _database_at_0021(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0021")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account, name in ((STEEL, "Северсталь"), (GLASS, "Стекло")):
            connection.execute(
                "INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
                "updated_at) VALUES (?, ?, 'key', 'developing', 'RUB', '2025-01-01', "
                "'2025-01-01')", (account, name))
        connection.executemany(
            "INSERT INTO contact (id, account_id, name, interest, involvement, stance, left_on) "
            "VALUES (?, ?, ?, ?, ?, 'neutral', ?)",
            [(LEADER, STEEL, "Лидер", 9, 9, None),
             # a specifier who has left: the map has none now
             (GONE, STEEL, "Ушедший", 9, 1, "2026-10-01")])
        connection.execute(
            "INSERT INTO value_entry (id, account_id, date, kind, title, our_cost, "
            "client_benefit, acknowledged) VALUES (?, ?, '2026-03-01', 'training', "
            "'Обучение', '1000.00', '5000.00', 0)", (VALUE, STEEL))
        connection.executemany(
            "INSERT INTO diary_entry (id, account_id, date, kind, summary, next_step, done) "
            "VALUES (?, ?, '2026-11-20', 'call', ?, ?, ?)",
            [(CLOSED, STEEL, "Звонок 1", "Было", 1),  # a step, but done
             (EMPTY, STEEL, "Звонок 3", "", 0),  # open, but no step written
             (OPEN, GLASS, "Звонок 2", "Позвонить", 0)])


def test_records_are_kept_and_completeness_reads_its_indexes(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0021(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.head_revision()
    statements: list[tuple[str, tuple]] = []

    def note(_connection, _cursor, statement, parameters, *_args) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        with database.sessions() as session:
            read = dossier_completeness(session, today=TODAY)
            # the dossier's own read: the same parts, for the accounts given
            assert account_completeness(session, account_id=uuid.UUID(STEEL),
                                        today=TODAY) == read[uuid.UUID(STEEL)]
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
        database.close()
    steel, glass = read[uuid.UUID(STEEL)], read[uuid.UUID(GLASS)]
    assert "leader" not in steel.missing and "value" not in steel.missing
    assert "specifier" in steel.missing and "next_step" in steel.missing
    assert "next_step" not in glass.missing and "leader" in glass.missing
    with sqlite3.connect(path) as connection:
        for query, rows in KEPT.items():
            assert connection.execute(query).fetchall() == rows
        indexes = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert set(INDEXES) <= indexes
        plans = [" ".join(row[3] for row in connection.execute(
            f"EXPLAIN QUERY PLAN {statement}", parameters)) for statement, parameters in statements]
    assert len(plans) == 2  # one query for the portfolio, one for the dossier
    for plan in plans:
        for index in INDEXES:
            assert f"USING COVERING INDEX {index}" in plan or f"USING INDEX {index}" in plan, \
                (index, plan)
