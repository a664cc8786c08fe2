"""ABC(D) classes of the portfolio by revenue (the Pareto rule).

Accounts are sorted by revenue, largest first (equal revenues in the order of
``str(key)``). Walking down the list, an account is

- A while the revenue of the accounts before it is under 80 % of the total (so
  the account that reaches or crosses 80 % is still A);
- B while that revenue is under 95 % (the account crossing 95 % is still B);
- C after that;
- D when it has no revenue (None, zero, or negative: refunds exceeding sales).
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from kam_desktop.domain.periods import Period

K = TypeVar("K", bound=Hashable)

A_SHARE = Decimal("0.80")
B_SHARE = Decimal("0.95")


class AbcClass(str, Enum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


def abc_classes(revenue_by_account: Mapping[K, Decimal | None]) -> dict[K, AbcClass]:
    earning = sorted(
        ((key, revenue) for key, revenue in revenue_by_account.items()
         if revenue is not None and revenue > 0),
        key=lambda pair: (-pair[1], str(pair[0])),
    )
    total = sum((revenue for _, revenue in earning), Decimal(0))
    classes = {key: AbcClass.D for key in revenue_by_account}
    before = Decimal(0)
    for key, revenue in earning:
        if before < A_SHARE * total:
            classes[key] = AbcClass.A
        elif before < B_SHARE * total:
            classes[key] = AbcClass.B
        else:
            classes[key] = AbcClass.C
        before += revenue
    return classes


def last_full_year(today: date) -> Period:
    """The last calendar year that has ended: the default basis for the classes."""
    return Period(today.year - 1)
