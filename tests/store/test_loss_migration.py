"""Migration 0017 on a real database at revision 0013: a lost account's free-text reason
becomes its loss record (cause "other", dated by its latest cooling record, with the
reason's exchange stamp); other accounts keep what they had and get no loss."""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import Account, Loss, SyncClock

LOST, ALSO_LOST, SLEEPING = (uuid.uuid4() for _ in range(3))


def _database_at_0013(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0013")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account_id, name, lifecycle, reason, changed in (
                (LOST, "Волга", "lost", "Проиграли тендер по цене", "2026-01-01 09:00:00"),
                (ALSO_LOST, "Кама", "lost", "Ушли к холдинговому поставщику",
                 "2025-08-20 10:00:00"),
                (SLEEPING, "Ока", "sleeping", "Заморозили закупки", "2026-01-01 09:00:00")):
            connection.execute(
                "INSERT INTO account (id, name, category, lifecycle, lifecycle_reason, currency,"
                " created_at, updated_at) VALUES (?, ?, 'key', ?, ?, 'RUB', ?, ?)",
                (account_id.hex, name, lifecycle, reason, changed, changed))
        for day in ("2025-11-03", "2025-12-15"):
            connection.execute("INSERT INTO cooling_reason (id, account_id, date, reason) "
                               "VALUES (?, ?, ?, 'Сорвали поставку')",
                               (uuid.uuid4().hex, LOST.hex, day))
        connection.execute("INSERT INTO sync_replica (no, id, is_self, clock) VALUES (1, ?, 1, 0)",
                           (uuid.uuid4().hex,))
        connection.execute("INSERT INTO sync_clock (table_name, record_id, stamps) VALUES "
                           "('account', ?, ?)",
                           (LOST.hex, json.dumps({"*": [5, 1], "lifecycle_reason": [9, 1]})))


def test_a_lost_accounts_reason_becomes_its_loss_record(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0013(path)
    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        with database.sessions() as session:
            found = {loss.account_id: (loss.date, loss.cause, loss.details, loss.competitor,
                                       loss.win_back_possible, loss.actions)
                     for loss in session.scalars(select(Loss))}
            kept = {a.id: (a.lifecycle, a.lifecycle_reason) for a in session.scalars(
                select(Account))}
            stamps = {row.record_id: row.stamps for row in session.scalars(
                select(SyncClock).where(SyncClock.table_name == "loss"))}
        assert found == {
            LOST: (date(2025, 12, 15), LossCause.OTHER, "Проиграли тендер по цене", None,
                   False, []),
            ALSO_LOST: (date(2025, 8, 20), LossCause.OTHER, "Ушли к холдинговому поставщику",
                        None, False, [])}
        assert kept == {LOST: (Lifecycle.LOST, "Проиграли тендер по цене"),
                        ALSO_LOST: (Lifecycle.LOST, "Ушли к холдинговому поставщику"),
                        SLEEPING: (Lifecycle.SLEEPING, "Заморозили закупки")}
        # the loss made from the reason carries the reason's stamp, so a colleague's
        # migrated copy of the same account (the same derived id) merges with it
        assert list(stamps.values()) == [{"*": [9, 1]}]
    finally:
        database.close()
