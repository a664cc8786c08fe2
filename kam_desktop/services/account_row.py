"""One account as the portfolio lists it. Apart from services.portfolio, which computes
the figures with SQLAlchemy, so that the window's first screen can build its rows from
store.first_screen before SQLAlchemy is loaded."""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kam_desktop.domain.abc import AbcClass
from kam_desktop.domain.completeness import Completeness
from kam_desktop.domain.enums import Category, Lifecycle


@dataclass(frozen=True)
class AccountRow:
    """One account in the portfolio. The figures are None in a row from
    :func:`name_rows`, which shows the portfolio before they are computed."""

    id: uuid.UUID
    name: str
    category: Category
    lifecycle: Lifecycle
    owner: str | None
    #: the potential in force this year (the latest estimate up to now)
    potential: Decimal | None
    #: name, legal name, INN and contact names, folded for the instant search
    search_text: str
    abc: AbcClass | None = None
    contacts: int | None = None
    revenue_last_year: Decimal | None = None
    share_of_wallet: Decimal | None = None
    #: the potential in force in the year of ``revenue_last_year``: the share's divisor
    year_potential: Decimal | None = None
    #: change of the share against the year before (None when either is unknown)
    share_change: Decimal | None = None
    ladder_level: int | None = None
    value_this_year: Decimal | None = None
    next_step: str | None = None
    next_step_due: date | None = None
    days_since_contact: int | None = None
    #: an open next step or plan action is past its due date
    overdue: bool = False
    #: the account's currency, in which its money figures are
    currency: str = "RUB"
    #: the account's deals: how many, the newest one's date and the average amount
    deals: int | None = None
    last_deal: date | None = None
    average_deal: Decimal | None = None
    #: the account has revenue in the last full year in a currency with no rate to the
    #: main currency for that year: it is in no ABC class (``abc`` is None)
    no_rate: bool = False
    #: which of the parts a dossier must hold it holds (domain.completeness)
    completeness: Completeness | None = None
    #: the holding the company belongs to (an account of the portfolio)
    parent_id: uuid.UUID | None = None

    def as_json(self) -> dict:
        def number(value):
            return None if value is None else float(value)

        return {
            "id": str(self.id), "name": self.name, "category": self.category.value,
            "lifecycle": self.lifecycle.value, "abc": self.abc and self.abc.value,
            "owner": self.owner,
            "contacts": self.contacts, "potential": number(self.potential),
            "revenue_last_year": number(self.revenue_last_year),
            "share_of_wallet": number(self.share_of_wallet),
            "share_change": number(self.share_change), "ladder_level": self.ladder_level,
            "value_this_year": number(self.value_this_year), "next_step": self.next_step,
            "next_step_due": self.next_step_due and self.next_step_due.isoformat(),
            "days_since_contact": self.days_since_contact, "overdue": self.overdue,
            "currency": self.currency, "deals": self.deals,
            "last_deal": self.last_deal and self.last_deal.isoformat(),
            "average_deal": number(self.average_deal), "no_rate": self.no_rate,
            "completeness": self.completeness and round(self.completeness.score, 2),
            "dossier_missing": self.completeness and list(self.completeness.missing),
            "parent_id": self.parent_id and str(self.parent_id),
        }


def search_text(name: str, legal_name: str | None, inn: str | None,
                contact_names: Iterable[str] = ()) -> str:
    """Name, legal name, INN and contact names, folded for the instant search."""
    return " ".join([name, legal_name or "", inn or "", *contact_names]).casefold()


#: the fields a row from :func:`name_rows` holds itself, in the order of AccountRow's
#: fields; the figures it lacks are the class's defaults (None)
_NAME_FIELDS = ("id", "name", "category", "lifecycle", "owner", "potential", "search_text",
                "currency", "parent_id")


def name_rows(accounts: Iterable) -> list[AccountRow]:
    """The rows without figures of ``accounts``: rows or tuples of
    store.first_screen.ACCOUNT_COLUMNS (id, name, legal name, INN, category, stage,
    owner, currency, holding).

    Each row is made without the dataclass's ``__init__``, whose 26 assignments to a
    frozen instance cost twice the rest of the row (the window's first screen makes
    5,000 before it shows): it holds the fields above, and the figures are read from
    the class's defaults, as a row made by ``AccountRow(...)`` holds them (equal rows)."""
    rows = []
    new_row = object.__new__
    for account_id, name, legal_name, inn, category, lifecycle, owner, currency, parent_id \
            in accounts:
        row = new_row(AccountRow)
        row.__dict__.update(zip(_NAME_FIELDS, (
            account_id, name, category, lifecycle, owner, None,
            search_text(name, legal_name, inn), currency, parent_id)))
        rows.append(row)
    return rows
