"""The value dossier: totals of what we gave the client and what it gained."""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from kam_desktop.domain.enums import ValueKind

G = TypeVar("G", bound=Hashable)


@dataclass(frozen=True)
class ValueItem:
    date: date
    kind: ValueKind
    department: str | None  # the client's department that benefited
    our_cost: Decimal
    client_benefit: Decimal
    acknowledged: bool  # the client has confirmed the benefit
    #: who on our side is credited with it (internal): a team member's name, our department
    delivered_by: str | None = None
    our_department: str | None = None


@dataclass(frozen=True)
class ValueTotals:
    our_cost: Decimal = Decimal(0)
    client_benefit: Decimal = Decimal(0)
    count: int = 0
    acknowledged_count: int = 0

    def plus(self, item: ValueItem) -> ValueTotals:
        return ValueTotals(
            our_cost=self.our_cost + item.our_cost,
            client_benefit=self.client_benefit + item.client_benefit,
            count=self.count + 1,
            acknowledged_count=self.acknowledged_count + item.acknowledged,
        )


def total(items: Iterable[ValueItem]) -> ValueTotals:
    result = ValueTotals()
    for item in items:
        result = result.plus(item)
    return result


def _totals_by(items: Iterable[ValueItem], group: Callable[[ValueItem], G]) -> dict[G, ValueTotals]:
    result: dict[G, ValueTotals] = {}
    for item in items:
        key = group(item)
        result[key] = result.get(key, ValueTotals()).plus(item)
    return result


def totals_by_kind(items: Iterable[ValueItem]) -> dict[ValueKind, ValueTotals]:
    return _totals_by(items, lambda item: item.kind)


def totals_by_year(items: Iterable[ValueItem]) -> dict[int, ValueTotals]:
    return _totals_by(items, lambda item: item.date.year)


def totals_by_department(items: Iterable[ValueItem]) -> dict[str | None, ValueTotals]:
    """None groups the items not attributed to a department."""
    return _totals_by(items, lambda item: item.department)


def acknowledged_by_year(items: Iterable[ValueItem]) -> dict[int, ValueTotals]:
    """The benefits the client has confirmed, per year."""
    return totals_by_year(item for item in items if item.acknowledged)


def credited_department(named: str | None, member_department: str | None) -> str | None:
    """Our department credited with an entry: the one the entry names, else the
    department of the team member who delivered it."""
    return (named or "").strip() or (member_department or "").strip() or None


def totals_by_person(items: Iterable[ValueItem]) -> dict[str | None, ValueTotals]:
    """What each of our people delivered; None groups the entries credited to no one."""
    return _totals_by(items, lambda item: item.delivered_by)


def totals_by_our_department(items: Iterable[ValueItem]) -> dict[str | None, ValueTotals]:
    """What each of our departments delivered; None: entries credited to none."""
    return _totals_by(items, lambda item: item.our_department)


def largest_first(groups: dict[G, ValueTotals]) -> list[tuple[G, ValueTotals]]:
    """The groups by client benefit, largest first; the None group (not attributed) last."""
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, -kv[1].client_benefit,
                                                  str(kv[0])))


def value_to_revenue(client_benefit: Decimal, revenue: Decimal | None) -> Decimal | None:
    """The client's benefit per unit of our revenue; None when revenue is unknown or zero."""
    if revenue is None or revenue == 0:
        return None
    return client_benefit / revenue
