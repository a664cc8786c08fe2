"""What the report options offer to choose from: departments, contacts, owners."""
from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.services.handover import receivers
from kam_desktop.services.reports.account import find_account
from kam_desktop.store.models import Account, Contact, Handover, ValueEntry


@dataclass(frozen=True)
class ReportChoices:
    """What the report options offer to choose from."""

    account_name: str | None
    #: the client departments named by the account's value entries
    departments: tuple[str, ...]
    #: the account's contacts who still work there, in name order
    contacts: tuple[str, ...]
    #: the owners of all accounts
    owners: tuple[str, ...]
    #: whom the hand-over pack may be for: the latest receiver first, then the account
    #: team and the owners
    receivers: tuple[str, ...] = ()


def report_choices(session: Session, *, account_id: uuid.UUID | None) -> ReportChoices:
    owners = tuple(session.scalars(select(Account.owner).where(Account.owner.is_not(None))
                                   .distinct().order_by(Account.owner)))
    if account_id is None:
        return ReportChoices(None, (), (), owners)
    account = find_account(session, account_id, None)
    departments = tuple(session.scalars(
        select(ValueEntry.department).where(ValueEntry.account_id == account_id,
                                            ValueEntry.department.is_not(None))
        .distinct().order_by(ValueEntry.department)))
    contacts = tuple(session.scalars(
        select(Contact.name).where(Contact.account_id == account_id, Contact.left_on.is_(None))
        .order_by(Contact.name)))
    latest = session.scalar(select(Handover.to_name).where(Handover.account_id == account_id)
                             .order_by(Handover.date.desc()).limit(1))
    others = [name for name in receivers(session, account_id=account_id) if name != latest]
    return ReportChoices(account.name, departments, contacts, owners,
                         tuple(([latest] if latest else []) + others))
