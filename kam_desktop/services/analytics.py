"""The portfolio dashboard: every chart's series, read in one pass over the portfolio.

The database aggregates (issue #15): GROUP BY per account, per group or per cell, window
functions for the estimate in force in a year, FILTER counts for the role map; every
money sum in whole cents (store.functions.sum_in_cents), so the figures are the same to
the kopeck as summing the Decimal amounts. The results are read as plain rows (no ORM
objects), ids as the text the database sends, matched through dictionaries, and folded by
the pure functions of domain.analytics, domain.deals and domain.workload. Only what a
series returns row by row (the ladder's history, the lifecycle's changes) is read so.
Charts with money on an axis (the Pareto curve, potential × share of wallet, value by
kind and year, purchases) take every amount converted to the portfolio's main currency
(domain.money): revenue and potential at the rate of the year, value entries and deals
at the rate of their dates (summed per day in another currency). An account whose
currency has no rate where it needs one is left out of those charts and named in
``missing`` (per kind of money: the revenue of the year, value entries, deals); ratios
(value to revenue) need no rate and take every account.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import String, case, cast, extract, func, null, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain import analytics as charts
from kam_desktop.domain import deals as purchases
from kam_desktop.domain import value as value_rules
from kam_desktop.domain import workload
from kam_desktop.domain.ladder import shown_level
from kam_desktop.domain.abc import last_full_year
from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.domain.money import (
    DEFAULT_CURRENCY,
    Conversion,
    MissingRate,
    RateBook,
    convert_by_account,
)
from kam_desktop.domain.periods import Period
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.services.group_share import PortfolioGroups, portfolio_groups
from kam_desktop.services.involvement import portfolio_involvement
from kam_desktop.services.lifecycle_history import latest_loss_causes, stage_changes
from kam_desktop.services.losses import LossAnalysis, loss_analysis
from kam_desktop.services.rolemap import portfolio_map_counts
from kam_desktop.store.database import reads_mapped
from kam_desktop.store.functions import sum_in_cents
from kam_desktop.store.models import (
    Account,
    CoolingReason,
    Deal,
    LadderAssessment,
    Potential,
    Revenue,
    ValueEntry,
    WorkloadFactors,
)

Id = uuid.UUID
#: how many of the heaviest accounts the workload chart shows
HEAVIEST = 15
#: the default start of the ladder's movement: this long before today
MOVEMENT_DAYS = 365


def _text(column):
    """The column as the database sends it, without converting each value."""
    return type_coerce(column, String)


def _id_lookup(ids) -> dict:
    """Each id under every form a driver may send it in as text: 32 hex digits (SQLite),
    the dashed form, or already a UUID (PostgreSQL drivers)."""
    lookup = {}
    for account_id in ids:
        lookup[account_id.hex] = lookup[str(account_id)] = lookup[account_id] = account_id
    return lookup


@dataclass(frozen=True)
class AccountInfo:
    name: str
    owner: str | None
    category: Category
    lifecycle: Lifecycle
    currency: str


#: the dashboard's views, each read on its own (a view needs only its own series)
SECTIONS = ("pareto", "wallet", "growth", "whitespace", "purchases", "ladder", "value", "value_to_revenue",
            "lifecycle", "losses", "roles", "involvement", "workload")


#: the records each section reads besides EVERY_SECTION_READS: a change to none of them
#: leaves the section as it was read (store.changes names the kinds a change touched)
_GROUPS_READ = ("group_potential", "deal")
READS = {"pareto": (), "wallet": ("potential", *_GROUPS_READ), "growth": _GROUPS_READ,
         "whitespace": _GROUPS_READ, "purchases": ("deal",),
         "ladder": ("ladder_assessment",), "value": ("value_entry",),
         "value_to_revenue": ("value_entry",), "lifecycle": ("cooling_reason",),
         "losses": ("loss", "win_back_action"),
         "roles": ("contact", "team_member"), "involvement": ("involvement_share",),
         "workload": ("workload_factors",)}
EVERY_SECTION_READS = frozenset({"account", "revenue", "exchange_rate"})


def sections_changed(kinds: Iterable[str]) -> frozenset[str]:
    """The sections a change to records of ``kinds`` may have made stale."""
    kinds = frozenset(kinds)
    if kinds & EVERY_SECTION_READS:
        return frozenset(SECTIONS)
    return frozenset(section for section, read in READS.items() if kinds.intersection(read))


@dataclass(frozen=True)
class PortfolioAnalytics:
    """The dashboard's series. Fields of a section not read (see ``sections``) are None;
    ``missing`` holds the kinds of money of the sections read."""

    today: date
    #: the year of the revenue behind the Pareto curve, the wallet map and value to revenue
    year: int
    #: the currency of the money charts (the portfolio's main currency), the rates of
    #: ``year`` its other currencies were converted at, and the accounts left out of the
    #: money charts for want of a rate
    currency: str
    rates: dict[str, Decimal]
    missing: dict[str, tuple[MissingRate[Id], ...]]
    accounts: dict[Id, AccountInfo]
    sections: frozenset[str] = frozenset(SECTIONS)
    pareto: charts.Pareto[Id] | None = None
    wallet: charts.WalletMap[Id] | None = None
    #: the product groups of the Preferences' list the groups' series were read with, and
    #: the wallet map of each group (the wallet view's filter)
    product_groups: tuple[str, ...] = ()
    group_wallets: dict[str, charts.WalletMap[Id]] | None = None
    #: where to grow (the uncovered potential per group) and the whitespace view
    groups: PortfolioGroups | None = None
    #: each account's (date, our estimate) assessments, to recompute the movement for
    #: another start date without reading the database again
    ladder_history: dict[Id, tuple[tuple[date, int], ...]] | None = None
    ladder: charts.LadderMovement[Id] | None = None
    value_by_kind: tuple[charts.ValueBar[Id], ...] | None = None
    value_by_year: tuple[charts.ValueBar[Id], ...] | None = None
    value_to_revenue: tuple[charts.RatioPoint[Id], ...] | None = None
    ratio_bands: tuple[charts.Bar[Id], ...] | None = None
    funnel: charts.Funnel[Id] | None = None
    roles: tuple[charts.Bar[Id], ...] | None = None
    involvement: charts.InvolvementMap[Id] | None = None
    #: every account's workload score, for the owner loads against any norm
    workload: tuple[workload.LoadedAccount[Id], ...] | None = None
    owner_loads: tuple[workload.OwnerLoad[Id], ...] | None = None
    heaviest: tuple[workload.LoadedAccount[Id], ...] | None = None
    #: the purchase figures of the accounts in ``currency``, and every account by days
    #: since its last deal
    purchases: purchases.PortfolioPurchases | None = None
    recency: tuple[charts.Bar[Id], ...] | None = None
    last_deal: dict[Id, date] | None = None
    #: the losses per year by cause and by competitor
    losses: LossAnalysis | None = None

    def movement_since(self, since: date) -> charts.LadderMovement[Id]:
        return charts.ladder_movement(self.accounts, self.ladder_history, since)

    def loads_against(self, norm: float,
                      among: frozenset[Id] | None = None) -> tuple[workload.OwnerLoad[Id], ...]:
        """The owners' loads over ``among`` (the user's accounts; None: every account)."""
        return tuple(workload.owner_loads(self._loaded(among), norm))

    def heaviest_among(self, among: frozenset[Id] | None) -> tuple[workload.LoadedAccount[Id], ...]:
        return tuple(workload.heaviest(self._loaded(among), HEAVIEST))

    def _loaded(self, among: frozenset[Id] | None):
        return self.workload if among is None else [a for a in self.workload
                                                    if a.account in among]

    def merged(self, other: PortfolioAnalytics) -> PortfolioAnalytics:
        """These series with the sections ``other`` read besides (read from the same
        state of the portfolio)."""
        fields = {name: getattr(other, name) for section in other.sections - self.sections
                  for name in _FIELDS[section]}
        return replace(self, sections=self.sections | other.sections,
                       missing=self.missing | other.missing, **fields)

    def without(self, sections: Iterable[str]) -> PortfolioAnalytics:
        """These series less ``sections`` (made stale by a change)."""
        gone = self.sections.intersection(sections)
        return replace(self, sections=self.sections - gone,
                       **{name: None for section in gone for name in _FIELDS[section]})


@dataclass(frozen=True)
class _Portfolio:
    """What every section starts from: the accounts, the rates and the year's revenue."""

    run: object  # the connection's execute: Core rows, no ORM bookkeeping per row
    today: date
    year: Period
    since: date
    norm: float
    book: RateBook
    rows: list
    accounts: dict[Id, AccountInfo]
    ids: dict
    revenue: dict[Id, Decimal]
    converted: dict[Id, Decimal]
    conversion: Conversion
    product_groups: tuple[str, ...] = ()
    #: what more than one section reads, read once per request
    memo: dict = field(default_factory=dict)

    def groups(self) -> PortfolioGroups:
        if "groups" not in self.memo:
            self.memo["groups"] = portfolio_groups(
                self.run, listed=self.product_groups, year=self.year, book=self.book,
                accounts={r.id: (r.category, r.currency) for r in self.rows}, ids=self.ids)
        return self.memo["groups"]

    @property
    def compared(self) -> list:
        """The accounts whose revenue could be converted to the main currency."""
        left_out = self.conversion.accounts_left_out()
        return [r for r in self.rows if r.id not in left_out]


def _portfolio(session: Session, today: date, since: date, norm: float,
               main_currency: str, product_groups: tuple[str, ...]) -> _Portfolio:
    year = last_full_year(today)
    run = session.connection().execute
    rows = run(select(
        Account.id, Account.name, Account.owner, Account.category, Account.lifecycle,
        Account.lifecycle_reason, Account.currency)).all()
    accounts = {r.id: AccountInfo(r.name, r.owner, r.category, r.lifecycle, r.currency)
                for r in sorted(rows, key=lambda r: r.name)}
    book = rate_book(session, main_currency)
    ids = _id_lookup(accounts)
    # the year's own figure where it is recorded, else its quarters (domain.revenue: a
    # whole year is its periods' amounts, whole), summed in cents by the database
    whole = Revenue.period == str(year.year)
    revenue = {ids[raw_id]: Decimal(year_cents if figures else quarters_cents).scaleb(-2)
               for raw_id, figures, year_cents, quarters_cents in run(select(
                   _text(Revenue.account_id), func.count(case((whole, 1))),
                   sum_in_cents(case((whole, Revenue.amount), else_=0)),
                   sum_in_cents(case((whole, 0), else_=Revenue.amount)))
                   .where(Revenue.period.like(f"{year.year}%"))
                   .group_by(Revenue.account_id)).all()}
    converted, conversion = convert_by_account(
        {r.id: (revenue.get(r.id), r.currency) for r in rows}, year, book)
    return _Portfolio(run, today, year, since, norm, book, rows, accounts, ids, revenue,
                      converted, conversion, product_groups)


def _pareto(session: Session, p: _Portfolio) -> dict:
    return {"pareto": charts.pareto({r.id: p.converted.get(r.id) for r in p.compared})}


def _wallet(session: Session, p: _Portfolio) -> dict:
    # the potential in force in the year (its own estimate, else the latest before:
    # domain.wallet.potential_in), chosen by a window function, converted at that
    # year's rate like the revenue it is set against
    latest = func.row_number().over(partition_by=Potential.account_id,
                                    order_by=Potential.year.desc()).label("latest")
    ranked = select(_text(Potential.account_id).label("account"), Potential.amount,
                    latest).where(Potential.year <= p.year.year).subquery()
    in_force = {p.ids[raw_id]: amount for raw_id, amount in p.run(
        select(ranked.c.account, ranked.c.amount).where(ranked.c.latest == 1)).all()}
    potential, _ = convert_by_account(
        {r.id: (in_force.get(r.id), r.currency) for r in p.rows}, p.year, p.book)
    return {"wallet": charts.wallet_map((charts.WalletAccount(
        r.id, r.category,
        {} if potential.get(r.id) is None else {p.year.year: potential[r.id]},
        p.converted.get(r.id)) for r in p.compared), p.year),
        "group_wallets": p.groups().wallets, "missing": {"groups": p.groups().missing}}


def _groups(session: Session, p: _Portfolio) -> dict:
    return {"groups": p.groups(), "missing": {"groups": p.groups().missing}}


def _ladder(session: Session, p: _Portfolio) -> dict:
    history: dict[Id, list[tuple[date, int]]] = defaultdict(list)
    for account_id, day, our_view, client_view, answers in p.run(select(
            _text(LadderAssessment.account_id), LadderAssessment.date,
            LadderAssessment.our_view, LadderAssessment.client_view,
            LadderAssessment.answers)).all():
        history[p.ids[account_id]].append((day, shown_level(our_view, client_view, answers)))
    return {"ladder_history": {key: tuple(value) for key, value in history.items()},
            "ladder": charts.ladder_movement(p.accounts, history, p.since)}


def _value(session: Session, p: _Portfolio) -> dict:
    """Benefit and cost per kind and per year, summed in SQL: per kind, year and
    currency, and per day for the other currencies, whose rates go by the day; each
    group's accounts come as one list of ids."""
    foreign_day = case((Account.currency != p.book.main, ValueEntry.date), else_=None)
    year = extract("year", ValueEntry.date)
    groups = (ValueEntry.kind, year, Account.currency, foreign_day)
    totals = {"kind": defaultdict(value_rules.ValueTotals),
              "year": defaultdict(value_rules.ValueTotals)}
    accounts: dict[str, dict] = {"kind": {}, "year": {}}
    value_conversion = Conversion(p.book.main)
    for kind, in_year, currency, day, cost, benefit, count, listed in p.run(
            select(*groups, sum_in_cents(ValueEntry.our_cost),
                   sum_in_cents(ValueEntry.client_benefit), func.count(),
                   func.aggregate_strings(cast(ValueEntry.account_id, String), ","))
            .join(Account, Account.id == ValueEntry.account_id).group_by(*groups)).all():
        rate = p.book.rate_on(currency, day or date(in_year, 1, 1))
        own = dict.fromkeys(p.ids[raw_id] for raw_id in listed.split(","))
        if rate is None:
            for account_id in own:
                value_conversion.miss(account_id, currency, str(in_year))
            continue
        for key, group in (("kind", kind), ("year", in_year)):
            former = totals[key][group]
            totals[key][group] = value_rules.ValueTotals(
                former.our_cost + Decimal(cost).scaleb(-2) * rate,
                former.client_benefit + Decimal(benefit).scaleb(-2) * rate,
                former.count + count)
            accounts[key].setdefault(group, {}).update(own)
    return {"value_by_kind": charts.kind_bars(totals["kind"], accounts["kind"]),
            "value_by_year": charts.year_bars(totals["year"], accounts["year"]),
            "missing": {"value": value_conversion.left_out()}}


def _value_to_revenue(session: Session, p: _Portfolio) -> dict:
    benefit_in_year = {p.ids[raw_id]: Decimal(cents).scaleb(-2) for raw_id, cents in p.run(
        select(_text(ValueEntry.account_id), sum_in_cents(ValueEntry.client_benefit))
        .where(ValueEntry.date.between(date(p.year.year, 1, 1), date(p.year.year, 12, 31)))
        .group_by(ValueEntry.account_id)).all()}
    ratios = charts.value_to_revenue(benefit_in_year, {account_id: p.revenue.get(account_id)
                                                       for account_id in p.accounts})
    return {"value_to_revenue": ratios, "ratio_bands": charts.ratio_bands(ratios)}


def _lifecycle(session: Session, p: _Portfolio) -> dict:
    cooling: dict[Id, list[str]] = defaultdict(list)
    for account_id, reason in p.run(
            select(_text(CoolingReason.account_id), CoolingReason.reason)
            .order_by(CoolingReason.date.desc())).all():
        cooling[p.ids[account_id]].append(reason)
    causes = latest_loss_causes(p.run, p.ids)
    return {"funnel": charts.lifecycle_funnel(
        (charts.LifecycleAccount(r.id, r.lifecycle, r.lifecycle_reason,
                                 tuple(cooling.get(r.id, ())), causes.get(r.id))
         for r in p.rows), changes=stage_changes(p.run, p.ids, p.today))}


def _roles(session: Session, p: _Portfolio) -> dict:
    return {"roles": charts.role_coverage(
        p.accounts, portfolio_map_counts(p.run, today=p.today, ids=p.ids))}


def _involvement(session: Session, p: _Portfolio) -> dict:
    return {"involvement": portfolio_involvement(p.run, ids=p.ids)}


def _workload(session: Session, p: _Portfolio) -> dict:
    factor_columns = [getattr(WorkloadFactors, name) for name in workload.FACTORS]
    factors = {row[0]: {name: value for name, value in zip(workload.FACTORS, row[1:])
                        # a value no edit could store (a damaged file) counts as unassessed
                        if workload.factor_problem(name, value) is None}
               for row in p.run(select(WorkloadFactors.account_id, *factor_columns)).all()}
    loaded = tuple(workload.LoadedAccount(
        account_id, info.owner, info.lifecycle, workload.score(factors.get(account_id, {})))
        for account_id, info in p.accounts.items())
    return {"workload": loaded, "owner_loads": tuple(workload.owner_loads(loaded, p.norm)),
            "heaviest": tuple(workload.heaviest(loaded, HEAVIEST))}


def _purchases(session: Session, p: _Portfolio) -> dict:
    """Each account's deals summed by the database: one row per account in the main
    currency, one per account and deal day in another (its rates go by the day). An
    account with a deal on a day without a rate is left out of the purchase figures;
    its dates still count for recency."""
    start, _ = purchases.last_year(p.today)
    recent = Deal.date.between(start, p.today)
    figures = (func.min(Deal.date), func.max(Deal.date), func.count(Deal.date.distinct()),
               func.count(case((recent, 1))), sum_in_cents(case((recent, Deal.amount), else_=0)))
    in_main = Deal.account_id.in_(select(Account.id).where(Account.currency == p.book.main))
    by_account: dict[Id, list] = defaultdict(list)
    # two statements, each grouped along the index of (account, date): no join to sort;
    # in another currency per account and day (no day: the main currency)
    for day, where, by_day in ((null(), in_main, ()), (Deal.date, ~in_main, (Deal.date,))):
        for raw_id, *row in p.run(select(_text(Deal.account_id), day, *figures).where(where)
                                  .group_by(Deal.account_id, *by_day)).all():
            by_account[p.ids[raw_id]].append(row)
    deal_conversion = Conversion(p.book.main)
    priced: dict[Id, purchases.DealSummary] = {}
    for account_id, rows in by_account.items():
        currency = p.accounts[account_id].currency
        total = Decimal(0)
        for day, _, last, _, count, cents in rows:
            rate = p.book.rate_on(currency, day or last)
            if rate is None:
                deal_conversion.miss(account_id, currency, str(day.year))
                total = None
            elif count and total is not None:
                total += Decimal(cents).scaleb(-2) * rate
        if total is not None:
            priced[account_id] = purchases.DealSummary(
                min(row[1] for row in rows), max(row[2] for row in rows),
                sum(row[3] for row in rows), sum(row[4] for row in rows), total)
    nothing = purchases.DealSummary(None, None, 0, 0, Decimal(0))
    last_deal = {account_id: max(row[2] for row in by_account[account_id])
                 for account_id in p.accounts if account_id in by_account}
    return {"purchases": purchases.portfolio_figures(
                priced.get(r.id, nothing) for r in p.rows
                if r.id in priced or r.id not in by_account),
            "recency": tuple(charts.recency_bars({account_id: last_deal.get(account_id)
                                                  for account_id in p.accounts}, p.today)),
            "last_deal": last_deal, "missing": {"deals": deal_conversion.left_out()}}


_READERS = {"pareto": _pareto, "wallet": _wallet, "growth": _groups, "whitespace": _groups,
            "purchases": _purchases, "ladder": _ladder,
            "value": _value, "value_to_revenue": _value_to_revenue, "lifecycle": _lifecycle,
            "losses": lambda session, _portfolio: {"losses": loss_analysis(session)},
            "roles": _roles, "involvement": _involvement, "workload": _workload}
#: the fields of PortfolioAnalytics each section fills
_FIELDS = {"pareto": ("pareto",), "wallet": ("wallet", "group_wallets"),
           "growth": ("groups",), "whitespace": ("groups",),
           "purchases": ("purchases", "recency", "last_deal"),
           "ladder": ("ladder_history", "ladder"), "value": ("value_by_kind", "value_by_year"),
           "value_to_revenue": ("value_to_revenue", "ratio_bands"), "lifecycle": ("funnel",),
           "losses": ("losses",),
           "roles": ("roles",), "involvement": ("involvement",),
           "workload": ("workload", "owner_loads", "heaviest")}


@reads_mapped
def portfolio_analytics(session: Session, *, today: date, since: date | None = None,
                        norm: float = workload.DEFAULT_NORM,
                        main_currency: str = DEFAULT_CURRENCY,
                        sections: Iterable[str] = SECTIONS,
                        product_groups: Sequence[str] = ()) -> PortfolioAnalytics:
    """The dashboard of the whole portfolio, its money in ``main_currency``: the series of
    ``sections`` (every view unless given). The ladder movement runs from ``since`` (a year
    before ``today`` unless given); owners' loads are measured against ``norm``; the
    product groups' series list ``product_groups`` (the Preferences' list) first."""
    p = _portfolio(session, today, since or today - timedelta(days=MOVEMENT_DAYS), norm,
                   main_currency, tuple(product_groups))
    sections = frozenset(sections)
    fields: dict = {}
    missing = {"revenue": p.conversion.left_out()}
    for section in SECTIONS:
        if section in sections:
            found = _READERS[section](session, p)
            missing |= found.pop("missing", {})
            fields |= found
    return PortfolioAnalytics(
        today=today, year=p.year.year, currency=p.book.main, rates=dict(p.conversion.used),
        missing=missing, accounts=p.accounts, sections=sections,
        product_groups=p.product_groups, **fields)
