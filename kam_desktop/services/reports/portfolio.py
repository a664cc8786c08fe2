"""The data of the portfolio report, internal: the portfolio's figures per account, as
the portfolio view computes them."""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import AbcClass, last_full_year
from kam_desktop.domain.enums import Category, Lifecycle, ValueKind
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.store.models import Account, ValueEntry

@dataclass(frozen=True)
class PortfolioLine:
    name: str
    category: Category
    lifecycle: Lifecycle
    abc: AbcClass
    owner: str | None
    currency: str
    #: the potential in force in the revenue year, which the share is set against
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
            row.year_potential, row.revenue_last_year, row.share_of_wallet,
            row.ladder_level, row.value_this_year) for row in rows),
        value_by_kind=tuple(sorted(((k, v) for k, v in by_kind.items() if v),
                                   key=lambda kv: (-kv[1], kv[0].value))),
    )
