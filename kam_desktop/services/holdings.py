"""Holdings: which account heads which, the rule that keeps a group a tree, and a
group's figures rolled up in the portfolio's main currency (domain.money: an amount
without a rate is left out and named, never added as it is)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import last_full_year
from kam_desktop.domain.holdings import (
    GroupTotals, children_of, circle_through, group_totals, subtree, top_of,
)
from kam_desktop.domain.ladder import shown_level
from kam_desktop.domain.money import DEFAULT_CURRENCY, MissingRate, convert_by_account
from kam_desktop.domain.periods import Period
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.text import Text
from kam_desktop.domain.wallet import potential_in, share_of_wallet
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.store.models import Account, Contact, LadderAssessment, Potential, Revenue

Row = dict[str, Any]


def parent_ids(session: Session) -> dict[uuid.UUID, uuid.UUID | None]:
    """Every account's parent (None: none), in one query."""
    return {account: parent for account, parent in session.execute(
        select(Account.id, Account.parent_id))}


def parent_problem(session: Session, account_id: uuid.UUID,
                   parent_id: uuid.UUID | None) -> Text | None:
    """Why ``account_id`` cannot belong to ``parent_id``; None when it can."""
    if parent_id is None:
        return None
    if session.get(Account, parent_id) is None:
        return Text("no such account to be the holding")
    circle = circle_through(parent_ids(session), account_id, parent_id)
    if circle:
        names = {a: name for a, name in session.execute(
            select(Account.id, Account.name).where(Account.id.in_(circle)))}
        return Text("would make the company its own holding: {chain}", chain=" → ".join(
            [names.get(a, "?") for a in circle] + [names.get(account_id, "?")]))
    return None


@dataclass(frozen=True)
class Company:
    """One company of a group; money in its own currency and, where a rate allows, in
    the main currency (``*_main``)."""

    id: uuid.UUID
    name: str
    depth: int
    currency: str
    revenue: Decimal | None
    potential: Decimal | None
    share: Decimal | None
    ladder: int | None
    revenue_main: Decimal | None
    potential_main: Decimal | None


@dataclass(frozen=True)
class HoldingGroup:
    """An account's place in its group: its holding, and itself with every company
    below it (itself first), with the totals of those companies."""

    holding: tuple[uuid.UUID, str] | None
    companies: tuple[Company, ...]
    #: the year the revenue is of (the last full year) and the currency of the totals
    year: Period
    currency: str
    totals: GroupTotals
    #: companies with money of the year left out of the totals: no rate for their currency
    left_out: tuple[MissingRate[uuid.UUID], ...]

    @property
    def has_subsidiaries(self) -> bool:
        return len(self.companies) > 1


def _latest_rungs(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    newest = func.row_number().over(partition_by=LadderAssessment.account_id,
                                    order_by=LadderAssessment.date.desc())
    ranked = select(LadderAssessment.account_id, LadderAssessment.our_view,
                    LadderAssessment.client_view, LadderAssessment.answers,
                    newest.label("rank")).where(LadderAssessment.account_id.in_(ids)).subquery()
    return {row.account_id: int(shown_level(row.our_view, row.client_view, row.answers))
            for row in session.execute(select(ranked).where(ranked.c.rank == 1))}


def holding_group(session: Session, *, account_id: uuid.UUID, today: date,
                  main_currency: str = DEFAULT_CURRENCY) -> HoldingGroup:
    """``account_id``'s holding and the companies it heads, with the last full year's
    revenue, the potential then, the share of wallet and the ladder, each company's and
    the group's (in ``main_currency``)."""
    parents = parent_ids(session)
    children = children_of(parents)
    ids = [company for company, _ in subtree(children, account_id)]
    accounts = {row.id: row for row in session.execute(
        select(Account.id, Account.name, Account.currency).where(Account.id.in_(ids)))}
    by_name = {p: sorted(children.get(p, ()), key=lambda a: accounts[a].name.casefold())
               for p in ids}
    tree = subtree(by_name, account_id)  # each company's subsidiaries by name
    year = last_full_year(today)
    revenue = {a: amount for a, amount in session.execute(
        select(Revenue.account_id, Revenue.amount)
        .where(Revenue.account_id.in_(ids), Revenue.period == str(year)))}
    potentials: dict[uuid.UUID, dict[int, Decimal]] = {}
    for owner, estimated, amount in session.execute(select(
            Potential.account_id, Potential.year, Potential.amount)
            .where(Potential.account_id.in_(ids))):
        potentials.setdefault(owner, {})[estimated] = amount
    potential = {a: potential_in(potentials.get(a, {}), year) for a in ids}
    book = rate_book(session, main_currency)
    revenue_main, conversion = convert_by_account(
        {a: (revenue.get(a), accounts[a].currency) for a in ids}, year, book)
    potential_main, _ = convert_by_account(
        {a: (potential[a], accounts[a].currency) for a in ids}, year, book)
    rungs = _latest_rungs(session, ids)
    companies = tuple(Company(
        id=a, name=accounts[a].name, depth=depth, currency=accounts[a].currency,
        revenue=revenue.get(a), potential=potential[a],
        share=None if revenue.get(a) is None else share_of_wallet(
            revenue[a], potentials.get(a, {}), year),
        ladder=rungs.get(a), revenue_main=revenue_main.get(a),
        potential_main=potential_main.get(a)) for a, depth in tree)
    totals = group_totals((c.revenue_main, c.potential_main, c.ladder) for c in companies
                          if c.id not in conversion.accounts_left_out())
    parent = parents.get(account_id)
    holding = None if parent is None else (parent, session.get(Account, parent).name)
    return HoldingGroup(holding, companies, year, main_currency, totals,
                        conversion.left_out())


def group_contacts(session: Session, *, account_id: uuid.UUID) -> list[Row]:
    """The people of every company in ``account_id``'s whole group (from its top
    holding down) still at their company, each with its company's id and name."""
    parents = parent_ids(session)
    ids = [a for a, _ in subtree(children_of(parents), top_of(parents, account_id))]
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.position, Contact.interest,
               Contact.involvement, Contact.stance, Contact.account_id,
               Account.name.label("company"))
        .join(Account, Account.id == Contact.account_id)
        .where(Contact.account_id.in_(ids), Contact.left_on.is_(None))
        .order_by(Account.name, Contact.name))
    return [dict(row._mapping) | {"role": role_for(row.interest, row.involvement)}
            for row in rows]


def holding_choices(session: Session, *, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every account that may be ``account_id``'s holding, by name: all but
    the account itself and the companies below it."""
    parents = parent_ids(session)
    below = {a for a, _ in subtree(children_of(parents), account_id)}
    return [(a, name) for a, name in session.execute(
        select(Account.id, Account.name).order_by(Account.name)) if a not in below]


def holding_of(session: Session, *, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of ``account_id``'s holding, alone in a list; empty when it has none:
    the choice a profile shows until the whole list (:func:`holding_choices`) is asked."""
    parent = session.scalar(select(Account.parent_id).where(Account.id == account_id))
    if parent is None:
        return []
    return [(parent, session.scalar(select(Account.name).where(Account.id == parent)))]


def in_a_group(session: Session, *, account_id: uuid.UUID) -> bool:
    """Whether the account has a holding or subsidiaries."""
    return session.scalar(select(func.count()).select_from(Account).where(
        (Account.id == account_id) & Account.parent_id.is_not(None)
        | (Account.parent_id == account_id))) > 0


@dataclass(frozen=True)
class GroupRevenue:
    """A group's revenue of the last full year in the main currency; ``incomplete``:
    some company's money had no rate and is left out."""

    total: Decimal
    incomplete: bool


def group_revenues(session: Session, *, today: date,
                   main_currency: str = DEFAULT_CURRENCY) -> dict[uuid.UUID, GroupRevenue]:
    """The revenue of every company that has subsidiaries, with theirs, in three queries."""
    parents = parent_ids(session)
    children = children_of(parents)
    if not children:
        return {}
    year = last_full_year(today)
    currencies = {a: currency for a, currency in session.execute(
        select(Account.id, Account.currency))}
    revenue = {a: amount for a, amount in session.execute(
        select(Revenue.account_id, Revenue.amount).where(Revenue.period == str(year)))}
    converted, conversion = convert_by_account(
        {a: (revenue.get(a), currencies[a]) for a in currencies}, year,
        rate_book(session, main_currency))
    missing = conversion.accounts_left_out()
    found = {}
    for head in children:
        members = [a for a, _ in subtree(children, head)]
        found[head] = GroupRevenue(sum((converted.get(a) or Decimal(0) for a in members),
                                       Decimal(0)),
                                   any(a in missing for a in members))
    return found
