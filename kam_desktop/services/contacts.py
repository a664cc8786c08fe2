"""A contact who leaves the client: they keep their history on the old account, leave
the role map, and may carry on as a contact of the account they moved to."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import CONSENT_FIELDS, PERSONAL_FIELDS
from kam_desktop.domain.text import Text
from kam_desktop.services import records
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, Contact, PersonalNotes


@dataclass(frozen=True)
class Departure:
    """What :func:`mark_left` changed, to undo it: the contact's old values and the
    contact it created in the other account, if any."""

    old_values: dict[str, Any]
    created_id: uuid.UUID | None


def mark_left(session: Session, *, contact_id: uuid.UUID, left_on: date | str,
              left_to: str | None = None, to_account_id: uuid.UUID | None = None,
              link_to_id: uuid.UUID | None = None) -> Departure:
    """Mark a contact as having left on ``left_on`` for ``left_to``.

    With ``to_account_id`` the person carries on at one of our accounts: ``link_to_id``
    names their contact there; without it, a contact of the same name there is taken, or
    one is created with their name, phone and personal notes (the position, e-mail and
    map place belonged to the old job). The old contact then points to the new one.
    """
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise InputError("contact", Text("the record no longer exists"))
    if not left_on:
        raise InputError("left_on", Text("must not be empty"))
    if link_to_id is not None and to_account_id is None:
        raise InputError("link_to_id", Text("choose the account the person moved to"))
    target = None
    if to_account_id is not None:
        target = session.get(Account, to_account_id)
        if target is None:
            raise InputError("to_account_id", Text("the account no longer exists"))
        if target.id == contact.account_id:
            raise InputError("to_account_id", Text("the person is already at this account"))
        left_to = left_to or target.name
    successor_id, created_id = None, None
    if link_to_id is not None:
        successor = session.get(Contact, link_to_id)
        if successor is None or successor.account_id != to_account_id:
            raise InputError("link_to_id", Text("is not a contact of {account}",
                                                account=target.name))
        successor_id = successor.id
    elif target is not None:
        successor_id = session.scalar(select(Contact.id).where(
            Contact.account_id == target.id, Contact.name == contact.name))
        if successor_id is None:
            created_id = successor_id = _copy_person(session, contact, target)
    old = records.update_record(session, kind="contact", record_id=contact_id, changes={
        "left_on": left_on, "left_to": left_to, "successor_id": successor_id})
    return Departure(old, created_id)


def _copy_person(session: Session, contact: Contact, target: Account) -> uuid.UUID:
    new_id = records.add_record(session, kind="contact", parent_id=target.id, values={
        "name": contact.name, "phone": contact.phone})
    notes: PersonalNotes | None = contact.personal
    if notes is not None:
        values = {f: getattr(notes, f) for f in (*PERSONAL_FIELDS, *CONSENT_FIELDS)
                  if getattr(notes, f)}
        if values:
            records.add_record(session, kind="personal_notes", parent_id=new_id, values=values)
    return new_id


def predecessors(session: Session, contact_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict]:
    """For contacts that continue someone from another account: contact id -> where
    they came from (account id and name, the old contact's id, the day they left)."""
    if not contact_ids:
        return {}
    rows = session.execute(
        select(Contact.successor_id, Contact.id, Contact.left_on, Account.id, Account.name)
        .join(Account, Account.id == Contact.account_id)
        .where(Contact.successor_id.in_(contact_ids))).all()
    return {successor: {"contact_id": old_id, "left_on": left_on, "account_id": account_id,
                        "account": account_name}
            for successor, old_id, left_on, account_id, account_name in rows}


def same_person(session: Session, contact_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """The contact and every contact of the same person at our other accounts (linked
    when they moved), as (contact id, account name): erasing a person erases them all."""
    found: dict[uuid.UUID, str] = {}
    waiting = [contact_id]
    while waiting:
        current = waiting.pop()
        if current in found:
            continue
        row = session.execute(select(Contact.successor_id, Account.name)
                              .join(Account, Account.id == Contact.account_id)
                              .where(Contact.id == current)).first()
        if row is None:
            continue
        found[current] = row.name
        if row.successor_id is not None:
            waiting.append(row.successor_id)
        waiting.extend(session.scalars(select(Contact.id).where(Contact.successor_id == current)))
    return list(found.items())
