"""The data of the value dossier, the client-facing report.

It is handed to the client, so it is built from an explicit allow-list: each dataclass
here names every field that may reach the page, and the queries load only those
columns. Personal notes, the role map and stances, the diary, opportunities, the
development plan and the ladder's answers, competitors and next steps, and who on our
side delivered each entry, are never read for it, so no later change to the layout can
leak them. The switching barriers are read by the columns store.kinds declares
client-safe for them.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kam_desktop.domain import value as value_rules
from kam_desktop.domain.enums import LadderLevel, ValueKind
from kam_desktop.domain.periods import Period, parse_period
from kam_desktop.domain.revenue import SpanRevenue, period_days, revenue_in_span
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.reports.account import find_account
from kam_desktop.store.models import (
    LadderAssessment,
    Revenue,
    Statistic,
    SwitchingBarrier,
    ValueEntry,
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
class BarrierLine:
    """A switching barrier as the client may read it: its client-safe fields only."""

    description: str
    since: date | None


@dataclass(frozen=True)
class ServiceGroup:
    """One kind of work we did in the period, and the titles of its entries."""

    kind: ValueKind
    titles: tuple[str, ...]  # oldest first


@dataclass(frozen=True)
class ValueDossierData:
    client_name: str
    legal_name: str | None
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
    #: the closing section, what changing supplier would mean: the barriers in place by
    #: the period's end (oldest first), the benefits the client confirmed per year (of
    #: the same entries), and the kinds of work a newcomer would have to match
    barriers: tuple[BarrierLine, ...] = ()
    acknowledged_by_year: tuple[ValueGroup, ...] = ()  # oldest first
    services: tuple[ServiceGroup, ...] = ()  # in the order of by_kind


def value_dossier_data(session: Session, *, account_id: uuid.UUID | None = None,
                       account_name: str | None = None, date_from: date | None = None,
                       date_to: date | None = None, departments: Iterable[str] | None = None,
                       show_cost: bool = True,
                       today: date | None = None) -> ValueDossierData:
    """Everything the client-facing value dossier shows. ``departments`` keeps only the
    entries of those client departments (entries without one are then left out)."""
    account = find_account(session, account_id, account_name)
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
        return tuple(group(key, totals) for key, totals in value_rules.largest_first(groups))

    by_kind = largest_first(value_rules.totals_by_kind(items))
    revenue = None
    if entries and chosen is None:
        revenue = revenue_in_span(_recorded_revenue(session, account.id),
                                  date_from or entries[0].date, date_to or entries[-1].date)
    return ValueDossierData(
        client_name=account.name, legal_name=account.legal_name,
        currency=account.currency, date_from=date_from, date_to=date_to, departments=chosen,
        show_cost=show_cost, generated_on=today or date.today(),
        total=group(None, total),
        value_to_revenue=value_rules.value_to_revenue(
            total.client_benefit, revenue and revenue.amount),
        revenue=revenue,
        by_kind=by_kind,
        by_year=tuple(group(year, totals) for year, totals
                      in sorted(value_rules.totals_by_year(items).items())),
        by_department=largest_first(value_rules.totals_by_department(items)),
        statistics=_statistics(session, account.id, date_from, date_to),
        milestones=_milestones(session, account.id, date_from, date_to, entries),
        entries=entries,
        barriers=_barriers(session, account.id, date_to),
        acknowledged_by_year=tuple(group(year, totals) for year, totals in sorted(
            value_rules.acknowledged_by_year(items).items())),
        services=tuple(ServiceGroup(g.key, tuple(e.title for e in entries if e.kind is g.key))
                       for g in by_kind),
    )


def _barriers(session: Session, account_id: uuid.UUID,
              date_to: date | None) -> tuple[BarrierLine, ...]:
    """The barriers in place by ``date_to`` (undated ones always), oldest first; only
    their client-safe columns are read."""
    query = select(SwitchingBarrier.description, SwitchingBarrier.since).where(
        SwitchingBarrier.account_id == account_id)
    if date_to:
        query = query.where(or_(SwitchingBarrier.since.is_(None),
                                SwitchingBarrier.since <= date_to))
    rows = session.execute(query).all()
    return tuple(BarrierLine(r.description, r.since) for r in sorted(
        rows, key=lambda r: (r.since is None, r.since or date.min, r.description)))


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
