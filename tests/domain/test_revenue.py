"""Our revenue over a span of days, with every figure worked out by hand below."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from kam_desktop.domain.revenue import revenue_in_span


def _amount(recorded: dict[str, str], start: date, end: date) -> Decimal | None:
    span = revenue_in_span([(p, Decimal(a)) for p, a in recorded.items()], start, end)
    return None if span is None else span.amount


def test_a_span_that_starts_mid_quarter_takes_that_share_of_the_quarter() -> None:
    # Q1 2025 has 31 + 28 + 31 = 90 days; 15 February to 31 March is 14 + 31 = 45 of them:
    # 900 000 × 45 / 90 = 450 000; Q2 lies wholly inside: 910 000. Together 1 360 000.
    recorded = {"2025-Q1": "900000", "2025-Q2": "910000", "2025-Q3": "990000"}
    assert _amount(recorded, date(2025, 2, 15), date(2025, 6, 30)) == Decimal("1360000.00")


def test_a_year_with_only_some_quarters_counts_the_quarters_it_has() -> None:
    # Q2 and Q4 were never recorded: 2025 is Q1 + Q3 = 100 + 300, and the parts say so
    span = revenue_in_span([("2025-Q1", Decimal(100)), ("2025-Q3", Decimal(300))],
                           date(2025, 1, 1), date(2025, 12, 31))
    assert span.amount == Decimal("400.00")
    assert [(p.period, p.whole) for p in span.parts] == [("2025-Q1", True), ("2025-Q3", True)]


def test_a_year_row_is_the_years_money_and_its_quarter_rows_are_details() -> None:
    recorded = {"2025": "1000000", "2025-Q1": "200000"}
    assert _amount(recorded, date(2025, 1, 1), date(2025, 12, 31)) == Decimal("1000000.00")
    # the first quarter of 2025 as a share of the year row: 1 000 000 × 90 / 365 = 246 575,34
    assert _amount(recorded, date(2025, 1, 1), date(2025, 3, 31)) == Decimal("246575.34")


def test_periods_outside_the_span_never_count() -> None:
    recorded = {"2023": "7000000", "2024": "5000000", "2025": "3650000"}
    # 10 January to 19 January 2025: 10 of 365 days of 3 650 000 = 100 000
    assert _amount(recorded, date(2025, 1, 10), date(2025, 1, 19)) == Decimal("100000.00")
    assert _amount(recorded, date(2022, 3, 1), date(2022, 5, 1)) is None


def test_a_span_over_a_leap_year_and_the_next() -> None:
    # 1 December 2024 to 31 January 2025: 31 of 2024's 366 days of 3 660 000 = 310 000,
    # and January 2025 from its quarter: 31 of Q1's 90 days of 900 000 = 310 000
    recorded = {"2024": "3660000", "2025-Q1": "900000"}
    assert _amount(recorded, date(2024, 12, 1), date(2025, 1, 31)) == Decimal("620000.00")
