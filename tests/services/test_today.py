"""The Today list on a small, hand-made portfolio."""
from __future__ import annotations

from datetime import date, timedelta

from kam_desktop.domain.enums import Role
from kam_desktop.services.records import add_record
from kam_desktop.services.today import open_actions, today_items
from kam_desktop.store.models import DiaryAttendee

TODAY = date(2026, 11, 23)


def _portfolio(db):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={
            "name": "АО «Вектор»", "category": "key", "lifecycle": "key"})
        leader = add_record(session, kind="contact", parent_id=account, values={
            "name": "Орлов", "interest": 9, "involvement": 9})
        butler = add_record(session, kind="contact", parent_id=account, values={
            "name": "Ким", "interest": 1, "involvement": 1})
        met_leader = add_record(session, kind="diary_entry", parent_id=account, values={
            "date": TODAY - timedelta(days=60), "kind": "meeting", "summary": "Переговоры",
            "next_step": "Выслать КП", "next_step_due": TODAY - timedelta(days=3)})
        session.add(DiaryAttendee(entry_id=met_leader, contact_id=leader))
        met_butler = add_record(session, kind="diary_entry", parent_id=account, values={
            "date": TODAY - timedelta(days=2), "kind": "call", "summary": "Звонок",
            "next_step": "Позвонить снова", "next_step_due": TODAY + timedelta(days=5)})
        session.add(DiaryAttendee(entry_id=met_butler, contact_id=butler))
        goal = add_record(session, kind="goal", parent_id=account, values={
            "client_goal": "Снизить издержки", "our_goal": "Внедрить VMI",
            "deadline": TODAY + timedelta(days=10)})
        add_record(session, kind="plan_action", parent_id=goal, values={
            "title": "Пилот на складе", "due": TODAY, "status": "in_progress"})
        add_record(session, kind="plan_action", parent_id=goal, values={
            "title": "Обучение", "due": TODAY - timedelta(days=1), "status": "done"})
        add_record(session, kind="plan_action", parent_id=goal, values={
            "title": "Договор", "due": TODAY + timedelta(days=5), "status": "planned"})
    return account


def test_today_lists_what_needs_the_manager(db) -> None:
    _portfolio(db)
    with db.sessions() as session:
        items = today_items(session, today=TODAY)
    kinds = [item.kind for item in items]
    assert kinds == ["next_step", "action", "cooling", "ladder", "goal", "plan_review"]
    step, action, cooling, ladder, goal, review = items
    assert step.text == "Выслать КП" and step.days == 3
    assert action.text == "Пилот на складе" and action.days == 0
    assert cooling.roles == (Role.LEADER,) and cooling.days == 60
    assert ladder.due is None  # a key account never assessed on the ladder
    assert goal.text == "Внедрить VMI" and goal.days == 10
    assert review.due is None and review.days is None  # a plan never reviewed


def test_the_cooling_threshold_is_a_preference(db) -> None:
    _portfolio(db)
    with db.sessions() as session:
        items = today_items(session, today=TODAY, cooling_days=90)
    assert "cooling" not in [item.kind for item in items]


def _lost_sleeping_and_prospect(db):
    """A lost account with an overdue action and a goal near its deadline, a sleeping
    account last met 200 days ago, and a key prospect never assessed on the ladder."""
    with db.transaction() as session:
        lost = add_record(session, kind="account", parent_id=None, values={
            "name": "ООО «Ушли»", "category": "key", "lifecycle": "lost",
            "lifecycle_reason": "Ушли к конкуренту из-за цены"})
        goal = add_record(session, kind="goal", parent_id=lost, values={
            "client_goal": "Снизить издержки", "our_goal": "Удержать поставки",
            "deadline": TODAY + timedelta(days=5)})
        for title, due in (("Встреча с закупками", TODAY - timedelta(days=4)),
                           ("Новое КП", TODAY + timedelta(days=20))):
            add_record(session, kind="plan_action", parent_id=goal,
                       values={"title": title, "due": due, "status": "planned"})
        add_record(session, kind="diary_entry", parent_id=lost, values={
            "date": TODAY - timedelta(days=30), "kind": "call", "summary": "Отказ",
            "next_step": "Перезвонить", "next_step_due": TODAY - timedelta(days=1)})
        asleep = add_record(session, kind="account", parent_id=None, values={
            "name": "АО «Спит»", "lifecycle": "sleeping",
            "lifecycle_reason": "Заморозили инвестпрограмму"})
        add_record(session, kind="diary_entry", parent_id=asleep, values={
            "date": TODAY - timedelta(days=200), "kind": "meeting", "summary": "Последняя встреча"})
        add_record(session, kind="account", parent_id=None, values={
            "name": "ПАО «Будущее»", "category": "key", "lifecycle": "prospect"})
    return lost, asleep


def test_lost_accounts_close_their_plan_and_sleeping_ones_are_woken(db) -> None:
    lost, asleep = _lost_sleeping_and_prospect(db)
    with db.sessions() as session:
        items = today_items(session, today=TODAY)
        still_open = open_actions(session, account_id=lost)
    assert [(i.kind, i.account_name) for i in items] == [
        ("reactivate", "АО «Спит»"), ("lost_actions", "ООО «Ушли»")]
    reactivate, lost_plan = items
    assert reactivate.text == "Заморозили инвестпрограмму" and reactivate.days == 200
    assert reactivate.due == TODAY - timedelta(days=200)
    assert lost_plan.days == 2 and len(still_open) == 2  # two open actions to drop
