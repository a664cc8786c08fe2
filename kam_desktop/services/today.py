"""The "Today" list: what needs the manager now, across the whole portfolio."""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS, cooling_roles, days_since_last_contact_by_role
from kam_desktop.domain.enums import ActionStatus, Category, Lifecycle, Role
from kam_desktop.domain.plan import GOAL_WARNING, goal_at_risk, plan_progress
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.services.plan_review import plan_reviews
from kam_desktop.store import last_met
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryEntry,
    Goal,
    LadderAssessment,
    PlanAction,
)

#: a ladder assessment older than this is stale
LADDER_MAX_AGE = timedelta(days=91)
_OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class TodayItem:
    #: "next_step", "action", "cooling", "reactivate" (a sleeping account), "lost_actions"
    #: (a lost account's plan still open), "ladder", "goal" or "plan_review" (the written
    #: plan is due for its regular review)
    kind: str
    account_id: uuid.UUID
    account_name: str
    #: the diary entry, plan action or goal to open (None: the account itself)
    record_id: uuid.UUID | None
    text: str
    due: date | None
    #: days overdue (next steps, actions), since contact (cooling, reactivate), since
    #: assessment; open actions of a lost account
    days: int | None
    roles: tuple[Role, ...] = ()


def today_items(session: Session, *, today: date,
                cooling_days: int = DEFAULT_COOLING_DAYS,
                review_months: Mapping[Category, int] = DEFAULT_REVIEW_MONTHS
                ) -> list[TodayItem]:
    """Overdue or due next steps and plan actions first, then cooling accounts, sleeping
    accounts to wake, lost accounts whose plan is still open, stale ladder assessments,
    goals near their deadline with little progress and plans due for their review. A lost account's own next steps and
    actions are not prompted one by one: its plan is to be closed (seed 003 asks to wake
    sleeping clients, not to chase lost ones); a prospect has no ladder to reassess yet,
    and a sleeping one is woken before it is reassessed."""
    names = dict(session.execute(select(Account.id, Account.name)).all())
    lost = set(session.scalars(select(Account.id).where(Account.lifecycle == Lifecycle.LOST)))
    items = [*_due_next_steps(session, today, names, lost),
             *_due_actions(session, today, names, lost),
             *_cooling(session, today, names, cooling_days), *_sleeping(session, today, names),
             *_lost_plans(session, names, lost), *_stale_ladder(session, today, names),
             *_goals_at_risk(session, today, names, lost),
             *_plans_to_review(session, today, names, review_months)]
    order = ["next_step", "action", "cooling", "reactivate", "lost_actions", "ladder", "goal",
             "plan_review"]
    return sorted(items, key=lambda item: (order.index(item.kind), item.due or today,
                                           item.account_name.casefold()))


def _due_next_steps(session, today, names, lost):
    for entry_id, account_id, text, due in session.execute(
            select(DiaryEntry.id, DiaryEntry.account_id, DiaryEntry.next_step,
                   DiaryEntry.next_step_due)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due <= today)):
        if account_id in lost:
            continue
        yield TodayItem("next_step", account_id, names[account_id], entry_id, text or "", due,
                        (today - due).days)


def _due_actions(session, today, names, lost):
    for action_id, account_id, title, due in session.execute(
            select(PlanAction.id, Goal.account_id, PlanAction.title, PlanAction.due)
            .join(Goal).where(PlanAction.status.in_(_OPEN), PlanAction.due <= today)):
        if account_id in lost:
            continue
        yield TodayItem("action", account_id, names[account_id], action_id, title, due,
                        (today - due).days)


def _cooling(session, today, names, threshold):
    """Active accounts whose leader or specifier was never met or not for longer than
    ``threshold``: the day each person was last met is stored beside them
    (store.last_met), so this is one query grouped by account and role, plus the few
    people whose stored day a planned meeting has overtaken."""
    latest: dict[uuid.UUID, dict[Role, date | None]] = defaultdict(dict)

    def note(account_id: uuid.UUID, is_leader: bool, day: date | None) -> None:
        role = Role.LEADER if is_leader else Role.SPECIFIER
        days = [known for known in (latest[account_id].get(role), day) if known is not None]
        latest[account_id][role] = max(days, default=None)

    is_fresh = last_met.fresh(Contact.last_met, Contact.next_met, today)
    is_leader = Contact.involvement >= HIGH_THRESHOLD
    watched = select(Contact.account_id).join(Account).where(
        Account.lifecycle.not_in([Lifecycle.LOST, Lifecycle.SLEEPING, Lifecycle.PROSPECT]),
        Contact.left_on.is_(None), Contact.interest >= HIGH_THRESHOLD)  # domain.roles
    for account_id, leader, day in session.execute(
            watched.add_columns(is_leader, func.max(case((is_fresh, Contact.last_met))))
            .group_by(Contact.account_id, is_leader)):
        note(account_id, leader, day)
    stale = session.execute(watched.add_columns(is_leader, Contact.id).where(~is_fresh)).all()
    derived = last_met.last_met_of_contacts(session.connection(), [row.id for row in stale],
                                            today)
    for account_id, leader, contact_id in stale:
        note(account_id, leader, derived[contact_id])
    for account_id, by_role in latest.items():
        days = days_since_last_contact_by_role(
            {role: role for role in by_role},
            [(day, [role]) for role, day in by_role.items() if day is not None], today)
        late = cooling_roles(days, threshold)
        if late:
            known = [days[role] for role in late if days[role] is not None]
            yield TodayItem("cooling", account_id, names[account_id], None, "", None,
                            max(known) if len(known) == len(late) else None, tuple(late))


def _sleeping(session, today, names):
    """Each sleeping account, with why it fell asleep and the last time we met anyone."""
    sleeping = Account.lifecycle == Lifecycle.SLEEPING
    last = last_met.last_met_by_account(session.connection(), today, sleeping)
    for account_id, reason in session.execute(
            select(Account.id, Account.lifecycle_reason).where(sleeping)):
        day = last[account_id]
        yield TodayItem("reactivate", account_id, names[account_id], None, reason or "", day,
                        None if day is None else (today - day).days)


def _lost_plans(session, names, lost):
    """Each lost account whose plan still has open actions: to be closed or dropped."""
    if not lost:
        return
    for account_id, count in session.execute(
            select(Goal.account_id, func.count(PlanAction.id)).join(PlanAction)
            .where(Goal.account_id.in_(lost), PlanAction.status.in_(_OPEN))
            .group_by(Goal.account_id)):
        yield TodayItem("lost_actions", account_id, names[account_id], None, "", None, count)


def _stale_ladder(session, today, names):
    latest = dict(session.execute(
        select(LadderAssessment.account_id, func.max(LadderAssessment.date))
        .group_by(LadderAssessment.account_id)).all())
    watched = session.execute(select(Account.id).where(
        Account.category.in_([Category.KEY, Category.DEVELOPING]),
        Account.lifecycle.not_in([Lifecycle.LOST, Lifecycle.SLEEPING, Lifecycle.PROSPECT]))).scalars()
    for account_id in watched:
        last = latest.get(account_id)
        if last is None or today - last > LADDER_MAX_AGE:
            yield TodayItem("ladder", account_id, names[account_id], None, "", last,
                            None if last is None else (today - last).days)


def _goals_at_risk(session, today, names, lost):
    statuses: dict[uuid.UUID, list[ActionStatus]] = defaultdict(list)
    goals = session.execute(
        select(Goal.id, Goal.account_id, Goal.our_goal, Goal.deadline)
        .where(Goal.deadline >= today, Goal.deadline <= today + GOAL_WARNING)).all()
    if not goals:
        return
    for goal_id, status in session.execute(
            select(PlanAction.goal_id, PlanAction.status)
            .where(PlanAction.goal_id.in_([g.id for g in goals]))):
        statuses[goal_id].append(status)
    for goal_id, account_id, title, deadline in goals:
        if account_id in lost:
            continue
        if goal_at_risk(deadline, plan_progress(statuses[goal_id]), today):
            yield TodayItem("goal", account_id, names[account_id], goal_id, title, deadline,
                            (deadline - today).days)


def open_actions(session: Session, *, account_id: uuid.UUID) -> list[uuid.UUID]:
    """The plan actions of an account still planned or in progress (a lost account's plan
    is closed by dropping them)."""
    return list(session.scalars(select(PlanAction.id).join(Goal).where(
        Goal.account_id == account_id, PlanAction.status.in_(_OPEN)).order_by(PlanAction.id)))


def _plans_to_review(session, today, names, months):
    """Each plan due (or never) reviewed; ``due`` is when it fell due."""
    for account_id, review in plan_reviews(session, today=today, months=months).items():
        if review.is_due(today):
            yield TodayItem("plan_review", account_id, names[account_id], None, "", review.due,
                            review.days_late(today))
