"""How accounts moved through the lifecycle stages over time, from their dated history.

Per quarter: how many accounts *entered* each stage (a new account enters the stage it
starts in), and each *move* from one stage to another (from None: a new account). An
account counts once per bar however often it made the same move in the quarter.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, Hashable, TypeVar

from kam_desktop.domain.analytics import Bar
from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.periods import Period

K = TypeVar("K", bound=Hashable)
C = TypeVar("C")


@dataclass(frozen=True)
class StageChange(Generic[K]):
    account: K
    date: date
    from_stage: Lifecycle | None
    to_stage: Lifecycle


@dataclass(frozen=True)
class QuarterMovement(Generic[K]):
    quarter: Period
    #: one bar per stage (key: the stage), in the order of Lifecycle
    entered: tuple[Bar[K], ...]
    #: one bar per move made (key: (from stage or None, to stage)), most accounts first
    moves: tuple[Bar[K], ...]


def in_order(changes: Iterable[C]) -> list[C]:
    """One account's changes by date, those of one day as they followed each other (each
    from the stage the one before led to): a day has no hours to order them by. Anything
    with ``date``, ``from_stage`` and ``to_stage`` will do."""
    ordered: list[C] = []
    by_day: dict[date, list[C]] = {}
    for change in changes:
        by_day.setdefault(change.date, []).append(change)
    for day in sorted(by_day):
        left = by_day[day]
        while left:
            held = ordered[-1].to_stage if ordered else None
            following = next((c for c in left if c.from_stage == held), None)
            if following is None:  # a gap in the chain (a change not here): the rest as is
                following = next((c for c in left if not any(
                    other.to_stage == c.from_stage for other in left)), left[0])
            left.remove(following)
            ordered.append(following)
    return ordered


def quarter_of(day: date) -> Period:
    return Period(day.year, (day.month - 1) // 3 + 1)


def quarters(since: date, until: date) -> list[Period]:
    """The quarters from ``since``'s to ``until``'s, both included."""
    first, last = quarter_of(since), quarter_of(until)
    found, year, quarter = [], first.year, first.quarter
    while (year, quarter) <= (last.year, last.quarter):
        found.append(Period(year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return found


def lifecycle_movement(changes: Iterable[StageChange[K]], since: date,
                       until: date) -> tuple[QuarterMovement[K], ...]:
    """The movement of each quarter from ``since`` to ``until`` (changes dated outside
    are left out)."""
    periods = quarters(since, until)
    entered: dict[Period, dict[Lifecycle, dict[K, None]]] = {
        period: {stage: {} for stage in Lifecycle} for period in periods}
    moves: dict[Period, dict[tuple[Lifecycle | None, Lifecycle], dict[K, None]]] = {
        period: {} for period in periods}
    for change in changes:
        if not since <= change.date <= until:
            continue
        period = quarter_of(change.date)
        entered[period][change.to_stage][change.account] = None
        moves[period].setdefault((change.from_stage, change.to_stage), {})[change.account] = None
    return tuple(QuarterMovement(
        period,
        tuple(Bar(stage, len(accounts), tuple(accounts))
              for stage, accounts in entered[period].items()),
        tuple(sorted((Bar(key, len(accounts), tuple(accounts))
                      for key, accounts in moves[period].items()),
                     key=lambda bar: (-bar.value, _order(bar.key)))))
        for period in periods)


def _order(key: tuple[Lifecycle | None, Lifecycle]) -> tuple[int, int]:
    stages = list(Lifecycle)
    return (-1 if key[0] is None else stages.index(key[0]), stages.index(key[1]))
