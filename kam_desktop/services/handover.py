"""Handing an account over to another manager (seed 003), and the accounts whose deals
have crossed a hand-over trigger (domain.handover), read for the whole portfolio in a
few queries."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.deals import last_year
from kam_desktop.domain.handover import (
    WATCHED_STAGES,
    DealSummary,
    HandoverThresholds,
    crossed_by_summary,
)
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.mine import distinct_names, fold_name
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.functions import potential_in_force
from kam_desktop.store.models import Account, Deal, Handover, TeamMember


#: money is kept to the cent; a sum the database adds up in floating point is rounded back
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class HandoverDue:
    account_id: uuid.UUID
    account_name: str
    owner: str | None
    #: the triggers crossed, in domain.handover.TRIGGERS order
    triggers: tuple[str, ...]


@dataclass(frozen=True)
class RecordedHandover:
    handover_id: uuid.UUID
    #: the owner before, to give the account back when the hand-over is undone
    previous_owner: str | None


def record_handover(session: Session, *, account_id: uuid.UUID, to_name: str, on: date,
                    note: str | None = None) -> RecordedHandover:
    """Record that the account passes to ``to_name`` on ``on``, from its owner, and make
    ``to_name`` its owner."""
    account = session.get(Account, account_id)
    if account is None:
        raise InputError("account", Text("the account no longer exists"))
    receiver = " ".join((to_name or "").split())
    if not receiver:
        raise InputError("to_name", Text("say to whom the account is handed over"))
    if fold_name(receiver) == fold_name(account.owner):
        raise InputError("to_name", Text("{name} already owns the account", name=receiver))
    previous = account.owner
    handover_id = add_record(session, kind="handover", parent_id=account_id, values={
        "date": on, "from_name": previous, "to_name": receiver, "note": note})
    update_record(session, kind="account", record_id=account_id, changes={"owner": receiver})
    return RecordedHandover(handover_id, previous)


def handovers_due(session: Session, *, today: date,
                  thresholds: HandoverThresholds) -> list[HandoverDue]:
    """The accounts still with whoever found them (domain.handover.WATCHED_STAGES, never
    handed over) whose deals have crossed a trigger, by name. The deals are summed per
    account in the database (domain.handover.DealSummary), so the rule sees one row per
    watched account, never the deals themselves."""
    start, _end = last_year(today)
    is_watched = (Account.lifecycle.in_(WATCHED_STAGES)
                  & Account.id.not_in(select(Handover.account_id)))
    recent = func.coalesce(func.sum(case((Deal.date >= start, Deal.amount))), 0)
    rows = session.execute(
        select(Account.id, Account.name, Account.owner, func.count(Deal.id),
               recent.label("recent"), func.min(Deal.date), func.max(Deal.date),
               potential_in_force(today.year))
        .outerjoin(Deal, (Deal.account_id == Account.id) & (Deal.date <= today))
        .where(is_watched).group_by(Account.id, Account.name, Account.owner)
        .order_by(Account.name)).all()
    due = []
    for account_id, name, owner, count, total, first, last, potential in rows:
        summary = DealSummary(count, Decimal(total).quantize(_CENT), first, last)
        crossed = crossed_by_summary(summary, potential, thresholds, today)
        if crossed:
            due.append(HandoverDue(account_id, name, owner, crossed))
    return due


def receivers(session: Session, *, account_id: uuid.UUID) -> list[str]:
    """Whom the account may be handed to, as names already written: its account team and
    the portfolio's owners, each once, alphabetically."""
    team = session.scalars(select(TeamMember.name).where(TeamMember.account_id == account_id))
    owners = session.scalars(select(Account.owner).where(Account.owner.is_not(None)).distinct())
    return distinct_names([*team, *owners])
