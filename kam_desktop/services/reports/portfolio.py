"""The data of the portfolio report, internal: the portfolio's figures per account, as
the portfolio view computes them."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import AbcClass, last_full_year
from kam_desktop.domain.enums import Category, Lifecycle, ValueKind
from kam_desktop.domain.money import DEFAULT_CURRENCY, MissingRate, convert_by_account
from kam_desktop.domain.periods import Period
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.store.models import ValueEntry

@dataclass(frozen=True)
class PortfolioLine:
    name: str
    category: Category
    lifecycle: Lifecycle
    abc: AbcClass | None  # None: no rate for its currency, not compared
    owner: str | None
    currency: str
    #: the potential in force in the revenue year (its own year's estimate, else the
    #: latest before), which the share is set against
    potential: Decimal | None
    revenue_last_year: Decimal | None
    share_of_wallet: Decimal | None
    ladder_level: int | None  # our latest estimate
    value_this_year: Decimal
    #: the figures in the report's currency; None: no rate to convert at (then the
    #: account is named in the data's ``missing`` and left out of the totals)
    revenue_main: Decimal | None
    potential_main: Decimal | None
    value_main: Decimal | None

    @property
    def compared(self) -> bool:
        """Its revenue could be converted (or there was none to convert)."""
        return self.revenue_main is not None or self.revenue_last_year is None


@dataclass(frozen=True)
class PortfolioData:
    generated_on: date
    #: the year of the revenue behind the ABC classes and shares of wallet
    revenue_year: int
    #: the currency of the totals and charts (the portfolio's main currency), the rates
    #: of the revenue year its other currencies were converted at, and the accounts (by
    #: name) that had no rate
    currency: str
    rates: dict[str, Decimal]
    missing: tuple[MissingRate[str], ...]
    categories: tuple[Category, ...] | None  # None: every category
    owners: tuple[str, ...] | None  # None: every owner
    accounts: tuple[PortfolioLine, ...]  # by name
    #: client benefit delivered this year, per kind, largest first (in ``currency``)
    value_by_kind: tuple[tuple[ValueKind, Decimal], ...]


def portfolio_data(session: Session, *, today: date,
                   categories: Iterable[Category] | None = None,
                   owners: Iterable[str] | None = None,
                   main_currency: str = DEFAULT_CURRENCY) -> PortfolioData:
    """The portfolio report's rows: every account (or those of the given categories and
    owners) with the portfolio's figures, as the portfolio view computes them, and their
    money in ``main_currency`` (domain.money)."""
    chosen_categories = None if categories is None else tuple(dict.fromkeys(
        Category(c) for c in categories))
    chosen_owners = None if owners is None else tuple(dict.fromkeys(owners))
    rows = [row for row in list_accounts(session, today=today, main_currency=main_currency)
            if (chosen_categories is None or row.category in chosen_categories)
            and (chosen_owners is None or row.owner in chosen_owners)]
    book, year, this_year = rate_book(session, main_currency), last_full_year(today), \
        Period(today.year)
    revenue, conversion = convert_by_account(
        {row.name: (row.revenue_last_year, row.currency) for row in rows}, year, book)
    # the potential in force in the revenue year, at that year's rate, like the revenue
    potential, _ = convert_by_account(
        {row.name: (row.year_potential, row.currency) for row in rows}, year, book)
    value, value_conversion = convert_by_account(
        {row.name: (row.value_this_year, row.currency) for row in rows}, this_year, book)
    rates = {row.id: book.rate(row.currency, this_year) for row in rows}
    by_kind: dict[ValueKind, Decimal] = defaultdict(Decimal)
    for account_id, kind, benefit in session.execute(
            select(ValueEntry.account_id, ValueEntry.kind, func.sum(ValueEntry.client_benefit))
            .where(ValueEntry.date >= date(today.year, 1, 1), ValueEntry.date <= today)
            .group_by(ValueEntry.account_id, ValueEntry.kind)):
        if rates.get(account_id) is not None:
            by_kind[kind] += benefit * rates[account_id]
    return PortfolioData(
        generated_on=today, revenue_year=year.year, currency=main_currency,
        rates=conversion.used, missing=conversion.left_out() + value_conversion.left_out(),
        categories=chosen_categories, owners=chosen_owners,
        accounts=tuple(PortfolioLine(
            row.name, row.category, row.lifecycle, row.abc, row.owner, row.currency,
            row.year_potential, row.revenue_last_year, row.share_of_wallet,
            row.ladder_level, row.value_this_year, revenue.get(row.name),
            potential.get(row.name), value.get(row.name)) for row in rows),
        value_by_kind=tuple(sorted(((k, v) for k, v in by_kind.items() if v),
                                   key=lambda kv: (-kv[1], kv[0].value))),
    )
