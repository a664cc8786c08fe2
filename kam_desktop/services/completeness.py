"""The completeness of dossiers (domain.completeness), read for the whole portfolio at
once: one query per part, never one per account, so 5,000 accounts stay quick."""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.completeness import Completeness, DossierFacts, completeness, profile_filled
from kam_desktop.domain.enums import Role
from kam_desktop.domain.roles import role_for
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
    """Each account's completeness (or only the ``account_ids`` given)."""
    def only(statement, column):
        return statement if account_ids is None else statement.where(column.in_(account_ids))

    def having(model) -> set[uuid.UUID]:
        return set(session.scalars(only(select(model.account_id).distinct(), model.account_id)))

    roles: dict[uuid.UUID, set[Role]] = defaultdict(set)
    for account_id, interest, involvement in session.execute(only(
            select(Contact.account_id, Contact.interest, Contact.involvement)
            .where(Contact.left_on.is_(None)), Contact.account_id)):
        roles[account_id].add(role_for(interest, involvement))
    last_ladder = dict(session.execute(only(
        select(LadderAssessment.account_id, func.max(LadderAssessment.date))
        .group_by(LadderAssessment.account_id), LadderAssessment.account_id)).all())
    valued = set(session.scalars(only(
        select(ValueEntry.account_id).distinct()
        .where(ValueEntry.date >= date(today.year, 1, 1), ValueEntry.date <= today),
        ValueEntry.account_id)))
    stepped = set(session.scalars(only(
        select(DiaryEntry.account_id).distinct()
        .where(DiaryEntry.done.is_(False), DiaryEntry.next_step.is_not(None),
               DiaryEntry.next_step != ""), DiaryEntry.account_id)))
    potentials, teams, planned = having(Potential), having(TeamMember), having(Goal)

    found = {}
    for row in session.execute(only(
            select(Account.id, Account.lifecycle, Account.legal_name, Account.inn,
                   Account.industry, Account.region, Account.motivation), Account.id)):
        facts = DossierFacts(
            lifecycle=row.lifecycle,
            profile_filled=profile_filled(row.legal_name, row.inn, row.industry, row.region),
            motivation=row.motivation is not None, potential=row.id in potentials,
            roles=frozenset(roles.get(row.id, ())), team=row.id in teams,
            last_ladder=last_ladder.get(row.id), goals=row.id in planned,
            value_this_year=row.id in valued, open_next_step=row.id in stepped)
        found[row.id] = completeness(facts, today)
    return found


def account_completeness(session: Session, *, account_id: uuid.UUID,
                         today: date) -> Completeness | None:
    """One account's completeness (None when there is no such account)."""
    return dossier_completeness(session, today=today, account_ids=[account_id]).get(account_id)
