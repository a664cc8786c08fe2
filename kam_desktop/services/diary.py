"""Editing the account diary beyond its plain fields: who was present at an entry."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Contact, DiaryAttendee, DiaryEntry, TeamMember


def set_attendees(session: Session, *, entry_id: uuid.UUID,
                  people: list[uuid.UUID]) -> list[uuid.UUID]:
    """Make ``people`` (ids of the account's contacts and team members, in any mix) the
    attendees of a diary entry. Only the people who join or leave are written. Returns
    the previous attendees (set them again to undo)."""
    entry = session.get(DiaryEntry, entry_id)
    if entry is None:
        raise InputError("diary", Text("the record no longer exists"))
    wanted = list(dict.fromkeys(_as_uuid(person) for person in people))
    contacts = set(session.scalars(
        select(Contact.id).where(Contact.account_id == entry.account_id)))
    team = set(session.scalars(
        select(TeamMember.id).where(TeamMember.account_id == entry.account_id)))
    strangers = [person for person in wanted if person not in contacts | team]
    if strangers:
        raise InputError("attendees", Text("{person} is neither a contact nor a team member "
                                           "of this account", person=strangers[0]))
    present = {attendee.contact_id or attendee.team_member_id: attendee
               for attendee in entry.attendees}
    previous = list(present)
    if set(previous) == set(wanted):
        return previous
    for person, attendee in present.items():
        if person not in wanted:
            entry.attendees.remove(attendee)
    for person in wanted:
        if person not in present:
            entry.attendees.append(DiaryAttendee(
                contact_id=person if person in contacts else None,
                team_member_id=person if person in team else None))
    session.flush()
    return previous


def _as_uuid(value: object) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise InputError("attendees", Text("{value} is not a person's id",
                                           value=repr(value))) from None
