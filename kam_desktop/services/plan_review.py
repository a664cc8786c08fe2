"""The regular review of each account's written plan (domain.plan_review): when it was
last reviewed, when the next review falls due, and recording one in the diary."""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Category, DiaryKind
from kam_desktop.domain.plan_review import (
    DEFAULT_REVIEW_MONTHS,
    NOT_REVIEWED,
    Review,
    due_if_reviewed_by,
    plan_review,
)
from kam_desktop.store.models import Account, DiaryEntry, Goal


def plan_reviews(session: Session, *, today: date,
                 months: Mapping[Category, int] = DEFAULT_REVIEW_MONTHS,
                 account_id: uuid.UUID | None = None,
                 due_only: bool = False) -> dict[uuid.UUID, Review]:
    """The review of every account that has a plan (a goal at least) and is neither lost
    nor sleeping, or of ``account_id`` alone; with ``due_only``, of those due for one
    (selected by the database: domain.plan_review.due_if_reviewed_by). Reviews dated
    after ``today`` are planned, not held, and do not count."""
    reviewed = (select(DiaryEntry.account_id, func.max(DiaryEntry.date).label("last"))
                .where(DiaryEntry.kind == DiaryKind.PLAN_REVIEW, DiaryEntry.date <= today)
                .group_by(DiaryEntry.account_id))
    if account_id is not None:
        reviewed = reviewed.where(DiaryEntry.account_id == account_id)
    reviewed = reviewed.subquery()
    accounts = (select(Account.id, Account.category, reviewed.c.last)
                .outerjoin(reviewed, reviewed.c.account_id == Account.id)
                .where(Account.lifecycle.not_in(NOT_REVIEWED),
                       Account.id.in_(select(Goal.account_id))))
    if account_id is not None:
        accounts = accounts.where(Account.id == account_id)
    if due_only:
        accounts = accounts.where(or_(reviewed.c.last.is_(None), *(
            (Account.category == category) & (reviewed.c.last <= due_if_reviewed_by(
                today, months[category])) for category in Category)))
    return {key: plan_review(last, months[category])
            for key, category, last in session.execute(accounts)}
