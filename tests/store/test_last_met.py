""""Last met", stored beside accounts and contacts, stays what the diary says after any
sequence of writes (real SQLite files), and Today and the portfolio read it right."""
from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services import interchange, records, sync
from kam_desktop.services.diary import set_attendees
from kam_desktop.services.erasure import erase_person
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.today import today_items
from kam_desktop.store import last_met, schema
from kam_desktop.store.clock import SHAPES
from kam_desktop.store.database import Database, open_database
from kam_desktop.store.integrity import check_database
from kam_desktop.store.models import Account, Contact, DiaryAttendee, DiaryEntry

TODAY = date.today()
#: the days the stored values are read as of: today, and days a stored pair may be stale for
READ_ON = (TODAY, TODAY - timedelta(days=20), TODAY + timedelta(days=25))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "portfolio.sqlite3"
    open_database(path).close()
    return path


def _copy(template: Path, folder: Path) -> Database:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, folder / "portfolio.sqlite3")
    return open_database(folder / "portfolio.sqlite3")


def _diary_truth(db: Database, day: date) -> tuple[dict, dict]:
    """When each account and contact was last met as of ``day``, straight from the diary."""
    with db.sessions() as session:
        accounts = dict.fromkeys(session.scalars(select(Account.id)))
        contacts = dict.fromkeys(session.scalars(select(Contact.id)))
        for entry_id, account_id, when in session.execute(
                select(DiaryEntry.id, DiaryEntry.account_id, DiaryEntry.date)):
            if when <= day and (accounts[account_id] is None or when > accounts[account_id]):
                accounts[account_id] = when
        for contact_id, when in session.execute(
                select(DiaryAttendee.contact_id, DiaryEntry.date).join(DiaryEntry)
                .where(DiaryAttendee.contact_id.is_not(None))):
            if when <= day and (contacts[contact_id] is None or when > contacts[contact_id]):
                contacts[contact_id] = when
    return accounts, contacts


def _assert_true(db: Database) -> None:
    with db.engine.connect() as connection:
        assert last_met.mismatches(connection) == []
    for day in READ_ON:
        accounts, contacts = _diary_truth(db, day)
        with db.sessions() as session:
            connection = session.connection()
            assert last_met.last_met_by_account(connection, day) == accounts
            assert last_met.last_met_of_contacts(connection, list(contacts), day) == contacts
            for contact_id, stored, is_fresh in session.execute(select(
                    Contact.id, Contact.last_met,
                    last_met.fresh(Contact.last_met, Contact.next_met, day))):
                if is_fresh:
                    assert stored == contacts[contact_id]
            shown = {row.id: row.days_since_contact for row in list_accounts(session, today=day)}
            assert shown == {account_id: None if met is None else (day - met).days
                             for account_id, met in accounts.items()}


class Laptop:
    def __init__(self, db: Database, folder: Path) -> None:
        self.db, self.folder, self.sent = db, folder, 0
        self.undo: list = []

    def write(self, action, *args, **kwargs):
        with self.db.transaction() as session:
            return action(session, *args, **kwargs)

    def ids(self, model) -> list[uuid.UUID]:
        with self.db.sessions() as session:
            return sorted(session.scalars(select(model.id)), key=str)

    def send(self) -> Path:
        self.sent += 1
        path = self.folder / f"bundle-{self.sent}.kamsync"
        self.write(sync.export_bundle, path=path, allow_unlocked=True)
        return path

    def receive(self, bundle: Path) -> None:
        sync.receive_bundle(self.db, path=bundle)


def _entry(laptop: Laptop, account: int, offset: int, attendees: int) -> None:
    accounts = laptop.ids(Account)
    account_id = accounts[account % len(accounts)]

    def add(session):
        entry_id = records.add_record(session, kind="diary_entry", parent_id=account_id, values={
            "date": TODAY + timedelta(days=offset), "kind": "meeting", "summary": "Встреча"})
        people = sorted(session.scalars(select(Contact.id).where(
            Contact.account_id == account_id)), key=str)
        set_attendees(session, entry_id=entry_id,
                      people=[p for i, p in enumerate(people) if attendees >> i & 1])
    laptop.write(add)


def _apply(a: Laptop, b: Laptop, step: tuple[str, int, int, int]) -> None:
    action, first, offset, mask = step
    entries = a.ids(DiaryEntry)
    entry = entries[first % len(entries)] if entries else None
    if action == "add":
        _entry(a, first, offset, mask)
    elif action == "redate" and entry:
        a.write(records.update_record, kind="diary_entry", record_id=entry,
                changes={"date": TODAY + timedelta(days=offset)})
    elif action == "delete" and entry:
        a.undo.append(a.write(records.delete_record, kind="diary_entry", record_id=entry))
    elif action == "unattend" and entry:
        with a.db.sessions() as session:
            people = sorted(p for p, in session.execute(select(DiaryAttendee.contact_id)
                            .where(DiaryAttendee.entry_id == entry)))
        a.write(set_attendees, entry_id=entry, people=people[1:])
    elif action == "delete_contact":
        contacts = a.ids(Contact)
        a.undo.append(a.write(records.delete_record, kind="contact",
                              record_id=contacts[first % len(contacts)]))
    elif action == "undo" and a.undo:
        a.write(records.restore_record, snapshot=a.undo.pop())
    elif action == "erase":
        contacts = a.ids(Contact)
        erase_person(a.db, contact_id=contacts[first % len(contacts)], erased_by="test")
        a.undo.clear()  # what was deleted before may hold the erased person
    elif action == "exchange":  # a colleague writes on their laptop and sends it over
        _entry(b, first, offset, mask)
        theirs = b.ids(DiaryEntry)
        b.write(records.update_record, kind="diary_entry", record_id=theirs[0],
                changes={"date": TODAY + timedelta(days=-offset)})
        _assert_true(b.db)
        a.receive(b.send())


def _portfolio(laptop: Laptop) -> None:
    for name in ("Альфа", "Бета"):
        account_id = laptop.write(records.add_record, kind="account", parent_id=None,
                                  values={"name": name})
        for person in ("Иванов", "Петров", "Сидоров"):
            laptop.write(records.add_record, kind="contact", parent_id=account_id,
                         values={"name": person, "interest": 8.0})


STEPS = st.tuples(
    st.sampled_from(["add", "add", "redate", "delete", "unattend", "delete_contact", "undo",
                     "erase", "exchange"]),
    st.integers(0, 20), st.integers(-40, 40), st.integers(0, 7))


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(steps=st.lists(STEPS, min_size=1, max_size=8))
def test_the_stored_days_agree_with_the_diary_after_any_writes(template, tmp_path, steps):
    folder = tmp_path / uuid.uuid4().hex
    a = Laptop(_copy(template, folder / "a"), folder / "a")
    b = Laptop(_copy(template, folder / "b"), folder / "b")
    try:
        _portfolio(a)
        b.receive(a.send())
        _entry(a, 0, -10, 0b11)
        for step in steps:
            _apply(a, b, step)
            _assert_true(a.db)
    finally:
        a.db.close()
        b.db.close()


def test_a_planned_meeting_counts_once_its_day_has_come(template, tmp_path) -> None:
    laptop = Laptop(_copy(template, tmp_path), tmp_path)
    _portfolio(laptop)
    _entry(laptop, 0, -50, 0b1)  # Иванов and the account, 50 days ago
    _entry(laptop, 0, 5, 0b1)  # and a meeting planned in five days
    account_id = laptop.ids(Account)[0]
    with laptop.db.sessions() as session:
        contact_id = min(session.scalars(select(Contact.id).where(
            Contact.account_id == account_id)), key=str)
    later = TODAY + timedelta(days=6)
    with laptop.db.sessions() as session:
        stored = session.get(Contact, contact_id)
        assert (stored.last_met, stored.next_met) == (TODAY - timedelta(days=50),
                                                      TODAY + timedelta(days=5))
        # read six days on, the stored pair is stale and the day is derived again
        assert last_met.last_met_by_account(session.connection(), later)[account_id] \
            == TODAY + timedelta(days=5)
    with laptop.db.engine.begin() as connection:
        last_met.catch_up(connection, later)
    with laptop.db.sessions() as session:
        stored = session.get(Contact, contact_id)
        assert (stored.last_met, stored.next_met) == (TODAY + timedelta(days=5), None)
    laptop.db.close()


def test_cooling_reads_the_stored_days(template, tmp_path) -> None:
    """A leader last met 50 days ago cools at 45 days; met yesterday, the account does not."""
    laptop = Laptop(_copy(template, tmp_path), tmp_path)
    _portfolio(laptop)
    with laptop.db.transaction() as session:
        for account in session.scalars(select(Account)):
            account.lifecycle = Lifecycle.KEY
        for contact in session.scalars(select(Contact)):
            contact.involvement = 8.0  # interest 8 and involvement 8: a leader
    _entry(laptop, 0, -50, 0b111)
    _entry(laptop, 1, -1, 0b111)
    accounts = laptop.ids(Account)
    with laptop.db.sessions() as session:
        cooling = {item.account_id: item.days for item in today_items(session, today=TODAY)
                   if item.kind == "cooling"}
    assert cooling == {accounts[0]: 50}
    laptop.db.close()


def test_the_check_finds_a_stored_day_that_disagrees_with_the_diary(template, tmp_path) -> None:
    laptop = Laptop(_copy(template, tmp_path), tmp_path)
    _portfolio(laptop)
    _entry(laptop, 0, -3, 0b1)
    assert check_database(laptop.db.engine).ok
    laptop.db.close()
    with sqlite3.connect(laptop.db.path) as connection:
        connection.execute("UPDATE contact SET last_met = '2001-01-01' WHERE last_met IS NOT NULL")
    database = open_database(laptop.db.path)
    problems = check_database(database.engine).problems
    database.close()
    assert len(problems) == 1 and problems[0].startswith("last met: contact")


def test_the_stored_days_are_derived_and_travel_nowhere() -> None:
    for table in ("account", "contact"):
        assert not {"last_met", "next_met"} & set(SHAPES[table].fields)
        assert not {"last_met", "next_met"} & {c.name for c in schema.content_columns(table)}
        assert not records.editable(table, "last_met")


def test_an_interchange_file_brings_its_diary_and_the_days_follow(template, tmp_path) -> None:
    source = Laptop(_copy(template, tmp_path / "source"), tmp_path / "source")
    _portfolio(source)
    _entry(source, 0, -30, 0b11)
    _entry(source, 1, 7, 0b1)
    with source.db.sessions() as session:
        document = interchange.export_document(session)
    source.db.close()
    target = Laptop(_copy(template, tmp_path / "target"), tmp_path / "target")
    target.write(interchange.import_document, document)
    _assert_true(target.db)
    for account in document["accounts"]:  # the file's meetings move a week earlier
        for entry in account.get("diary", []):
            entry["date"] = (date.fromisoformat(entry["date"]) - timedelta(days=7)).isoformat()
    target.write(interchange.import_document, document)
    _assert_true(target.db)
    with target.db.sessions() as session:
        assert TODAY in session.scalars(select(Account.last_met)).all()
    target.db.close()
