"""Only real changes are stamped: what an edit, an interchange import, a deletion, an
undo and an erasure leave for the exchange to merge."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from kam_desktop.services import diary, interchange, records
from kam_desktop.services.erasure import erase_contact
from kam_desktop.store import clock
from kam_desktop.store.clock import ALL, SHAPES
from kam_desktop.store.database import open_database
from kam_desktop.store.models import (
    Account,
    SyncClock,
    SyncConflict,
    SyncReplica,
    SyncTombstone,
)


def _stamps(db) -> dict:
    with db.sessions() as session:
        return {(row.table_name, row.record_id): row.stamps
                for row in session.scalars(select(SyncClock))}


def _tombstones(db) -> dict:
    with db.sessions() as session:
        return {(row.table_name, row.record_id): (row.hlc, row.erased)
                for row in session.scalars(select(SyncTombstone))}


def _account(db, **values) -> object:
    with db.transaction() as session:
        return records.add_record(session, kind="account", parent_id=None,
                                  values={"name": "АО «Север»", **values})


def test_a_new_record_is_stamped_in_one_go_and_an_edit_only_where_it_changed(db) -> None:
    account = _account(db, notes="первая встреча", region="Пермь")
    # the account, and the first entry of its lifecycle history, each in one go
    assert {table for table, _id in _stamps(db)} == {"account", "lifecycle_change"}
    created = _stamps(db)[("account", account)]
    assert list(created) == [ALL]
    with db.transaction() as session:
        old = records.update_record(session, kind="account", record_id=account,
                                    changes={"notes": "вторая встреча", "region": "Пермь"})
    assert old == {"notes": "первая встреча"}
    stamps = _stamps(db)[("account", account)]
    assert set(stamps) == {ALL, "notes"} and stamps["notes"][0] > stamps[ALL][0]


def test_writing_the_value_a_field_already_has_changes_no_clock(db) -> None:
    account = _account(db, notes="то же самое")
    before = _stamps(db)
    with db.transaction() as session:
        records.update_record(session, kind="account", record_id=account,
                              changes={"notes": "то же самое"})
        session.get(Account, account).notes = "то же самое"  # assigned, not changed
        session.flush()
        row = session.get(Account, account)
        row.region = "Казань"
        row.region = None  # and back again within one flush
    assert _stamps(db) == before


DOCUMENT = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
    {"name": "ООО «Волга»", "notes": "поставки зерна",
     "potentials": [{"year": 2025, "amount": 1200000}],
     "contacts": [{"name": "Ирина Котова", "interest": 8, "involvement": 7,
                   "personal": {"education": "МГУ"}},
                  {"name": "Олег Пахомов", "reports_to": "Ирина Котова"}],
     "revenue": [{"period": "2025", "amount": 500000.5}]}]}


def test_an_interchange_import_of_equal_values_changes_no_clock(db) -> None:
    with db.transaction() as session:
        interchange.import_document(session, DOCUMENT)
    before = _stamps(db)
    # the new account's stage starts its history
    assert {table for table, _ in before} == {"account", "contact", "personal_notes",
                                              "revenue", "potential", "lifecycle_change"}
    with db.sessions() as session:
        replica_clock = session.scalar(select(SyncReplica.clock))
    with db.transaction() as session:
        summary = interchange.import_document(session, DOCUMENT)
    assert summary.unchanged == ["ООО «Волга»"]
    assert _stamps(db) == before
    with db.sessions() as session:
        assert session.scalar(select(SyncReplica.clock)) == replica_clock


def test_a_deletion_leaves_a_tombstone_and_undoing_it_wins_over_the_tombstone(db) -> None:
    account = _account(db)
    with db.transaction() as session:
        contact = records.add_record(session, kind="contact", parent_id=account,
                                     values={"name": "Павел Зуев"})
    with db.transaction() as session:
        snapshot = records.delete_record(session, kind="contact", record_id=contact)
    ((key, (hlc, erased)),) = _tombstones(db).items()
    assert key == ("contact", contact) and not erased
    assert ("contact", contact) not in _stamps(db)
    with db.transaction() as session:
        records.restore_record(session, snapshot=snapshot)
    assert _stamps(db)[("contact", contact)][ALL][0] > hlc


def test_a_record_the_orm_deletes_as_an_orphan_leaves_a_tombstone(db) -> None:
    account = _account(db)
    with db.transaction() as session:
        person = records.add_record(session, kind="contact", parent_id=account,
                                    values={"name": "Анна Лис"})
        entry = records.add_record(session, kind="diary_entry", parent_id=account, values={
            "date": date(2026, 3, 1), "kind": "call", "summary": "Звонок"})
        diary.set_attendees(session, entry_id=entry, people=[person])
    with db.transaction() as session:
        diary.set_attendees(session, entry_id=entry, people=[])
    assert [table for table, _ in _tombstones(db)] == ["diary_attendee"]


def test_an_erasure_leaves_an_erasure_and_stamps_the_texts_it_rewrites(db) -> None:
    account = _account(db, notes="Встреча с Котова И.: обсудили цены")
    with db.transaction() as session:
        person = records.add_record(session, kind="contact", parent_id=account,
                                    values={"name": "Котова Ирина", "phone": "+7 900 1"})
        records.add_record(session, kind="personal_notes", parent_id=person,
                           values={"education": "МГУ"})
        session.add(SyncConflict(account_id=account, table_name="account",
                                 record_id=account, field="notes", kind="field",
                                 winner_value="Котова Ирина звонила", winner_hlc=1,
                                 loser_value="без имени", loser_hlc=1))
        session.add(SyncConflict(account_id=account, table_name="contact",
                                 record_id=person, field="phone", kind="field",
                                 winner_value="+7 900 1", winner_hlc=1, loser_value="+7 900 2",
                                 loser_hlc=1))
    before = _stamps(db)[("account", account)]
    with db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Соколова")
    assert _tombstones(db)[("contact", person)][1] is True
    after = _stamps(db)
    assert after[("account", account)]["notes"][0] > before[ALL][0]
    assert ("contact", person) not in after and ("personal_notes", person) not in after
    with db.sessions() as session:
        (left,) = session.scalars(select(SyncConflict)).all()
        assert left.winner_value == "[…] звонила"


def test_clocks_move_forward_past_everything_seen(db) -> None:
    with db.transaction() as session:
        connection = session.connection()
        first = clock.issue(connection)
        clock.observe(connection, first[0] + (10 << 40))
        later = clock.issue(connection)
        assert later[0] > first[0] + (10 << 40) and later[1] == first[1]
        connection.execute(update(SyncReplica.__table__).values(clock=0))
        assert clock.issue(connection)[0] >= clock.wall_hlc() - (5000 << clock.PHYSICAL_SHIFT)


def test_how_records_hang_together_is_read_from_the_schema() -> None:
    assert SHAPES["account"].owner is None
    assert SHAPES["plan_action"].owner == ("goal_id", "goal")
    assert SHAPES["personal_notes"].owner == ("contact_id", "contact")
    assert SHAPES["personal_notes"].key == "contact_id"
    assert SHAPES["diary_attendee"].owner == ("entry_id", "diary_entry")
    assert SHAPES["diary_attendee"].links == (("contact_id", "contact"),
                                              ("team_member_id", "team_member"))
    assert SHAPES["contact"].references == (("reports_to_id", "contact"),
                                            ("successor_id", "contact"))
    assert "updated_at" not in SHAPES["account"].fields
    assert list(SHAPES).index("account") < list(SHAPES).index("contact") \
        < list(SHAPES).index("diary_attendee")
    assert "erasure_log" not in SHAPES and not any(t.startswith("sync_") for t in SHAPES)


def test_a_clock_poisoned_before_the_limit_existed_is_repaired_at_start_up(tmp_path) -> None:
    """A bundle from before clocks were checked could move this laptop's clock to the top
    of its range; after that every edit overflowed. Opening the database repairs it."""
    path = tmp_path / "portfolio.sqlite3"
    db = open_database(path)
    with db.transaction() as session:
        account = records.add_record(session, kind="account", parent_id=None,
                                     values={"name": "АО «Часы»"})
    top = (1 << 63) - 1
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE sync_replica SET clock = ?", (top,))
        connection.exec_driver_sql("UPDATE sync_clock SET stamps = json_object('*', "
                                   "json_array(?, 1))", (top,))
    with pytest.raises(OverflowError):  # the damage: the next edit cannot be stamped
        with db.transaction() as session:
            records.update_record(session, kind="account", record_id=account,
                                  changes={"notes": "после отравления"})
    db.close()

    db = open_database(path)
    with db.transaction() as session:
        records.update_record(session, kind="account", record_id=account,
                              changes={"notes": "после починки"})
    with db.engine.connect() as connection:
        newest = connection.exec_driver_sql("SELECT max(clock) FROM sync_replica").scalar()
        stamps = connection.exec_driver_sql("SELECT stamps FROM sync_clock").scalars().all()
    assert newest <= clock.future_limit()
    assert all(str(top) not in text for text in stamps)
    db.close()
