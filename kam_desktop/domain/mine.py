"""Whose accounts are the user's, as a rule on names: an account is the user's when its
owner is the user, or when the user is on its account team. Names are written by hand on
several laptops, so they are compared folded: case, ё and е, and spaces do not make two
people of one. services.mine reads the names; the window's first screen reads them too."""
from __future__ import annotations

from collections.abc import Hashable, Iterable


def fold_name(name: str | None) -> str:
    """A person's name as compared: «Ёлкина  Анна» and «елкина анна» are one person."""
    return " ".join((name or "").casefold().replace("ё", "е").split())


def accounts_of(user_name: str, *named: Iterable[tuple[Hashable, str | None]]
                ) -> frozenset:
    """The accounts of ``user_name`` among pairs of (account, person's name): the owners'
    and the team members' (none for no name). Each name is folded once: a portfolio
    names a few dozen people thousands of times."""
    me = fold_name(user_name)
    if not me:
        return frozenset()
    is_me: dict[str | None, bool] = {}
    found = set()
    for pairs in named:
        for account_id, name in pairs:
            hit = is_me.get(name)
            if hit is None:
                hit = is_me[name] = fold_name(name) == me
            if hit:
                found.add(account_id)
    return frozenset(found)
