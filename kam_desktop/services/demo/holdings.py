"""The demo's holdings: a few groups of companies of one industry, each a key account
heading two to four active clients of its industry. Chosen from the accounts already
written, by name, without drawing from the generator's random numbers: a seed gives the
same accounts as before, and now some of them in groups."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Category, Lifecycle
from kam_desktop.store.models import Account

#: one holding for every so many accounts (at least one when there are enough)
ACCOUNTS_PER_HOLDING = 20
#: the subsidiaries of the holdings in turn
SUBSIDIARIES = (3, 2, 4)
_ACTIVE = (Lifecycle.KEY, Lifecycle.DEVELOPING, Lifecycle.MAINTAINED)


def link_holdings(session: Session, *, accounts: int) -> int:
    """Make the holdings; returns how many companies joined one."""
    wanted = max(1, accounts // ACCOUNTS_PER_HOLDING) if accounts >= 8 else 0
    by_industry: dict[str, list] = {}
    for row in session.execute(select(Account.id, Account.industry, Account.category)
                               .where(Account.lifecycle.in_(_ACTIVE)).order_by(Account.name)):
        by_industry.setdefault(row.industry, []).append(row)
    joined = made = 0
    for industry in sorted(by_industry, key=lambda name: (-len(by_industry[name]), name)):
        if made == wanted:
            break
        rows = by_industry[industry]
        heads = [row for row in rows if row.category is Category.KEY]
        size = min(SUBSIDIARIES[made % len(SUBSIDIARIES)], len(rows) - 1)
        if not heads or size < min(SUBSIDIARIES):
            continue
        head = heads[0]
        members = [row.id for row in rows if row.id != head.id][:size]
        # the demo's own time of change stays (no "now"): a seed gives the same database
        session.execute(update(Account).where(Account.id.in_(members))
                        .values(parent_id=head.id, updated_at=Account.updated_at))
        joined += len(members)
        made += 1
    return joined
