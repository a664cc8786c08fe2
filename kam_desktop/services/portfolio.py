"""Reading the portfolio as a whole: one row per account, computed in a few queries."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.abc import AbcClass, abc_classes, last_full_year
from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.domain.wallet import share_of_wallet
from kam_desktop.store.models import Account, Contact, Revenue


@dataclass(frozen=True)
class AccountRow:
    id: uuid.UUID
    name: str
    category: Category
    lifecycle: Lifecycle
    abc: AbcClass
    owner: str | None
    contacts: int
    annual_potential: Decimal | None
    revenue_last_year: Decimal | None
    share_of_wallet: Decimal | None

    def as_json(self) -> dict:
        def money(value: Decimal | None):
            return None if value is None else float(value)

        return {
            "id": str(self.id), "name": self.name, "category": self.category.value,
            "lifecycle": self.lifecycle.value, "abc": self.abc.value, "owner": self.owner,
            "contacts": self.contacts, "annual_potential": money(self.annual_potential),
            "revenue_last_year": money(self.revenue_last_year),
            "share_of_wallet": money(self.share_of_wallet),
        }


def list_accounts(session: Session, *, today: date) -> list[AccountRow]:
    """Every account with its ABC class by the last full year's revenue, sorted by name."""
    year = last_full_year(today)
    accounts = session.scalars(select(Account).order_by(Account.name)).all()
    contacts = dict(session.execute(
        select(Contact.account_id, func.count()).group_by(Contact.account_id)).all())
    revenue = dict(session.execute(
        select(Revenue.account_id, Revenue.amount).where(Revenue.period == str(year))).all())
    classes = abc_classes({account.id: revenue.get(account.id) for account in accounts})
    return [
        AccountRow(
            id=account.id, name=account.name, category=account.category,
            lifecycle=account.lifecycle, abc=classes[account.id], owner=account.owner,
            contacts=contacts.get(account.id, 0), annual_potential=account.annual_potential,
            revenue_last_year=revenue.get(account.id),
            share_of_wallet=(share_of_wallet(revenue[account.id], account.annual_potential, year)
                             if account.id in revenue else None),
        )
        for account in accounts
    ]
