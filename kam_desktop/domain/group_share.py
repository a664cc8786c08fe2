"""Share of wallet by product group (seed 001, segmentation): for each group the client
buys, its annual purchases (the group's potential), our revenue from the deals of the
period, our share and its change against the previous period of the same length, and
the competitor who supplies the rest, with its share and why.

A group is named by text: the deals carry the ERP's free text, the user keeps a list of
the company's groups. Names are matched without regard to case and spacing; a group the
list lacks is shown under its own name, after the list's, so no deal is ever lost. Deals
without a group are counted under :data:`NO_GROUP`.

Like the account's potential (domain/wallet.py), a group's estimate holds until a later
year's estimate of the same group replaces it; a quarter is set against a quarter of it.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import potential_in, previous_period, share_of_wallet

#: the group of the deals that name none
NO_GROUP = ""
#: the share bands of the whitespace view: below LOW is low, from HIGH on high
LOW, HIGH = Decimal("0.25"), Decimal("0.6")


@lru_cache(maxsize=4096)  # a portfolio names a few groups a hundred thousand times
def group_key(name: str | None) -> str:
    """How two spellings of a group are found to be the same group."""
    return " ".join((name or "").split()).casefold()


@dataclass(frozen=True)
class GroupEstimate:
    """One year's estimate of one group of an account (a ``group_potential`` record)."""

    id: object
    year: int
    group: str
    amount: Decimal
    competitor: str | None = None
    competitor_share: float | None = None
    competitor_reason: str | None = None


@dataclass(frozen=True)
class GroupDeal:
    date: date
    amount: Decimal
    group: str | None


@dataclass(frozen=True)
class GroupShare:
    """One line of the share-by-group table."""

    group: str  #: as the list spells it, else as the data does; NO_GROUP for none
    listed: bool  #: the group is on the Preferences' list
    #: the estimate in force in the period (None: no potential known for the group)
    estimate: GroupEstimate | None
    revenue: Decimal  #: the sum of the period's deals of the group
    share: Decimal | None  #: a fraction; None without a positive potential
    previous_share: Decimal | None
    #: the potential of the period (a quarter of the annual one for a quarter), less
    #: our revenue; None without a potential
    uncovered: Decimal | None

    @property
    def potential(self) -> Decimal | None:
        return None if self.estimate is None else self.estimate.amount

    @property
    def change(self) -> Decimal | None:
        """The share minus the previous period's, when both are known."""
        if self.share is None or self.previous_share is None:
            return None
        return self.share - self.previous_share


def ordered_groups(listed: Sequence[str], found: Iterable[str | None]) -> list[str]:
    """The list's groups in its order, then every other group found in the data (by
    name, each once, as first spelt), then NO_GROUP if some data names none."""
    names = {group_key(name): name for name in listed if group_key(name)}
    others: dict[str, str] = {}
    without = False
    for name in found:
        key = group_key(name)
        if not key:
            without = True
        elif key not in names:
            others.setdefault(key, " ".join(name.split()))
    return [*names.values(), *sorted(others.values(), key=str.casefold),
            *([NO_GROUP] if without else [])]


def in_period(day: date, period: Period) -> bool:
    if day.year != period.year:
        return False
    return period.quarter is None or (day.month - 1) // 3 + 1 == period.quarter


def group_shares(listed: Sequence[str], estimates: Iterable[GroupEstimate],
                 deals: Iterable[GroupDeal], period: Period,
                 keep_empty: bool = True) -> list[GroupShare]:
    """The share-by-group table of one account for ``period``, in the order of
    :func:`ordered_groups`. ``keep_empty``: the listed groups with neither a potential
    nor a deal are lines too (the dossier offers them to be estimated)."""
    estimates, deals = list(estimates), list(deals)
    by_group: dict[str, dict[int, GroupEstimate]] = defaultdict(dict)
    for estimate in estimates:
        by_group[group_key(estimate.group)][estimate.year] = estimate
    before = previous_period(period)
    revenue: dict[str, dict[Period, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for deal in deals:
        for when in (period, before):
            if in_period(deal.date, when):
                revenue[group_key(deal.group)][when] += deal.amount
    listed_keys = {group_key(name) for name in listed}
    lines = []
    for group in ordered_groups(listed, [e.group for e in estimates] + [d.group for d in deals]):
        key = group_key(group)
        own = by_group.get(key, {})
        amounts = {year: estimate.amount for year, estimate in own.items()}
        in_force = potential_in(amounts, period)
        estimate = None if in_force is None else own[max(y for y in own if y <= period.year)]
        now, then = revenue[key][period], revenue[key][before]
        if not keep_empty and estimate is None and not now:
            continue
        share = share_of_wallet(now, amounts, period)
        earlier = share_of_wallet(then, amounts, before)
        uncovered = None if in_force is None else in_force / period.fraction_of_year - now
        lines.append(GroupShare(group, key in listed_keys, estimate, now, share, earlier,
                                uncovered))
    return lines


def share_band(share: Decimal | None) -> str | None:
    """The whitespace view's band of a share: None (no potential known), "none" (a
    potential and nothing bought from us), "low", "medium" or "high"."""
    if share is None:
        return None
    if share <= 0:
        return "none"
    return "low" if share < LOW else "medium" if share < HIGH else "high"
