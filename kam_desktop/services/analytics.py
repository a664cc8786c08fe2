"""The portfolio dashboard: every chart's series, read in one pass over the portfolio.

Nine column-only queries (no ORM objects, never one query per account) feed the pure
functions of domain.analytics and domain.workload. The big tables (value entries,
contacts, involvement shares: some 150,000 rows for 5,000 accounts) are read with their
account ids and enum values as plain text, matched through dictionaries: turning every
such text into a UUID or an enum member took longer than all the queries together. Charts
with money on an axis (the Pareto curve, potential × share of wallet, value by kind and
year, purchases) take every amount converted to the portfolio's main currency
(domain.money): revenue and potential at the rate of the year, value entries and deals
at the rate of their dates. An account whose currency has no rate where it needs one is
left out of those charts and named in ``missing`` (per kind of money: the revenue of the
year, value entries, deals); ratios (value to revenue) need no
rate and take every account.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain import analytics as charts
from kam_desktop.domain import deals as purchases
from kam_desktop.domain import value as value_rules
from kam_desktop.domain import workload
from kam_desktop.domain.ladder import shown_level
from kam_desktop.domain.abc import last_full_year
from kam_desktop.domain.enums import Category, Lifecycle, Stance, TeamLevel, ValueKind
from kam_desktop.domain.money import (
    DEFAULT_CURRENCY,
    Conversion,
    MissingRate,
    convert_by_account,
)
from kam_desktop.domain.revenue import revenue_in_span
from kam_desktop.domain.rolemap import MapContact, mirrors_by_contact
from kam_desktop.domain.wallet import potential_in
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.services.losses import LossAnalysis, loss_analysis
from kam_desktop.services.portfolio import account_potentials
from kam_desktop.store.models import (
    Account,
    Contact,
    CoolingReason,
    Deal,
    InvolvementShare,
    LadderAssessment,
    Revenue,
    TeamMember,
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


def _enum_lookup(enum_cls) -> dict:
    return {member.value: member for member in enum_cls} | {member: member for member in enum_cls}


@dataclass(frozen=True)
class AccountInfo:
    name: str
    owner: str | None
    category: Category
    lifecycle: Lifecycle
    currency: str


@dataclass(frozen=True)
class PortfolioAnalytics:
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
    pareto: charts.Pareto[Id]
    wallet: charts.WalletMap[Id]
    #: each account's (date, our estimate) assessments, to recompute the movement for
    #: another start date without reading the database again
    ladder_history: dict[Id, tuple[tuple[date, int], ...]]
    ladder: charts.LadderMovement[Id]
    value_by_kind: tuple[charts.ValueBar[Id], ...]
    value_by_year: tuple[charts.ValueBar[Id], ...]
    value_to_revenue: tuple[charts.RatioPoint[Id], ...]
    ratio_bands: tuple[charts.Bar[Id], ...]
    funnel: charts.Funnel[Id]
    roles: tuple[charts.Bar[Id], ...]
    involvement: charts.InvolvementMap[Id]
    #: every account's workload score, for the owner loads against any norm
    workload: tuple[workload.LoadedAccount[Id], ...]
    owner_loads: tuple[workload.OwnerLoad[Id], ...]
    heaviest: tuple[workload.LoadedAccount[Id], ...]
    #: the purchase figures of the accounts in ``currency``, and every account by days
    #: since its last deal
    purchases: purchases.PortfolioPurchases
    recency: tuple[charts.Bar[Id], ...]
    last_deal: dict[Id, date]
    #: the losses per year by cause and by competitor
    losses: LossAnalysis

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


def portfolio_analytics(session: Session, *, today: date, since: date | None = None,
                        norm: float = workload.DEFAULT_NORM,
                        main_currency: str = DEFAULT_CURRENCY) -> PortfolioAnalytics:
    """The dashboard of the whole portfolio, its money in ``main_currency``. The ladder
    movement runs from ``since`` (a year before ``today`` unless given); owners' loads
    are measured against ``norm``."""
    year = last_full_year(today)
    since = since or today - timedelta(days=MOVEMENT_DAYS)
    run = session.connection().execute  # Core rows: no ORM bookkeeping per row
    rows = run(select(
        Account.id, Account.name, Account.owner, Account.category, Account.lifecycle,
        Account.lifecycle_reason, Account.currency)).all()
    accounts = {r.id: AccountInfo(r.name, r.owner, r.category, r.lifecycle, r.currency)
                for r in sorted(rows, key=lambda r: r.name)}
    currency, book = main_currency, rate_book(session, main_currency)
    ids = _id_lookup(accounts)
    potentials = account_potentials(session)

    recorded: dict[Id, list[tuple[str, Decimal]]] = defaultdict(list)
    for account_id, period, amount in run(select(Revenue.account_id, Revenue.period,
                                                 Revenue.amount)
                                          .where(Revenue.period.like(f"{year.year}%"))).all():
        recorded[account_id].append((period, amount))
    in_year = {account_id: revenue_in_span(periods, date(year.year, 1, 1),
                                           date(year.year, 12, 31))
               for account_id, periods in recorded.items()}
    revenue = {account_id: span.amount for account_id, span in in_year.items() if span}
    converted, conversion = convert_by_account(
        {r.id: (revenue.get(r.id), r.currency) for r in rows}, year, book)
    # the potential in force in the year (its own estimate, else the latest before),
    # converted at that year's rate like the revenue it is set against
    potential, _ = convert_by_account(
        {r.id: (potential_in(potentials.get(r.id, {}), year), r.currency) for r in rows},
        year, book)
    compared = [r for r in rows if r.id not in conversion.accounts_left_out()]
    value_conversion, deal_conversion = Conversion(currency), Conversion(currency)
    history: dict[Id, list[tuple[date, int]]] = defaultdict(list)
    for account_id, day, our_view, client_view, answers in run(select(
            _text(LadderAssessment.account_id), LadderAssessment.date,
            LadderAssessment.our_view, LadderAssessment.client_view,
            LadderAssessment.answers)).all():
        history[ids[account_id]].append((day, shown_level(our_view, client_view, answers)))

    items: list[tuple[Id, value_rules.ValueItem]] = []
    benefit_in_year: dict[Id, Decimal] = defaultdict(Decimal)
    kinds = _enum_lookup(ValueKind)
    for raw_id, day, kind, cost, benefit in run(select(
            _text(ValueEntry.account_id), ValueEntry.date, _text(ValueEntry.kind),
            ValueEntry.our_cost, ValueEntry.client_benefit)).all():
        account_id = ids[raw_id]
        if day.year == year.year:
            benefit_in_year[account_id] += benefit
        rate = book.rate_on(accounts[account_id].currency, day)
        if rate is None:
            value_conversion.miss(account_id, accounts[account_id].currency, str(day.year))
        else:
            items.append((account_id, value_rules.ValueItem(day, kinds[kind], None, cost * rate,
                                                            benefit * rate, False)))

    cooling: dict[Id, list[str]] = defaultdict(list)
    for account_id, reason in run(
            select(_text(CoolingReason.account_id), CoolingReason.reason)
            .order_by(CoolingReason.date.desc())).all():
        cooling[ids[account_id]].append(reason)

    people: dict[Id, list[MapContact]] = defaultdict(list)
    stances, levels = _enum_lookup(Stance), _enum_lookup(TeamLevel)
    mirrors = mirrors_by_contact(
        (contact, name, levels[level]) for contact, name, level in run(
            select(_text(TeamMember.mirrors_id), TeamMember.name, _text(TeamMember.level))
            .where(TeamMember.mirrors_id.is_not(None))).all())
    for contact_id, account_id, name, interest, involvement, stance, left_on in run(
            select(_text(Contact.id), _text(Contact.account_id), Contact.name,
                   Contact.interest, Contact.involvement, _text(Contact.stance),
                   Contact.left_on)).all():
        if left_on is None or left_on > today:  # someone who left is no longer on the map
            people[ids[account_id]].append(MapContact(name, interest, involvement,
                                                      stances[stance],
                                                      mirrors.get(contact_id, ())))

    # computed on the ids as text (85,000 rows for 5,000 accounts), turned into UUIDs after
    involvement = charts.involvement_map(run(select(
        _text(InvolvementShare.account_id), _text(InvolvementShare.stage),
        InvolvementShare.department, InvolvementShare.percent)).all())
    involvement = charts.InvolvementMap(
        involvement.departments,
        {key: charts.Bar(bar.key, bar.value, tuple(ids[a] for a in bar.accounts))
         for key, bar in involvement.cells.items()}, involvement.filled)

    factor_columns = [getattr(WorkloadFactors, name) for name in workload.FACTORS]
    factors = {row[0]: {name: value for name, value in zip(workload.FACTORS, row[1:])
                        # a value no edit could store (a damaged file) counts as unassessed
                        if workload.factor_problem(name, value) is None}
               for row in run(select(WorkloadFactors.account_id, *factor_columns)).all()}
    loaded = tuple(workload.LoadedAccount(
        account_id, info.owner, info.lifecycle, workload.score(factors.get(account_id, {})))
        for account_id, info in accounts.items())

    deals: dict[Id, list[purchases.DealPoint]] = {account_id: [] for account_id in accounts}
    unpriced: set[Id] = set()  # a deal without a rate: left out of the purchase figures
    for raw_id, day, amount in run(select(_text(Deal.account_id), Deal.date,
                                          Deal.amount)).all():
        account_id = ids[raw_id]
        rate = book.rate_on(accounts[account_id].currency, day)
        if rate is None:
            deal_conversion.miss(account_id, accounts[account_id].currency, str(day.year))
            unpriced.add(account_id)
            rate = Decimal(0)  # its dates still count for recency; its money is left out
        deals[account_id].append(purchases.DealPoint(day, amount * rate))
    last_deal = {account_id: max(deal.date for deal in own)
                 for account_id, own in deals.items() if own}

    ratios = charts.value_to_revenue(benefit_in_year,
                                     {account_id: revenue.get(account_id)
                                      for account_id in accounts})
    return PortfolioAnalytics(
        today=today, year=year.year, currency=currency, rates=dict(conversion.used),
        missing={"revenue": conversion.left_out(), "value": value_conversion.left_out(),
                 "deals": deal_conversion.left_out()},
        accounts=accounts,
        pareto=charts.pareto({r.id: converted.get(r.id) for r in compared}),
        wallet=charts.wallet_map((charts.WalletAccount(
            r.id, r.category,
            {} if potential.get(r.id) is None else {year.year: potential[r.id]},
            converted.get(r.id)) for r in compared), year),
        ladder_history={key: tuple(value) for key, value in history.items()},
        ladder=charts.ladder_movement(accounts, history, since),
        value_by_kind=charts.value_by_kind(items),
        value_by_year=charts.value_by_year(items),
        value_to_revenue=ratios,
        ratio_bands=charts.ratio_bands(ratios),
        funnel=charts.lifecycle_funnel(
            charts.LifecycleAccount(r.id, r.lifecycle, r.lifecycle_reason,
                                    tuple(cooling.get(r.id, ()))) for r in rows),
        roles=charts.role_coverage(accounts, people),
        involvement=involvement,
        workload=loaded,
        owner_loads=tuple(workload.owner_loads(loaded, norm)),
        heaviest=tuple(workload.heaviest(loaded, HEAVIEST)),
        purchases=purchases.portfolio_purchases(
            {r.id: deals[r.id] for r in rows if r.id not in unpriced}, today),
        recency=tuple(purchases.recency_bars({account_id: last_deal.get(account_id)
                                              for account_id in accounts}, today)),
        last_deal=last_deal,
        losses=loss_analysis(session),
    )
