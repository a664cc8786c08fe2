"""The dashboard's series as services.analytics computed them before they were summed in
SQL (issue #15): every row read into Python and folded there, kept as the reference the
SQL reads must equal, figure for figure and in the same order."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from kam_desktop.domain import analytics as charts
from kam_desktop.domain import deals as purchases
from kam_desktop.domain.abc import last_full_year
from kam_desktop.domain.group_share import (
    NO_GROUP,
    GroupDeal,
    GroupEstimate,
    group_key,
    group_shares,
    ordered_groups,
)
from kam_desktop.domain.money import Conversion, convert_by_account
from kam_desktop.domain.revenue import revenue_in_span
from kam_desktop.domain.wallet import potential_in, previous_period
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.services.group_share import PortfolioGroups, WhitespaceRow
from kam_desktop.domain.enums import Role
from kam_desktop.domain.rolemap import MapContact, map_warnings, mirrors_by_contact
from kam_desktop.store.models import (
    Account, Contact, Deal, GroupPotential, InvolvementShare, Potential, Revenue, TeamMember,
    ValueEntry)


def _first_day(period) -> date:
    return date(period.year, 3 * (period.quarter or 1) - 2, 1)


def reference_groups(session, *, today: date, listed, main_currency: str = "RUB") -> PortfolioGroups:
    """services.group_share.portfolio_groups as it was: every estimate and the deals of
    two years summed per account, year and group, folded by domain.group_share."""
    year, book = last_full_year(today), rate_book(session, main_currency)
    accounts = {a: (c, cur) for a, c, cur in session.execute(
        select(Account.id, Account.category, Account.currency))}
    estimates = defaultdict(list)
    for account_id, *row in session.execute(select(
            GroupPotential.account_id, GroupPotential.id, GroupPotential.year,
            GroupPotential.product_group, GroupPotential.amount, GroupPotential.competitor,
            GroupPotential.competitor_share, GroupPotential.competitor_reason)):
        estimates[account_id].append(GroupEstimate(*row))
    deals = defaultdict(list)
    for account_id, day, amount, group in session.execute(
            select(Deal.account_id, Deal.date, Deal.amount, Deal.product_group).where(
                Deal.date >= _first_day(previous_period(year)),
                Deal.date < date(year.year + 1, 1, 1))):
        deals[account_id].append(GroupDeal(day, amount, group))
    found = [e.group for own in estimates.values() for e in own] + \
            [d.group for own in deals.values() for d in own]
    groups = [group for group in ordered_groups(listed, found) if group != NO_GROUP]
    column = {group_key(group): n for n, group in enumerate(groups)}
    conversion = Conversion(book.main)
    points = defaultdict(list)
    uncovered = defaultdict(dict)
    rows = []
    for account_id in estimates.keys() | deals.keys():
        category, currency = accounts[account_id]
        rate = book.rate(currency, year)
        if rate is None:
            conversion.miss(account_id, currency, str(year))
        shares = [None] * len(groups)
        total = Decimal(0)
        for line in group_shares(listed, estimates[account_id], deals[account_id], year,
                                 keep_empty=False):
            if line.group == NO_GROUP:
                continue
            shares[column[group_key(line.group)]] = line.share
            if rate is None or line.uncovered is None:
                continue
            left = max(line.uncovered, Decimal(0)) * rate
            total += left
            uncovered[line.group][account_id] = left
            points[line.group].append(charts.WalletAccount(
                account_id, category, {year.year: line.potential * rate}, line.revenue * rate))
        rows.append(WhitespaceRow(account_id, None if rate is None else total, tuple(shares)))
    rows.sort(key=lambda r: (r.uncovered is None, -(r.uncovered or 0), str(r.account)))
    growth = sorted((charts.Bar(group, sum(by_account.values(), Decimal(0)), tuple(sorted(
        by_account, key=lambda a: (-by_account[a], str(a)))))
        for group, by_account in uncovered.items()), key=lambda bar: (-bar.value, bar.key))
    return PortfolioGroups(
        tuple(groups), {group: charts.wallet_map(points[group], year) for group in groups},
        tuple(growth), dict(uncovered), tuple(rows), conversion.left_out())


def reference_purchases(session, *, today: date, main_currency: str = "RUB") -> dict:
    """The purchases section as it was: every deal read and converted at its day's rate."""
    book = rate_book(session, main_currency)
    rows = session.execute(select(Account.id, Account.name, Account.currency)).all()
    currency = {r.id: r.currency for r in rows}
    by_name = [r.id for r in sorted(rows, key=lambda r: r.name)]
    deal_conversion = Conversion(book.main)
    deals = {account_id: [] for account_id in by_name}
    unpriced = set()
    for account_id, day, amount in session.execute(select(Deal.account_id, Deal.date,
                                                          Deal.amount)):
        rate = book.rate_on(currency[account_id], day)
        if rate is None:
            deal_conversion.miss(account_id, currency[account_id], str(day.year))
            unpriced.add(account_id)
            rate = Decimal(0)
        deals[account_id].append(purchases.DealPoint(day, amount * rate))
    last_deal = {account_id: max(deal.date for deal in own)
                 for account_id, own in deals.items() if own}
    return {"purchases": purchases.portfolio_purchases(
                {r.id: deals[r.id] for r in rows if r.id not in unpriced}, today),
            "recency": tuple(charts.recency_bars({account_id: last_deal.get(account_id)
                                                  for account_id in by_name}, today)),
            "last_deal": last_deal, "missing": deal_conversion.left_out()}


def _revenue(session, today: date, main_currency: str):
    """The year, the rate book, the account rows, each account's revenue of the year
    (every period read, summed by domain.revenue) and its conversion."""
    year, book = last_full_year(today), rate_book(session, main_currency)
    rows = session.execute(select(Account.id, Account.category, Account.currency)).all()
    recorded = defaultdict(list)
    for account_id, period, amount in session.execute(
            select(Revenue.account_id, Revenue.period, Revenue.amount)
            .where(Revenue.period.like(f"{year.year}%"))):
        recorded[account_id].append((period, amount))
    in_year = {account_id: revenue_in_span(periods, date(year.year, 1, 1),
                                           date(year.year, 12, 31))
               for account_id, periods in recorded.items()}
    revenue = {account_id: span.amount for account_id, span in in_year.items() if span}
    converted, conversion = convert_by_account(
        {r.id: (revenue.get(r.id), r.currency) for r in rows}, year, book)
    return year, book, rows, revenue, converted, conversion


def reference_revenue(session, *, today: date, main_currency: str = "RUB") -> tuple:
    """The Pareto curve as it was read, the rates used and the accounts left out, and
    every account's revenue of the year."""
    _, _, rows, revenue, converted, conversion = _revenue(session, today, main_currency)
    left_out = conversion.accounts_left_out()
    return (charts.pareto({r.id: converted.get(r.id) for r in rows if r.id not in left_out}),
            dict(conversion.used), conversion.left_out(), revenue)


def reference_wallet(session, *, today: date, main_currency: str = "RUB"):
    """The accounts' wallet map as it was: every year's potential read, the one in force
    found by domain.wallet."""
    year, book, rows, _, converted, conversion = _revenue(session, today, main_currency)
    potentials = defaultdict(dict)
    for account_id, in_year, amount in session.execute(
            select(Potential.account_id, Potential.year, Potential.amount)):
        potentials[account_id][in_year] = amount
    potential, _ = convert_by_account(
        {r.id: (potential_in(potentials.get(r.id, {}), year), r.currency) for r in rows},
        year, book)
    left_out = conversion.accounts_left_out()
    return charts.wallet_map((charts.WalletAccount(
        r.id, r.category, {} if potential.get(r.id) is None else {year.year: potential[r.id]},
        converted.get(r.id)) for r in rows if r.id not in left_out), year)


def reference_roles(session, *, today: date):
    """The role coverage as it was: every current contact and who mirrors them read, each
    account's map judged by domain.rolemap."""
    accounts = [r.id for r in sorted(session.execute(select(Account.id, Account.name)).all(),
                                     key=lambda r: r.name)]
    mirrors = mirrors_by_contact(session.execute(
        select(TeamMember.mirrors_id, TeamMember.name, TeamMember.level)
        .where(TeamMember.mirrors_id.is_not(None))).all())
    people = defaultdict(list)
    for contact_id, account_id, name, interest, involvement, stance, left_on in session.execute(
            select(Contact.id, Contact.account_id, Contact.name, Contact.interest,
                   Contact.involvement, Contact.stance, Contact.left_on)).all():
        if left_on is None or left_on > today:
            people[account_id].append(MapContact(name, interest, involvement, stance,
                                                 mirrors.get(contact_id, ())))
    groups = {code: [] for code in charts.COVERAGE}
    for account in accounts:
        own = people.get(account, ())
        if not own:
            groups[charts.NO_CONTACTS].append(account)
            continue
        for warning in map_warnings(own, days_since_leader_contact=0, cooling_days=0):
            if warning.code in groups:
                groups[warning.code].append(account)
        if any(c.role is Role.LEADER and not c.mirrored_by for c in own):
            groups[charts.LEADER_NOT_MIRRORED].append(account)
    return tuple(charts.Bar(code, len(members), tuple(members)) for code, members in groups.items())


def reference_involvement(session):
    """The involvement map as it was: every share read and folded by domain.analytics."""
    return charts.involvement_map(session.execute(select(
        InvolvementShare.account_id, InvolvementShare.stage, InvolvementShare.department,
        InvolvementShare.percent)).all())


def reference_value_to_revenue(session, *, today: date, main_currency: str = "RUB"):
    """Value to revenue as it was read: every benefit of the year added in Python."""
    year, _, rows, revenue, _, _ = _revenue(session, today, main_currency)
    benefit = defaultdict(Decimal)
    for account_id, amount in session.execute(
            select(ValueEntry.account_id, ValueEntry.client_benefit).where(
                ValueEntry.date.between(date(year.year, 1, 1), date(year.year, 12, 31)))):
        benefit[account_id] += amount
    by_name = [r.id for r in sorted(session.execute(select(Account.id, Account.name)).all(),
                                    key=lambda r: r.name)]
    return charts.value_to_revenue(benefit, {a: revenue.get(a) for a in by_name})
