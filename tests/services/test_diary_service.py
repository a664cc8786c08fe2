"""Setting who attended a diary entry, on a real database."""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from kam_desktop.services.diary import set_attendees
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.store.models import DiaryAttendee, DiaryEntry


@pytest.fixture
def people(db):
    """Two accounts; the first with a contact, a team member and a diary entry."""
    with db.transaction() as session:
        def add(record_kind, parent, **values):
            return add_record(session, kind=record_kind, parent_id=parent, values=values)
        vector = add("account", None, name="АО «Вектор»")
        other = add("account", None, name="ООО «Полюс»")
        return {
            "entry": add("diary_entry", vector, date=date(2025, 3, 12), kind="meeting",
                         summary="Обсудили поставки на II квартал"),
            "orlov": add("contact", vector, name="Орлов И. П."),
            "ivanova": add("team_member", vector, name="Иванова А. С."),
            "stranger": add("contact", other, name="Петров К. В."),
        }


def _attendees(db, entry_id) -> set[uuid.UUID]:
    with db.sessions() as session:
        entry = session.get(DiaryEntry, entry_id)
        return {a.contact_id or a.team_member_id for a in entry.attendees}


def test_contacts_and_team_members_attend_and_the_old_list_comes_back(db, people) -> None:
    entry, orlov, ivanova = people["entry"], people["orlov"], people["ivanova"]
    with db.transaction() as session:
        assert set_attendees(session, entry_id=entry, people=[orlov, ivanova]) == []
    assert _attendees(db, entry) == {orlov, ivanova}
    with db.sessions() as session:
        row = session.scalar(select(DiaryAttendee).where(DiaryAttendee.team_member_id == ivanova))
        assert row.contact_id is None
    with db.transaction() as session:
        previous = set_attendees(session, entry_id=entry, people=[ivanova])
    assert set(previous) == {orlov, ivanova}
    assert _attendees(db, entry) == {ivanova}
    with db.transaction() as session:  # undo: set the previous list again
        set_attendees(session, entry_id=entry, people=previous)
    assert _attendees(db, entry) == {orlov, ivanova}


def test_someone_from_another_account_is_refused(db, people) -> None:
    with db.transaction() as session:
        set_attendees(session, entry_id=people["entry"], people=[people["orlov"]])
    with pytest.raises(InputError) as error, db.transaction() as session:
        set_attendees(session, entry_id=people["entry"],
                      people=[people["ivanova"], people["stranger"]])
    assert error.value.where == "attendees" and "neither a contact" in error.value.message
    assert _attendees(db, people["entry"]) == {people["orlov"]}


def test_the_same_people_again_write_nothing(db, people) -> None:
    entry, orlov, ivanova = people["entry"], people["orlov"], people["ivanova"]
    with db.transaction() as session:
        set_attendees(session, entry_id=entry, people=[orlov, ivanova])
    with db.sessions() as session:
        ids_before = set(session.scalars(select(DiaryAttendee.id)))
    with db.transaction() as session:
        previous = set_attendees(session, entry_id=entry, people=[ivanova, orlov, orlov])
        assert not session.dirty and not session.new and not session.deleted
    assert set(previous) == {orlov, ivanova}
    with db.sessions() as session:
        assert set(session.scalars(select(DiaryAttendee.id))) == ids_before


def test_a_missing_entry_or_a_bad_id_is_refused_in_words(db, people) -> None:
    with pytest.raises(InputError, match="no longer exists"), db.transaction() as session:
        set_attendees(session, entry_id=uuid.uuid4(), people=[])
    with pytest.raises(InputError, match="not a person"), db.transaction() as session:
        set_attendees(session, entry_id=people["entry"], people=["Орлов"])
