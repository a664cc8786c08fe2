"""The regular review of account plans: which plans Today asks to review, on real
SQLite files, with the cadence of the Preferences."""
from __future__ import annotations

from datetime import date, timedelta

from kam_desktop.domain.enums import Category
from kam_desktop.services.plan_review import plan_reviews
from kam_desktop.services.today import today_items

TODAY = date(2026, 11, 23)


def _planned(add, name: str, category: str = "key", lifecycle: str = "key"):
    reason = {"lifecycle_reason": "ушёл к конкуренту"} if lifecycle in ("lost", "sleeping") else {}
    account = add("account", None, name=name, category=category, lifecycle=lifecycle, **reason)
    add("goal", account, client_goal="Снизить издержки", our_goal="Внедрить VMI")
    return account


def _review(add, account, days_ago: int) -> None:
    add("diary_entry", account, date=TODAY - timedelta(days=days_ago), kind="plan_review",
        summary="Разбор плана")


def _due(db, **months) -> dict:
    with db.sessions() as session:
        items = today_items(session, today=TODAY, **months)
    return {item.account_name: item for item in items if item.kind == "plan_review"}


def test_today_asks_for_the_plans_whose_review_is_due(db, add) -> None:
    never = _planned(add, "Никогда")
    late = _planned(add, "Просрочен")
    _review(add, late, 100)  # a key account's plan is reviewed every 3 months
    fresh = _planned(add, "Свежий")
    _review(add, fresh, 30)
    maintained = _planned(add, "Поддерживаемый", "maintained", "maintained")
    _review(add, maintained, 100)  # every 6 months: not due yet
    planned_only = _planned(add, "Назначен")
    _review(add, planned_only, -5)  # a review dated ahead is planned, not held
    add("account", None, name="Без плана", category="key", lifecycle="key")
    _review(add, _planned(add, "Потерян", lifecycle="lost"), 400)
    _review(add, _planned(add, "Спит", lifecycle="sleeping"), 400)

    due = _due(db)
    assert set(due) == {"Никогда", "Просрочен", "Назначен"}
    assert due["Никогда"].due is None and due["Никогда"].days is None
    # 100 days ago is 15.08.2026; three calendar months on, 15.11.2026: 8 days late
    assert due["Просрочен"].due == date(2026, 11, 15) and due["Просрочен"].days == 8
    with db.sessions() as session:
        reviews = plan_reviews(session, today=TODAY)
    assert reviews[fresh].due == date(2027, 1, 24) and reviews[maintained].due == date(2027, 2, 15)
    assert never in reviews and late in reviews


def test_the_cadence_is_a_preference(db, add) -> None:
    account = _planned(add, "Ключевой")
    _review(add, account, 40)
    assert "Ключевой" not in _due(db)
    monthly = dict.fromkeys(Category, 1)
    # 40 days ago is 14.10.2026; a month on, 14.11.2026: 9 days late
    assert _due(db, review_months=monthly)["Ключевой"].days == 9


def test_recording_a_review_takes_the_plan_off_today(db, add) -> None:
    account = _planned(add, "Вектор")
    assert "Вектор" in _due(db)
    _review(add, account, 0)
    assert "Вектор" not in _due(db)
