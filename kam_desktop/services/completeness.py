"""The completeness of dossiers (domain.completeness), read for the whole portfolio at
once: a query with a row per account and one for the open next steps, never a query
per account, so 5,000 accounts stay quick. The roles follow domain.roles: interest and involvement at or above its
threshold are high (a leader both, a specifier interest only)."""
from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.completeness import Completeness, DossierFacts, completeness, profile_filled
from kam_desktop.domain.enums import Role
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryEntry,
    Goal,
    LadderAssessment,
    Potential,
    TeamMember,
    ValueEntry,
)


def dossier_completeness(session: Session, *, today: date,
                         account_ids: Collection[uuid.UUID] | None = None
                         ) -> dict[uuid.UUID, Completeness]:
    """Each account's completeness (or only the ``account_ids`` given): one query with a
    row per account, each part an indexed look-up of the account's records, and one for
    the open next steps."""
    def has(model, *conditions):
        return exists().where(model.account_id == Account.id, *conditions)

    current = Contact.left_on.is_(None)
    interested = Contact.interest >= HIGH_THRESHOLD
    involved = Contact.involvement >= HIGH_THRESHOLD
    statement = select(
        Account.id, Account.lifecycle, Account.legal_name, Account.inn, Account.industry,
        Account.region, Account.motivation,
        has(Potential).label("potential"),
        has(Contact, current, interested, involved).label("leader"),
        has(Contact, current, interested, ~involved).label("specifier"),
        has(TeamMember).label("team"),
        select(func.max(LadderAssessment.date))
        .where(LadderAssessment.account_id == Account.id).scalar_subquery().label("ladder"),
        has(Goal).label("goals"),
        has(ValueEntry, ValueEntry.date >= date(today.year, 1, 1),
            ValueEntry.date <= today).label("value"))
    # the open next steps in one query of their own: per account, SQLite would search
    # them by the index of open steps rather than by account
    has_step = (DiaryEntry.next_step.is_not(None), DiaryEntry.next_step != "")
    steps = select(DiaryEntry.account_id).distinct().where(DiaryEntry.done.is_(False), *has_step)
    if account_ids is not None:
        statement = statement.where(Account.id.in_(account_ids))
        # "not done" as "is not true" (the same for a column that is never empty): with
        # "is false" SQLite would search every open step of the portfolio by their index
        # rather than these accounts' entries by theirs
        steps = select(DiaryEntry.account_id).distinct().where(
            DiaryEntry.account_id.in_(account_ids), DiaryEntry.done.is_not(True), *has_step)
    stepped = set(session.scalars(steps))
    found = {}
    for row in session.execute(statement):
        roles = {Role.LEADER} if row.leader else set()
        if row.specifier:
            roles.add(Role.SPECIFIER)
        facts = DossierFacts(
            lifecycle=row.lifecycle,
            profile_filled=profile_filled(row.legal_name, row.inn, row.industry, row.region),
            motivation=row.motivation is not None, potential=bool(row.potential),
            roles=frozenset(roles), team=bool(row.team), last_ladder=row.ladder,
            goals=bool(row.goals), value_this_year=bool(row.value),
            open_next_step=row.id in stepped)
        found[row.id] = completeness(facts, today)
    return found


def account_completeness(session: Session, *, account_id: uuid.UUID,
                         today: date) -> Completeness | None:
    """One account's completeness (None when there is no such account)."""
    return dossier_completeness(session, today=today, account_ids=[account_id]).get(account_id)
