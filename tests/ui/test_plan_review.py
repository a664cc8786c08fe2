"""The plan's review in the dossier: when it was last held and when the next is due, at
the cadence of the Preferences; recording one adds a diary entry and opens it; undo."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale

from kam_desktop.domain.enums import DiaryKind
from kam_desktop.domain.plan_review import add_months
from kam_desktop.store.models import DiaryEntry
from kam_desktop.ui import settings
from kam_desktop.ui.dossier.window import DossierWindow


def _window(qtbot, context, account_id) -> DossierWindow:
    window = DossierWindow(context, account_id)
    qtbot.addWidget(window)
    window.show()
    window.show_section("plan")
    return window


def _reviews(db, account_id) -> list[tuple[date, DiaryKind]]:
    with db.sessions() as session:
        return [(e.date, e.kind) for e in session.query(DiaryEntry).filter_by(
            account_id=account_id, kind=DiaryKind.PLAN_REVIEW)]


def test_recording_a_review_adds_it_to_the_diary_and_undo_takes_it_back(
        qtbot, russian, context, db, add, make_account) -> None:
    account_id = make_account(category="key")
    add("goal", account_id, client_goal="Снизить издержки", our_goal="Внедрить VMI")
    window = _window(qtbot, context, account_id)
    line = window.page("plan").review
    assert line.label.text() == ("⚠ План ещё ни разу не разбирали с командой (для этой "
                                 "категории — раз в 3 месяца).")

    line.button.click()
    assert _reviews(db, account_id) == [(date.today(), DiaryKind.PLAN_REVIEW)]
    assert window.keys[window.pages.currentIndex()] == "diary"
    diary = window.page("diary")
    assert diary.current_row()["kind"] == DiaryKind.PLAN_REVIEW
    today, due = (QLocale().toString(day, QLocale.FormatType.ShortFormat)
                  for day in (date.today(), add_months(date.today(), 3)))
    assert line.label.text() == (f"Последний разбор плана — {today}; следующий — до {due} "
                                 "(раз в 3 месяца)")

    context.undo_stack.undo()
    assert _reviews(db, account_id) == []
    assert "ни разу" in line.label.text()


def test_the_cadence_comes_from_the_preferences(qtbot, russian, context, add,
                                                make_account) -> None:
    account_id = make_account(category="maintained")
    add("goal", account_id, client_goal="Снизить издержки", our_goal="Внедрить VMI")
    add("diary_entry", account_id, date=date.today() - timedelta(days=100), kind="plan_review",
        summary="Разбор")
    window = _window(qtbot, context, account_id)
    line = window.page("plan").review
    assert "(раз в 6 месяцев)" in line.label.text() and not line.label.text().startswith("⚠")
    settings.set_value("plan_review_maintained", 2)
    window.refresh()
    assert "(раз в 2 месяца)" in line.label.text() and line.label.text().startswith("⚠")


def test_a_lost_clients_plan_asks_for_no_review(qtbot, russian, context, add,
                                                make_account) -> None:
    account_id = make_account(category="key", lifecycle="lost",
                              lifecycle_reason="ушёл к конкуренту")
    add("goal", account_id, client_goal="Снизить издержки", our_goal="Внедрить VMI")
    window = _window(qtbot, context, account_id)
    text = window.page("plan").review.label.text()
    assert text.startswith("Разбор плана не нужен") and not text.startswith("⚠")
