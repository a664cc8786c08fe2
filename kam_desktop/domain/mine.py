"""Whose accounts are the user's, as a rule on names: an account is the user's when its
owner is the user, or when the user is on its account team. Names are written by hand on
several laptops, so they are compared folded: case, ё and е, and spaces do not make two
people of one. services.mine reads the names; the window's first screen reads them too."""
from __future__ import annotations

from collections.abc import Iterable


def fold_name(name: str | None) -> str:
    """A person's name as compared: «Ёлкина  Анна» and «елкина анна» are one person."""
    return " ".join((name or "").casefold().replace("ё", "е").split())


def spellings_of(user_name: str, names: Iterable[str | None]) -> list[str]:
    """The ways ``names`` write ``user_name``: each name that folds to it (none for no
    name). Given each stored name once, a portfolio's few dozen people are folded, not
    the thousands of places they are named: the accounts are then found by these
    spellings exactly, in SQL."""
    me = fold_name(user_name)
    return [name for name in names if me and name and fold_name(name) == me]
