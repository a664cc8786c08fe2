"""A bundle imported into an empty database: the fast way it is merged (as it is read, new
records inserted in bulk) gives exactly what the sender holds, and what the merge that
reads a bundle twice gives."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.services import records, sync
from kam_desktop.services.demo import load_demo
from kam_desktop.store.models import Account, Contact
from kam_desktop.sync.merge import Merge
from fresh_databases import fresh_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))
from hub_support import normal_form  # noqa: E402


def _normal_form(db) -> dict:
    with db.engine.connect() as connection:
        return normal_form(connection)


def _derived(db) -> list[tuple]:
    """What each laptop derives for itself from the diary it holds."""
    with db.sessions() as session:
        return sorted(session.execute(select(Contact.id, Contact.last_met, Contact.next_met)))


@pytest.fixture(scope="module")
def sender(tmp_path_factory):
    """A demo portfolio with stamped changes (edits, a new holding, a new contact whose
    boss comes later in id order), and its bundle with the personal questionnaires."""
    folder = tmp_path_factory.mktemp("fresh")
    anna = fresh_database(folder / "anna" / "portfolio.sqlite3")
    with anna.transaction() as session:
        load_demo(session, accounts=12, seed=5, today=date(2026, 11, 1))
    with anna.sessions() as session:
        accounts = session.scalars(select(Account.id).order_by(Account.name)).all()
        people = session.scalars(select(Contact.id).where(Contact.account_id == accounts[3])
                                 .order_by(Contact.id.desc())).all()
    with anna.transaction() as session:
        records.update_record(session, kind="account", record_id=accounts[0],
                              changes={"notes": "Переговоры о рамочном договоре"})
        records.update_record(session, kind="account", record_id=accounts[1],
                              changes={"parent_id": accounts[2]})
        records.update_record(session, kind="contact", record_id=people[-1],
                              changes={"phone": "+7 (495) 100-20-30",
                                       "reports_to_id": people[0]})
        records.add_record(session, kind="contact", parent_id=accounts[3],
                           values={"name": "Орлова Анна", "interest": 7.5,
                                   "reports_to_id": people[0]})
    bundle = folder / "anna.kamsync"
    with anna.transaction() as session:
        sync.export_bundle(session, path=bundle, allow_unlocked=True, with_personal=True)
    yield anna, bundle, folder
    anna.close()


def test_a_fresh_import_holds_what_the_sender_holds(sender) -> None:
    anna, bundle, folder = sender
    boris = fresh_database(folder / "boris" / "portfolio.sqlite3")
    try:
        result = sync.receive_bundle(boris, path=bundle)
        assert result.added == 12
        assert _normal_form(boris) == _normal_form(anna)
        assert _derived(boris) == _derived(anna)
    finally:
        boris.close()


def test_merging_as_read_and_reading_twice_give_the_same_database(sender) -> None:
    """The merge that reads a bundle twice (the one a bundle with deletions takes)
    against the one that merges as it reads (taken here: nothing is deleted)."""
    _, bundle, folder = sender
    forms = []
    for name, as_read in (("vera", True), ("gleb", False)):
        db = fresh_database(folder / name / "portfolio.sqlite3")
        try:
            with db.transaction() as session:
                reader = sync.read_bundle(bundle, None)
                try:
                    merge = Merge(session.connection(), reader, lambda *_: None)
                    merge.check((lambda: None) if as_read else None)
                    assert merge.state.streamed == as_read
                    merge.apply()
                finally:
                    reader.close()
            forms.append(_normal_form(db))
        finally:
            db.close()
    assert forms[0] == forms[1]
