"""Money in different currencies, brought to the portfolio's main currency.

A rate says how many units of the main currency one unit of another currency was worth in
a period: a year ("2025"), a quarter ("2025-Q3") or a day ("2025-03-14", as the central
bank publishes them). The rate of a year or a quarter is

1. the rate recorded for that very period;
2. else the mean of the daily rates recorded within it;
3. else, for a year, the mean of its recorded quarters' rates; for a quarter, its year's
   rate.

The rate of a day is the day's own rate, else its quarter's by the rule above. A rate is
never carried over from another year: money of 2025 converted at a rate of 2023 would be
a wrong figure nobody sees, so an amount without a rate is *missing* — left out of every
comparison with a note naming it — never zero and never counted as it is.

A rate stored against the other currency (the main currency's worth in this one) is used
inverted, so that switching the main currency between two currencies keeps the rates.
"""
from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from kam_desktop.domain.periods import Period, parse_period
from kam_desktop.domain.text import Text

K = TypeVar("K", bound=Hashable)

DEFAULT_CURRENCY = "RUB"
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RATE_PLACES = Decimal("0.00000001")


@dataclass(frozen=True)
class ExchangeRate:
    currency: str
    base: str
    period: str  #: "2025", "2025-Q3" or "2025-03-14"
    rate: Decimal  #: units of ``base`` for one unit of ``currency``



def rate_period_problem(text: object) -> Text | None:
    """None when ``text`` is a year, a quarter or a day, else what is wrong."""
    if isinstance(text, str) and _DAY.match(text):
        try:
            date.fromisoformat(text)
            return None
        except ValueError:
            pass
    elif isinstance(text, str):
        try:
            parse_period(text)
            return None
        except ValueError:
            pass
    return Text("{text} is not a period: write a year (2025), a quarter (2025-Q3) or a "
                "date (2025-03-14)", text=repr(text))


def rate_problem(value: object) -> Text | None:
    """None when ``value`` can be stored as a rate: above zero, below a billion, with at
    most eight decimal places (the column's)."""
    if isinstance(value, Decimal) and value.is_finite() and 0 < value < 10 ** 9 \
            and value == value.quantize(RATE_PLACES):
        return None
    return Text("{value} is not a rate: write a number above zero with at most eight "
                "decimal places", value=repr(value))


def quarter_of(day: date) -> Period:
    return Period(day.year, (day.month - 1) // 3 + 1)


def _mean(rates: list[Decimal]) -> Decimal | None:
    if not rates:
        return None
    return (sum(rates, Decimal(0)) / len(rates)).quantize(RATE_PLACES)


class RateBook:
    """The recorded rates, read for one main currency."""

    def __init__(self, rates: Iterable[ExchangeRate], main: str = DEFAULT_CURRENCY) -> None:
        self.main = main
        #: currency -> period text -> units of main for one unit of currency
        self._rates: dict[str, dict[str, Decimal]] = {}
        inverted = []
        for item in rates:
            if item.base == main and item.currency != main:
                self._rates.setdefault(item.currency, {})[item.period] = item.rate
            elif item.currency == main and item.base != main:
                inverted.append(item)
        for item in inverted:  # a rate recorded the right way round wins
            own = self._rates.setdefault(item.base, {})
            own.setdefault(item.period, (1 / item.rate).quantize(RATE_PLACES))
        self._memo: dict[tuple[str, Period], Decimal | None] = {}

    def rate(self, currency: str, period: Period) -> Decimal | None:
        """Units of the main currency for one unit of ``currency`` in ``period`` (the
        rule in the module's docstring); 1 for the main currency; None: missing."""
        if currency == self.main:
            return Decimal(1)
        if (currency, period) not in self._memo:
            self._memo[currency, period] = self._period_rate(currency, period)
        return self._memo[currency, period]

    def _period_rate(self, currency: str, period: Period) -> Decimal | None:
        known = self._rates.get(currency, {})
        text = str(period)
        if text in known:
            return known[text]
        prefix = f"{period.year}-" if period.quarter is None else None
        days = [rate for key, rate in known.items() if _DAY.match(key) and (
            key.startswith(prefix) if prefix else
            quarter_of(date.fromisoformat(key)) == period)]
        if days:
            return _mean(days)
        if period.quarter is None:
            return _mean([known[f"{period.year}-Q{q}"] for q in range(1, 5)
                          if f"{period.year}-Q{q}" in known])
        return known.get(str(period.year))

    def rate_on(self, currency: str, day: date) -> Decimal | None:
        if currency == self.main:
            return Decimal(1)
        own = self._rates.get(currency, {}).get(day.isoformat())
        return own if own is not None else self.rate(currency, quarter_of(day))

    def convert(self, amount: Decimal, currency: str, period: Period) -> Decimal | None:
        rate = self.rate(currency, period)
        return None if rate is None else amount * rate


@dataclass(frozen=True)
class MissingRate(Generic[K]):
    """Accounts left out of a comparison: no rate for their currency in the period."""

    currency: str
    period: str
    accounts: tuple[K, ...]


@dataclass
class Conversion(Generic[K]):
    """What a comparison converted: the rates it used (currency -> rate, for the caption
    "converted to RUB at the rates of 2025") and the accounts it had to leave out."""

    main: str
    used: dict[str, Decimal] = field(default_factory=dict)
    missing: dict[tuple[str, str], list[K]] = field(default_factory=dict)

    def miss(self, account: K, currency: str, period: str) -> None:
        accounts = self.missing.setdefault((currency, period), [])
        if account not in accounts:
            accounts.append(account)

    def left_out(self) -> tuple[MissingRate[K], ...]:
        return tuple(MissingRate(currency, period, tuple(accounts))
                     for (currency, period), accounts in sorted(self.missing.items()))

    def accounts_left_out(self) -> frozenset[K]:
        return frozenset(a for accounts in self.missing.values() for a in accounts)


def convert_by_account(amounts: Mapping[K, tuple[Decimal | None, str]], period: Period,
                       book: RateBook) -> tuple[dict[K, Decimal | None], Conversion[K]]:
    """Each account's amount (in its currency) in the main currency at ``period``'s rate.
    An account with an amount and no rate is left out of the result and named in the
    conversion; an account without an amount (None) or with zero keeps it: it needs no
    rate."""
    conversion: Conversion[K] = Conversion(book.main)
    converted: dict[K, Decimal | None] = {}
    for account, (amount, currency) in amounts.items():
        if not amount:  # none or zero: the same in any currency, no rate needed
            converted[account] = amount
            continue
        rate = book.rate(currency, period)
        if rate is None:
            conversion.miss(account, currency, str(period))
            continue
        if currency != book.main:
            conversion.used[currency] = rate
        converted[account] = amount * rate
    return converted, conversion


def sort_amount(amount: Decimal | None, currency: str, rates: Mapping[str, Decimal]) -> float:
    """An amount's place in a column mixing currencies: its worth in the main currency at
    ``rates`` (currency -> units of the main currency), so 100 € at 100 ₽ sorts above
    5 000 ₽. An empty amount, or one whose currency has no rate, sorts below every other."""
    rate = rates.get(currency)
    if amount is None or rate is None:
        return float("-inf")
    return float(amount * rate)


def sort_rates(book: RateBook, currencies: Iterable[str], year: int) -> dict[str, Decimal]:
    """The rates :func:`sort_amount` sorts ``currencies`` by: each one's rate of ``year``,
    the rate the portfolio report converts this year's figures at; a currency without one
    is absent."""
    rates = {currency: book.rate(currency, Period(year))
             for currency in set(currencies) | {book.main}}
    return {currency: rate for currency, rate in rates.items() if rate is not None}
