"""Migration 0023 on a real database at revision 0022: the deals, people and value entries
are kept as they were, the three indexes carry the column summed, the portfolio's read of
its sums finds every one of them in the indexes alone, and its figures are what the
records say; the product groups' revenue is read from the new index of deals by group;
downgrading gives the indexes back as they were."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import event

from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

TODAY = date(2026, 12, 7)
STEEL, GLASS = (uuid.uuid4().hex for _ in range(2))
KEPT = {
    "SELECT account_id, date, amount FROM deal ORDER BY date":
        [(STEEL, "2025-06-01", 1200.5), (STEEL, "2026-02-03", 350000), (GLASS, "2026-03-04", 99.5)],
    "SELECT account_id, name, left_on FROM contact ORDER BY name":
        [(STEEL, "Иванова Мария", None), (STEEL, "Пётр Ушедший", "2026-01-10"),
         (GLASS, "Сидоров Олег", None)],
    "SELECT account_id, date, client_benefit FROM value_entry ORDER BY date":
        [(STEEL, "2025-12-31", 7000), (STEEL, "2026-03-01", 5000), (STEEL, "2026-11-30", 2500)],
}
GROUPS = "ix_deal_account_groups"
#: each index: its columns before and after the migration
COLUMNS = {
    "ix_deal_account_date": (["account_id", "date"], ["account_id", "date", "amount"]),
    "ix_contact_account_roles": (["account_id", "left_on", "interest", "involvement"],
                                 ["account_id", "left_on", "interest", "involvement", "name"]),
    "ix_value_entry_account_date": (["account_id", "date"],
                                    ["account_id", "date", "client_benefit"]),
}


def _database_at_0022(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0022")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account, name in ((STEEL, "Северсталь"), (GLASS, "Стекло")):
            connection.execute(
                "INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
                "updated_at) VALUES (?, ?, 'key', 'developing', 'RUB', '2025-01-01', "
                "'2025-01-01')", (account, name))
        connection.executemany(
            "INSERT INTO deal (id, account_id, date, amount, product_group) "
            "VALUES (?, ?, ?, ?, ?)",
            [(uuid.uuid4().hex, STEEL, "2026-02-03", "350000.00", "Трубы"),
             (uuid.uuid4().hex, STEEL, "2025-06-01", "1200.50", "Трубы"),
             (uuid.uuid4().hex, GLASS, "2026-03-04", "99.50", None)])
        connection.executemany(
            "INSERT INTO contact (id, account_id, name, interest, involvement, stance, left_on) "
            "VALUES (?, ?, ?, 5, 5, 'neutral', ?)",
            [(uuid.uuid4().hex, STEEL, "Иванова Мария", None),
             (uuid.uuid4().hex, STEEL, "Пётр Ушедший", "2026-01-10"),
             (uuid.uuid4().hex, GLASS, "Сидоров Олег", None)])
        connection.executemany(
            "INSERT INTO value_entry (id, account_id, date, kind, title, our_cost, "
            "client_benefit, acknowledged) VALUES (?, ?, ?, 'training', 'Обучение', "
            "'1000.00', ?, 0)",
            [(uuid.uuid4().hex, STEEL, "2026-03-01", "5000.00"),
             (uuid.uuid4().hex, STEEL, "2026-11-30", "2500.00"),
             (uuid.uuid4().hex, STEEL, "2025-12-31", "7000.00")])  # last year's: not counted


def _columns(path: Path, indexes=tuple(COLUMNS)) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        return {index: [row[2] for row in connection.execute(f"PRAGMA index_info({index})")]
                for index in indexes}


def test_records_are_kept_and_the_portfolio_sums_from_the_indexes(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0022(path)
    assert _columns(path) == {index: before for index, (before, _after) in COLUMNS.items()}
    assert _columns(path, (GROUPS,)) == {GROUPS: []}  # no such index
    database = open_database(path)
    assert migrations.current_revision(database.engine) == "0023"
    statements: list[tuple[str, tuple]] = []

    def note(_connection, _cursor, statement, parameters, *_args) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        with database.sessions() as session:
            rows = {row.name: row for row in list_accounts(session, today=TODAY)}
            sums, sums_parameters = statements[0]  # the accounts with their sums
            groups = portfolio_analytics(session, today=TODAY, product_groups=("Трубы",),
                                         sections=("whitespace",)).groups
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
        database.close()
    steel, glass = rows["Северсталь"], rows["Стекло"]
    assert (steel.deals, steel.last_deal) == (2, date(2026, 2, 3))
    assert steel.average_deal == (Decimal("350000.00") + Decimal("1200.50")) / 2
    assert (glass.deals, glass.average_deal) == (1, Decimal("99.50"))
    assert steel.value_this_year == Decimal("5000.00") + Decimal("2500.00")
    assert steel.contacts == 2 and "иванова мария" in steel.search_text \
        and "пётр ушедший" in steel.search_text
    assert "сидоров олег" in glass.search_text
    # last year's (2025) deals by group: Steel bought pipes, Glass nothing of a group
    assert groups.groups == ("Трубы",)
    assert [(row.account, row.shares) for row in groups.whitespace] == [
        (uuid.UUID(STEEL), (None,))]  # a row for what it bought; no estimate, no share
    assert _columns(path) == {index: after for index, (_before, after) in COLUMNS.items()}
    assert _columns(path, (GROUPS,)) == {GROUPS: ["account_id", "product_group", "date",
                                                  "amount"]}
    with sqlite3.connect(path) as connection:
        for query, kept in KEPT.items():
            assert connection.execute(query).fetchall() == kept
        plan = [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sums}",
                                                     sums_parameters)]
        by_group, parameters = next((statement, parameters) for statement, parameters
                                    in statements if "deal.product_group" in statement)
        group_plan = [row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {by_group}",
                                                           parameters)]
    for index in COLUMNS:
        assert any(f"USING COVERING INDEX {index}" in step for step in plan), (index, plan)
    assert any(f"USING COVERING INDEX {GROUPS}" in step for step in group_plan), group_plan


def test_downgrading_gives_the_indexes_back(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0022(path)
    engine = make_engine(path)
    migrations.upgrade(engine, "0023")
    command.downgrade(migrations._config(engine), "0022")
    engine.dispose()
    assert _columns(path) == {index: before for index, (before, _after) in COLUMNS.items()}
    assert _columns(path, (GROUPS,)) == {GROUPS: []}  # no such index
