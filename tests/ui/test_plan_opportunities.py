"""The development plan and the opportunities: mirrored goals with their actions and
progress, overdue actions, undo of every kind of edit, opportunities by priority."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt

from kam_desktop.ui.dossier.opportunities import OpportunitiesPage
from kam_desktop.ui.dossier.plan import PlanPage
from kam_desktop.ui.forms import ChoiceField, DateField, IntField, MultilineField


@pytest.fixture
def open_page(open_page, make_account):
    """The page on a new account, refreshed after every edit as the window would do."""
    return lambda page_class: open_page(page_class, make_account())


def enter(section, field: str, value) -> None:
    """Type ``value`` into a field editor and finish the edit as a user would."""
    editor = next(e for e in section.editors if e.field == field)
    if isinstance(editor, MultilineField):
        editor.input.setPlainText(value)
        editor.input.focus_lost.emit()
    elif isinstance(editor, ChoiceField):
        editor.input.setCurrentIndex(editor.input.findData(value))
    elif isinstance(editor, DateField):
        editor.input.setDate(QDate(value.year, value.month, value.day))
        editor.input.editingFinished.emit()
    elif isinstance(editor, IntField):
        editor.input.setValue(value)
        editor.input.editingFinished.emit()
    else:
        editor.input.setText(value)
        editor.input.editingFinished.emit()
    return editor


def cell(section, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return section.proxy.index(row, column).data(role)


def add_goal(page, client: str, ours: str) -> None:
    page.goals.add_button.click()
    enter(page.goals, "client_goal", client)
    enter(page.goals, "our_goal", ours)


def add_action(page, title: str, status: str = "planned", due: date | None = None) -> None:
    page.actions.add_button.click()
    enter(page.actions, "title", title)
    enter(page.actions, "status", status)
    if due is not None:
        enter(page.actions, "due", due)


def test_a_goal_is_a_mirrored_pair_and_its_actions_make_its_progress(open_page) -> None:
    page = open_page(PlanPage)
    assert not page.actions.add_button.isEnabled()  # no goal selected
    assert page.progress.bar.format() == "no actions yet"

    add_goal(page, "Запустить посылочную торговлю для пенсионеров",
             "Исследование рынка и серия книг: 10 % почтовых заказов")
    enter(page.goals, "measure", "Доля серии в почтовых заказах")
    assert cell(page.goals, 0, 0) == "Запустить посылочную торговлю для пенсионеров"
    assert cell(page.goals, 0, 1) == "Исследование рынка и серия книг: 10 % почтовых заказов"
    assert cell(page.goals, 0, 2) == "Доля серии в почтовых заказах"
    assert cell(page.goals, 0, 4) == "no actions"
    assert page.actions.add_button.isEnabled()
    assert "Исследование рынка" in page.actions_caption.text()

    add_action(page, "Исследование рынка", "done")
    add_action(page, "Процесс инвентаризации мелких заказов", "in_progress")
    assert page.actions.model.rowCount() == 2
    assert page.goals.model.rows[0]["progress"].ratio == 0.5
    assert cell(page.goals, 0, 4) == "1 of 2 (50%)"
    assert page.progress.bar.value() == 50
    assert page.progress.summary.text() == "Done: 1 of 2"

    add_action(page, "Рассылка", "dropped")  # a dropped action is not counted
    assert cell(page.goals, 0, 4) == "1 of 2 (50%)"

    # a second goal: the overall progress counts the actions of all goals
    add_goal(page, "Сократить складские запасы", "Поставки точно в срок")
    assert page.actions.model.rowCount() == 0
    add_action(page, "Согласовать график поставок")
    assert cell(page.goals, 1, 4) == "0 of 1 (0%)"
    assert page.progress.bar.value() == 33
    assert page.progress.summary.text() == "Done: 1 of 3"

    page.goals.select(page.goals.model.rows[0]["id"])
    assert page.actions.model.rowCount() == 3


def test_an_overdue_action_is_coloured_and_marked_in_words(open_page) -> None:
    page = open_page(PlanPage)
    add_goal(page, "Открыть новый филиал", "Оборудовать склад филиала")
    add_action(page, "Подписать договор", "planned", date.today() - timedelta(days=3))
    add_action(page, "Поставить стеллажи", "planned", date.today())  # due today: not late

    due = {cell(page.actions, r, 0): cell(page.actions, r, 2) for r in range(2)}
    assert due["Подписать договор"].startswith("⚠")
    assert "overdue by 3 day" in due["Подписать договор"]  # %n day(s): plural in the .qm
    assert "overdue" not in due["Поставить стеллажи"]
    late_row = next(r for r in range(2) if cell(page.actions, r, 0) == "Подписать договор")
    assert cell(page.actions, late_row, 2, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(page.actions, 1 - late_row, 2, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(page.goals, 0, 5) == "⚠ 1"
    assert cell(page.goals, 0, 0, Qt.ItemDataRole.ForegroundRole) is not None
    assert page.progress.overdue.isVisibleTo(page)
    assert page.progress.overdue.text() == "⚠ Overdue: 1"

    page.actions.select(next(r["id"] for r in page.actions.model.rows
                             if r["title"] == "Подписать договор"))
    enter(page.actions, "status", "done")
    assert all("overdue" not in cell(page.actions, r, 2) for r in range(2))
    assert cell(page.goals, 0, 5) == ""
    assert not page.progress.overdue.isVisibleTo(page)


def test_goal_and_action_edits_undo_and_redo(open_page, context) -> None:
    page = open_page(PlanPage)
    add_goal(page, "Снизить затраты на логистику", "Консолидация поставок")
    enter(page.goals, "our_goal", "Консолидация поставок до 2 раз в неделю")
    context.undo_stack.undo()
    assert page.goals.model.rows[0]["our_goal"] == "Консолидация поставок"
    assert page.goals.editors[1].value() == "Консолидация поставок"
    context.undo_stack.redo()
    assert page.goals.model.rows[0]["our_goal"] == "Консолидация поставок до 2 раз в неделю"

    add_action(page, "Согласовать график", "planned")
    enter(page.actions, "owner", "Петров А. С.")
    enter(page.actions, "status", "done")
    assert cell(page.goals, 0, 4) == "1 of 1 (100%)"
    context.undo_stack.undo()
    assert page.actions.model.rows[0]["status"].value == "planned"
    assert cell(page.goals, 0, 4) == "0 of 1 (0%)"
    context.undo_stack.undo()
    assert page.actions.model.rows[0]["owner"] is None
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert page.actions.model.rows[0]["owner"] == "Петров А. С."
    assert page.progress.bar.value() == 100

    page.actions.delete_button.click()
    assert page.actions.model.rowCount() == 0
    assert cell(page.goals, 0, 4) == "no actions"
    context.undo_stack.undo()
    assert page.actions.model.rowCount() == 1
    assert page.actions.model.rows[0]["owner"] == "Петров А. С."
    context.undo_stack.redo()
    assert page.actions.model.rowCount() == 0


def test_deleting_a_goal_takes_its_actions_and_undo_brings_them_back(open_page, context) -> None:
    page = open_page(PlanPage)
    add_goal(page, "Выйти на рынок Казахстана", "Найти дистрибьютора")
    add_action(page, "Составить список дистрибьюторов", "done")
    add_action(page, "Провести переговоры", "planned")
    goal_id = page.goals.current_id()

    page.goals.delete_button.click()
    assert page.goals.model.rowCount() == 0
    assert page.actions.model.rowCount() == 0
    assert not page.actions.add_button.isEnabled()
    assert page.progress.bar.format() == "no actions yet"

    context.undo_stack.undo()
    assert page.goals.model.rowCount() == 1
    page.goals.select(goal_id)
    assert {r["title"] for r in page.actions.model.rows} == {
        "Составить список дистрибьюторов", "Провести переговоры"}
    assert page.progress.bar.value() == 50

    context.undo_stack.redo()
    assert page.goals.model.rowCount() == 0
    assert page.actions.model.rowCount() == 0


def test_strategy_and_resources_are_stored_and_bad_money_is_refused(open_page) -> None:
    page = open_page(PlanPage)
    add_goal(page, "Повысить долю закупок у нас", "Доля кошелька 40 %")
    promotion = next(e for e in page.goals.editors if e.field == "strategy_promotion")
    assert "exhibitions" in promotion.input.placeholderText()
    enter(page.goals, "strategy_price", "Скидка 5 % на объём")
    enter(page.goals, "resource_people", 3)
    enter(page.goals, "resource_days", 20)
    enter(page.goals, "resource_budget", "150000")
    row = page.goals.model.rows[0]
    assert row["strategy_price"] == "Скидка 5 % на объём"
    assert (row["resource_people"], row["resource_days"]) == (3, 20)
    assert row["resource_budget"] == Decimal("150000")

    budget = enter(page.goals, "resource_budget", "abc")
    assert budget.error.isVisibleTo(page) and "not an amount of money" in budget.error.text()
    assert page.goals.model.rows[0]["resource_budget"] == Decimal("150000")


def test_opportunities_come_by_priority_and_filter_by_class(open_page) -> None:
    page = open_page(OpportunitiesPage)
    for title, kind, benefit, cost in [
        ("Обучение персонала клиента", "improve_service", "100000", "50000"),
        ("Поставки для нового завода", "expand_business", "900000", "100000"),
        ("Расширить ассортимент", "grow_usage", "400000", "100000"),
    ]:
        page.add_button.click()
        enter(page, "title", title)
        enter(page, "opportunity_class", kind)
        enter(page, "benefit", benefit)
        enter(page, "cost", cost)
    enter(page, "people", 2)
    enter(page, "days", 30)
    # 900 000 / 100 000 = 9; 100 000 / 50 000 = 2; the assortment needs 2 people for 30
    # days at 10 000 a person-day besides its 100 000: 400 000 / 700 000 = 0.57
    assert [cell(page, r, 0) for r in range(3)] == [
        "Поставки для нового завода", "Обучение персонала клиента", "Расширить ассортимент"]
    assert [cell(page, r, 7) for r in range(3)] == ["9.00", "2.00", "0.57"]
    assert cell(page, 0, 1) == "Expand the business"
    assert cell(page, 2, 5) == "2" and cell(page, 2, 6) == "30"
    assert "do not buy from us yet" not in page.class_hint.text()  # the hint follows the class
    assert "already buys" in page.class_hint.text()

    page.class_filter.setCurrentIndex(page.class_filter.findData("improve_service"))
    assert page.proxy.rowCount() == 1
    assert cell(page, 0, 0) == "Обучение персонала клиента"
    page.add_button.click()  # a new one joins the class in view
    assert page.proxy.rowCount() == 2
    assert page.current_row()["opportunity_class"].value == "improve_service"
    page.class_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == 4


@pytest.mark.parametrize("text", ["12,345.678", "abc"])
def test_invalid_money_is_shown_at_the_field_and_not_stored(open_page, text) -> None:
    page = open_page(OpportunitiesPage)
    page.add_button.click()
    benefit = enter(page, "benefit", "1200")
    assert page.model.rows[0]["benefit"] == Decimal("1200")
    enter(page, "benefit", text)
    assert benefit.error.isVisibleTo(page) and benefit.error.text()
    assert page.model.rows[0]["benefit"] == Decimal("1200")
    enter(page, "benefit", "1300")
    assert not benefit.error.isVisibleTo(page)


def test_opportunity_edits_and_deletion_undo(open_page, context) -> None:
    page = open_page(OpportunitiesPage)
    page.add_button.click()
    enter(page, "status", "won")
    context.undo_stack.undo()
    assert page.model.rows[0]["status"].value == "idea"
    context.undo_stack.redo()
    assert cell(page, 0, 2) == "Won"
    page.delete_button.click()
    assert page.model.rowCount() == 0
    context.undo_stack.undo()
    assert cell(page, 0, 2) == "Won"


def test_an_opportunity_without_its_cost_is_not_estimated_and_comes_last(open_page) -> None:
    page = open_page(OpportunitiesPage)
    for title, benefit, cost in [("Без оценки затрат", "5000000", None),
                                 ("Оценённая", "300000", "100000")]:
        page.add_button.click()
        enter(page, "title", title)
        enter(page, "benefit", benefit)
        if cost is not None:
            enter(page, "cost", cost)
    assert [(cell(page, r, 0), cell(page, r, 7)) for r in range(2)] == [
        ("Оценённая", "3.00"), ("Без оценки затрат", "not estimated")]
