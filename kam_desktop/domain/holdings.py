"""Holdings: a group of companies, each an account, hanging from its parent company.

The group is a tree read from one map ``account -> its parent`` (None: it stands alone
or heads the group). Giving an account a parent must never make it its own ancestor;
the figures of a group are added up only once each is in one currency.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


def circle_through(parents: Mapping[K, K | None], account: K, parent: K | None) -> list[K]:
    """The accounts that would go round in a circle if ``account`` took ``parent``
    (``account`` first, then up the parents back to it); empty when there is none."""
    chain, current = [account], parent
    while current is not None:
        if current == account:
            return chain
        if current in chain:  # a circle above, not through ``account``: not this edit's
            return []
        chain.append(current)
        current = parents.get(current)
    return []


def top_of(parents: Mapping[K, K | None], account: K) -> K:
    """The head of ``account``'s group: the ancestor with no parent (a circle, which
    the rules refuse, stops at the account met twice)."""
    seen = {account}
    while (parent := parents.get(account)) is not None and parent not in seen:
        seen.add(parent)
        account = parent
    return account


def children_of(parents: Mapping[K, K | None]) -> dict[K, list[K]]:
    """Each parent's direct subsidiaries."""
    found: dict[K, list[K]] = {}
    for account, parent in parents.items():
        if parent is not None:
            found.setdefault(parent, []).append(account)
    return found


def subtree(children: Mapping[K, Iterable[K]], root: K) -> list[tuple[K, int]]:
    """``root`` and every company below it, each with its depth (root 0), parents before
    their subsidiaries, depth first in the order ``children`` gives."""
    found: list[tuple[K, int]] = []
    seen: set[K] = set()
    waiting = [(root, 0)]
    while waiting:
        account, depth = waiting.pop()
        if account in seen:
            continue
        seen.add(account)
        found.append((account, depth))
        waiting.extend((child, depth + 1) for child in reversed(list(children.get(account, ()))))
    return found


@dataclass(frozen=True)
class GroupTotals(Generic[K]):
    """A group's figures in one currency. The share of wallet is the revenue of the
    companies whose potential is known against their potential: a company without an
    estimate would otherwise count as a share of nothing."""

    revenue: Decimal
    potential: Decimal | None
    share: Decimal | None
    #: the lowest and highest rung the companies' latest ladder assessments give
    ladder: tuple[int, int] | None


def group_totals(members: Iterable[tuple[Decimal | None, Decimal | None, int | None]]
                 ) -> GroupTotals:
    """Totals of ``(revenue, potential, ladder rung)`` per company, money already in
    one currency (None: unknown)."""
    revenue, potential, covered = Decimal(0), Decimal(0), Decimal(0)
    known_potential = False
    rungs = []
    for own_revenue, own_potential, rung in members:
        revenue += own_revenue or 0
        if own_potential is not None:
            known_potential = True
            potential += own_potential
            covered += own_revenue or 0
        if rung is not None:
            rungs.append(rung)
    return GroupTotals(
        revenue=revenue, potential=potential if known_potential else None,
        share=covered / potential if known_potential and potential > 0 else None,
        ladder=(min(rungs), max(rungs)) if rungs else None)


def grouped(order: Sequence[K], parents: Mapping[K, K | None]) -> list[tuple[K, int]]:
    """The accounts of ``order`` with each company's subsidiaries right under it (depth
    1, 2, …), groups and the companies within them keeping their order in ``order``. A
    company whose holding is not among them heads its own group."""
    shown = set(order)
    children: dict[K, list[K]] = {}
    for account in order:
        parent = parents.get(account)
        if parent in shown:
            children.setdefault(parent, []).append(account)
    found = [item for account in order if parents.get(account) not in shown
             for item in subtree(children, account)]
    placed = {account for account, _ in found}
    return found + [(account, 0) for account in order if account not in placed]
