"""The completeness of dossiers (domain.completeness), read for the whole portfolio at
once: a query with a row per account and one for the open next steps, never a query
per account, so 5,000 accounts stay quick. The roles follow domain.roles: interest and
involvement at or above its threshold are high (a leader both, a specifier interest
only)."""
from __future__ import annotations

import functools
import uuid
from collections.abc import Collection
from datetime import date

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.completeness import LADDER_MAX_AGE, Completeness, judged, profile_filled
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.store.database import reads_mapped
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


@functools.cache
def _queries(some: bool) -> tuple[Select, Select]:
    """The query of the accounts' parts and that of their open next steps, for every
    account or (``some``) for those bound as ``accounts``; the days are bound too
    (``ladder_since``, ``year_start``, ``today``). Built once: building them cost more
    than reading one account's completeness."""
    accounts = bindparam("accounts", expanding=True)

    def holding(model, *conditions):
        """The accounts with a record of ``model`` meeting ``conditions``."""
        query = select(model.account_id).where(*conditions).group_by(model.account_id)
        if some:
            query = query.where(model.account_id.in_(accounts))
        return query.subquery()

    interested = Contact.interest >= HIGH_THRESHOLD
    involved = Contact.involvement >= HIGH_THRESHOLD
    roles = select(Contact.account_id,
                   func.max(case((interested & involved, 1), else_=0)).label("leader"),
                   func.max(case((interested & ~involved, 1), else_=0)).label("specifier")) \
        .where(Contact.left_on.is_(None)).group_by(Contact.account_id)
    if some:
        roles = roles.where(Contact.account_id.in_(accounts))
    roles = roles.subquery()
    parts = [holding(Potential), holding(TeamMember),
             holding(LadderAssessment, LadderAssessment.date >= bindparam("ladder_since")),
             holding(Goal),
             holding(ValueEntry, ValueEntry.date >= bindparam("year_start"),
                     ValueEntry.date <= bindparam("today"))]
    statement = select(
        Account.id, Account.lifecycle, Account.legal_name, Account.inn, Account.industry,
        Account.region, Account.motivation.is_not(None), parts[0].c.account_id.is_not(None),
        func.coalesce(roles.c.leader, 0), func.coalesce(roles.c.specifier, 0),
        *(part.c.account_id.is_not(None) for part in parts[1:]))
    source = Account.__table__.outerjoin(roles, roles.c.account_id == Account.id)
    for part in parts:
        source = source.outerjoin(part, part.c.account_id == Account.id)
    statement = statement.select_from(source)
    # the open next steps in one query of their own: per account, SQLite would search
    # them by the index of open steps rather than by account
    has_step = (DiaryEntry.next_step.is_not(None), DiaryEntry.next_step != "")
    steps = select(DiaryEntry.account_id).distinct().where(DiaryEntry.done.is_(False), *has_step)
    if some:
        statement = statement.where(Account.id.in_(accounts))
        # "not done" as "is not true" (the same for a column that is never empty): with
        # "is false" SQLite would search every open step of the portfolio by their index
        # rather than these accounts' entries by theirs
        steps = select(DiaryEntry.account_id).distinct().where(
            DiaryEntry.account_id.in_(accounts), DiaryEntry.done.is_not(True), *has_step)
    return statement, steps


@reads_mapped
def dossier_completeness(session: Session, *, today: date,
                         account_ids: Collection[uuid.UUID] | None = None
                         ) -> dict[uuid.UUID, Completeness]:
    """Each account's completeness (or only the ``account_ids`` given): one query, each
    part the accounts grouped out of its table once and joined to them, and one for the
    open next steps. The rule is then applied once per combination of filled parts
    (domain.completeness.judged), not once per account."""
    statement, steps = _queries(account_ids is not None)
    accounts = {} if account_ids is None else {"accounts": list(account_ids)}
    stepped = set(session.scalars(steps, accounts))
    days = {"ladder_since": today - LADDER_MAX_AGE, "year_start": date(today.year, 1, 1),
            "today": today}
    return {account_id: judged(lifecycle, (profile_filled(legal_name, inn, industry, region),
                                           *(bool(part) for part in filled),
                                           account_id in stepped))
            for account_id, lifecycle, legal_name, inn, industry, region, *filled
            in session.execute(statement, accounts | days)}


def account_completeness(session: Session, *, account_id: uuid.UUID,
                         today: date) -> Completeness | None:
    """One account's completeness (None when there is no such account)."""
    return dossier_completeness(session, today=today, account_ids=[account_id]).get(account_id)
