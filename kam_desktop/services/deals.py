"""An account's deals as the dossier uses them: its purchase figures, and its yearly
revenue derived from the deals where the user asks for it (manual revenue stays as it
is otherwise)."""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.deals import DealPoint, yearly_totals
from kam_desktop.store.models import Deal, Revenue


@dataclass(frozen=True)
class RevenueFromDeals:
    """One year's revenue as the deals give it: the stored record to change (None: to
    add one), and its amount now (None for a new one)."""

    period: str
    amount: Decimal
    revenue_id: uuid.UUID | None
    current: Decimal | None


def revenue_from_deals(session: Session, *, account_id: uuid.UUID,
                       today: date) -> list[RevenueFromDeals]:
    """The yearly revenue records that would make each completed year with deals hold
    the sum of its deals; years whose record already holds it are left out."""
    deals = [DealPoint(day, amount) for day, amount in session.execute(
        select(Deal.date, Deal.amount).where(Deal.account_id == account_id))]
    stored = {period: (revenue_id, amount) for revenue_id, period, amount in session.execute(
        select(Revenue.id, Revenue.period, Revenue.amount)
        .where(Revenue.account_id == account_id))}
    changes = []
    for year, total in yearly_totals(deals, today.year).items():
        revenue_id, current = stored.get(str(year), (None, None))
        if current != total:
            changes.append(RevenueFromDeals(str(year), total, revenue_id, current))
    return changes
