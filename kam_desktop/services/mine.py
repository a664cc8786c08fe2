"""Whose accounts are the user's, read for Today, the portfolio and the dashboard's
workload, so that "my accounts" means the same everywhere (the rule: domain.mine)."""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.mine import fold_name, spellings_of
from kam_desktop.store.models import Account, TeamMember

__all__ = ["distinct_names", "fold_name", "my_account_ids"]


def my_account_ids(session: Session, *, user_name: str) -> frozenset[uuid.UUID]:
    """The accounts ``user_name`` owns or whose team they are on (none for no name).
    The names are folded in Python (SQL cannot fold ё portably), each stored name once."""
    if not (user_name or "").strip():
        return frozenset()
    names = session.scalars(select(Account.owner).distinct()).all() + \
        session.scalars(select(TeamMember.name).distinct()).all()
    spellings = spellings_of(user_name, names)
    if not spellings:
        return frozenset()
    return frozenset(session.scalars(select(Account.id).where(Account.owner.in_(spellings)))) | \
        frozenset(session.scalars(select(TeamMember.account_id)
                                  .where(TeamMember.name.in_(spellings))))


def distinct_names(names) -> list[str]:
    """Each person once (as first written, trimmed), in alphabetical order: the owners a
    user may pick as their own name."""
    found: dict[str, str] = {}
    for name in names:
        if fold_name(name):
            found.setdefault(fold_name(name), " ".join(name.split()))
    return sorted(found.values(), key=fold_name)
