"""The data of the written account plan [001, stage 3]: the account's situation, its
goals mirrored to the client's with the four-point strategy, the resources and the
dated actions with their owners, the opportunities, the risks and the plan's review.
Internal: it carries no personal notes (its data classes hold none)."""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kam_desktop.domain.cooling import DEFAULT_COOLING_DAYS
from kam_desktop.domain.enums import Category, Role, TeamLevel
from kam_desktop.domain.ladder import overrated
from kam_desktop.domain.plan import ActionItem, goal_at_risk, is_overdue
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS, Review
from kam_desktop.domain.plan_risks import Risk, plan_risks
from kam_desktop.domain.rolemap import MapContact, days_since_contact, map_warnings
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.plan_review import plan_reviews
from kam_desktop.services.reports.account import find_account
from kam_desktop.services.reports.meeting_pack import (
    AccountBrief,
    ActionLine,
    LadderSummary,
    MapPerson,
    OpportunityLine,
    account_brief,
    ladder_summary,
)
from kam_desktop.services.today import LADDER_MAX_AGE

#: accounts whose place on the supplier ladder the plan must know
_LADDER_EXPECTED = (Category.KEY, Category.DEVELOPING)


@dataclass(frozen=True)
class PlanGoal:
    client_goal: str
    our_goal: str
    measure: str | None
    deadline: date | None
    #: the four points of the strategy that are filled: (field, text), in the order
    #: product, price, promotion, place
    strategy: tuple[tuple[str, str], ...]
    people: int | None
    days: int | None
    budget: Decimal | None
    done: int
    total: int
    actions: tuple[ActionLine, ...]  # by due date, undated last
    #: the titles of the opportunities that serve this goal
    opportunities: tuple[str, ...]


@dataclass(frozen=True)
class TeamLine:
    name: str
    level: TeamLevel
    department: str | None
    mirrors: str | None


@dataclass(frozen=True)
class AccountPlanData(AccountBrief):
    ladder: LadderSummary | None
    people: tuple[MapPerson, ...]
    team: tuple[TeamLine, ...]
    goals: tuple[PlanGoal, ...]
    plan_done: int
    plan_total: int
    #: the goals' resources added up: people, person-days, budget
    total_people: int
    total_days: int
    total_budget: Decimal
    opportunities: tuple[OpportunityLine, ...]
    risks: tuple[Risk, ...]
    #: None when the account's plan is not reviewed (no goal, or lost or sleeping)
    review: Review | None


_STRATEGY = ("strategy_product", "strategy_price", "strategy_promotion", "strategy_place")
_OPEN_OPPORTUNITIES = ("idea", "evaluating", "in_progress")


def account_plan_data(session: Session, *, account_id: uuid.UUID | None = None,
                      account_name: str | None = None, today: date,
                      cooling_days: int = DEFAULT_COOLING_DAYS,
                      review_months: Mapping[Category, int] = DEFAULT_REVIEW_MONTHS
                      ) -> AccountPlanData:
    """The written plan of one account (by id, or by name as the command line gives
    it); an unknown account raises InputError."""
    account_id = find_account(session, account_id, account_name).id
    dossier = load_dossier(session, account_id, today=today)
    account, sections = dossier.account, dossier.sections
    contacts = [c for c in sections["contact"] if c["left_on"] is None]
    goals = tuple(_goal(goal, sections, today) for goal in sections["goal"])
    return AccountPlanData(
        **account_brief(session, dossier, today),
        ladder=ladder_summary(sections["ladder_assessment"]),
        people=tuple(MapPerson(c["name"], c["position"], c["interest"], c["involvement"],
                               c["role"], c["stance"], False,
                               ", ".join(m.name for m in c["mirrored_by"]))
                     for c in contacts),
        team=tuple(TeamLine(t["name"], t["level"], t["department"], t["mirrors"])
                   for t in sorted(sections["team_member"],
                                   key=lambda t: (list(TeamLevel).index(t["level"]),
                                                  t["name"].casefold()))),
        goals=goals, plan_done=dossier.progress.done, plan_total=dossier.progress.total,
        total_people=sum(g.people or 0 for g in goals),
        total_days=sum(g.days or 0 for g in goals),
        total_budget=sum((g.budget or Decimal(0) for g in goals), Decimal(0)),
        opportunities=tuple(OpportunityLine(o["title"], o["opportunity_class"], o["status"],
                                            o["benefit"], o["cost"])
                            for o in sections["opportunity"]
                            if o["status"].value in _OPEN_OPPORTUNITIES),
        risks=tuple(_risks(account, sections, contacts, goals, today, cooling_days)),
        review=plan_reviews(session, today=today, months=review_months,
                            account_id=account_id).get(account_id),
    )


def _goal(goal: dict, sections: dict, today: date) -> PlanGoal:
    actions = [ActionLine(a["title"], a["owner"], a["due"], a["status"],
                          is_overdue(ActionItem(a["due"], a["status"]), today))
               for a in sections["plan_action"] if a["goal_id"] == goal["id"]]
    return PlanGoal(
        client_goal=goal["client_goal"], our_goal=goal["our_goal"], measure=goal["measure"],
        deadline=goal["deadline"],
        strategy=tuple((field, goal[field].strip()) for field in _STRATEGY
                       if (goal[field] or "").strip()),
        people=goal["resource_people"], days=goal["resource_days"],
        budget=goal["resource_budget"], done=goal["progress"].done,
        total=goal["progress"].total,
        actions=tuple(sorted(actions, key=lambda a: (a.due is None, a.due or today, a.title))),
        opportunities=tuple(o["title"] for o in sections["opportunity"]
                            if o["goal_id"] == goal["id"]))


def _risks(account: dict, sections: dict, contacts: list[dict], goals: tuple[PlanGoal, ...],
           today: date, cooling_days: int) -> list[Risk]:
    people = [MapContact(c["name"], c["interest"], c["involvement"], c["stance"],
                         c["mirrored_by"]) for c in contacts]
    met = days_since_contact(((e["date"], e["attendee_ids"]) for e in sections["diary_entry"]),
                             today)
    leader_days = [met[c["id"]] for c in contacts
                   if c["role"] is Role.LEADER and c["id"] in met]
    latest = sections["ladder_assessment"][0] if sections["ladder_assessment"] else None
    revenue = sections["revenue"][0] if sections["revenue"] else None  # the latest period
    return plan_risks(
        map_warnings(people, min(leader_days, default=None), cooling_days),
        overrated=latest is not None and overrated(latest["our_view"], latest["client_view"],
                                                   latest["answers"]),
        ladder_age_days=None if latest is None else (today - latest["date"]).days,
        ladder_max_age_days=LADDER_MAX_AGE.days,
        ladder_expected=account["category"] in _LADDER_EXPECTED,
        overdue_actions=sum(a.overdue for g in goals for a in g.actions),
        goals_at_risk=tuple(g.our_goal for g, row in zip(goals, sections["goal"])
                            if goal_at_risk(g.deadline, row["progress"], today)),
        share_change=revenue and revenue["share_change"],
        barriers=len(sections["switching_barrier"]))
