"""Opportunity priority weighs money, people and days; figures worked out by hand."""
from __future__ import annotations

from decimal import Decimal

from kam_desktop.domain.opportunity import order_key, priority


def test_people_and_days_count_beside_money() -> None:
    # the same benefit 2 000 000 and cost 100 000, at 10 000 a person-day:
    # 1 person × 14 days = 140 000 of time → 2 000 000 / 240 000 = 8.33…
    # 40 people × 700 days = 280 000 000 of time → 2 000 000 / 280 100 000 = 0.00714…
    small = priority(Decimal(2_000_000), Decimal(100_000), 1, 14)
    huge = priority(Decimal(2_000_000), Decimal(100_000), 40, 700)
    assert small == Decimal(2_000_000) / Decimal(240_000)
    assert huge == Decimal(2_000_000) / Decimal(280_100_000)
    assert small > huge


def test_the_person_day_cost_is_a_setting() -> None:
    # 5 people × 10 days at 2 000 = 100 000, plus 50 000 of money: 600 000 / 150 000 = 4
    assert priority(Decimal(600_000), Decimal(50_000), 5, 10, person_day_cost=2_000) == 4


def test_an_unestimated_opportunity_has_no_priority_and_comes_last() -> None:
    assert priority(Decimal(1_000_000), None, None, None) is None  # no cost, no time
    assert priority(None, Decimal(10_000), 2, 5) is None  # no benefit
    assert priority(Decimal(1_000_000), None, 3, None) is None  # people without days
    figures = [None, Decimal("0.5"), Decimal(3), None, Decimal(1)]
    assert sorted(figures, key=order_key) == [Decimal(3), Decimal(1), Decimal("0.5"), None,
                                              None]
