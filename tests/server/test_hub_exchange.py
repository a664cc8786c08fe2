"""Pushing to and pulling from the hub on a real PostgreSQL server: the hub is one more
replica, and two laptops exchanging through it end as two that passed bundle files."""
from __future__ import annotations

import shutil
import sys
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, inspect, select

from kam_desktop.services import records
from kam_desktop.services.demo import load_demo
from kam_desktop.services.erasure import erase_contact
from kam_desktop.services.server import init_server, pull, push, sync_now
from kam_desktop.services.sync import export_bundle, receive_bundle
from kam_desktop.store.backup import backup_time, list_backups
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.models import Account, Base, Contact, SyncReplica
from kam_desktop.sync.hub import unseen_accounts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402
from sync_support import dump  # noqa: E402


def _bundle(sender: Database, receiver: Database, folder: Path) -> None:
    path = folder / "exchange.kamsync"
    with sender.transaction() as session:
        export_bundle(session, path=path, allow_unlocked=True, with_personal=True)
    receive_bundle(receiver, path=path)
    path.unlink()


def _edit(db: Database, account_name: str, **changes) -> None:
    with db.transaction() as session:
        account = session.scalar(select(Account.id).where(Account.name == account_name))
        records.update_record(session, kind="account", record_id=account, changes=changes)


def _account_names(db: Database) -> list[str]:
    with db.sessions() as session:
        return sorted(session.scalars(select(Account.name)))


def test_init_creates_every_table_and_the_hub_replica(hub_url):
    info = init_server(url=hub_url)
    engine = create_engine(hub_url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            hub = connection.execute(select(SyncReplica).where(
                SyncReplica.is_self.is_(True))).one()
        assert set(Base.metadata.tables) <= tables
        assert (hub.id, hub.name) == (info.replica_id, "team server")
        # running it again changes nothing
        assert init_server(url=hub_url).replica_id == info.replica_id
    finally:
        engine.dispose()


def test_two_laptops_through_the_hub_end_as_through_files(hub, tmp_path):
    alice = fresh_database(tmp_path / "alice" / "portfolio.sqlite3")
    with alice.transaction() as session:
        load_demo(session, accounts=4, seed=3, today=date(2026, 6, 1))
    bob = fresh_database(tmp_path / "bob" / "portfolio.sqlite3")
    with bob.transaction() as session:
        records.add_record(session, kind="account", parent_id=None,
                           values={"name": "Bob's new client"})
    # the same two laptops, copied: one pair exchanges files, the other the hub
    twins = []
    for db in (alice, bob):
        copy = tmp_path / "files" / db.path.parent.name / db.path.name
        copy.parent.mkdir(parents=True)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(db.path, copy)
        twins.append(open_database(copy))
    alice_files, bob_files = twins

    first = push(alice, url=hub)
    assert first.result.added == 4
    assert pull(bob, url=hub).result.added == 4
    _bundle(alice_files, bob_files, tmp_path)
    assert dump(bob) == dump(bob_files)

    names = _account_names(alice)
    for db in (alice, alice_files):
        _edit(db, names[0], notes="Alice's note", region="North")
    for db in (bob, bob_files):
        _edit(db, names[0], notes="Bob's note")
        with db.transaction() as session:
            contact = session.scalar(select(Contact.id).join(Account)
                                     .where(Account.name == names[1]).order_by(Contact.id))
            erase_contact(session, contact_id=contact, erased_by="test")

    pushed = push(bob, url=hub).result
    assert [c.name for _, c in pushed.accounts if c.added] == ["Bob's new client"]
    assert {c.name for _, c in pushed.accounts if c.changed} >= {names[0], names[1]}
    assert len(pushed.erased) == 1
    pulled = sync_now(alice, url=hub)[0].result
    assert pulled.conflicts == 1 and len(pulled.erased) == 1
    pull(bob, url=hub)
    _bundle(bob_files, alice_files, tmp_path)
    _bundle(alice_files, bob_files, tmp_path)

    assert dump(alice) == dump(alice_files) == dump(bob) == dump(bob_files)
    for db in (alice, bob, alice_files, bob_files):
        db.close()


def test_an_unchanged_laptop_sends_and_receives_nothing(hub, tmp_path):
    laptop = fresh_database(tmp_path / "portfolio.sqlite3")
    with laptop.transaction() as session:
        load_demo(session, accounts=2, seed=1, today=date(2026, 6, 1))
    assert push(laptop, url=hub).changed
    pulled, pushed = sync_now(laptop, url=hub)
    assert not pushed.changed and not pushed.result.accounts
    assert not pulled.result.conflicts
    assert not pull(laptop, url=hub).changed
    laptop.close()


def test_a_push_sends_only_the_accounts_changed_since_the_last(hub, tmp_path):
    laptop = fresh_database(tmp_path / "portfolio.sqlite3")
    with laptop.transaction() as session:  # the demo's records carry no stamps
        load_demo(session, accounts=3, seed=2, today=date(2026, 6, 1))
    engine = create_engine(hub)

    def unseen() -> list:
        with laptop.engine.connect() as source, engine.connect() as target:
            return unseen_accounts(source, target)

    try:
        assert len(unseen()) == 3
        push(laptop, url=hub)
        assert unseen() == []
        names = _account_names(laptop)
        _edit(laptop, names[1], notes="changed")
        with laptop.sessions() as session:
            changed = session.scalar(select(Account.id).where(Account.name == names[1]))
        assert unseen() == [changed]
        assert [c.name for _, c in push(laptop, url=hub).result.accounts] == [names[1]]
        assert unseen() == []
    finally:
        engine.dispose()
        laptop.close()


def test_a_pull_backs_the_laptop_up_at_most_once_an_hour(hub, tmp_path):
    """A team syncing every few minutes would otherwise copy the whole database at each
    pull and fill the rotation with copies minutes apart."""
    colleague = fresh_database(tmp_path / "colleague" / "portfolio.sqlite3")
    laptop = fresh_database(tmp_path / "laptop" / "portfolio.sqlite3")
    backups = []
    try:
        for round_ in range(3):
            with colleague.transaction() as session:
                records.add_record(session, kind="account", parent_id=None,
                                   values={"name": f"Клиент {round_}"})
            push(colleague, url=hub)
            if round_ == 2:  # the newest backup is now two hours old
                newest = list_backups(laptop.path)[0]
                taken = backup_time(newest)
                newest.rename(newest.with_name(newest.name.replace(
                    f"{taken:%Y%m%dT%H%M%S%f}Z",
                    f"{taken - timedelta(hours=2):%Y%m%dT%H%M%S%f}Z")))
            assert pull(laptop, url=hub).result.added == 1
            backups.append(len(list_backups(laptop.path)))
    finally:
        colleague.close()
        laptop.close()
    assert backups == [1, 1, 2]
