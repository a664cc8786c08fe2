"""The "Today" list: what needs the manager now, across the whole portfolio."""
from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS, cooling_roles, days_since_last_contact_by_role
from kam_desktop.domain.enums import ActionStatus, Category, Lifecycle, Role
from kam_desktop.domain.plan import plan_progress
from kam_desktop.domain.roles import role_for
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    Goal,
    LadderAssessment,
    PlanAction,
)

#: a ladder assessment older than this is stale
LADDER_MAX_AGE = timedelta(days=91)
#: goals due within this many days with less than half their actions done are flagged
GOAL_WARNING = timedelta(days=30)
_OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class TodayItem:
    #: "next_step", "action", "cooling", "ladder" or "goal"
    kind: str
    account_id: uuid.UUID
    account_name: str
    #: the diary entry, plan action or goal to open (None: the account itself)
    record_id: uuid.UUID | None
    text: str
    due: date | None
    #: days overdue (next steps, actions), since contact (cooling), since assessment
    days: int | None
    roles: tuple[Role, ...] = ()


def today_items(session: Session, *, today: date,
                cooling_days: int = DEFAULT_COOLING_DAYS) -> list[TodayItem]:
    """Overdue or due next steps and plan actions first, then cooling accounts, stale
    ladder assessments and goals near their deadline with little progress."""
    names = dict(session.execute(select(Account.id, Account.name)).all())
    items = [*_due_next_steps(session, today, names), *_due_actions(session, today, names),
             *_cooling(session, today, names, cooling_days), *_stale_ladder(session, today, names),
             *_goals_at_risk(session, today, names)]
    order = ["next_step", "action", "cooling", "ladder", "goal"]
    return sorted(items, key=lambda item: (order.index(item.kind), item.due or today,
                                           item.account_name.casefold()))


def _due_next_steps(session, today, names):
    for entry_id, account_id, text, due in session.execute(
            select(DiaryEntry.id, DiaryEntry.account_id, DiaryEntry.next_step,
                   DiaryEntry.next_step_due)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due <= today)):
        yield TodayItem("next_step", account_id, names[account_id], entry_id, text or "", due,
                        (today - due).days)


def _due_actions(session, today, names):
    for action_id, account_id, title, due in session.execute(
            select(PlanAction.id, Goal.account_id, PlanAction.title, PlanAction.due)
            .join(Goal).where(PlanAction.status.in_(_OPEN), PlanAction.due <= today)):
        yield TodayItem("action", account_id, names[account_id], action_id, title, due,
                        (today - due).days)


def _cooling(session, today, names, threshold):
    active = set(session.scalars(select(Account.id).where(
        Account.lifecycle.not_in([Lifecycle.LOST, Lifecycle.SLEEPING, Lifecycle.PROSPECT]))))
    last_met = dict(session.execute(
        select(DiaryAttendee.contact_id, func.max(DiaryEntry.date)).join(DiaryEntry)
        .where(DiaryAttendee.contact_id.is_not(None), DiaryEntry.date <= today)
        .group_by(DiaryAttendee.contact_id)).all())
    roles: dict[uuid.UUID, dict[uuid.UUID, Role]] = defaultdict(dict)
    for contact_id, account_id, interest, involvement in session.execute(
            select(Contact.id, Contact.account_id, Contact.interest, Contact.involvement)
            .where(Contact.left_on.is_(None))):
        if account_id in active:
            roles[account_id][contact_id] = role_for(interest, involvement)
    for account_id, account_roles in roles.items():
        met = [(last_met[c], [c]) for c in account_roles if c in last_met]
        days = days_since_last_contact_by_role(account_roles, met, today)
        late = cooling_roles(days, threshold)
        if late:
            known = [days[role] for role in late if days[role] is not None]
            yield TodayItem("cooling", account_id, names[account_id], None, "", None,
                            max(known) if len(known) == len(late) else None, tuple(late))


def _stale_ladder(session, today, names):
    latest = dict(session.execute(
        select(LadderAssessment.account_id, func.max(LadderAssessment.date))
        .group_by(LadderAssessment.account_id)).all())
    watched = session.execute(select(Account.id).where(
        Account.category.in_([Category.KEY, Category.DEVELOPING]),
        Account.lifecycle != Lifecycle.LOST)).scalars()
    for account_id in watched:
        last = latest.get(account_id)
        if last is None or today - last > LADDER_MAX_AGE:
            yield TodayItem("ladder", account_id, names[account_id], None, "", last,
                            None if last is None else (today - last).days)


def _goals_at_risk(session, today, names):
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
        progress = plan_progress(statuses[goal_id])
        if progress.ratio is None or progress.ratio < 0.5:
            yield TodayItem("goal", account_id, names[account_id], goal_id, title, deadline,
                            (deadline - today).days)
