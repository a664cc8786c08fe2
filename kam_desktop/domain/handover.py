"""When a client is handed over: the triggers of seed 003.

Seed 003 says the business-development manager (the "hunter") passes a client on to
the client manager, or on to a project manager, when one condition chosen from a list
is met; which one depends on the market, so each has a threshold the team sets, and a
threshold of 0 switches its trigger off. As of ``today``:

- ``deals`` — the contract signed, or the first, second or third deal done: the account
  has at least N deals (a deal is a shipment, an order or a signed contract, so N = 1 is
  "the contract is signed");
- ``amount`` — regular orders reach an amount: the deals of the last 12 months add up to
  at least the threshold, in the account's currency;
- ``share`` — our deliveries reach a share of the client's budget for our kind of goods:
  the deals of the last 12 months are at least the threshold (a percentage) of the
  purchase potential in force this year;
- ``months`` — a regular client long enough: at least two deals, the last one within the
  last 12 months, and the first at least the threshold's number of months ago.

Only a client still with whoever found it is watched: a *prospect* (the stage before
the client manager develops it), never handed over before. A client further on is
already someone's to develop; its hand-over is recorded when it happens, not prompted.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from kam_desktop.domain.enums import Lifecycle

if TYPE_CHECKING:  # the thresholds are read at every start (ui.settings): the rest when used
    from kam_desktop.domain.deals import DealPoint

#: the triggers in the seed's order
TRIGGERS = ("deals", "amount", "share", "months")
#: the stage at which a client is still with the manager who found it
WATCHED_STAGES = frozenset({Lifecycle.PROSPECT})


@dataclass(frozen=True)
class HandoverThresholds:
    """Each trigger's threshold; 0 switches it off."""

    deals: int = 3
    amount: int = 1_000_000
    share: int = 20  #: percent
    months: int = 12


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (15 Jan to 14 Mar is one month)."""
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def crossed_triggers(deals: Iterable[DealPoint], potential: Decimal | None,
                     thresholds: HandoverThresholds, today: date) -> tuple[str, ...]:
    """The triggers (in :data:`TRIGGERS` order) an account's deals have crossed."""
    from kam_desktop.domain.deals import last_year

    deals = [deal for deal in deals if deal.date <= today]
    start, _end = last_year(today)
    recent = sum((deal.amount for deal in deals if deal.date >= start), Decimal(0))
    days = sorted(deal.date for deal in deals)
    crossed = {
        "deals": thresholds.deals > 0 and len(deals) >= thresholds.deals,
        "amount": thresholds.amount > 0 and recent >= thresholds.amount,
        "share": thresholds.share > 0 and bool(potential) and recent * 100
        >= potential * thresholds.share,
        "months": thresholds.months > 0 and len(days) >= 2 and days[-1] >= start
        and months_between(days[0], today) >= thresholds.months,
    }
    return tuple(trigger for trigger in TRIGGERS if crossed[trigger])
