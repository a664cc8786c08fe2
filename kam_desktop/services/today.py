"""The "Today" list: what needs the manager now, across the whole portfolio."""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS, cooling_roles, days_since_last_contact_by_role
from kam_desktop.domain.enums import ActionStatus, Category, Lifecycle, Role
from kam_desktop.domain.plan import GOAL_WARNING, goal_at_risk, progress_of
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS
from kam_desktop.domain.handover import HandoverThresholds
from kam_desktop.domain.roles import HIGH_THRESHOLD
from kam_desktop.services.handover import handovers_due
from kam_desktop.services.plan_review import plan_reviews
from kam_desktop.store import last_met
from kam_desktop.store.database import reads_mapped
from kam_desktop.store.models import (
    Account,
    Contact,
    Deal,
    DiaryEntry,
    Goal,
    LadderAssessment,
    Loss,
    PlanAction,
    WinBackAction,
)

#: a ladder assessment older than this is stale
LADDER_MAX_AGE = timedelta(days=91)
_OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class TodayItem:
    #: "next_step", "action", "cooling", "handover" (a trigger of seed 003 crossed),
    #: "reactivate" (a sleeping account), "lost_actions" (a lost account's plan still
    #: open), "win_back" (an action to win a lost client back), "ladder", "goal" or
    #: "plan_review" (the written plan is due for its regular review)
    kind: str
    account_id: uuid.UUID
    account_name: str
    #: the diary entry, plan action, win-back action or goal to open (None: the account)
    record_id: uuid.UUID | None
    text: str
    due: date | None
    #: days overdue (next steps, actions), since contact (cooling, reactivate), since
    #: assessment; open actions of a lost account
    days: int | None
    roles: tuple[Role, ...] = ()
    #: a sleeping account's last deal (reactivate)
    last_deal: date | None = None
    #: the hand-over triggers an account has crossed (handover; domain.handover.TRIGGERS)
    triggers: tuple[str, ...] = ()


@reads_mapped
def today_items(session: Session, *, today: date,
                cooling_days: int = DEFAULT_COOLING_DAYS,
                review_months: Mapping[Category, int] = DEFAULT_REVIEW_MONTHS,
                handover: HandoverThresholds = HandoverThresholds()) -> list[TodayItem]:
    """Overdue or due next steps and plan actions first, then cooling accounts, accounts
    to hand over (their deals crossed a threshold of ``handover``), sleeping accounts to
    wake, lost accounts whose plan is still open, stale ladder assessments,
    goals near their deadline with little progress and plans due for their review. A lost account's own next steps and
    actions are not prompted one by one: its plan is to be closed (seed 003 asks to wake
    sleeping clients, not to chase lost ones); a prospect has no ladder to reassess yet,
    and a sleeping one is woken before it is reassessed."""
    items = [*_due_next_steps(session, today), *_due_actions(session, today),
             *_cooling(session, today, cooling_days), *_handovers(session, today, handover),
             *_sleeping(session, today), *_lost_plans(session), *_win_back_due(session, today),
             *_stale_ladder(session, today), *_goals_at_risk(session, today),
             *_plans_to_review(session, today, review_months)]
    order = ["next_step", "action", "cooling", "handover", "reactivate", "lost_actions",
             "win_back", "ladder", "goal", "plan_review"]
    return sorted(items, key=lambda item: (order.index(item.kind), item.due or today,
                                           item.account_name.casefold()))


# Each part below is one or two queries that select only the accounts it names, with their
# names: reading every account (and turning every id into a UUID) cost more than the rules.
_NOT_LOST = Account.lifecycle != Lifecycle.LOST


def _due_next_steps(session, today):
    for entry_id, account_id, name, text, due in session.execute(
            select(DiaryEntry.id, DiaryEntry.account_id, Account.name, DiaryEntry.next_step,
                   DiaryEntry.next_step_due).join(Account)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due <= today, _NOT_LOST)):
        yield TodayItem("next_step", account_id, name, entry_id, text or "", due,
                        (today - due).days)


def _due_actions(session, today):
    for action_id, account_id, name, title, due in session.execute(
            select(PlanAction.id, Goal.account_id, Account.name, PlanAction.title,
                   PlanAction.due).select_from(PlanAction).join(Goal).join(Account)
            .where(PlanAction.status.in_(_OPEN), PlanAction.due <= today, _NOT_LOST)):
        yield TodayItem("action", account_id, name, action_id, title, due, (today - due).days)


def _cooling(session, today, threshold):
    """Active accounts whose leader or specifier was never met or not for longer than
    ``threshold``: the day each person was last met is stored beside them
    (store.last_met), so this is one query grouped by account and role that keeps only
    the roles not met since the cut-off, plus the few people whose stored day a planned
    meeting has overtaken."""
    is_fresh = last_met.fresh(Contact.last_met, Contact.next_met, today)
    is_leader = Contact.involvement >= HIGH_THRESHOLD
    watched = select(Contact.account_id, Account.name).join(Account).where(
        Account.lifecycle.not_in([Lifecycle.LOST, Lifecycle.SLEEPING, Lifecycle.PROSPECT]),
        Contact.left_on.is_(None), Contact.interest >= HIGH_THRESHOLD)  # domain.roles
    latest_fresh = func.max(case((is_fresh, Contact.last_met)))
    cutoff = today - timedelta(days=threshold)
    latest: dict[tuple[uuid.UUID, bool], date | None] = {}
    names = {}
    for account_id, name, leader, day in session.execute(
            watched.add_columns(is_leader, latest_fresh)
            .group_by(Contact.account_id, Account.name, is_leader)
            .having(or_(latest_fresh.is_(None), latest_fresh < cutoff,
                        func.count(case((~is_fresh, 1))) > 0))):
        latest[account_id, leader] = day
        names[account_id] = name
    stale = session.execute(watched.add_columns(is_leader, Contact.id).where(~is_fresh)).all()
    derived = last_met.last_met_of_contacts(session.connection(), [row.id for row in stale],
                                            today)
    for account_id, _name, leader, contact_id in stale:
        days = [day for day in (latest[account_id, leader], derived[contact_id]) if day]
        latest[account_id, leader] = max(days, default=None)
    by_account: dict[uuid.UUID, dict[Role, date | None]] = defaultdict(dict)
    for (account_id, leader), day in latest.items():
        by_account[account_id][Role.LEADER if leader else Role.SPECIFIER] = day
    for account_id, by_role in by_account.items():
        days = days_since_last_contact_by_role(
            {role: role for role in by_role},
            [(day, [role]) for role, day in by_role.items() if day is not None], today)
        late = cooling_roles(days, threshold)
        if late:
            known = [days[role] for role in late if days[role] is not None]
            yield TodayItem("cooling", account_id, names[account_id], None, "", None,
                            max(known) if len(known) == len(late) else None, tuple(late))


def _handovers(session, today, thresholds):
    """Each account to hand over: the triggers it crossed, its owner (who hands it over)."""
    for due in handovers_due(session, today=today, thresholds=thresholds):
        yield TodayItem("handover", due.account_id, due.account_name, None, due.owner or "",
                        None, None, triggers=due.triggers)


def _sleeping(session, today):
    """Each sleeping account, with why it fell asleep, the last time we met anyone and
    its last deal: the list a client manager works through to wake them (seed 003)."""
    sleeping = Account.lifecycle == Lifecycle.SLEEPING
    last = last_met.last_met_by_account(session.connection(), today, sleeping)
    last_deal = dict(session.execute(
        select(Deal.account_id, func.max(Deal.date)).join(Account).where(sleeping)
        .group_by(Deal.account_id)).all())
    for account_id, name, reason in session.execute(
            select(Account.id, Account.name, Account.lifecycle_reason).where(sleeping)):
        day = last[account_id]
        yield TodayItem("reactivate", account_id, name, None, reason or "", day,
                        None if day is None else (today - day).days,
                        last_deal=last_deal.get(account_id))


def _lost_plans(session):
    """Each lost account whose plan still has open actions: to be closed or dropped."""
    for account_id, name, count in session.execute(
            select(Goal.account_id, Account.name, func.count(PlanAction.id))
            .select_from(PlanAction).join(Goal).join(Account)
            .where(Account.lifecycle == Lifecycle.LOST, PlanAction.status.in_(_OPEN))
            .group_by(Goal.account_id, Account.name)):
        yield TodayItem("lost_actions", account_id, name, None, "", None, count)


def _win_back_due(session, today):
    """Each win-back action not done whose day has come (a lost client is not chased
    action by action, except to win it back)."""
    for action_id, account_id, name, title, due in session.execute(
            select(WinBackAction.id, Loss.account_id, Account.name, WinBackAction.title,
                   WinBackAction.due).select_from(WinBackAction).join(Loss).join(Account)
            .where(WinBackAction.done.is_(False), WinBackAction.due <= today)):
        yield TodayItem("win_back", account_id, name, action_id, title, due,
                        (today - due).days)


def _stale_ladder(session, today):
    """Key and developing accounts in work never assessed on the ladder, or not since
    :data:`LADDER_MAX_AGE`."""
    last = func.max(LadderAssessment.date)
    for account_id, name, day in session.execute(
            select(Account.id, Account.name, last).outerjoin(LadderAssessment)
            .where(Account.category.in_([Category.KEY, Category.DEVELOPING]),
                   Account.lifecycle.not_in([Lifecycle.LOST, Lifecycle.SLEEPING,
                                             Lifecycle.PROSPECT]))
            .group_by(Account.id, Account.name)
            .having(or_(last.is_(None), last < today - LADDER_MAX_AGE))):
        yield TodayItem("ladder", account_id, name, None, "", day,
                        None if day is None else (today - day).days)


def _goals_at_risk(session, today):
    """Goals near their deadline with little progress: each goal's actions counted in the
    query as domain.plan.plan_progress counts them (dropped ones not at all)."""
    counted = func.count(case((PlanAction.status != ActionStatus.DROPPED, PlanAction.id)))
    done = func.count(case((PlanAction.status == ActionStatus.DONE, PlanAction.id)))
    for goal_id, account_id, name, title, deadline, done_count, counted_count in session.execute(
            select(Goal.id, Goal.account_id, Account.name, Goal.our_goal, Goal.deadline, done,
                   counted).join(Account).outerjoin(PlanAction)
            .where(Goal.deadline >= today, Goal.deadline <= today + GOAL_WARNING, _NOT_LOST)
            .group_by(Goal.id, Goal.account_id, Account.name, Goal.our_goal, Goal.deadline)):
        if goal_at_risk(deadline, progress_of(done_count, counted_count), today):
            yield TodayItem("goal", account_id, name, goal_id, title, deadline,
                            (deadline - today).days)


def open_actions(session: Session, *, account_id: uuid.UUID) -> list[uuid.UUID]:
    """The plan actions of an account still planned or in progress (a lost account's plan
    is closed by dropping them)."""
    return list(session.scalars(select(PlanAction.id).join(Goal).where(
        Goal.account_id == account_id, PlanAction.status.in_(_OPEN)).order_by(PlanAction.id)))


def _plans_to_review(session, today, months):
    """Each plan due (or never) reviewed; ``due`` is when it fell due."""
    due = plan_reviews(session, today=today, months=months, due_only=True)
    names = dict(session.execute(select(Account.id, Account.name)
                                 .where(Account.id.in_(list(due)))).all()) if due else {}
    for account_id, review in due.items():
        yield TodayItem("plan_review", account_id, names[account_id], None, "", review.due,
                        review.days_late(today))
