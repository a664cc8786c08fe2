"""The purchase figures of many accounts at once, for tables that list them (the
portfolio's export): the same :func:`kam_desktop.domain.deals.purchase_metrics` the
dossier shows, fed from one query."""
from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.deals import DealPoint, PurchaseMetrics, purchase_metrics
from kam_desktop.store.models import Deal


def deal_figures(session: Session, *, today: date,
                 account_ids: Collection[uuid.UUID] | None = None
                 ) -> dict[uuid.UUID, PurchaseMetrics]:
    """Each account's purchase figures as of ``today`` (an account without deals is
    absent); ``account_ids`` limits them to those accounts."""
    query = select(Deal.account_id, Deal.date, Deal.amount)
    if account_ids is not None:
        query = query.where(Deal.account_id.in_(account_ids))
    deals: dict[uuid.UUID, list[DealPoint]] = defaultdict(list)
    for account_id, day, amount in session.execute(query):
        deals[account_id].append(DealPoint(day, amount))
    return {account_id: purchase_metrics(points, today) for account_id, points in deals.items()}
