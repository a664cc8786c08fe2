"""What we keep about one person, for the person who asks (the personal-data law gives
them that right): their profile, their place on the role map now and in its snapshots,
the personal questionnaire with their consent, the diary entries they attended or are
named in, the other texts that name them, and our people who mirror them — at every
account where we keep the same person (followed when they moved).

Written as a readable PDF, or as JSON for a machine, by the file's extension. It is a
document for the person, not for their employer: it holds the confidential fields.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import PERSONAL_FIELDS, ConsentWay, DiaryKind, Role, Stance
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.text import Text
from kam_desktop.services.contacts import same_person
from kam_desktop.services.erasure import texts_naming
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import write_atomically
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    MapSnapshot,
    MapSnapshotEntry,
    TeamMember,
)

#: the profile's fields, in the order a reader expects them
PROFILE_FIELDS = ("name", "position", "department", "email", "phone", "reports_to",
                  "confirmed_on", "left_on", "left_to")
FORMATS = (".pdf", ".json")


@dataclass(frozen=True)
class Placement:
    """Where the person stands on the role map: now (``date`` None) or in a snapshot."""

    date: date | None
    interest: float
    involvement: float
    stance: Stance
    role: Role


@dataclass(frozen=True)
class DiaryMention:
    date: date
    kind: DiaryKind
    summary: str
    next_step: str | None
    attended: bool


@dataclass(frozen=True)
class TextMention:
    """Another text of the account that names the person (a goal, a note…)."""

    table: str
    field: str
    text: str


@dataclass
class PersonAtAccount:
    account: str
    profile: dict[str, Any]
    placement: Placement
    snapshots: list[Placement] = field(default_factory=list)
    questionnaire: dict[str, str] = field(default_factory=dict)
    consent_on: date | None = None
    consent_how: ConsentWay | None = None
    diary: list[DiaryMention] = field(default_factory=list)
    mentions: list[TextMention] = field(default_factory=list)
    mirrored_by: list[str] = field(default_factory=list)


@dataclass
class PersonData:
    name: str
    made_on: date
    records: list[PersonAtAccount]


def person_data(session: Session, *, contact_id: uuid.UUID, today: date) -> PersonData:
    """Everything kept about the person ``contact_id`` is, here and at our other
    accounts."""
    records = [_at_account(session, record_id) for record_id, _ in
               same_person(session, contact_id)]
    if not records:
        raise InputError("contact", Text("the record no longer exists"))
    return PersonData(session.get(Contact, contact_id).name, today, records)


def export_person(session: Session, *, contact_id: uuid.UUID, path: Path, today: date,
                  language: str = "ru") -> PersonData:
    """Write what we keep about the person to ``path``: PDF or JSON by its extension."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise InputError(str(path), Text("write to a file ending in .pdf or .json"))
    data = person_data(session, contact_id=contact_id, today=today)
    if path.suffix.lower() == ".json":
        text = json.dumps(_plain(asdict(data)), ensure_ascii=False, indent=2) + "\n"
        write_atomically(path, lambda file: file.write(text.encode("utf-8")))
    else:
        from kam_desktop.reports.person import write_person_pdf

        write_person_pdf(path, data, language=language)
    return data


def _at_account(session: Session, contact_id: uuid.UUID) -> PersonAtAccount:
    contact = session.get(Contact, contact_id)
    account = session.get(Account, contact.account_id)
    values = {name: getattr(contact, name, None) for name in PROFILE_FIELDS}
    values["reports_to"] = contact.reports_to.name if contact.reports_to else None
    found = PersonAtAccount(
        account.name, {name: value for name, value in values.items() if value not in (None, "")},
        _placement(None, contact))
    snapshots = session.execute(
        select(MapSnapshot.date, MapSnapshotEntry).join(MapSnapshotEntry.snapshot)
        .where(MapSnapshotEntry.contact_id == contact_id).order_by(MapSnapshot.date)).all()
    found.snapshots = [_placement(day, entry) for day, entry in snapshots]
    notes = contact.personal
    if notes is not None:
        found.questionnaire = {name: getattr(notes, name) for name in PERSONAL_FIELDS
                               if getattr(notes, name)}
        found.consent_on, found.consent_how = notes.consent_on, notes.consent_how
    named = texts_naming(session.connection(), contact_id)
    found.diary = _diary(session, contact_id, {row[1] for row in named
                                               if row[0] == "diary_entry"})
    found.mentions = [TextMention(table, column, text) for table, _, column, text in named
                      if table != "diary_entry"]
    found.mirrored_by = sorted(session.scalars(select(TeamMember.name).where(
        TeamMember.mirrors_id == contact_id)))
    return found


def _placement(day: date | None, where: Contact | MapSnapshotEntry) -> Placement:
    return Placement(day, where.interest, where.involvement, where.stance,
                     role_for(where.interest, where.involvement))


def _diary(session: Session, contact_id: uuid.UUID,
           naming: set[uuid.UUID]) -> list[DiaryMention]:
    attended = set(session.scalars(select(DiaryAttendee.entry_id).where(
        DiaryAttendee.contact_id == contact_id)))
    entries = session.scalars(select(DiaryEntry).where(
        or_(DiaryEntry.id.in_(attended), DiaryEntry.id.in_(naming)))
        .order_by(DiaryEntry.date)).all()
    return [DiaryMention(e.date, e.kind, e.summary, e.next_step, e.id in attended)
            for e in entries]


def _plain(value: Any) -> Any:
    """The data as JSON holds it: dates in ISO form, enums by their stored values."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value
