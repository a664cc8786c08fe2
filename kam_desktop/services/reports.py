"""The plain data behind the PDF reports, read from the database.

The value dossier is handed to the client, so it is built from an explicit allow-list:
each of its dataclasses names every field that may reach the page, and its queries
load only those columns. Personal notes, the role map and stances, the diary,
opportunities, the development plan and the ladder's answers, competitors and next
steps are never read for it, so no later change to the layout can leak them.

The portfolio report and the meeting pack are internal (see the end of the module).
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain import value as value_rules
from kam_desktop.domain.abc import AbcClass, abc_classes, last_full_year
from kam_desktop.domain.enums import (
    PERSONAL_FIELDS,
    ActionStatus,
    Category,
    DiaryKind,
    LadderLevel,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stance,
    ValueKind,
)
from kam_desktop.domain.ladder import level_trend
from kam_desktop.domain.periods import Period, parse_period
from kam_desktop.domain.revenue import SpanRevenue, period_days, revenue_in_span
from kam_desktop.domain.plan import ActionItem, is_overdue
from kam_desktop.domain.text import Text
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.store.models import (
    Account, Contact, LadderAssessment, Revenue, Statistic, ValueEntry,
)


@dataclass(frozen=True)
class ValueLine:
    """One value entry as the client sees it."""

    date: date
    kind: ValueKind
    title: str
    description: str
    department: str | None
    client_benefit: Decimal
    our_cost: Decimal | None  # None when our cost is not shown
    acknowledged: bool


@dataclass(frozen=True)
class ValueGroup:
    """Totals of the entries sharing a kind, a year or a department."""

    key: ValueKind | int | str | None
    count: int
    acknowledged_count: int
    client_benefit: Decimal
    our_cost: Decimal | None


@dataclass(frozen=True)
class StatisticLine:
    name: str
    value: float
    period: str | None


@dataclass(frozen=True)
class Milestone:
    """An event of the relationship: a ladder level reached (``level``) or a value
    entry worth remembering (``kind`` and ``title``)."""

    date: date
    level: LadderLevel | None = None
    first_level: bool = False
    kind: ValueKind | None = None
    title: str | None = None
    best_of_year: bool = False


@dataclass(frozen=True)
class ValueDossierData:
    client_name: str
    legal_name: str | None
    supplier: str
    currency: str
    date_from: date | None
    date_to: date | None
    departments: tuple[str, ...] | None  # None: all departments
    show_cost: bool
    generated_on: date
    total: ValueGroup
    #: client benefit per unit of our revenue over the entries' span (the cover's period);
    #: None without revenue, and for a selection of departments (our revenue is the
    #: whole client's, so one department's benefit over it would mislead)
    value_to_revenue: Decimal | None
    #: the revenue it was divided by, with the periods it comes from
    revenue: SpanRevenue | None
    by_kind: tuple[ValueGroup, ...]  # largest benefit first
    by_year: tuple[ValueGroup, ...]  # oldest first
    by_department: tuple[ValueGroup, ...]  # largest benefit first, None last
    statistics: tuple[StatisticLine, ...]
    milestones: tuple[Milestone, ...]  # oldest first
    entries: tuple[ValueLine, ...]  # oldest first


def value_dossier_data(session: Session, *, account_id: uuid.UUID | None = None,
                       account_name: str | None = None, date_from: date | None = None,
                       date_to: date | None = None, departments: Iterable[str] | None = None,
                       show_cost: bool = True, supplier: str = "",
                       today: date | None = None) -> ValueDossierData:
    """Everything the client-facing value dossier shows. ``departments`` keeps only the
    entries of those client departments (entries without one are then left out)."""
    account = _account(session, account_id, account_name)
    if date_from and date_to and date_from > date_to:
        raise InputError("date_from", Text("the period starts after it ends"))
    chosen = None if departments is None else tuple(dict.fromkeys(departments))

    query = select(ValueEntry.date, ValueEntry.kind, ValueEntry.title, ValueEntry.description,
                   ValueEntry.department, ValueEntry.client_benefit, ValueEntry.our_cost,
                   ValueEntry.acknowledged).where(ValueEntry.account_id == account.id)
    if date_from:
        query = query.where(ValueEntry.date >= date_from)
    if date_to:
        query = query.where(ValueEntry.date <= date_to)
    if chosen is not None:
        query = query.where(ValueEntry.department.in_(chosen))
    rows = session.execute(query.order_by(ValueEntry.date, ValueEntry.title)).all()
    entries = tuple(ValueLine(r.date, r.kind, r.title, r.description or "", r.department,
                              r.client_benefit, r.our_cost if show_cost else None,
                              r.acknowledged) for r in rows)
    items = [value_rules.ValueItem(r.date, r.kind, r.department, r.our_cost,
                                   r.client_benefit, r.acknowledged) for r in rows]
    total = value_rules.total(items)

    def group(key, totals: value_rules.ValueTotals) -> ValueGroup:
        return ValueGroup(key, totals.count, totals.acknowledged_count, totals.client_benefit,
                          totals.our_cost if show_cost else None)

    def largest_first(groups: dict) -> tuple[ValueGroup, ...]:
        ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, -kv[1].client_benefit,
                                                         str(kv[0])))
        return tuple(group(key, totals) for key, totals in ordered)

    revenue = None
    if entries and chosen is None:
        revenue = revenue_in_span(_recorded_revenue(session, account.id),
                                  date_from or entries[0].date, date_to or entries[-1].date)
    return ValueDossierData(
        client_name=account.name, legal_name=account.legal_name, supplier=supplier.strip(),
        currency=account.currency, date_from=date_from, date_to=date_to, departments=chosen,
        show_cost=show_cost, generated_on=today or date.today(),
        total=group(None, total),
        value_to_revenue=value_rules.value_to_revenue(
            total.client_benefit, revenue and revenue.amount),
        revenue=revenue,
        by_kind=largest_first(value_rules.totals_by_kind(items)),
        by_year=tuple(group(year, totals) for year, totals
                      in sorted(value_rules.totals_by_year(items).items())),
        by_department=largest_first(value_rules.totals_by_department(items)),
        statistics=_statistics(session, account.id, date_from, date_to),
        milestones=_milestones(session, account.id, date_from, date_to, entries),
        entries=entries,
    )


def _account(session: Session, account_id: uuid.UUID | None, name: str | None) -> Account:
    if (account_id is None) == (name is None):
        raise InputError("account", Text("name exactly one account"))
    if account_id is not None:
        account = session.get(Account, account_id)
    else:
        account = session.scalar(select(Account).where(Account.name == name))
    if account is None:
        raise InputError("account", Text("no account is called {name}",
                                         name=repr(name if name is not None else str(account_id))))
    return account


def _overlaps(period: Period, date_from: date | None, date_to: date | None) -> bool:
    start, end = period_days(period)
    return (date_from is None or end >= date_from) and (date_to is None or start <= date_to)


def _recorded_revenue(session: Session, account_id: uuid.UUID) -> list[tuple[str, Decimal]]:
    return session.execute(select(Revenue.period, Revenue.amount)
                           .where(Revenue.account_id == account_id)).all()


def _statistics(session: Session, account_id: uuid.UUID, date_from: date | None,
                date_to: date | None) -> tuple[StatisticLine, ...]:
    """Figures whose period overlaps the report's (figures without a period always)."""
    rows = session.execute(select(Statistic.name, Statistic.value, Statistic.period)
                           .where(Statistic.account_id == account_id)).all()
    kept = [StatisticLine(r.name, r.value, r.period) for r in rows
            if r.period is None or _overlaps(parse_period(r.period), date_from, date_to)]
    return tuple(sorted(kept, key=lambda s: (s.name, s.period or "")))


def _milestones(session: Session, account_id: uuid.UUID, date_from: date | None,
                date_to: date | None, entries: tuple[ValueLine, ...]) -> tuple[Milestone, ...]:
    """Ladder levels when they changed (the client's own view where recorded, else our
    estimate of it), each year's largest benefit, and every special event."""
    query = select(LadderAssessment.date, LadderAssessment.our_view, LadderAssessment.client_view
                   ).where(LadderAssessment.account_id == account_id)
    if date_to:
        query = query.where(LadderAssessment.date <= date_to)
    events: list[Milestone] = []
    previous: int | None = None
    for day, our_view, client_view in session.execute(query.order_by(LadderAssessment.date)):
        level = client_view or our_view
        if level != previous and (date_from is None or day >= date_from):
            events.append(Milestone(day, level=LadderLevel(level), first_level=previous is None))
        previous = level
    best: dict[int, ValueLine] = {}
    for entry in entries:
        year = entry.date.year
        if entry.client_benefit > 0 and (year not in best
                                         or entry.client_benefit > best[year].client_benefit):
            best[year] = entry
    highlights = set(map(id, best.values()))
    for entry in entries:
        if id(entry) in highlights or entry.kind is ValueKind.SPECIAL_EVENT:
            events.append(Milestone(entry.date, kind=entry.kind, title=entry.title,
                                    best_of_year=id(entry) in highlights))
    return tuple(sorted(events, key=lambda m: (m.date, m.level is None)))


# --- the internal reports ----------------------------------------------------------
# The portfolio report and the meeting pack stay inside our company, so they may show
# internal fields; the meeting pack still carries personal notes of the meeting's
# attendees only, and its data class holds no one else's.


@dataclass(frozen=True)
class PortfolioLine:
    name: str
    category: Category
    lifecycle: Lifecycle
    abc: AbcClass
    owner: str | None
    currency: str
    annual_potential: Decimal | None
    revenue_last_year: Decimal | None
    share_of_wallet: Decimal | None
    ladder_level: int | None  # our latest estimate
    value_this_year: Decimal


@dataclass(frozen=True)
class PortfolioData:
    generated_on: date
    #: the year of the revenue behind the ABC classes and shares of wallet
    revenue_year: int
    #: the currency of the totals and charts: the one most accounts are billed in
    currency: str
    categories: tuple[Category, ...] | None  # None: every category
    owners: tuple[str, ...] | None  # None: every owner
    accounts: tuple[PortfolioLine, ...]  # by name
    #: client benefit delivered this year, per kind, largest first (accounts in
    #: ``currency`` only)
    value_by_kind: tuple[tuple[ValueKind, Decimal], ...]


def portfolio_data(session: Session, *, today: date,
                   categories: Iterable[Category] | None = None,
                   owners: Iterable[str] | None = None) -> PortfolioData:
    """The portfolio report's rows: every account (or those of the given categories and
    owners) with the portfolio's figures, as the portfolio view computes them."""
    chosen_categories = None if categories is None else tuple(dict.fromkeys(
        Category(c) for c in categories))
    chosen_owners = None if owners is None else tuple(dict.fromkeys(owners))
    currencies = dict(session.execute(select(Account.id, Account.currency)).all())
    rows = [row for row in list_accounts(session, today=today)
            if (chosen_categories is None or row.category in chosen_categories)
            and (chosen_owners is None or row.owner in chosen_owners)]
    main = Counter(currencies[row.id] for row in rows).most_common(1)
    currency = main[0][0] if main else "RUB"
    counted = {row.id for row in rows if currencies[row.id] == currency}
    by_kind: dict[ValueKind, Decimal] = defaultdict(Decimal)
    for account_id, kind, benefit in session.execute(
            select(ValueEntry.account_id, ValueEntry.kind, func.sum(ValueEntry.client_benefit))
            .where(ValueEntry.date >= date(today.year, 1, 1), ValueEntry.date <= today)
            .group_by(ValueEntry.account_id, ValueEntry.kind)):
        if account_id in counted:
            by_kind[kind] += benefit
    return PortfolioData(
        generated_on=today, revenue_year=last_full_year(today).year, currency=currency,
        categories=chosen_categories, owners=chosen_owners,
        accounts=tuple(PortfolioLine(
            row.name, row.category, row.lifecycle, row.abc, row.owner, currencies[row.id],
            row.annual_potential, row.revenue_last_year, row.share_of_wallet,
            row.ladder_level, row.value_this_year) for row in rows),
        value_by_kind=tuple(sorted(((k, v) for k, v in by_kind.items() if v),
                                   key=lambda kv: (-kv[1], kv[0].value))),
    )


@dataclass(frozen=True)
class MapPerson:
    name: str
    position: str | None
    interest: float
    involvement: float
    role: Role
    stance: Stance
    attendee: bool


@dataclass(frozen=True)
class AttendeeNotes:
    name: str
    position: str | None
    #: (questionnaire field, answer) for the answered fields, in questionnaire order
    answers: tuple[tuple[str, str], ...]


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
class MeetingPackData:
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
    annual_potential: Decimal | None
    #: the latest recorded revenue period ("2025" or "2025-Q3"), its amount and share
    revenue_period: str | None
    revenue: Decimal | None
    share_of_wallet: Decimal | None
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
    #: the account's ABC class by the last full year's revenue across the portfolio
    abc: AbcClass | None = None
    #: what makes leaving us costly for the client: (since, description), oldest first
    barriers: tuple[tuple[date | None, str], ...] = ()


#: how many diary entries the meeting pack shows
DIARY_LINES = 10
_OPEN_OPPORTUNITIES = (OpportunityStatus.IDEA, OpportunityStatus.EVALUATING,
                       OpportunityStatus.IN_PROGRESS)
_OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def meeting_pack_data(session: Session, *, account_name: str, attendees: Iterable[str],
                      today: date) -> MeetingPackData:
    """The internal briefing for a meeting with ``attendees`` (names of the account's
    contacts). An unknown account or attendee raises InputError naming it."""
    account_id = _account(session, None, account_name).id
    dossier = load_dossier(session, account_id)
    account, sections = dossier.account, dossier.sections
    contacts = {c["name"]: c for c in sections["contact"]}
    chosen = tuple(dict.fromkeys(attendees))
    for name in chosen:
        if name not in contacts:
            raise InputError("attendee", Text("{account} has no contact called {name}",
                                              account=account_name, name=repr(name)))
    people = tuple(MapPerson(c["name"], c["position"], c["interest"], c["involvement"],
                             c["role"], c["stance"], c["name"] in chosen)
                   for c in sections["contact"] if c["left_on"] is None)
    notes = tuple(AttendeeNotes(name, contacts[name]["position"], tuple(
        (field, text) for field in PERSONAL_FIELDS
        if (text := (contacts[name]["personal"].get(field) or "").strip())))
        for name in chosen)
    revenue = sections["revenue"][0] if sections["revenue"] else None  # the latest period
    actions = [ActionLine(a["title"], a["owner"], a["due"], a["status"],
                          is_overdue(ActionItem(a["due"], a["status"]), today))
               for a in sections["plan_action"] if a["status"] in _OPEN_ACTIONS]
    diary = [DiaryLine(e["date"], e["kind"], e["summary"], tuple(e["attendees"]),
                       e["next_step"], e["next_step_due"], e["done"])
             for e in sections["diary_entry"]]
    return MeetingPackData(
        generated_on=today, name=account["name"], legal_name=account["legal_name"],
        industry=account["industry"], region=account["region"],
        category=account["category"], lifecycle=account["lifecycle"],
        motivation=account["motivation"], owner=account["owner"],
        currency=account["currency"], annual_potential=account["annual_potential"],
        revenue_period=revenue and revenue["period"], revenue=revenue and revenue["amount"],
        share_of_wallet=revenue and revenue["share"],
        attendees=chosen, people=people, personal_notes=notes,
        ladder=_ladder_summary(sections["ladder_assessment"]),
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
        opportunities=tuple(OpportunityLine(o["title"], o["opportunity_class"], o["status"],
                                            o["benefit"], o["cost"])
                            for o in sections["opportunity"]
                            if o["status"] in _OPEN_OPPORTUNITIES),
        abc=_abc_class(session, account_id, today),
        barriers=tuple(sorted(((b["since"], b["description"])
                               for b in sections["switching_barrier"]),
                              key=lambda b: (b[0] is None, b[0] or today))),
    )


def _abc_class(session: Session, account_id: uuid.UUID, today: date) -> AbcClass:
    """The account's class among all accounts, by the last full year's revenue."""
    year = str(last_full_year(today).year)
    revenue = dict(session.execute(select(Revenue.account_id, Revenue.amount)
                                   .where(Revenue.period == year)).all())
    everyone = {key: revenue.get(key) for key in session.scalars(select(Account.id))}
    return abc_classes(everyone)[account_id]


def _ladder_summary(assessments: list[dict]) -> LadderSummary | None:
    """The latest assessment (``assessments`` come newest first) and its trend."""
    if not assessments:
        return None
    latest = assessments[0]
    previous = assessments[1] if len(assessments) > 1 else None
    trend = None if previous is None else level_trend(
        [(previous["date"], previous["our_view"]), (latest["date"], latest["our_view"])])
    return LadderSummary(
        date=latest["date"], our_view=LadderLevel(latest["our_view"]),
        client_view=latest["client_view"] and LadderLevel(latest["client_view"]),
        suggested=latest["suggested"], trend=trend,
        previous_date=previous and previous["date"],
        competitors=tuple(sorted((latest["competitors"] or {}).items())),
        next_steps=latest["next_steps"])


@dataclass(frozen=True)
class ReportChoices:
    """What the report options offer to choose from."""

    account_name: str | None
    #: the client departments named by the account's value entries
    departments: tuple[str, ...]
    #: the account's contacts who still work there, in name order
    contacts: tuple[str, ...]
    #: the owners of all accounts
    owners: tuple[str, ...]


def report_choices(session: Session, *, account_id: uuid.UUID | None) -> ReportChoices:
    owners = tuple(session.scalars(select(Account.owner).where(Account.owner.is_not(None))
                                   .distinct().order_by(Account.owner)))
    if account_id is None:
        return ReportChoices(None, (), (), owners)
    account = _account(session, account_id, None)
    departments = tuple(session.scalars(
        select(ValueEntry.department).where(ValueEntry.account_id == account_id,
                                            ValueEntry.department.is_not(None))
        .distinct().order_by(ValueEntry.department)))
    contacts = tuple(session.scalars(
        select(Contact.name).where(Contact.account_id == account_id, Contact.left_on.is_(None))
        .order_by(Contact.name)))
    return ReportChoices(account.name, departments, contacts, owners)
