"""Handing an account over to another manager (seed 003), and the accounts whose deals
have crossed a hand-over trigger (domain.handover), read for the whole portfolio in a
few queries."""
from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.deals import DealPoint
from kam_desktop.domain.handover import WATCHED_STAGES, HandoverThresholds, crossed_triggers
from kam_desktop.domain.periods import Period
from kam_desktop.domain.text import Text
from kam_desktop.domain.wallet import potential_in
from kam_desktop.services.errors import InputError
from kam_desktop.services.mine import distinct_names, fold_name
from kam_desktop.services.portfolio import account_potentials
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.models import Account, Deal, Handover, TeamMember


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
    handed over) whose deals have crossed a trigger, by name."""
    is_watched = (Account.lifecycle.in_(WATCHED_STAGES)
                  & Account.id.not_in(select(Handover.account_id)))
    watched = session.execute(select(Account.id, Account.name, Account.owner)
                              .where(is_watched).order_by(Account.name)).all()
    if not watched:
        return []
    deals: dict[uuid.UUID, list[DealPoint]] = defaultdict(list)
    for account_id, day, amount in session.execute(
            select(Deal.account_id, Deal.date, Deal.amount).join(Account).where(is_watched)):
        deals[account_id].append(DealPoint(day, amount))
    potentials = account_potentials(session)
    this_year = Period(today.year)
    due = []
    for account_id, name, owner in watched:
        crossed = crossed_triggers(deals.get(account_id, ()),
                                   potential_in(potentials.get(account_id, {}), this_year),
                                   thresholds, today)
        if crossed:
            due.append(HandoverDue(account_id, name, owner, crossed))
    return due


def receivers(session: Session, *, account_id: uuid.UUID) -> list[str]:
    """Whom the account may be handed to, as names already written: its account team and
    the portfolio's owners, each once, alphabetically."""
    team = session.scalars(select(TeamMember.name).where(TeamMember.account_id == account_id))
    owners = session.scalars(select(Account.owner).where(Account.owner.is_not(None)).distinct())
    return distinct_names([*team, *owners])
