"""When an account's written plan is due for its regular review.

Stage 3 of account planning [001] is the plan in writing, discussed with the team, and
the day-to-day management the sources describe keeps checking it. The app asks for a
review of each account's plan every so many months, by category: the sources set no
number, so the defaults below (quarterly for key and developing accounts, twice a year
for maintained ones, yearly for occasional ones) are ours, and Preferences change them.
A review is a diary entry of the kind "plan review"; the next one falls due that many
months after the latest.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from kam_desktop.domain.enums import Category, Lifecycle

DEFAULT_REVIEW_MONTHS = {Category.KEY: 3, Category.DEVELOPING: 3, Category.MAINTAINED: 6,
                         Category.OCCASIONAL: 12}
#: a lost account's plan is closed, a sleeping one is woken before it is planned again
NOT_REVIEWED = (Lifecycle.LOST, Lifecycle.SLEEPING)


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on; the 31st of a shorter month becomes
    its last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Review:
    """Where an account's plan stands with its reviews."""

    last: date | None
    months: int
    #: when the next review falls due (None: never reviewed, so it is due now)
    due: date | None

    def is_due(self, today: date) -> bool:
        return self.due is None or self.due <= today

    def days_late(self, today: date) -> int | None:
        """Days past the due date (0 when due today); None when never reviewed."""
        return None if self.due is None else (today - self.due).days


def plan_review(last: date | None, months: int) -> Review:
    return Review(last, months, None if last is None else add_months(last, months))


def due_if_reviewed_by(today: date, months: int) -> date:
    """The latest day a review may have been held for the next to be due by ``today``:
    ``plan_review(last, months).is_due(today)`` exactly when ``last`` is on or before it
    (add_months never goes back as its day goes on), so a store can select them."""
    day = add_months(today, -months)
    while add_months(day + timedelta(days=1), months) <= today:
        day += timedelta(days=1)
    return day
