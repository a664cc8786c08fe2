"""The diary and supplier-ladder pages, driven through their widgets on a real database."""
from __future__ import annotations

import html

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.window import DossierWindow
from kam_desktop.ui.dossier.diary import DiaryPage
from kam_desktop.ui.dossier.ladder import ANSWERS, LadderPage
from kam_desktop.ui.forms import NO_DATE


def _open(qtbot, context, page_class, account_id):
    """The page on its own, refreshed from the database after every edit."""
    page = page_class(context)
    qtbot.addWidget(page)

    def reload(_change=None) -> None:
        dossier = context.read(lambda session: load_dossier(session, account_id))
        page.refresh(dossier, account_id)

    context.changed.connect(reload)
    reload()
    return page


@pytest.fixture
def diary(qtbot, context, make_account, db):
    account_id = make_account()
    with db.transaction() as session:
        add_record(session, kind="contact", parent_id=account_id,
                   values={"name": "Орлов И. П.", "position": "Директор по закупкам"})
        add_record(session, kind="team_member", parent_id=account_id,
                   values={"name": "Иванова А. С.", "department": "Продажи"})
    return _open(qtbot, context, DiaryPage, account_id)


def _editor(page, field):
    return next(editor for editor in page.editors if editor.field == field)


def _cell(page, row: int, header: str, role=Qt.ItemDataRole.DisplayRole):
    column = [c.header for c in page.model.columns].index(header)
    return page.model.data(page.model.index(row, column), role)


def _tick(page, name: str) -> None:
    people = page.attendees.input
    item = next(people.item(i) for i in range(people.count())
                if people.item(i).text().startswith(name))
    item.setCheckState(Qt.CheckState.Checked)


# -- diary --------------------------------------------------------------------

def test_ctrl_n_from_any_section_adds_a_meeting_today_ready_for_typing(
        qtbot, context, make_account) -> None:
    window = DossierWindow(context, make_account())
    qtbot.addWidget(window)
    window.show()
    window.show_section("contacts")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    contacts = window.page("contacts")
    contacts.table.setFocus()
    qtbot.keyClick(contacts.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    diary = window.page("diary")
    assert window.current_page() is diary
    assert diary.model.rowCount() == 1
    row = diary.model.rows[0]
    assert row["date"] == date.today()
    assert (row["kind"].value, row["summary"]) == ("meeting", "New entry")
    assert diary.summary.input.hasFocus()
    assert diary.summary.input.textCursor().selectedText() == "New entry"


def test_type_a_summary_and_tick_attendees_then_undo_and_redo(context, diary) -> None:
    diary.new_entry()
    diary.summary.input.setPlainText("Обсудили поставки на II квартал\nи сроки пилота")
    diary.summary.input.focus_lost.emit()
    assert _cell(diary, 0, "Summary") == "Обсудили поставки на II квартал …"

    listed = diary.attendees.input
    people = [listed.item(i).text() for i in range(listed.count())]
    assert people == ["The client's people", "Орлов И. П., Директор по закупкам",
                      "Our team", "Иванова А. С., Продажи"]
    _tick(diary, "Орлов")
    assert _cell(diary, 0, "Attendees") == "Орлов И. П."
    _tick(diary, "Иванова")
    assert _cell(diary, 0, "Attendees") == "Иванова А. С., Орлов И. П."
    assert len(diary.model.rows[0]["attendee_ids"]) == 2

    context.undo_stack.undo()
    assert _cell(diary, 0, "Attendees") == "Орлов И. П."
    assert diary.attendees.value() == diary.model.rows[0]["attendee_ids"]
    context.undo_stack.undo()
    assert _cell(diary, 0, "Attendees") == ""
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert _cell(diary, 0, "Attendees") == "Иванова А. С., Орлов И. П."
    for _ in range(3):
        context.undo_stack.undo()
    assert diary.model.rows[0]["summary"] == "New entry"
    context.undo_stack.undo()
    assert diary.model.rowCount() == 0
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert diary.model.rows[0]["summary"].startswith("Обсудили поставки")


def test_deleting_an_entry_and_undoing_brings_its_attendees_back(context, diary) -> None:
    diary.new_entry()
    _tick(diary, "Орлов")
    diary.delete_button.click()
    assert diary.model.rowCount() == 0
    context.undo_stack.undo()
    assert _cell(diary, 0, "Attendees") == "Орлов И. П."
    diary.select(diary.model.rows[0]["id"])
    assert diary.attendees.value() == diary.model.rows[0]["attendee_ids"]


def test_an_overdue_next_step_is_marked_and_can_be_closed(context, diary) -> None:
    diary.new_entry()
    step = _editor(diary, "next_step")
    step.input.setPlainText("Отправить КП на пилот")
    step.input.focus_lost.emit()
    assert _cell(diary, 0, "Next step") == "Отправить КП на пилот"
    assert "(no due date)" in diary.next_step_label.text()

    due = _editor(diary, "next_step_due")
    late = date.today() - timedelta(days=3)
    due.input.setDate(QDate(late.year, late.month, late.day))
    due.input.editingFinished.emit()
    assert diary.model.rows[0]["next_step_due"] == late
    assert "overdue" in _cell(diary, 0, "Due")
    assert _cell(diary, 0, "Summary", Qt.ItemDataRole.ForegroundRole) is not None
    assert "Overdue by 3 day(s)" in diary.next_step_label.text()
    assert diary.mark_done_button.isEnabled()

    diary.mark_done_button.click()
    assert diary.model.rows[0]["done"] is True
    assert "overdue" not in _cell(diary, 0, "Due") and _cell(diary, 0, "Done") == "✓"
    assert _cell(diary, 0, "Summary", Qt.ItemDataRole.ForegroundRole) is None
    assert not diary.mark_done_button.isEnabled()
    assert _editor(diary, "done").input.isChecked()

    context.undo_stack.undo()
    assert diary.model.rows[0]["done"] is False and "overdue" in _cell(diary, 0, "Due")
    assert not _editor(diary, "done").input.isChecked()
    context.undo_stack.undo()
    assert diary.model.rows[0]["next_step_due"] is None
    assert "overdue" not in _cell(diary, 0, "Due")
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert diary.model.rows[0]["done"] is True


def test_an_empty_summary_or_date_is_shown_at_the_field_and_not_stored(diary) -> None:
    diary.new_entry()
    summary = diary.summary
    summary.input.setPlainText("   ")
    summary.input.focus_lost.emit()
    assert summary.error.isVisibleTo(diary) and "must not be empty" in summary.error.text()
    assert diary.model.rows[0]["summary"] == "New entry"

    when = _editor(diary, "date")
    when.input.setDate(NO_DATE)
    when.input.editingFinished.emit()
    assert "must not be empty" in when.error.text()
    assert diary.model.rows[0]["date"] == date.today()


# -- supplier ladder ----------------------------------------------------------

@pytest.fixture
def ladder(qtbot, context, make_account):
    return _open(qtbot, context, LadderPage, make_account())


def _choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _answer(page, question: str, answer: bool | None) -> None:
    page.answers.combos[question].setCurrentIndex(ANSWERS.index(answer))


def test_answers_move_the_suggested_rung_as_they_change(context, ladder) -> None:
    ladder.add_button.click()
    assert ladder.model.rowCount() == 1 and ladder.model.rows[0]["our_view"] == 1
    assert "Answer at least 4 of the 6" in ladder.suggestion.text()
    answers = ladder.answers
    _answer(ladder, "needs_us_as_much", True)
    _answer(ladder, "likes_discussing_business", True)
    _answer(ladder, "deals_with_competitors", False)
    assert "(3 answered so far)" in ladder.suggestion.text()
    assert _cell(ladder, 0, "Suggested") == "—"
    _answer(ladder, "buys_from_competitors", False)
    assert "4 — Business partner" in ladder.suggestion.text()
    assert "Our view differs" in ladder.suggestion.text()
    assert _cell(ladder, 0, "Suggested") == "4 — Business partner"
    _answer(ladder, "drives_us_mad", True)
    _answer(ladder, "postpones_visits", True)  # 4 of 6 favourable
    assert "3 — Value-adding supplier" in ladder.suggestion.text()
    assert ladder.model.rows[0]["answers"] == {
        "needs_us_as_much": True, "likes_discussing_business": True,
        "deals_with_competitors": False, "buys_from_competitors": False,
        "drives_us_mad": True, "postpones_visits": True}

    context.undo_stack.undo()  # 4 of 5 favourable
    assert "4 — Business partner" in ladder.suggestion.text()
    assert answers.combos["postpones_visits"].currentText() == "Don't know"
    context.undo_stack.redo()
    assert "3 — Value-adding supplier" in ladder.suggestion.text()
    assert _cell(ladder, 0, "Suggested") == "3 — Value-adding supplier"

    _choose(ladder.our_view.input, 3)
    assert ladder.model.rows[0]["our_view"] == 3
    assert "Our view differs" not in ladder.suggestion.text()
    assert "one of the chosen" in ladder.our_view_meaning.text()


def test_competitors_are_edited_as_a_table_and_compared(context, ladder) -> None:
    ladder.add()
    _choose(ladder.our_view.input, 2)
    field = ladder.competitors
    field.add_competitor()
    assert field.table.rowCount() == 1 and ladder.model.rows[0]["competitors"] == {}
    field.table.item(0, 0).setText("ООО «Альфа»")
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 1}
    _choose(field.table.cellWidget(0, 1), 3)
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 3}
    field.add_competitor()
    field.table.item(1, 0).setText("АО «Бета»")
    assert _cell(ladder, 0, "Competitors") == "ООО «Альфа» (3), АО «Бета» (1)"
    comparison = ladder.comparison.levels.text()
    assert "ООО «Альфа»" in comparison and "●●●○" in comparison and "●●○○" in comparison

    field.table.setCurrentCell(0, 0)
    field.remove_button.click()
    assert ladder.model.rows[0]["competitors"] == {"АО «Бета»": 1}
    assert field.table.rowCount() == 1
    context.undo_stack.undo()
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 3, "АО «Бета»": 1}
    assert [name for name, _level in field.rows()] == ["ООО «Альфа»", "АО «Бета»"]
    context.undo_stack.undo()
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 3}
    context.undo_stack.redo()
    context.undo_stack.redo()
    assert ladder.model.rows[0]["competitors"] == {"АО «Бета»": 1}


def test_the_trend_compares_the_latest_assessment_with_the_one_before(context, ladder) -> None:
    ladder.add()
    _choose(ladder.our_view.input, 2)
    when = _editor(ladder, "date")
    when.input.setDate(QDate(2024, 12, 2))
    when.input.editingFinished.emit()
    assert "no earlier assessment" in ladder.comparison.trend.text()

    ladder.add()  # starts from the latest views
    assert (ladder.model.rows[0]["date"], ladder.model.rows[0]["our_view"]) == (date.today(), 2)
    assert "= unchanged" in ladder.comparison.trend.text()
    _choose(ladder.our_view.input, 3)
    assert "▲ up 1 rung(s)" in ladder.comparison.trend.text()
    _choose(ladder.our_view.input, 1)
    assert "▼ down 1 rung(s)" in ladder.comparison.trend.text()
    context.undo_stack.undo()
    assert "▲ up 1 rung(s)" in ladder.comparison.trend.text()
    assert "3 — Value-adding supplier" in ladder.comparison.levels.text()


def test_bad_ladder_input_is_shown_at_the_field_and_not_stored(ladder) -> None:
    ladder.add()
    field = ladder.competitors
    field.add_competitor()
    field.table.item(0, 0).setText("ООО «Альфа»")
    field.add_competitor()
    field.table.item(1, 0).setText("ооо «альфа» ")
    assert "listed twice" in field.error.text()
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 1}
    field.table.item(1, 0).setText("")
    _choose(field.table.cellWidget(0, 1), 4)
    assert "needs a name" in field.error.text()
    assert ladder.model.rows[0]["competitors"] == {"ООО «Альфа»": 1}

    when = _editor(ladder, "date")
    when.input.setDate(NO_DATE)
    when.input.editingFinished.emit()
    assert "must not be empty" in when.error.text()
    assert ladder.model.rows[0]["date"] == date.today()


def test_the_clients_view_comes_first_and_a_gap_is_a_warning(context, ladder) -> None:
    ladder.add()
    _choose(ladder.our_view.input, 3)  # we think we add value
    for question in ("needs_us_as_much", "likes_discussing_business"):
        _answer(ladder, question, False)
    for question in ("deals_with_competitors", "buys_from_competitors"):
        _answer(ladder, question, True)  # the answers say: a commodity broker
    summary = html.unescape(ladder.comparison.levels.text() + ladder.comparison.advice.text())
    assert summary.index("Client's view (from the answers)") < summary.index("Our view")
    assert "We think we are a value-adding supplier; the client sees a commodity supplier" in summary
    assert "To climb: add extras" in summary  # advice from the client's rung, not ours
    assert "Where would the client put our competitors?" in summary
    assert "the answers weigh more than our own estimate" in ladder.suggestion.text()

    _choose(ladder.client_view.input, 3)  # the client's own rating settles it
    summary = html.unescape(ladder.comparison.levels.text() + ladder.comparison.advice.text())
    assert "We think we are" not in summary and "Client's view (from" not in summary
    assert "To climb: bring advice" in summary
