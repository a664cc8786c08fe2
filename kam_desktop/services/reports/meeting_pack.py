"""The data of the meeting pack, internal and confidential. It may show internal
fields, but it carries the personal notes of the meeting's attendees only: its data
class holds no one else's."""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain import value as value_rules
from kam_desktop.domain.abc import AbcClass, abc_classes, last_full_year
from kam_desktop.domain.enums import (
    PERSONAL_FIELDS,
    ActionStatus,
    Category,
    ContactType,
    DiaryKind,
    LadderLevel,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stance,
)
from kam_desktop.domain.ladder import level_trend, shown_level
from kam_desktop.domain.plan import ActionItem, is_overdue
from kam_desktop.domain.text import Text
from kam_desktop.services.dossier import Dossier, load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.reports.account import find_account
from kam_desktop.store.models import Account, Revenue

@dataclass(frozen=True)
class MapPerson:
    name: str
    position: str | None
    interest: float
    involvement: float
    role: Role
    stance: Stance
    attendee: bool
    #: our people mirroring the contact, executives first, joined by commas
    mirrored_by: str


@dataclass(frozen=True)
class AttendeeNotes:
    name: str
    position: str | None
    #: (questionnaire field, answer) for the answered fields, in questionnaire order
    answers: tuple[tuple[str, str], ...]
    #: the role on the map, whose guidance the pack gives, and the part in the purchase
    role: Role = Role.BUTLER
    contact_type: ContactType | None = None


@dataclass(frozen=True)
class LadderSummary:
    date: date
    our_view: LadderLevel
    client_view: LadderLevel | None
    suggested: LadderLevel | None
    #: rungs gained (+) or lost (−) since ``previous_date``; None for a first assessment
    trend: int | None
    previous_date: date | None
    competitors: tuple[tuple[str, int], ...]
    next_steps: str | None


@dataclass(frozen=True)
class GoalLine:
    client_goal: str
    our_goal: str
    deadline: date | None
    done: int
    total: int


@dataclass(frozen=True)
class ActionLine:
    title: str
    owner: str | None
    due: date | None
    status: ActionStatus
    overdue: bool


@dataclass(frozen=True)
class DiaryLine:
    date: date
    kind: DiaryKind
    summary: str
    attendees: tuple[str, ...]
    next_step: str | None
    next_step_due: date | None
    done: bool


@dataclass(frozen=True)
class OpportunityLine:
    title: str
    opportunity_class: OpportunityClass
    status: OpportunityStatus
    benefit: Decimal | None
    cost: Decimal | None


@dataclass(frozen=True)
class AccountBrief:
    """The account in brief, as the covers of the internal reports show it."""

    generated_on: date
    name: str
    legal_name: str | None
    industry: str | None
    region: str | None
    category: Category
    lifecycle: Lifecycle
    motivation: Motivation | None
    owner: str | None
    currency: str
    potential: Decimal | None
    #: the latest recorded revenue period ("2025" or "2025-Q3"), its amount and share
    revenue_period: str | None
    revenue: Decimal | None
    share_of_wallet: Decimal | None
    #: the account's ABC class by the last full year's revenue across the portfolio
    abc: AbcClass | None
    #: the company's size: people employed, and sites (plants, branches)
    staff: int | None
    sites: int | None


def account_brief(session: Session, dossier: Dossier, today: date) -> dict:
    """The fields of :class:`AccountBrief` for ``dossier``'s account."""
    account = dossier.account
    revenue = dossier.sections["revenue"][0] if dossier.sections["revenue"] else None
    return dict(
        generated_on=today, name=account["name"], legal_name=account["legal_name"],
        industry=account["industry"], region=account["region"],
        category=account["category"], lifecycle=account["lifecycle"],
        motivation=account["motivation"], owner=account["owner"],
        currency=account["currency"], potential=account["potential"],
        revenue_period=revenue and revenue["period"], revenue=revenue and revenue["amount"],
        share_of_wallet=revenue and revenue["share"],
        abc=abc_class(session, account["id"], today), staff=account["staff"],
        sites=account["sites"])


@dataclass(frozen=True)
class MeetingPackData(AccountBrief):
    attendees: tuple[str, ...]  # in the order given
    people: tuple[MapPerson, ...]  # every contact, for the role map
    personal_notes: tuple[AttendeeNotes, ...]  # the attendees' only
    ladder: LadderSummary | None
    plan_done: int
    plan_total: int
    goals: tuple[GoalLine, ...]
    open_actions: tuple[ActionLine, ...]  # soonest due first
    diary: tuple[DiaryLine, ...]  # the latest DIARY_LINES, newest first
    open_steps: tuple[DiaryLine, ...]  # soonest due first
    value: value_rules.ValueTotals
    value_to_revenue: Decimal | None
    opportunities: tuple[OpportunityLine, ...]  # highest priority first
    #: what makes leaving us costly for the client: (since, description), oldest first
    barriers: tuple[tuple[date | None, str], ...] = ()
    #: who on our side delivered the value: (team member or None, totals) and (our
    #: department or None, totals), largest benefit first, the uncredited last
    credits_by_person: tuple[tuple[str | None, value_rules.ValueTotals], ...] = ()
    credits_by_department: tuple[tuple[str | None, value_rules.ValueTotals], ...] = ()


#: how many diary entries the meeting pack shows
DIARY_LINES = 10
_OPEN_OPPORTUNITIES = (OpportunityStatus.IDEA, OpportunityStatus.EVALUATING,
                       OpportunityStatus.IN_PROGRESS)
_OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def meeting_pack_data(session: Session, *, account_name: str, attendees: Iterable[str],
                      today: date) -> MeetingPackData:
    """The internal briefing for a meeting with ``attendees`` (names of the account's
    contacts). An unknown account or attendee raises InputError naming it."""
    account_id = find_account(session, None, account_name).id
    dossier = load_dossier(session, account_id, today=today)
    sections = dossier.sections
    contacts = {c["name"]: c for c in sections["contact"]}
    chosen = tuple(dict.fromkeys(attendees))
    for name in chosen:
        if name not in contacts:
            raise InputError("attendee", Text("{account} has no contact called {name}",
                                              account=account_name, name=repr(name)))
    people = tuple(MapPerson(c["name"], c["position"], c["interest"], c["involvement"],
                             c["role"], c["stance"], c["name"] in chosen,
                             ", ".join(m.name for m in c["mirrored_by"]))
                   for c in sections["contact"] if c["left_on"] is None)
    notes = tuple(AttendeeNotes(name, contacts[name]["position"], tuple(
        (field, text) for field in PERSONAL_FIELDS
        if (text := (contacts[name]["personal"].get(field) or "").strip())),
        contacts[name]["role"], contacts[name]["contact_type"])
        for name in chosen)
    actions = [ActionLine(a["title"], a["owner"], a["due"], a["status"],
                          is_overdue(ActionItem(a["due"], a["status"]), today))
               for a in sections["plan_action"] if a["status"] in _OPEN_ACTIONS]
    diary = [DiaryLine(e["date"], e["kind"], e["summary"], tuple(e["attendees"]),
                       e["next_step"], e["next_step_due"], e["done"])
             for e in sections["diary_entry"]]
    return MeetingPackData(
        **account_brief(session, dossier, today),
        attendees=chosen, people=people, personal_notes=notes,
        ladder=ladder_summary(sections["ladder_assessment"]),
        plan_done=dossier.progress.done, plan_total=dossier.progress.total,
        goals=tuple(GoalLine(g["client_goal"], g["our_goal"], g["deadline"],
                             g["progress"].done, g["progress"].total)
                    for g in sections["goal"]),
        open_actions=tuple(sorted(actions, key=lambda a: (a.due is None, a.due or today,
                                                          a.title))),
        diary=tuple(diary[:DIARY_LINES]),
        open_steps=tuple(sorted((e for e in diary if e.next_step and not e.done),
                                key=lambda e: (e.next_step_due is None,
                                               e.next_step_due or today))),
        value=dossier.value.total, value_to_revenue=dossier.value.value_to_revenue,
        credits_by_person=tuple(value_rules.largest_first(dossier.value.by_person)),
        credits_by_department=tuple(value_rules.largest_first(
            dossier.value.by_our_department)),
        opportunities=tuple(OpportunityLine(o["title"], o["opportunity_class"], o["status"],
                                            o["benefit"], o["cost"])
                            for o in sections["opportunity"]
                            if o["status"] in _OPEN_OPPORTUNITIES),
        barriers=tuple(sorted(((b["since"], b["description"])
                               for b in sections["switching_barrier"]),
                              key=lambda b: (b[0] is None, b[0] or today))),
    )


def abc_class(session: Session, account_id: uuid.UUID, today: date) -> AbcClass:
    """The account's class among all accounts, by the last full year's revenue."""
    year = str(last_full_year(today).year)
    revenue = dict(session.execute(select(Revenue.account_id, Revenue.amount)
                                   .where(Revenue.period == year)).all())
    everyone = {key: revenue.get(key) for key in session.scalars(select(Account.id))}
    return abc_classes(everyone)[account_id]


def ladder_summary(assessments: list[dict]) -> LadderSummary | None:
    """The latest assessment (``assessments`` come newest first) and its trend."""
    if not assessments:
        return None
    latest = assessments[0]
    previous = assessments[1] if len(assessments) > 1 else None
    trend = None if previous is None else level_trend(
        [(row["date"], shown_level(row["our_view"], row["client_view"], row["answers"]))
         for row in (previous, latest)])
    return LadderSummary(
        date=latest["date"], our_view=LadderLevel(latest["our_view"]),
        client_view=latest["client_view"] and LadderLevel(latest["client_view"]),
        suggested=latest["suggested"], trend=trend,
        previous_date=previous and previous["date"],
        competitors=tuple(sorted((latest["competitors"] or {}).items())),
        next_steps=latest["next_steps"])
