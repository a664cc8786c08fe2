"""Migration 0014: a saved database at 0013 with a diary keeps it, and each account and
contact gains the day it was last met (and the next planned one), derived from it."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.integrity import check_database

SAVED = Path(__file__).parents[1] / "data" / "schema_0001.sqlite3"
PLANNED = "2099-01-01"


def _database_at_0013(path: Path) -> None:
    shutil.copy(SAVED, path)
    engine = make_engine(path)
    migrations.upgrade(engine, "0013")
    engine.dispose()
    with sqlite3.connect(path) as connection:  # a meeting planned far ahead
        entry = connection.execute("SELECT id, account_id FROM diary_entry LIMIT 1").fetchone()
        connection.execute("UPDATE diary_entry SET date = ? WHERE id = ?", (PLANNED, entry[0]))


def _diary(path: Path) -> dict[str, list]:
    with sqlite3.connect(path) as connection:
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall())
                for table in ("diary_entry", "diary_attendee")}


def test_a_diary_at_0013_is_kept_and_every_last_met_derived_from_it(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _database_at_0013(path)
    diary = _diary(path)
    assert len(diary["diary_entry"]) > 50 and len(diary["diary_attendee"]) > 50

    database = open_database(path)
    assert migrations.current_revision(database.engine) == migrations.HEAD
    assert check_database(database.engine).ok
    database.close()

    assert _diary(path) == diary
    today = date.today().isoformat()
    with sqlite3.connect(path) as connection:
        accounts = connection.execute(
            "SELECT a.last_met, a.next_met, (SELECT max(date) FROM diary_entry "
            "WHERE account_id = a.id AND date <= ?), (SELECT min(date) FROM diary_entry "
            "WHERE account_id = a.id AND date > ?) FROM account a", (today, today)).fetchall()
        contacts = connection.execute(
            "SELECT c.last_met, c.next_met, max(CASE WHEN e.date <= ? THEN e.date END), "
            "min(CASE WHEN e.date > ? THEN e.date END) FROM contact c "
            "LEFT JOIN diary_attendee t ON t.contact_id = c.id "
            "LEFT JOIN diary_entry e ON e.id = t.entry_id GROUP BY c.id",
            (today, today)).fetchall()
    assert [(a, b) for a, b, _, _ in accounts] == [(c, d) for _, _, c, d in accounts]
    assert [(a, b) for a, b, _, _ in contacts] == [(c, d) for _, _, c, d in contacts]
    assert sum(last is not None for last, *_ in contacts) > 5
    assert [next_met for _, next_met, _, _ in accounts].count(PLANNED) == 1
