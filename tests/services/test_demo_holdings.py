"""The demo's holdings: the portfolio a new user loads (60 accounts) holds a few groups,
each a key account of one industry heading two to four active clients of the same
industry, the same for the same seed; the group's figures add up in roubles."""
from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.services.demo import load_demo
from kam_desktop.services.holdings import holding_group
from kam_desktop.store.models import Account

TODAY = date(2026, 12, 6)


def _groups(db) -> dict:
    with db.transaction() as session:
        load_demo(session, accounts=60, seed=1, today=TODAY)
    with db.sessions() as session:
        accounts = {a.id: a for a in session.scalars(select(Account))}
        sizes = Counter(a.parent_id for a in accounts.values() if a.parent_id)
        groups = {head: holding_group(session, account_id=head, today=TODAY) for head in sizes}
    return {"accounts": accounts, "sizes": sizes, "groups": groups}


def test_the_demo_has_a_few_holdings_of_one_industry_each(db) -> None:
    found = _groups(db)
    accounts, sizes = found["accounts"], found["sizes"]
    assert len(sizes) == 3 and all(2 <= size <= 4 for size in sizes.values())
    for head, group in found["groups"].items():
        holding = accounts[head]
        assert holding.category is Category.KEY and holding.parent_id is None
        members = [accounts[c.id] for c in group.companies[1:]]
        assert {m.industry for m in members} == {holding.industry}
        assert all(m.lifecycle in (Lifecycle.KEY, Lifecycle.DEVELOPING, Lifecycle.MAINTAINED)
                   for m in members)
        assert group.totals.revenue == sum(c.revenue_main or 0 for c in group.companies)
