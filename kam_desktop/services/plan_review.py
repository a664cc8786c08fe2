"""The regular review of each account's written plan (domain.plan_review): when it was
last reviewed, when the next review falls due, and recording one in the diary."""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Category, DiaryKind
from kam_desktop.domain.plan_review import (
    DEFAULT_REVIEW_MONTHS,
    NOT_REVIEWED,
    Review,
    plan_review,
)
from kam_desktop.store.models import Account, DiaryEntry, Goal


def plan_reviews(session: Session, *, today: date,
                 months: Mapping[Category, int] = DEFAULT_REVIEW_MONTHS,
                 account_id: uuid.UUID | None = None) -> dict[uuid.UUID, Review]:
    """The review of every account that has a plan (a goal at least) and is neither lost
    nor sleeping, or of ``account_id`` alone. Reviews dated after ``today`` are planned,
    not held, and do not count."""
    accounts = (select(Account.id, Account.category)
                .where(Account.lifecycle.not_in(NOT_REVIEWED),
                       Account.id.in_(select(Goal.account_id))))
    reviewed = (select(DiaryEntry.account_id, func.max(DiaryEntry.date))
                .where(DiaryEntry.kind == DiaryKind.PLAN_REVIEW, DiaryEntry.date <= today)
                .group_by(DiaryEntry.account_id))
    if account_id is not None:
        accounts = accounts.where(Account.id == account_id)
        reviewed = reviewed.where(DiaryEntry.account_id == account_id)
    last = dict(session.execute(reviewed).all())
    return {key: plan_review(last.get(key), months[category])
            for key, category in session.execute(accounts)}
