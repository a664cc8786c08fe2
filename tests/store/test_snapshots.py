"""Deleting with a snapshot and restoring it gives back exactly the rows that were there."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kam_desktop.domain.enums import DiaryKind
from kam_desktop.store.models import (
    Account,
    Base,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    PersonalNotes,
    TeamMember,
)
from kam_desktop.store.snapshots import delete_with_snapshot, restore_snapshot


def _dump(session) -> dict[str, list[tuple]]:
    """Every portfolio table (the exchange's clocks rightly record the deletion and the
    restore: tests/sync checks them)."""
    return {table.name: sorted(map(tuple, session.execute(select(table)).all()), key=repr)
            for table in Base.metadata.sorted_tables if not table.name.startswith("sync_")}


def _account(session) -> Account:
    account = Account(name="ПАО «Северный завод»")
    boss = Contact(name="Орлов И. П.", interest=8, involvement=9)
    boss.personal = PersonalNotes(education="МГТУ, 1998", cares_about="карьера")
    deputy = Contact(name="Лебедева А. С.", interest=3, involvement=7, reports_to=boss)
    clerk = Contact(name="Ким Д. В.", interest=2, involvement=2, reports_to=deputy)
    account.contacts = [boss, deputy, clerk]
    member = TeamMember(name="Смирнов", mirrors=deputy)
    account.team = [member]
    entry = DiaryEntry(date=date(2026, 3, 1), kind=DiaryKind.MEETING, summary="Встреча")
    entry.attendees = [DiaryAttendee(contact=deputy), DiaryAttendee(team_member=member)]
    account.diary = [entry]
    session.add(account)
    session.flush()
    return account


def test_deleting_a_contact_and_restoring_it_changes_nothing(db) -> None:
    with db.transaction() as session:
        account = _account(session)
        deputy_id = next(c.id for c in account.contacts if c.name.startswith("Лебедева"))
    with db.transaction() as session:
        before = _dump(session)
        snapshot = delete_with_snapshot(session, "contact", {"id": deputy_id})
        after_delete = _dump(session)
        assert len(after_delete["contact"]) == 2
        assert len(after_delete["diary_attendee"]) == 1
        clerk = session.scalars(select(Contact).where(Contact.name.startswith("Ким"))).one()
        assert clerk.reports_to_id is None
        restore_snapshot(session, snapshot)
        assert _dump(session) == before


def test_deleting_an_account_takes_everything_and_restores_everything(db) -> None:
    with db.transaction() as session:
        account_id = _account(session).id
    with db.transaction() as session:
        before = _dump(session)
        snapshot = delete_with_snapshot(session, "account", {"id": account_id})
        assert all(not rows for rows in _dump(session).values())
        restore_snapshot(session, snapshot)
        assert _dump(session) == before
