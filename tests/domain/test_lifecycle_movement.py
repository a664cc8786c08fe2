"""The movement between lifecycle stages per quarter, counted by hand."""
from __future__ import annotations

from datetime import date

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.lifecycle_movement import StageChange, lifecycle_movement, quarters
from kam_desktop.domain.periods import Period

P, D, K, M, S, L = (Lifecycle.PROSPECT, Lifecycle.DEVELOPING, Lifecycle.KEY,
                    Lifecycle.MAINTAINED, Lifecycle.SLEEPING, Lifecycle.LOST)


def test_quarters_run_from_the_first_days_to_the_last() -> None:
    assert quarters(date(2025, 11, 30), date(2026, 4, 1)) == [
        Period(2025, 4), Period(2026, 1), Period(2026, 2)]


def test_each_quarter_counts_who_entered_each_stage_and_each_move() -> None:
    changes = [
        StageChange("a", date(2025, 12, 31), None, P),  # before the span: left out
        StageChange("a", date(2026, 1, 10), P, D),
        StageChange("b", date(2026, 2, 1), None, P),  # a new account
        StageChange("c", date(2026, 2, 2), P, D),
        StageChange("c", date(2026, 3, 31), D, K),
        StageChange("a", date(2026, 4, 1), D, K),
        StageChange("a", date(2026, 5, 5), K, S),
        StageChange("a", date(2026, 6, 5), S, K),  # woke up
        StageChange("a", date(2026, 6, 6), K, S),  # and fell asleep again: counted once
        StageChange("d", date(2026, 6, 30), M, L),
        StageChange("d", date(2026, 7, 1), L, M),  # after the span: left out
    ]
    first, second = lifecycle_movement(changes, date(2026, 1, 1), date(2026, 6, 30))
    assert first.quarter == Period(2026, 1) and second.quarter == Period(2026, 2)
    assert {b.key: b.accounts for b in first.entered if b.value} == {
        P: ("b",), D: ("a", "c"), K: ("c",)}
    assert [(b.key, b.accounts) for b in first.moves] == [
        ((P, D), ("a", "c")), ((None, P), ("b",)), ((D, K), ("c",))]
    assert [(b.key, b.value) for b in second.entered] == [
        (P, 0), (D, 0), (K, 1), (M, 0), (S, 1), (L, 1)]
    assert [(b.key, b.value) for b in second.moves] == [
        ((D, K), 1), ((K, S), 1), ((M, L), 1), ((S, K), 1)]


def test_the_changes_of_one_day_follow_each_other() -> None:
    from kam_desktop.domain.lifecycle_movement import in_order

    day = date(2026, 3, 1)
    changes = [StageChange("a", day, K, S), StageChange("a", day, D, K),
               StageChange("a", date(2026, 1, 1), P, D), StageChange("a", day, S, K)]
    assert [(c.from_stage, c.to_stage) for c in in_order(changes)] == [
        (P, D), (D, K), (K, S), (S, K)]
    # a new account and its first change on the day it came
    first = [StageChange("b", day, P, D), StageChange("b", day, None, P)]
    assert [c.from_stage for c in in_order(first)] == [None, P]
