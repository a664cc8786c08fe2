"""Converting money to the portfolio's main currency: which rate a period takes, and that a
missing rate leaves the account out by name instead of counting it as zero or as it is."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from kam_desktop.domain.money import ExchangeRate, RateBook, convert_by_account, rate_period_problem
from kam_desktop.domain.periods import Period


def book(*rates: tuple[str, str, str, str], main: str = "RUB") -> RateBook:
    return RateBook([ExchangeRate(c, b, p, Decimal(r)) for c, b, p, r in rates], main)


def test_the_periods_own_rate_comes_first_then_its_days_then_its_quarters() -> None:
    rates = book(("EUR", "RUB", "2025", "100"), ("EUR", "RUB", "2024-01-10", "90"),
                 ("EUR", "RUB", "2024-07-10", "94"), ("EUR", "RUB", "2023-Q1", "80"),
                 ("EUR", "RUB", "2023-Q2", "84"))
    assert rates.rate("EUR", Period(2025)) == Decimal("100")
    assert rates.rate("EUR", Period(2024)) == Decimal("92")  # the mean of its days
    assert rates.rate("EUR", Period(2024, 3)) == Decimal("94")
    assert rates.rate("EUR", Period(2023)) == Decimal("82")  # the mean of its quarters
    assert rates.rate("EUR", Period(2025, 2)) == Decimal("100")  # a quarter takes its year's
    assert rates.rate_on("EUR", date(2024, 1, 10)) == Decimal("90")
    assert rates.rate_on("EUR", date(2025, 5, 1)) == Decimal("100")


def test_a_rate_is_never_carried_over_from_another_year() -> None:
    rates = book(("EUR", "RUB", "2024", "100"))
    assert rates.rate("EUR", Period(2025)) is None
    assert rates.rate("EUR", Period(2023, 4)) is None
    assert rates.rate("RUB", Period(2025)) == 1


def test_a_rate_against_the_other_currency_is_used_inverted() -> None:
    rates = book(("EUR", "RUB", "2025", "100"), main="EUR")
    assert rates.rate("RUB", Period(2025)) == Decimal("0.01")
    assert rates.rate("USD", Period(2025)) is None


def test_an_account_without_a_rate_is_named_not_counted() -> None:
    rates = book(("EUR", "RUB", "2025", "100"))
    converted, conversion = convert_by_account(
        {"ruble": (Decimal(5), "RUB"), "euro": (Decimal(2), "EUR"),
         "dollar": (Decimal(3), "USD"), "silent": (None, "USD")}, Period(2025), rates)
    assert converted == {"ruble": Decimal(5), "euro": Decimal(200), "silent": None}
    assert conversion.used == {"EUR": Decimal(100)}
    [missing] = conversion.left_out()
    assert (missing.currency, missing.period, missing.accounts) == ("USD", "2025", ("dollar",))


def test_rate_periods() -> None:
    assert rate_period_problem("2025") is None
    assert rate_period_problem("2025-Q3") is None
    assert rate_period_problem("2025-03-14") is None
    assert rate_period_problem("2025-02-30") is not None
    assert rate_period_problem("March") is not None


def test_amounts_in_different_currencies_sort_by_their_worth_in_the_main_one() -> None:
    from kam_desktop.domain.money import sort_amount, sort_rates

    book = RateBook([ExchangeRate("EUR", "RUB", "2026", Decimal(100)),
                     ExchangeRate("USD", "RUB", "2025", Decimal(90))])
    rates = sort_rates(book, ["EUR", "USD", "RUB"], 2026)
    assert rates == {"EUR": Decimal(100), "RUB": Decimal(1)}  # no 2026 rate for USD
    amounts = [(Decimal(5000), "RUB"), (Decimal(100), "EUR"), (None, "RUB"),
               (Decimal(10), "USD")]
    ordered = sorted(amounts, key=lambda a: sort_amount(*a, rates), reverse=True)
    assert ordered[:2] == [(Decimal(100), "EUR"), (Decimal(5000), "RUB")]
    assert sort_amount(None, "RUB", rates) == sort_amount(Decimal(10), "USD", rates) \
        == float("-inf")
