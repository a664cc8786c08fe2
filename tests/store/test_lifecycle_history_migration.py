"""Migration 0020 on a real database at revision 0017: every account gets one entry of
its lifecycle history — its current stage, dated the day it was created, with the reason
of a sleeping or lost one and the exchange stamp of its stage — and keeps what it had."""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import Account, LifecycleChange, SyncClock

KEY, LOST = uuid.uuid4(), uuid.uuid4()


def _database_at_0017(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0017")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        for account_id, name, lifecycle, reason, created in (
                (KEY, "Волга", "key", None, "2024-03-05 09:00:00"),
                (LOST, "Кама", "lost", "Ушли к холдинговому поставщику",
                 "2025-08-20 10:00:00")):
            connection.execute(
                "INSERT INTO account (id, name, category, lifecycle, lifecycle_reason, currency,"
                " created_at, updated_at) VALUES (?, ?, 'key', ?, ?, 'RUB', ?, ?)",
                (account_id.hex, name, lifecycle, reason, created, "2026-11-01 10:00:00"))
        connection.execute("INSERT INTO sync_replica (no, id, is_self, clock) VALUES (1, ?, 1, 0)",
                           (uuid.uuid4().hex,))
        connection.execute("INSERT INTO sync_clock (table_name, record_id, stamps) VALUES "
                           "('account', ?, ?)",
                           (KEY.hex, json.dumps({"*": [5, 1], "lifecycle": [7, 1]})))


def test_each_account_starts_its_history_with_its_stage(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0017(path)
    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        with database.sessions() as session:
            found = {c.account_id: (c.date, c.from_stage, c.to_stage, c.reason, c.changed_by)
                     for c in session.scalars(select(LifecycleChange))}
            kept = {a.id: (a.name, a.lifecycle, a.lifecycle_reason)
                    for a in session.scalars(select(Account))}
            stamps = {row.record_id: row.stamps for row in session.scalars(
                select(SyncClock).where(SyncClock.table_name == "lifecycle_change"))}
        assert found == {
            KEY: (date(2024, 3, 5), None, Lifecycle.KEY, None, None),
            LOST: (date(2025, 8, 20), None, Lifecycle.LOST, "Ушли к холдинговому поставщику",
                   None)}
        assert kept == {KEY: ("Волга", Lifecycle.KEY, None),
                        LOST: ("Кама", Lifecycle.LOST, "Ушли к холдинговому поставщику")}
        # the stage's stamp, so a colleague's migrated copy (the same derived id) merges
        assert list(stamps.values()) == [{"*": [7, 1]}]
    finally:
        database.close()
