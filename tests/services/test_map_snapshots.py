"""Snapshots of the role map: saved as of a date, listed, compared, deleted and restored."""
from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.domain.enums import Role, Stance
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record, delete_record, update_record
from kam_desktop.services.snapshots_map import (
    compare_map_snapshots, delete_map_snapshot, list_map_snapshots, map_placements,
    restore_map_snapshot, save_map_snapshot,
)


@pytest.fixture
def people(db):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
        orlov = add_record(session, kind="contact", parent_id=account, values={
            "name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
        kim = add_record(session, kind="contact", parent_id=account, values={
            "name": "Ким А. С.", "interest": 8.0, "involvement": 8.0, "stance": "opponent"})
    return account, orlov, kim


def _save(db, account, on, note=""):
    with db.transaction() as session:
        return save_map_snapshot(session, account_id=account, on=on, note=note)


def test_a_snapshot_keeps_the_map_as_it_was(db, people):
    account, orlov, kim = people
    first = _save(db, account, date(2026, 3, 1), "  После встречи  ")
    with db.transaction() as session:
        update_record(session, kind="contact", record_id=orlov, changes={"interest": 9.0})
    with db.sessions() as session:
        (info,) = list_map_snapshots(session, account)
        assert (info.id, info.date, info.note, info.people) == (
            first, date(2026, 3, 1), "После встречи", 2)
        kept = {p.name: (p.interest, p.involvement, p.stance)
                for p in map_placements(session, snapshot_id=first)}
    assert kept == {"Орлов И. П.": (3.0, 3.0, Stance.NEUTRAL),
                    "Ким А. С.": (8.0, 8.0, Stance.OPPONENT)}


def test_snapshots_are_listed_newest_first(db, people):
    account = people[0]
    old = _save(db, account, date(2026, 1, 10))
    new = _save(db, account, date(2026, 5, 10))
    same_day = _save(db, account, date(2026, 5, 10), "вечером")
    with db.sessions() as session:
        assert [s.id for s in list_map_snapshots(session, account)] == [same_day, new, old]


def test_comparing_with_the_current_map_lists_who_changed_role(db, people):
    account, orlov, kim = people
    snapshot = _save(db, account, date(2026, 3, 1))
    with db.transaction() as session:
        update_record(session, kind="contact", record_id=orlov,
                      changes={"interest": 7.0, "involvement": 5.4})
        update_record(session, kind="contact", record_id=kim, changes={"involvement": 9.0})
        ivanova = add_record(session, kind="contact", parent_id=account, values={
            "name": "Иванова Е. В.", "interest": 2.0, "involvement": 8.0})
    with db.sessions() as session:
        movements = compare_map_snapshots(session, first_id=snapshot, second_id=None)
    by_name = {m.name: m for m in movements}
    assert set(by_name) == {"Орлов И. П.", "Ким А. С.", "Иванова Е. В."}
    assert (by_name["Орлов И. П."].role_before, by_name["Орлов И. П."].role_after) == (
        Role.BUTLER, Role.LEADER)
    assert by_name["Ким А. С."].moved and not by_name["Ким А. С."].role_changed
    assert by_name["Иванова Е. В."].joined and by_name["Иванова Е. В."].after.key == ivanova


def test_comparing_two_snapshots_and_a_deleted_contact(db, people):
    account, orlov, kim = people
    first = _save(db, account, date(2026, 3, 1))
    with db.transaction() as session:
        delete_record(session, kind="contact", record_id=kim)
        update_record(session, kind="contact", record_id=orlov, changes={"involvement": 6.0})
    second = _save(db, account, date(2026, 4, 1))
    with db.sessions() as session:
        movements = compare_map_snapshots(session, first_id=first, second_id=second)
        # the deleted contact's rows stay readable, by name
        assert {p.name for p in map_placements(session, snapshot_id=first)} == {
            "Орлов И. П.", "Ким А. С."}
    (kim_left, orlov_moved) = movements
    assert kim_left.name == "Ким А. С." and kim_left.left and kim_left.role_before is Role.LEADER
    assert orlov_moved.role_after is Role.ASSISTANT


def test_deleting_a_snapshot_can_be_undone(db, people):
    account = people[0]
    snapshot = _save(db, account, date(2026, 3, 1), "до тендера")
    with db.transaction() as session:
        deleted = delete_map_snapshot(session, snapshot_id=snapshot)
    with db.sessions() as session:
        assert list_map_snapshots(session, account) == []
    with db.transaction() as session:
        restore_map_snapshot(session, deleted=deleted)
    with db.sessions() as session:
        (info,) = list_map_snapshots(session, account)
        assert (info.id, info.note, info.people) == (snapshot, "до тендера", 2)


def test_refusals(db, people):
    account = people[0]
    import uuid

    with db.transaction() as session:
        with pytest.raises(InputError, match="must not be empty") as error:
            save_map_snapshot(session, account_id=account, on=None, note="")
        assert error.value.where == "date"
        with pytest.raises(InputError, match="not a date"):
            save_map_snapshot(session, account_id=account, on="вчера", note="")
        with pytest.raises(InputError, match="account no longer exists"):
            save_map_snapshot(session, account_id=uuid.uuid4(), on=date(2026, 1, 1), note="")
        with pytest.raises(InputError, match="no longer exists"):
            compare_map_snapshots(session, first_id=uuid.uuid4(), second_id=None)
        with pytest.raises(InputError, match="no longer exists"):
            delete_map_snapshot(session, snapshot_id=uuid.uuid4())


def test_deleting_the_account_deletes_its_snapshots(db, people):
    account = people[0]
    _save(db, account, date(2026, 3, 1))
    with db.transaction() as session:
        delete_record(session, kind="account", record_id=account)
    with db.sessions() as session:
        assert list_map_snapshots(session, account) == []
