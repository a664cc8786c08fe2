"""The priority of an opportunity: what it brings per unit of what it takes.

Seed 001 weighs an opportunity by money, people and time. What it takes is its cost plus
the person-days it needs (people × days) valued at a person-day cost the user sets; what
it brings is its expected benefit. An opportunity whose benefit, or whose cost in money
and time, was never entered is *not estimated*: it has no priority and goes after every
estimated one, never first.
"""
from __future__ import annotations

from decimal import Decimal

#: what a day of one of our people costs, in the account's currency, unless set otherwise
DEFAULT_PERSON_DAY_COST = 10_000


def priority(benefit: Decimal | None, cost: Decimal | None, people: int | None,
             days: int | None, person_day_cost: int | Decimal = DEFAULT_PERSON_DAY_COST
             ) -> Decimal | None:
    """Benefit per unit of effort (money plus person-days at ``person_day_cost``); None
    when the opportunity is not estimated."""
    effort = Decimal(cost or 0) + Decimal(people or 0) * Decimal(days or 0) \
        * Decimal(person_day_cost)
    if benefit is None or effort <= 0:
        return None
    return Decimal(benefit) / effort


def order_key(value: Decimal | None) -> tuple[int, Decimal]:
    """Highest priority first, the not estimated last (for ``sorted``)."""
    return (1, Decimal(0)) if value is None else (0, -value)
