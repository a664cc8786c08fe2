"""Share of wallet by product group, read for one account's dossier and for the whole
portfolio's dashboard (domain.group_share computes it).

One account's figures are in its own currency. Across the portfolio the money — the
groups' potentials, our revenue and what is left uncovered — is converted to the main
currency at the rate of the year, as the portfolio converts revenue and potential; an
account whose currency has no rate that year keeps its shares (a share needs no rate)
but is left out of the money figures and named in ``missing``.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import String, case, extract, func, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain import analytics as charts
from kam_desktop.domain.enums import Category
from kam_desktop.domain.group_share import (
    NO_GROUP,
    GroupDeal,
    GroupEstimate,
    GroupShare,
    group_key,
    group_shares,
    ordered_groups,
)
from kam_desktop.domain.money import Conversion, MissingRate, RateBook
from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import previous_period, share_of_wallet
from kam_desktop.services.errors import InputError
from kam_desktop.store.functions import sum_in_cents
from kam_desktop.store.models import Account, Deal, GroupPotential

Id = uuid.UUID
_ESTIMATE_COLUMNS = (GroupPotential.id, GroupPotential.year, GroupPotential.product_group,
                     GroupPotential.amount, GroupPotential.competitor,
                     GroupPotential.competitor_share, GroupPotential.competitor_reason)


@dataclass(frozen=True)
class AccountGroupShares:
    currency: str
    period: Period
    lines: tuple[GroupShare, ...]


def _first_day(period: Period) -> date:
    return date(period.year, 3 * (period.quarter or 1) - 2, 1)


def _deals_since(period: Period):
    """The deals of ``period`` and of the period of the same length before it."""
    return select(Deal.account_id, Deal.date, Deal.amount, Deal.product_group).where(
        Deal.date >= _first_day(previous_period(period)),
        Deal.date < date(period.year + 1, 1, 1))


def account_group_shares(session: Session, *, account_id: Id, listed: Sequence[str],
                         period: Period) -> AccountGroupShares:
    """The dossier's share-by-group table: every listed group, then the groups the
    account's deals and estimates name besides."""
    currency = session.scalar(select(Account.currency).where(Account.id == account_id))
    if currency is None:
        raise InputError("account", "the account no longer exists")
    estimates = [GroupEstimate(*row) for row in session.execute(
        select(*_ESTIMATE_COLUMNS).where(GroupPotential.account_id == account_id))]
    deals = [GroupDeal(day, amount, group) for _, day, amount, group in session.execute(
        _deals_since(period).where(Deal.account_id == account_id))]
    return AccountGroupShares(currency, period,
                              tuple(group_shares(listed, estimates, deals, period)))


def groups_named(session: Session) -> list[str]:
    """Every product group the portfolio's deals and estimates name, each once."""
    found = [*session.scalars(select(Deal.product_group).distinct()),
             *session.scalars(select(GroupPotential.product_group).distinct())]
    return [group for group in ordered_groups((), found) if group != NO_GROUP]


@dataclass(frozen=True)
class WhitespaceRow:
    account: Id
    #: what is left of the groups' potentials, in the main currency (None: no rate)
    uncovered: Decimal | None
    #: our share in each group of :attr:`PortfolioGroups.groups` (None: no potential)
    shares: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class PortfolioGroups:
    """The product groups across the portfolio, for one year."""

    groups: tuple[str, ...]
    #: per group: each account at (potential, share) — the wallet chart of one group
    wallets: dict[str, charts.WalletMap[Id]]
    #: per group: the uncovered potential of all accounts, the accounts most uncovered
    #: first; largest bar first
    growth: tuple[charts.Bar[Id], ...]
    #: group -> account -> its uncovered potential in the main currency
    uncovered: dict[str, dict[Id, Decimal]]
    #: the accounts with a group's potential or deal, most uncovered potential first
    whitespace: tuple[WhitespaceRow, ...]
    missing: tuple[MissingRate[Id], ...]


def _in_force(year: Period):
    """Per account and group as spelt: the estimate in force in ``year`` (the latest of a
    year up to it), else a later one (its account and spelling still count), by a window
    function: one row per pair instead of every year's estimate."""
    latest = func.row_number().over(
        partition_by=(GroupPotential.account_id, GroupPotential.product_group),
        order_by=(case((GroupPotential.year <= year.year, 0), else_=1),
                  GroupPotential.year.desc())).label("latest")
    ranked = select(type_coerce(GroupPotential.account_id, String).label("account"),
                    GroupPotential.product_group, GroupPotential.year,
                    GroupPotential.amount, latest).subquery()
    return select(ranked.c.account, ranked.c.product_group, ranked.c.year,
                  ranked.c.amount).where(ranked.c.latest == 1).order_by(ranked.c.product_group)


def _revenue(year: Period):
    """Per account and group as spelt, how many deals ``year`` has and their sum in
    cents; the pairs with deals in the year before only count for the account's row and
    the group's column, as the dossier's previous share reads them. (By the year of the
    date, not a range of dates: two years are two fifths of the deals, read faster in
    one pass over the index of deals by account and group, which holds their dates and
    amounts and is in the order grouped by, than one by one through the index of dates.)"""
    in_year = extract("year", Deal.date)
    return select(type_coerce(Deal.account_id, String), Deal.product_group,
                  func.count(case((in_year == year.year, 1))),
                  sum_in_cents(case((in_year == year.year, Deal.amount), else_=0))).where(
        in_year.between(previous_period(year).year, year.year)
    ).group_by(Deal.account_id, Deal.product_group)


def portfolio_groups(run, *, listed: Sequence[str], year: Period, book: RateBook,
                     accounts: Mapping[Id, tuple[Category, str]],
                     ids: Mapping[object, Id]) -> PortfolioGroups:
    """Every account's shares by group in ``year`` (a whole year), in two queries (``run``
    executes a Core select) that leave one row per account and group as spelt: the
    estimate in force and the year's deals summed. ``accounts`` gives each account's
    category and currency (its order is the rows' before sorting), ``ids`` each
    account's id under the text a driver sends it as. Spellings of one group (domain.
    group_share.group_key) are one group; an estimate in force under two spellings of the
    same year counts under the first spelling in name order. Only a group with a
    potential has a share and money left uncovered; a group bought without one, or with
    an estimate of a later year only, still gives the account its row."""
    #: account -> group key -> (year, amount) of the estimate in force
    estimates: dict[Id, dict[str, tuple[int, Decimal]]] = {}
    found = []
    for raw_id, group, in_year, amount in run(_in_force(year)).all():
        account_id, key = ids[raw_id], group_key(group)
        own = estimates.get(account_id)
        if own is None:
            own = estimates[account_id] = {}
        found.append(group)
        if in_year <= year.year and own.get(key, (0,))[0] < in_year:
            own[key] = (in_year, amount)
    #: account -> group key -> the year's deals
    revenue: dict[Id, dict[str, Decimal]] = {}
    for raw_id, group, deals, cents in run(_revenue(year)).all():
        account_id, key = ids[raw_id], group_key(group)
        own = revenue.get(account_id)
        if own is None:
            own = revenue[account_id] = {}
        found.append(group)
        if deals:
            own[key] = own.get(key, Decimal(0)) + Decimal(cents).scaleb(-2)
    groups = [group for group in ordered_groups(listed, found) if group != NO_GROUP]
    column = {group_key(group): n for n, group in enumerate(groups)}
    conversion: Conversion[Id] = Conversion(book.main)
    points: dict[str, list[charts.WalletAccount[Id]]] = defaultdict(list)
    uncovered: dict[str, dict[Id, Decimal]] = defaultdict(dict)
    rows = []
    for account_id, (category, currency) in accounts.items():
        own, bought = estimates.get(account_id), revenue.get(account_id)
        if own is None and bought is None:
            continue
        rate = book.rate(currency, year)
        if rate is None:
            conversion.miss(account_id, currency, str(year))
        shares: list[Decimal | None] = [None] * len(groups)
        total = Decimal(0)
        for key, (_, potential) in (own or {}).items():
            n = column.get(key)
            if n is None:  # estimated under no name
                continue
            now = (bought or {}).get(key, Decimal(0))
            shares[n] = share_of_wallet(now, {year.year: potential}, year)
            if rate is None:
                continue
            left = max(potential / year.fraction_of_year - now, Decimal(0)) * rate
            total += left
            uncovered[groups[n]][account_id] = left
            points[groups[n]].append(charts.WalletAccount(
                account_id, category, {year.year: potential * rate}, now * rate))
        rows.append(WhitespaceRow(account_id, None if rate is None else total, tuple(shares)))
    rows.sort(key=lambda r: (r.uncovered is None, -(r.uncovered or 0), str(r.account)))
    growth = sorted((charts.Bar(group, sum(by_account.values(), Decimal(0)), tuple(sorted(
        by_account, key=lambda a: (-by_account[a], str(a)))))
        for group, by_account in uncovered.items()), key=lambda bar: (-bar.value, bar.key))
    return PortfolioGroups(
        tuple(groups), {group: charts.wallet_map(points[group], year) for group in groups},
        tuple(growth), dict(uncovered), tuple(rows), conversion.left_out())


def group_estimates(session: Session, *, account_id: Id) -> list[dict]:
    """The account's estimates of its groups, latest year first, as plain rows."""
    return [dict(row._mapping) for row in session.execute(
        select(*_ESTIMATE_COLUMNS).where(GroupPotential.account_id == account_id)
        .order_by(GroupPotential.year.desc(), GroupPotential.product_group))]
