"""Reporting periods: a year ("2025") or a quarter of a year ("2025-Q3")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import total_ordering

from kam_desktop.domain.text import Text

_PERIOD = re.compile(r"^(?P<year>\d{4})(?:-Q(?P<quarter>[1-4]))?$")


@total_ordering
@dataclass(frozen=True)
class Period:
    year: int
    quarter: int | None = None  # None: the whole year

    def __lt__(self, other: "Period") -> bool:
        # a year sorts before its own quarters
        return (self.year, self.quarter or 0) < (other.year, other.quarter or 0)

    @property
    def fraction_of_year(self) -> int:
        """How many of these periods make a year (1 or 4)."""
        return 1 if self.quarter is None else 4

    def __str__(self) -> str:
        return f"{self.year}" if self.quarter is None else f"{self.year}-Q{self.quarter}"


def period_problem(text: str) -> str | None:
    """None when ``text`` names a period, else what is wrong, in words."""
    if not isinstance(text, str) or not _PERIOD.match(text):
        return Text("{text} is not a period: write a year (2025) or a quarter (2025-Q3)",
                    text=repr(text))
    return None


def parse_period(text: str) -> Period:
    match = _PERIOD.match(text)
    if not match:
        raise ValueError(period_problem(text))
    quarter = match["quarter"]
    return Period(int(match["year"]), int(quarter) if quarter else None)
