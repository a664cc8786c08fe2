"""Three laptops push and pull at once, each in a thread of its own with its own
connections, in random interleavings over a few rounds: every push waits for the one
merging before it, no change is lost, and once everyone has synchronised all three and the
hub hold the same portfolio."""
from __future__ import annotations

import random
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select, text

from kam_desktop.services import records
from kam_desktop.services.server import pull, push, sync_now
from kam_desktop.store import server
from kam_desktop.store.database import Database
from kam_desktop.store.models import Account, Contact

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from fresh_databases import fresh_database  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hub_support import normal_form, normal_form_at  # noqa: E402

LAPTOPS, ROUNDS = 3, 3


def _account(db: Database, name: str):
    with db.sessions() as session:
        return session.scalar(select(Account.id).where(Account.name == name))


def _note(db: Database, account_name: str, note: str) -> None:
    with db.transaction() as session:
        records.update_record(session, kind="account", record_id=_account(db, account_name),
                              changes={"notes": note})


def _laptop_rounds(number: int, db: Database, url: str, start: threading.Barrier,
                   failures: list) -> None:
    """Each round: a note on the laptop's own account and on the shared one, a new
    contact, then push, pull or both in a random order, with random pauses."""
    chance = random.Random(number)
    try:
        start.wait()
        for round_no in range(ROUNDS):
            _note(db, f"Own {number}", f"laptop {number}, round {round_no}")
            _note(db, "Shared", f"shared by {number}, round {round_no}")
            with db.transaction() as session:
                records.add_record(session, kind="contact", parent_id=_account(db, "Shared"),
                                   values={"name": f"Contact {number}-{round_no}"})
            for step in chance.sample([push, pull, sync_now], chance.randint(1, 3)):
                threading.Event().wait(chance.random() / 10)
                step(db, url=url)
    except BaseException as error:  # noqa: BLE001 — reported by the test
        failures.append((number, error))


def test_three_laptops_syncing_at_once_converge_and_lose_nothing(hub, tmp_path):
    dbs = [fresh_database(tmp_path / f"laptop{n}" / "portfolio.sqlite3")
           for n in range(LAPTOPS)]
    first = dbs[0]
    with first.transaction() as session:
        for name in ["Shared", *(f"Own {n}" for n in range(LAPTOPS))]:
            records.add_record(session, kind="account", parent_id=None, values={"name": name})
    push(first, url=hub)
    for db in dbs[1:]:
        pull(db, url=hub)
    start, failures = threading.Barrier(LAPTOPS), []
    threads = [threading.Thread(target=_laptop_rounds, args=(n, db, hub, start, failures))
               for n, db in enumerate(dbs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a sync never finished"
    assert not failures, failures
    for db in dbs:
        sync_now(db, url=hub)
    for db in dbs:
        pull(db, url=hub)

    forms = []
    for db in dbs:
        with db.engine.connect() as connection:
            forms.append(normal_form(connection))
    assert forms[0] == forms[1] == forms[2] == normal_form_at(hub)
    with first.sessions() as session:
        notes = dict(session.execute(select(Account.name, Account.notes)).all())
        contacts = set(session.scalars(select(Contact.name)))
    # each laptop's last note on its own account, which nobody else writes, is kept
    for n in range(LAPTOPS):
        assert notes[f"Own {n}"] == f"laptop {n}, round {ROUNDS - 1}"
    # the shared note is one laptop's last, and every contact added is there
    assert notes["Shared"] in {f"shared by {n}, round {ROUNDS - 1}" for n in range(LAPTOPS)}
    assert contacts == {f"Contact {n}-{r}" for n in range(LAPTOPS) for r in range(ROUNDS)}
    for db in dbs:
        db.close()


def test_a_push_waits_while_another_merge_writes_to_the_hub(hub, tmp_path):
    laptop = fresh_database(tmp_path / "portfolio.sqlite3")
    with laptop.transaction() as session:
        records.add_record(session, kind="account", parent_id=None, values={"name": "Waiting"})
    other = server.connect(hub)
    done = threading.Event()
    try:
        with server.merging_into(other) as holding:  # another laptop's merge, running
            pusher = threading.Thread(target=lambda: (push(laptop, url=hub), done.set()))
            pusher.start()
            assert not done.wait(1.0)  # the push waits for the merge's lock
            assert holding.execute(text("SELECT count(*) FROM account")).scalar_one() == 0
        pusher.join(timeout=60)
        assert done.is_set()
    finally:
        other.close()
    with laptop.engine.connect() as connection:
        assert normal_form_at(hub) == normal_form(connection)
    laptop.close()


def test_a_transaction_the_server_rolls_back_is_one_clear_refusal(hub):
    """A serialisation failure (another session changed what this one read) ends the sync
    with one message; its transaction is rolled back, so running it again completes."""
    first, second = server.connect(hub), server.connect(hub)
    try:
        with pytest.raises(server.ServerError) as refused, server.reaching(first), \
                first.engine.connect().execution_options(
                    isolation_level="REPEATABLE READ") as reading, reading.begin():
            reading.execute(text("SELECT clock FROM sync_replica")).all()
            with second.engine.begin() as other:
                other.execute(text("UPDATE sync_replica SET clock = clock + 1"))
            reading.execute(text("UPDATE sync_replica SET clock = clock + 1"))
        assert "refused: could not serialize access" in str(refused.value.message)
    finally:
        first.close()
        second.close()
