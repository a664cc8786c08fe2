"""Our revenue from a client over any span of days: the one rule behind every "value to
revenue" figure (the value dossier, the dossier page, the meeting pack, the dashboard).

Revenue is recorded per year ("2025") or per quarter ("2025-Q3"). For each year the span
touches, the year's own figure is used when it is recorded (quarter rows of that year are
then details of the same money), else the year's recorded quarters. Each period counts
in proportion to its days inside the span, so a span that starts mid-quarter takes that
share of the quarter, and a period outside the span never counts. A quarter that is not
recorded counts as nothing, and the parts say exactly which periods were divided by, so a
report can print it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kam_desktop.domain.periods import Period, parse_period

_CENT = Decimal("0.01")


@dataclass(frozen=True)
class RevenuePart:
    """One recorded period and how much of it lies inside the span."""

    period: str
    amount: Decimal
    days_inside: int
    days: int

    @property
    def whole(self) -> bool:
        return self.days_inside == self.days

    @property
    def counted(self) -> Decimal:
        return self.amount * self.days_inside / self.days


@dataclass(frozen=True)
class SpanRevenue:
    """Our revenue over a span, and the recorded periods it comes from."""

    start: date
    end: date
    parts: tuple[RevenuePart, ...]

    @property
    def amount(self) -> Decimal:
        return sum((part.counted for part in self.parts), Decimal(0)).quantize(_CENT)


def period_days(period: Period) -> tuple[date, date]:
    """The first and last day of a year or a quarter."""
    if period.quarter is None:
        return date(period.year, 1, 1), date(period.year, 12, 31)
    first_month = 3 * period.quarter - 2
    start = date(period.year, first_month, 1)
    after = date(period.year + 1, 1, 1) if period.quarter == 4 \
        else date(period.year, first_month + 3, 1)
    return start, date.fromordinal(after.toordinal() - 1)


def revenue_in_span(recorded: Iterable[tuple[str, Decimal]], start: date,
                    end: date) -> SpanRevenue | None:
    """Our revenue from ``start`` to ``end`` (both included) by the rule above; None when
    no recorded period touches the span."""
    years: dict[int, list[tuple[Period, str, Decimal]]] = {}
    for text, amount in recorded:
        period = parse_period(text)
        years.setdefault(period.year, []).append((period, text, amount))
    parts = []
    for year in range(start.year, end.year + 1):
        rows = years.get(year, [])
        whole_year = [row for row in rows if row[0].quarter is None]
        for period, text, amount in sorted(whole_year or rows, key=lambda row: row[1]):
            first, last = period_days(period)
            inside = (min(last, end) - max(first, start)).days + 1
            if inside > 0:
                parts.append(RevenuePart(text, amount, inside, (last - first).days + 1))
    return SpanRevenue(start, end, tuple(parts)) if parts else None
