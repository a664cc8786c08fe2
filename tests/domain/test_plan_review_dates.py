"""When a plan falls due for its review (domain.plan_review)."""
from __future__ import annotations

from datetime import date

from kam_desktop.domain.enums import Category
from kam_desktop.domain.plan_review import DEFAULT_REVIEW_MONTHS, add_months, plan_review


def test_months_are_calendar_months_and_the_31st_becomes_the_last_day() -> None:
    assert add_months(date(2026, 11, 23), 3) == date(2027, 2, 23)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 31), -2) == date(2025, 11, 30)
    assert add_months(date(2026, 12, 1), 12) == date(2027, 12, 1)


def test_a_plan_never_reviewed_is_due_now() -> None:
    review = plan_review(None, 3)
    assert review.due is None and review.is_due(date(2026, 1, 1))
    assert review.days_late(date(2026, 1, 1)) is None


def test_a_review_falls_due_its_months_after_the_last_one() -> None:
    review = plan_review(date(2026, 8, 23), DEFAULT_REVIEW_MONTHS[Category.KEY])
    assert review.due == date(2026, 11, 23)
    assert not review.is_due(date(2026, 11, 22))
    assert review.is_due(date(2026, 11, 23)) and review.days_late(date(2026, 11, 23)) == 0
    assert review.days_late(date(2026, 12, 3)) == 10


def test_the_default_cadence_follows_the_category() -> None:
    assert DEFAULT_REVIEW_MONTHS == {Category.KEY: 3, Category.DEVELOPING: 3,
                                     Category.MAINTAINED: 6, Category.OCCASIONAL: 12}


def test_the_last_review_day_for_a_review_due_agrees_with_the_rule() -> None:
    """due_if_reviewed_by: a review is due by ``today`` exactly when the last one was held
    on or before it, whatever the month's length."""
    from datetime import timedelta

    from kam_desktop.domain.plan_review import due_if_reviewed_by

    for today in (date(2026, 3, 31), date(2026, 2, 28), date(2028, 2, 29), date(2026, 4, 30),
                  date(2026, 11, 23), date(2027, 1, 1)):
        for months in (1, 3, 6, 12):
            cutoff = due_if_reviewed_by(today, months)
            for offset in range(-40, 40):
                last = cutoff + timedelta(days=offset)
                assert plan_review(last, months).is_due(today) == (last <= cutoff)
