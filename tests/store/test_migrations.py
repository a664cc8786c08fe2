"""Databases saved from every released schema migrate to the current one with their
data intact (a backup is taken first)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kam_desktop.store import migrations
from kam_desktop.store.backup import list_backups
from kam_desktop.store.database import open_database
from kam_desktop.store.integrity import check_database

SAVED = sorted((Path(__file__).parents[1] / "data").glob("schema_*.sqlite3"))
#: columns a migration moved to a table of their own: (table, column) -> new table
#: (0013: an account's one potential became the potential of a year)
MOVED = {("account", "annual_potential"): "potential"}
#: columns a migration replaced on purpose, with the test that follows their data
#: (0011: contact.our_counterpart became team members, test_one_mirror_migration.py)
REPLACED = {"contact": {"our_counterpart"}}
#: new tables a migration fills from the data already there, with the test that checks
#: them (0020: each account's stage starts its history, test_lifecycle_history_migration)
FILLED = {"lifecycle_change"}


def _columns(path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(path) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {table: [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                for table in tables}


def _contents(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """Every table's rows, sorted; only the given columns of the given tables if asked
    (a migration may add columns, which old rows leave empty)."""
    columns = columns or _columns(path)
    with sqlite3.connect(path) as connection:
        return {table: sorted(connection.execute(
                    f"SELECT {', '.join(names)} FROM {table}").fetchall(), key=repr)
                for table, names in columns.items()}


def test_there_is_a_saved_database_of_the_first_schema() -> None:
    assert [p.name for p in SAVED][:1] == ["schema_0001.sqlite3"]


@pytest.mark.parametrize("saved", SAVED, ids=lambda p: p.stem)
def test_a_saved_database_migrates_with_its_data_intact(saved: Path, tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    shutil.copy(saved, path)
    everything = _contents(path)
    old_columns = {table: [c for c in names if (table, c) not in MOVED
                           and c not in REPLACED.get(table, ())]
                   for table, names in _columns(path).items()}
    before = _contents(path, old_columns)
    assert sum(map(len, before.values())) > 100

    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.head_revision()
        assert check_database(database.engine).ok
    finally:
        database.close()
    assert _contents(path, old_columns) == before
    after = _contents(path)
    moved_to = set(MOVED.values()) | FILLED
    # new tables start empty, except those that took over a moved column
    assert all(not after[table] for table in set(after) - set(before) - moved_to)
    backups = list_backups(path)
    assert len(backups) == 1 and _contents(backups[0]) == everything


def test_the_head_constant_is_the_newest_script() -> None:
    assert migrations.HEAD == migrations.head_revision()
