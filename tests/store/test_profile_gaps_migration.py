"""Migration 0015: a database at 0013 keeps its accounts, contacts and involvement
shares, which then take a contact type, the company's staff and sites, and what a
department does at a stage."""
from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from kam_desktop.services.records import update_record
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database

ACCOUNT, CONTACT, SHARE = (uuid.uuid4() for _ in range(3))


def _database_at_0013(path: Path) -> None:
    engine = make_engine(path)
    migrations.upgrade(engine, "0013")
    engine.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
            "updated_at) VALUES (?, 'Северсталь', 'key', 'key', 'RUB', '2025-01-01', "
            "'2025-01-01')", (ACCOUNT.hex,))
        connection.execute(
            "INSERT INTO contact (id, account_id, name, interest, involvement, stance) "
            "VALUES (?, ?, 'Орлов Иван', 8, 7, 'neutral')", (CONTACT.hex, ACCOUNT.hex))
        connection.execute(
            "INSERT INTO involvement_share (id, account_id, stage, department, percent) "
            "VALUES (?, ?, 'search', 'Маркетинг', 30)", (SHARE.hex, ACCOUNT.hex))


def test_the_data_stays_and_the_new_fields_take_values(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0013(path)
    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name, staff, sites FROM account").fetchall() == [
            ("Северсталь", None, None)]
        assert connection.execute("SELECT name, interest, contact_type FROM contact"
                                  ).fetchall() == [("Орлов Иван", 8, None)]
        assert connection.execute("SELECT department, percent, role_text FROM "
                                  "involvement_share").fetchall() == [("Маркетинг", 30, None)]
    with database.transaction() as session:
        update_record(session, kind="account", record_id=ACCOUNT,
                      changes={"staff": 12000, "sites": 3})
        update_record(session, kind="contact", record_id=CONTACT,
                      changes={"contact_type": "decision_maker"})
        update_record(session, kind="involvement_share", record_id=SHARE,
                      changes={"role_text": "Ищет заводы с новыми линиями"})
    database.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT staff, sites FROM account").fetchall() == [(12000, 3)]
        assert connection.execute("SELECT contact_type FROM contact").fetchall() == [
            ("decision_maker",)]
        assert connection.execute("SELECT role_text FROM involvement_share").fetchall() == [
            ("Ищет заводы с новыми линиями",)]
