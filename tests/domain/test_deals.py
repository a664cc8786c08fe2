"""The purchase-history figures, each worked out by hand in the comments."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from kam_desktop.domain.deals import (
    DealPoint,
    last_year,
    portfolio_purchases,
    purchase_interval,
    purchase_metrics,
    yearly_totals,
    repeat_rate_by_year,
)

TODAY = date(2026, 6, 30)


def _deals(*pairs: tuple[date, str]) -> list[DealPoint]:
    return [DealPoint(day, Decimal(amount)) for day, amount in pairs]


def test_the_figures_of_one_account() -> None:
    deals = _deals((date(2024, 11, 1), "100000"), (date(2025, 3, 1), "50000"),
                   (date(2025, 3, 1), "30000"), (date(2025, 9, 1), "120000"),
                   (date(2026, 5, 1), "200000"))
    metrics = purchase_metrics(deals, TODAY)
    assert metrics.deals == 5
    assert metrics.total == Decimal("500000")
    assert metrics.average_deal == Decimal("100000.00")  # 500 000 / 5
    assert (metrics.first_deal, metrics.last_deal) == (date(2024, 11, 1), date(2026, 5, 1))
    assert metrics.days_since_last == 60  # 1 May → 30 June: 30 + 30
    # four purchase days (1 March counts once): 1 Nov 2024 → 1 May 2026 is 546 days,
    # three intervals: 182 days each on average
    assert metrics.interval_days == 182.0
    # the last 12 months are 1 July 2025 – 30 June 2026: September and May
    assert last_year(TODAY) == (date(2025, 7, 1), TODAY)
    assert metrics.deals_last_year == 2
    # the 12 months before, 1 July 2024 – 30 June 2025: November and the two of March
    assert metrics.deals_year_before == 3
    assert metrics.frequency_change == -1
    # 2024: one deal; 2025: three; 2026: one → one year of three with a repeat purchase
    assert metrics.repeat_rate == 1 / 3


def test_an_account_without_deals_has_no_figures_to_divide() -> None:
    metrics = purchase_metrics([], TODAY)
    assert (metrics.deals, metrics.total, metrics.average_deal) == (0, Decimal(0), None)
    assert metrics.days_since_last is None and metrics.interval_days is None
    assert metrics.repeat_rate is None and metrics.frequency_change == 0


def test_the_interval_needs_two_purchase_days() -> None:
    assert purchase_interval([date(2026, 1, 10)]) is None
    assert purchase_interval([date(2026, 1, 10), date(2026, 1, 10)]) is None
    # 10 January, 9 February, 1 April: 30 and 51 days, 81 / 2 = 40.5
    assert purchase_interval([date(2026, 4, 1), date(2026, 1, 10), date(2026, 2, 9)]) == 40.5


def test_the_repeat_rate_of_an_account_counts_years_with_two_deals() -> None:
    days = [date(2023, 5, 1), date(2024, 2, 1), date(2024, 8, 1), date(2025, 1, 1),
            date(2025, 2, 1), date(2025, 3, 1)]
    assert repeat_rate_by_year(days) == 2 / 3  # 2023 once; 2024 twice; 2025 three times
    assert repeat_rate_by_year([]) is None


def test_the_portfolio_figures_count_the_last_12_months() -> None:
    portfolio = {
        # two deals in the window: a repeat buyer; interval 1 Jan → 1 Mar 2026 = 59 days
        "a": _deals((date(2026, 1, 1), "100"), (date(2026, 3, 1), "300")),
        # one deal in the window, one long before: a buyer, not a repeat one;
        # interval 1 Jun 2024 → 1 Jun 2026 = 730 days
        "b": _deals((date(2024, 6, 1), "1000"), (date(2026, 6, 1), "200")),
        # nothing in the window: not a buyer; a single purchase day has no interval
        "c": _deals((date(2025, 6, 30), "5000")),
        "d": [],
    }
    figures = portfolio_purchases(portfolio, TODAY)
    assert (figures.buyers, figures.repeat_buyers) == (2, 1)
    assert figures.repeat_rate == 0.5
    assert figures.deals == 3 and figures.total == Decimal(600)
    assert figures.average_deal == Decimal("200.00")
    assert figures.interval_days == (59 + 730) / 2


def test_an_empty_portfolio_has_no_rates() -> None:
    figures = portfolio_purchases({}, TODAY)
    assert figures.repeat_rate is None and figures.average_deal is None
    assert figures.interval_days is None


def test_yearly_totals_leave_out_the_running_year() -> None:
    deals = _deals((date(2024, 3, 1), "100.50"), (date(2024, 12, 31), "200"),
                   (date(2025, 1, 1), "7"), (date(2026, 2, 1), "1000"))
    assert yearly_totals(deals, 2026) == {2024: Decimal("300.50"), 2025: Decimal(7)}
