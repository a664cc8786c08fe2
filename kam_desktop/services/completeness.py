"""The completeness of dossiers (domain.completeness), read for the whole portfolio at
once: one query with a row per account, never a query per account, so 5,000 accounts stay
quick. The roles follow domain.roles: interest and involvement at or above its threshold
are high (a leader both, a specifier interest only)."""
from __future__ import annotations

import functools
import uuid
from collections.abc import Collection
from datetime import date

from sqlalchemy import Select, bindparam, select, text
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
from kam_desktop.store.models.diary import STEP_WRITTEN


@functools.cache
def _query(some: bool) -> Select:
    """The query of the accounts' parts, in domain.completeness.PARTS order after the
    profile, for every account or (``some``) for those bound as ``accounts``; the days
    are bound too (``ladder_since``, ``year_start``, ``today``). Built once: building it
    cost more than reading one account's completeness.

    Each part is a search, by the account's id, of an index that holds every column it
    asks about (migration 0022 made those of the roles, the value and the open steps),
    and the accounts are walked in the order of their ids, so each index is searched
    forward from one account to the next. Grouping each table by account and joining the
    groups to the accounts took twice as long at 20,000 accounts and grew faster than
    the portfolio."""
    def has(model, *conditions):
        # the account's id selected, not "*", for the search to stay in the index
        return select(model.account_id).where(model.account_id == Account.id,
                                              *conditions).exists()

    interested = Contact.interest >= HIGH_THRESHOLD
    involved = Contact.involvement >= HIGH_THRESHOLD
    present = Contact.left_on.is_(None)
    # an open step: the condition of the index of written steps in its own words, for the
    # database to search that index rather than every open entry of the portfolio
    open_step = has(DiaryEntry, DiaryEntry.done.is_(False), text(STEP_WRITTEN))
    statement = select(
        Account.id, Account.lifecycle, Account.legal_name, Account.inn, Account.industry,
        Account.region, Account.motivation.is_not(None), has(Potential),
        has(Contact, present, interested, involved), has(Contact, present, interested, ~involved),
        has(TeamMember), has(LadderAssessment, LadderAssessment.date >= bindparam("ladder_since")),
        has(Goal),
        has(ValueEntry, ValueEntry.date >= bindparam("year_start"),
            ValueEntry.date <= bindparam("today")),
        open_step).order_by(Account.id)
    if some:
        statement = statement.where(Account.id.in_(bindparam("accounts", expanding=True)))
    return statement


@reads_mapped
def dossier_completeness(session: Session, *, today: date,
                         account_ids: Collection[uuid.UUID] | None = None
                         ) -> dict[uuid.UUID, Completeness]:
    """Each account's completeness (or only the ``account_ids`` given). The rule is
    applied once per combination of filled parts (domain.completeness.judged), not once
    per account."""
    bound = {"ladder_since": today - LADDER_MAX_AGE, "year_start": date(today.year, 1, 1),
             "today": today}
    if account_ids is not None:
        bound["accounts"] = list(account_ids)
    return {account_id: judged(lifecycle, (profile_filled(legal_name, inn, industry, region),
                                           *filled))
            for account_id, lifecycle, legal_name, inn, industry, region, *filled
            in session.execute(_query(account_ids is not None), bound)}


def account_completeness(session: Session, *, account_id: uuid.UUID,
                         today: date) -> Completeness | None:
    """One account's completeness (None when there is no such account)."""
    return dossier_completeness(session, today=today, account_ids=[account_id]).get(account_id)
