"""Importing a whole portfolio into an empty database: the database it makes, table by
table, is the one the file came from, stamped as one import.

Written against the import that went through the ORM record by record, before the
import of new accounts was restructured to write them in batches; it holds both to the
same result.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from interchange_sample import export, load
from kam_desktop.services import demo
from kam_desktop.services.interchange import read_document, write_document
from kam_desktop.store.clock import ALL, SHAPES
from kam_desktop.store.kinds import KINDS
from kam_desktop.store.models import Base
from kam_desktop.store.models.sync import SyncClock, SyncReplica, SyncTombstone
from fresh_databases import fresh_database

#: what a laptop keeps for itself, and not in the file: when its rows were written here
_LOCAL = {"updated_at", "created_at"}
#: the tables of what the file holds: accounts, their lists, and what hangs on a record
_CARRIED = {"account", "personal_notes", "diary_attendee",
            *(kind.name for kind in KINDS.values() if kind.section)}
#: records the file gives no id (a share of the involvement map, an attendee by name):
#: each import draws new ones
_NEW_IDS = {"involvement_share", "diary_attendee"}


def _rows(db) -> dict[str, list[tuple]]:
    """Every row of every table the file holds, without the columns each laptop fills
    in for itself."""
    with db.engine.connect() as connection:
        return {table.name: sorted((tuple(v for c, v in row._mapping.items() if c not in _LOCAL
                                          and not (c == "id" and table.name in _NEW_IDS))
                                    for row in connection.execute(select(table))), key=repr)
                for table in Base.metadata.sorted_tables if table.name in _CARRIED}


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory) -> tuple[object, Path]:
    """A demo portfolio (with holdings) and its interchange file."""
    folder = tmp_path_factory.mktemp("portfolio")
    source = fresh_database(folder / "source.sqlite3")
    with source.transaction() as session:
        demo.load_demo(session, accounts=40, seed=7, today=date(2025, 6, 1))
    path = folder / "portfolio.json"
    write_document(path, export(source))
    yield source, path
    source.close()


def test_a_fresh_import_makes_the_database_the_file_came_from(db, portfolio) -> None:
    source, path = portfolio
    summary = load(db, read_document(path))
    assert len(summary.added) == 40 and not summary.updated and not summary.unchanged
    expected, got = _rows(source), _rows(db)
    assert any(expected["account"]) and any(expected["diary_attendee"])
    for table in expected:
        assert got[table] == expected[table], table
    assert export(db) == export(source)


def test_a_fresh_import_stamps_every_record_once_and_holdings_after(db, portfolio) -> None:
    """Every record is stamped as created by this laptop at one moment; a company's
    holding is set a moment later, once every account of the file exists."""
    load(db, read_document(portfolio[1]))
    with db.engine.connect() as connection:
        (replica,) = connection.execute(select(SyncReplica.no)).scalars().all()
        stamps = {(row.table_name, row.record_id): row.stamps
                  for row in connection.execute(select(SyncClock))}
        records = {(name, record_id) for name, shape in SHAPES.items()
                   for record_id in connection.execute(select(shape.table.c[shape.key]))
                   .scalars()}
        holdings = set(connection.execute(select(SHAPES["account"].table.c.id).where(
            SHAPES["account"].table.c.parent_id.is_not(None))).scalars())
        assert not connection.execute(select(SyncTombstone)).all()
    assert stamps.keys() == records and holdings
    (created,) = {tuple(s[ALL]) for s in stamps.values()}
    assert created[1] == replica
    later = {tuple(stamps[("account", a)].pop("parent_id")) for a in holdings}
    assert len(later) == 1 and later.pop() > created
    assert all(s == {ALL: list(created)} for s in stamps.values())


def test_importing_the_file_again_changes_nothing(db, portfolio) -> None:
    source, path = portfolio
    load(db, read_document(path))
    before = _rows(db)
    again = load(db, read_document(path))
    assert not again.added and not again.updated and len(again.unchanged) == 40
    assert _rows(db) == before


def test_new_and_stored_accounts_of_one_file_take_holdings_from_each_other(db) -> None:
    """A stored company joins a holding the file adds, and a company the file adds joins
    it; each new account starts its stage history, as one added in a form does."""
    load(db, {"format": "kam-desktop.accounts", "version": 1,
              "accounts": [{"name": "Завод", "lifecycle": "key"}]})
    summary = load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Холдинг"}, {"name": "Завод", "parent": "Холдинг"},
        {"name": "Цех", "parent": "Завод", "lifecycle": "lost", "lifecycle_reason": "ушёл"}]})
    assert (summary.added, summary.updated) == (["Холдинг", "Цех"], ["Завод"])
    account = Base.metadata.tables["account"]
    change = Base.metadata.tables["lifecycle_change"]
    with db.engine.connect() as connection:
        ids = dict(connection.execute(select(account.c.name, account.c.id)).all())
        parents = dict(connection.execute(select(account.c.name, account.c.parent_id)).all())
        started = {row.account_id: (row.from_stage, row.to_stage.value, row.reason)
                   for row in connection.execute(select(change))}
        stamps = {row.record_id: row.stamps for row in connection.execute(
            select(SyncClock).where(SyncClock.table_name == "account"))}
    assert parents == {"Холдинг": None, "Завод": ids["Холдинг"], "Цех": ids["Завод"]}
    assert started == {ids["Завод"]: (None, "key", None),
                       ids["Холдинг"]: (None, "prospect", None),
                       ids["Цех"]: (None, "lost", "ушёл")}
    assert "parent_id" in stamps[ids["Завод"]] and "parent_id" in stamps[ids["Цех"]]
    assert "parent_id" not in stamps[ids["Холдинг"]]
