"""Purchase history: the figures a client manager watches in the client's deals.

A *deal* is one purchase of the client (a shipment, an order, a signed contract) on a
date for an amount. The figures, for an account as of a day ``today``:

- **deals**: how many deals the account has; **total** their amount.
- **average deal**: the total divided by the number of deals.
- **purchase interval** (the purchase frequency in days): the mean number of days
  between consecutive purchase days, i.e. (last purchase day − first purchase day) /
  (number of distinct purchase days − 1); deals on the same day are one purchase. None
  with fewer than two purchase days.
- **deals in the last 12 months** (the frequency as purchases per year): deals dated in
  the 365 days ending ``today``; its **change** is that count minus the count of the 365
  days before them.
- **days since the last deal**: ``today`` minus the date of the newest deal.
- **repeat-purchase rate** of an account: of the calendar years in which the client
  bought, the share in which it bought at least twice (a client that orders once a
  year scores 0, one that comes back within the year scores 1).

For a portfolio, as of ``today``:

- **repeat-purchase rate**: of the accounts with a deal in the last 12 months, the share
  with at least two deals in those months;
- **deals**, **average deal** and **average interval** over the deals of the last 12
  months (the interval averaged over the accounts that have one).

Money stays Decimal; rates are fractions (0.25 = 25 %).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Hashable, TypeVar


K = TypeVar("K", bound=Hashable)

#: the window of "the last 12 months"
YEAR_DAYS = 365
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class DealPoint:
    date: date
    amount: Decimal


@dataclass(frozen=True)
class PurchaseMetrics:
    deals: int
    total: Decimal
    average_deal: Decimal | None
    first_deal: date | None
    last_deal: date | None
    days_since_last: int | None
    #: mean days between purchase days; None with fewer than two
    interval_days: float | None
    deals_last_year: int
    deals_year_before: int
    #: share of the years with a purchase that had at least two; None without deals
    repeat_rate: float | None

    @property
    def frequency_change(self) -> int:
        """Deals in the last 12 months minus deals in the 12 months before."""
        return self.deals_last_year - self.deals_year_before


def last_year(today: date) -> tuple[date, date]:
    """The first and last day of "the last 12 months" ending ``today``."""
    return today - timedelta(days=YEAR_DAYS - 1), today


def purchase_interval(days: Iterable[date]) -> float | None:
    """The mean number of days between consecutive distinct purchase days."""
    distinct = sorted(set(days))
    if len(distinct) < 2:
        return None
    return (distinct[-1] - distinct[0]).days / (len(distinct) - 1)


def repeat_rate_by_year(days: Iterable[date]) -> float | None:
    """Of the calendar years with a deal, the share with two deals or more."""
    per_year = Counter(day.year for day in days)
    if not per_year:
        return None
    return sum(1 for count in per_year.values() if count >= 2) / len(per_year)


def average(total: Decimal, count: int) -> Decimal | None:
    return (total / count).quantize(_CENT) if count else None


def purchase_metrics(deals: Iterable[DealPoint], today: date) -> PurchaseMetrics:
    """The figures of one account's deals as of ``today`` (see the module's docstring)."""
    deals = list(deals)
    days = [deal.date for deal in deals]
    total = sum((deal.amount for deal in deals), Decimal(0))
    start, _end = last_year(today)
    before = start - timedelta(days=YEAR_DAYS)
    last = max(days, default=None)
    return PurchaseMetrics(
        deals=len(deals), total=total, average_deal=average(total, len(deals)),
        first_deal=min(days, default=None), last_deal=last,
        days_since_last=(today - last).days if last is not None else None,
        interval_days=purchase_interval(days),
        deals_last_year=sum(1 for day in days if start <= day <= today),
        deals_year_before=sum(1 for day in days if before <= day < start),
        repeat_rate=repeat_rate_by_year(days))


def yearly_totals(deals: Iterable[DealPoint], before_year: int) -> dict[int, Decimal]:
    """The deals' amounts per calendar year, for the years before ``before_year`` (a year
    still running is not yet its revenue)."""
    totals: dict[int, Decimal] = {}
    for deal in deals:
        if deal.date.year < before_year:
            totals[deal.date.year] = totals.get(deal.date.year, Decimal(0)) + deal.amount
    return dict(sorted(totals.items()))


@dataclass(frozen=True)
class PortfolioPurchases:
    #: accounts with a deal in the last 12 months
    buyers: int
    #: of them, those with two deals or more in those months
    repeat_buyers: int
    deals: int
    total: Decimal
    #: the mean of the accounts' purchase intervals (over their whole history)
    interval_days: float | None

    @property
    def repeat_rate(self) -> float | None:
        return self.repeat_buyers / self.buyers if self.buyers else None

    @property
    def average_deal(self) -> Decimal | None:
        return average(self.total, self.deals)


@dataclass(frozen=True)
class DealSummary:
    """What the portfolio's figures need of one account's deals (a database can sum
    them): its first and last deal day, how many distinct days it bought on, and the
    count and total of its deals in the last 12 months."""

    first: date | None
    last: date | None
    days: int
    recent: int
    recent_total: Decimal

    @property
    def interval_days(self) -> float | None:
        """As :func:`purchase_interval` of the account's deal days."""
        if self.days < 2:
            return None
        return (self.last - self.first).days / (self.days - 1)


def summary(deals: Iterable[DealPoint], today: date) -> DealSummary:
    deals = list(deals)
    start, _end = last_year(today)
    recent = [deal for deal in deals if start <= deal.date <= today]
    days = {deal.date for deal in deals}
    return DealSummary(min(days, default=None), max(days, default=None), len(days),
                       len(recent), sum((deal.amount for deal in recent), Decimal(0)))


def portfolio_figures(summaries: Iterable[DealSummary]) -> PortfolioPurchases:
    """The portfolio's figures from each account's summary (in a fixed order: the mean
    interval is a float sum)."""
    buyers = repeat = count = 0
    total = Decimal(0)
    intervals = []
    for own in summaries:
        buyers += own.recent > 0
        repeat += own.recent >= 2
        count += own.recent
        total += own.recent_total
        if own.interval_days is not None:
            intervals.append(own.interval_days)
    return PortfolioPurchases(buyers, repeat, count, total,
                              sum(intervals) / len(intervals) if intervals else None)


def portfolio_purchases(deals: Mapping[K, Iterable[DealPoint]],
                        today: date) -> PortfolioPurchases:
    """The portfolio's figures as of ``today`` from each account's deals."""
    return portfolio_figures(summary(own, today) for own in deals.values())
