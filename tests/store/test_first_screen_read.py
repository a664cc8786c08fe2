"""The first screen's read (store.first_screen): the same accounts as the portfolio's
names read through SQLAlchemy, and no read at all — the usual start instead — whenever
the database is not simply there to read."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.services.account_row import name_rows
from kam_desktop.services.demo import load_demo
from kam_desktop.services.mine import my_account_ids
from kam_desktop.services.portfolio import list_account_names
from kam_desktop.store.first_screen import read_first_screen
from kam_desktop.store.models import TeamMember


@pytest.fixture
def demo(db):
    with db.transaction() as session:
        load_demo(session, accounts=40, seed=3, today=date(2026, 6, 1))
    return db


def test_the_first_screen_lists_the_accounts_as_the_portfolio_does(demo) -> None:
    screen = read_first_screen(demo.path)
    with demo.sessions() as session:
        expected = list_account_names(session)
    assert name_rows(screen.accounts) == expected  # ids, names, categories, stages, owners,
    assert [row.name for row in expected] == sorted(row.name for row in expected)  # order
    assert screen.mine == frozenset()  # no name asked for


def test_the_users_accounts_are_those_the_service_finds(demo) -> None:
    with demo.sessions() as session:
        owner = next(row.owner for row in list_account_names(session) if row.owner)
        member = session.query(TeamMember).first().name
        for name in (owner, member.upper(), "  " + member.replace(" ", "   ")):
            found = read_first_screen(demo.path, name).mine
            assert found and found == my_account_ids(session, user_name=name)


def _unchanged(path: Path):
    before = path.read_bytes()
    return lambda: path.read_bytes() == before


def test_a_missing_or_empty_file_starts_the_usual_way(tmp_path) -> None:
    missing = tmp_path / "none.sqlite3"
    assert read_first_screen(missing) is None and not missing.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert read_first_screen(empty) is None and empty.read_bytes() == b""


def test_a_file_that_is_no_database_of_ours_starts_the_usual_way(tmp_path) -> None:
    scrambled = tmp_path / "encrypted.sqlite3"
    scrambled.write_bytes(bytes(range(256)) * 64)  # as an encrypted file looks
    foreign = tmp_path / "foreign.sqlite3"
    with closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE account (id TEXT, name TEXT)")
        connection.execute("INSERT INTO account VALUES ('x', 'Другая программа')")
        connection.commit()
    for path in (scrambled, foreign):
        unchanged = _unchanged(path)
        assert read_first_screen(path) is None
        assert unchanged()


def test_a_database_that_needs_a_migration_starts_the_usual_way(demo) -> None:
    demo.close()
    with closing(sqlite3.connect(demo.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0016'")
        connection.commit()
    unchanged = _unchanged(demo.path)
    assert read_first_screen(demo.path) is None
    assert unchanged()


def test_a_locked_database_starts_the_usual_way(demo) -> None:
    demo.close()
    with closing(sqlite3.connect(demo.path)) as holder:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")  # as another program writing it
        assert read_first_screen(demo.path) is None
        holder.rollback()
    assert read_first_screen(demo.path) is not None  # once let go


def test_the_read_leaves_the_database_as_it_was(demo) -> None:
    demo.close()
    unchanged = _unchanged(demo.path)
    assert read_first_screen(demo.path, "Анна") is not None
    assert unchanged()
