"""Whose accounts are the user's: the rule shared by Today, the portfolio and the
dashboard's workload, so that "my accounts" means the same everywhere.

An account is the user's when its owner is the user, or when the user is on its account
team. Names are written by hand on several laptops, so they are compared folded: case,
ё and е, and spaces do not make two people of one.
"""
from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.store.models import Account, TeamMember


def fold_name(name: str | None) -> str:
    """A person's name as compared: «Ёлкина  Анна» and «елкина анна» are one person."""
    return " ".join((name or "").casefold().replace("ё", "е").split())


def my_account_ids(session: Session, *, user_name: str) -> frozenset[uuid.UUID]:
    """The accounts ``user_name`` owns or whose team they are on (none for no name).
    Read as two column-only queries and folded in Python: SQL cannot fold ё portably."""
    me = fold_name(user_name)
    if not me:
        return frozenset()
    owned = {account_id for account_id, owner in session.execute(
        select(Account.id, Account.owner).where(Account.owner.is_not(None)))
        if fold_name(owner) == me}
    on_team = {account_id for account_id, name in session.execute(
        select(TeamMember.account_id, TeamMember.name)) if fold_name(name) == me}
    return frozenset(owned | on_team)


def distinct_names(names) -> list[str]:
    """Each person once (as first written, trimmed), in alphabetical order: the owners a
    user may pick as their own name."""
    found: dict[str, str] = {}
    for name in names:
        if fold_name(name):
            found.setdefault(fold_name(name), " ".join(name.split()))
    return sorted(found.values(), key=fold_name)
