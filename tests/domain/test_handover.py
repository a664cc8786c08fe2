"""The hand-over triggers of seed 003, figured by hand."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from kam_desktop.domain.deals import DealPoint
from kam_desktop.domain.handover import HandoverThresholds, crossed_triggers, months_between

TODAY = date(2026, 11, 23)
OFF = HandoverThresholds(deals=0, amount=0, share=0, months=0)


def _deals(*pairs) -> list[DealPoint]:
    return [DealPoint(day, Decimal(amount)) for day, amount in pairs]


def test_months_between_counts_whole_months() -> None:
    assert months_between(date(2026, 1, 15), date(2026, 3, 14)) == 1
    assert months_between(date(2026, 1, 15), date(2026, 3, 15)) == 2
    assert months_between(date(2025, 11, 23), TODAY) == 12


def test_each_trigger_at_its_threshold() -> None:
    deals = _deals((date(2025, 11, 23), 300_000), (date(2026, 5, 1), 200_000),
                   (date(2026, 11, 1), 500_000))
    # three deals; the last 12 months (24.11.2025–23.11.2026) hold 700,000 of them
    assert crossed_triggers(deals, None, OFF, TODAY) == ()
    assert crossed_triggers(deals, None, HandoverThresholds(3, 0, 0, 0), TODAY) == ("deals",)
    assert crossed_triggers(deals, None, HandoverThresholds(4, 0, 0, 0), TODAY) == ()
    assert crossed_triggers(deals, None, HandoverThresholds(0, 700_000, 0, 0), TODAY) == ("amount",)
    assert crossed_triggers(deals, None, HandoverThresholds(0, 700_001, 0, 0), TODAY) == ()
    # 700,000 of a 3,500,000 potential is 20 %
    assert crossed_triggers(deals, Decimal(3_500_000), HandoverThresholds(0, 0, 20, 0),
                            TODAY) == ("share",)
    assert crossed_triggers(deals, Decimal(3_500_000), HandoverThresholds(0, 0, 21, 0),
                            TODAY) == ()
    assert crossed_triggers(deals, None, HandoverThresholds(0, 0, 20, 0), TODAY) == ()
    # the first deal is 12 months old, the client bought again lately
    assert crossed_triggers(deals, None, HandoverThresholds(0, 0, 0, 12), TODAY) == ("months",)
    assert crossed_triggers(deals, None, HandoverThresholds(0, 0, 0, 13), TODAY) == ()
    assert crossed_triggers(deals, Decimal(3_500_000), HandoverThresholds(), TODAY) == (
        "deals", "share", "months")


def test_a_client_that_stopped_buying_is_not_a_regular_one() -> None:
    old = _deals((date(2023, 1, 10), 100), (date(2024, 1, 10), 100))
    assert crossed_triggers(old, None, HandoverThresholds(0, 0, 0, 12), TODAY) == ()
    assert crossed_triggers(_deals((date(2024, 1, 10), 100)), None,
                            HandoverThresholds(1, 0, 0, 1), TODAY) == ("deals",)
