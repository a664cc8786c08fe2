"""The profile, team and barriers pages of the dossier, driven through their widgets on a
real temporary database: edits are stored, refused input is shown at its field, derived
shares of wallet follow the data, and every edit undoes and redoes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from kam_desktop.domain.enums import TeamLevel
from kam_desktop.domain.inn import make_inn10
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.barriers import BarriersPage
from kam_desktop.ui.dossier.profile import ProfilePage
from kam_desktop.ui.dossier.team import TeamPage
from kam_desktop.ui.forms import format_money


def _account(context, account_id) -> dict:
    return context.read(lambda s: load_dossier(s, account_id)).account


def _type(editor, text: str) -> None:
    editor.input.setText(text)
    editor.input.editingFinished.emit()


def _write(editor, text: str) -> None:
    editor.input.setPlainText(text)
    editor.input.focus_lost.emit()


def _choose(editor, value) -> None:
    editor.input.setCurrentIndex(editor.input.findData(value))


def _cell(section, row: int, column: int) -> str:
    return section.proxy.index(row, column).data()


def _percent(value: float) -> str:
    return QLocale().toString(value, "f", 1)


# -- profile -------------------------------------------------------------------------

def test_profile_fields_are_stored_and_undone(context, make_account, open_page) -> None:
    account_id = make_account()
    page = open_page(ProfilePage, account_id)
    inn = make_inn10("770708389")
    _type(page.editors["name"], "АО «Вектор-Агро»")
    _type(page.editors["legal_name"], "Акционерное общество «Вектор-Агро»")
    _type(page.editors["inn"], inn)
    _type(page.editors["region"], "Краснодарский край")
    _write(page.editors["address"], "г. Краснодар, ул. Северная, 12")
    _type(page.editors["owner"], "Смирнова Е. А.")
    _type(page.editors["currency"], "eur")
    _choose(page.category, "key")
    _choose(page.motivation, "novelty")

    account = _account(context, account_id)
    assert account["name"] == "АО «Вектор-Агро»"
    assert account["legal_name"] == "Акционерное общество «Вектор-Агро»"
    assert account["inn"] == inn
    assert account["region"] == "Краснодарский край"
    assert account["address"] == "г. Краснодар, ул. Северная, 12"
    assert account["owner"] == "Смирнова Е. А."
    assert account["currency"] == "EUR"
    assert account["category"].value == "key"
    assert account["motivation"].value == "novelty"
    assert "pilots" in page.motivation_hint.text()
    assert "long-term" in page.category_hint.text()
    assert "EUR" in page.revenue_box.title()

    context.undo_stack.undo()
    assert _account(context, account_id)["motivation"] is None
    assert page.motivation.value() is None
    context.undo_stack.redo()
    assert _account(context, account_id)["motivation"].value == "novelty"
    assert page.motivation.value() == "novelty"


def test_an_invalid_inn_is_shown_at_the_field_and_not_stored(context, make_account, open_page) -> None:
    account_id = make_account()
    page = open_page(ProfilePage, account_id)
    valid = make_inn10("770708389")
    wrong = valid[:-1] + str((int(valid[-1]) + 1) % 10)
    inn = page.editors["inn"]
    _type(inn, wrong)
    assert inn.error.isVisible() and "check digit" in inn.error.text()
    assert _account(context, account_id)["inn"] is None
    assert context.undo_stack.count() == 0

    _type(inn, valid)
    assert not inn.error.isVisible()
    assert _account(context, account_id)["inn"] == valid


def test_sleeping_needs_a_reason_shown_at_the_reason_field(context, make_account, open_page) -> None:
    account_id = make_account(lifecycle="key")
    page = open_page(ProfilePage, account_id)
    _choose(page.lifecycle, "sleeping")
    assert page.reason.error.isVisible() and "say why" in page.reason.error.text()
    assert _account(context, account_id)["lifecycle"].value == "key"
    assert context.undo_stack.count() == 0

    # the stage stays chosen; giving the reason stores both in one undoable step
    _write(page.reason, "Заморозили инвестпрограмму до весны")
    account = _account(context, account_id)
    assert account["lifecycle"].value == "sleeping"
    assert account["lifecycle_reason"] == "Заморозили инвестпрограмму до весны"
    assert not page.reason.error.isVisible()
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    account = _account(context, account_id)
    assert account["lifecycle"].value == "key" and account["lifecycle_reason"] is None
    assert page.lifecycle.value() == "key"
    context.undo_stack.redo()
    assert _account(context, account_id)["lifecycle"].value == "sleeping"


def test_the_reason_can_be_given_first_and_not_cleared_while_lost(context, make_account,
                                                                  open_page) -> None:
    account_id = make_account()
    page = open_page(ProfilePage, account_id)
    _write(page.reason, "Заморозили закупки до конца года")
    _choose(page.lifecycle, "sleeping")
    assert _account(context, account_id)["lifecycle"].value == "sleeping"
    _write(page.reason, "")
    assert page.reason.error.isVisible()
    assert _account(context, account_id)["lifecycle_reason"] == "Заморозили закупки до конца года"


def test_revenue_shows_the_share_of_wallet_and_its_change(qtbot, context, make_account,
                                                         open_page) -> None:
    account_id = make_account(potentials={2024: "1000000"})
    page = open_page(ProfilePage, account_id)
    revenue = page.revenue
    qtbot.mouseClick(revenue.add_button, Qt.MouseButton.LeftButton)
    period, amount = revenue.editors
    _type(period, "2025")
    _type(amount, "250000")
    assert revenue.model.rowCount() == 1
    assert _cell(revenue, 0, 0) == "2025"
    assert _cell(revenue, 0, 2) == format_money(Decimal("1000000"), 0)  # 2024's holds
    assert _cell(revenue, 0, 3) == _percent(25.0) + " %"
    assert _cell(revenue, 0, 4) == ""  # nothing to compare with yet

    qtbot.mouseClick(revenue.add_button, Qt.MouseButton.LeftButton)
    period, amount = revenue.editors
    _type(period, "2024")
    _type(amount, "200000")
    rows = {_cell(revenue, r, 0): r for r in range(revenue.proxy.rowCount())}
    assert _cell(revenue, rows["2025"], 4) == f"▲ +{_percent(5.0)} pp"
    assert _cell(revenue, rows["2024"], 3) == _percent(20.0) + " %"

    # a period already recorded, or no period at all, is refused at the field
    _type(period, "2025")
    assert period.error.isVisible() and "2025" in period.error.text()
    _type(period, "2025-Q5")
    assert period.error.isVisible() and "is not a period" in period.error.text()
    assert sorted(r["period"] for r in revenue.model.rows) == ["2024", "2025"]

    # a potential estimated for 2025 moves 2025's share only, and the change with it
    potentials = page.potentials
    qtbot.mouseClick(potentials.add_button, Qt.MouseButton.LeftButton)
    year, potential = potentials.editors
    year.input.setValue(2025)
    year.input.editingFinished.emit()
    _type(potential, "500000")
    rows = {_cell(revenue, r, 0): r for r in range(revenue.proxy.rowCount())}
    assert _cell(revenue, rows["2025"], 3) == _percent(50.0) + " %"
    assert _cell(revenue, rows["2024"], 3) == _percent(20.0) + " %"
    assert _cell(revenue, rows["2025"], 4) == f"▲ +{_percent(30.0)} pp"
    # a second estimate of the same year is refused at the field
    year.input.setValue(2024)
    year.input.editingFinished.emit()
    assert year.error.isVisible() and "2024" in year.error.text()
    context.undo_stack.undo()
    rows = {_cell(revenue, r, 0): r for r in range(revenue.proxy.rowCount())}
    assert _cell(revenue, rows["2025"], 3) == _percent(25.0) + " %"


def _profile_with_revenue(make_account, open_page, potentials, period, amount):
    """The profile of a new account with ``potentials`` and one revenue typed in."""
    page = open_page(ProfilePage, make_account(potentials=potentials))
    page.revenue.add()
    _type(page.revenue.editors[0], period)
    _type(page.revenue.editors[1], amount)
    return page


def test_a_period_before_any_potential_has_no_share(make_account, open_page) -> None:
    page = _profile_with_revenue(make_account, open_page, {2026: "8000000"}, "2023", "500000")
    assert _cell(page.revenue, 0, 2) == "" and _cell(page.revenue, 0, 3) == "—"
    assert "2023" in page.revenue.share.text()
    assert not page.revenue_note.isHidden() and "2023" in page.revenue_note.text()


def test_revenue_above_the_potential_is_pointed_out(make_account, open_page) -> None:
    page = _profile_with_revenue(make_account, open_page, {2025: "100000"}, "2025", "150000")
    assert not page.revenue_note.isHidden() and "2025" in page.revenue_note.text()
    assert _cell(page.revenue, 0, 3) == _percent(150.0) + " %"


# -- team ----------------------------------------------------------------------------

def test_a_team_member_mirrors_a_contact(qtbot, context, db, make_account, open_page) -> None:
    account_id = make_account()
    with db.transaction() as session:
        contact_id = add_record(session, kind="contact", parent_id=account_id,
                                values={"name": "Орлов И. П.", "position": "финансовый директор"})
    page = open_page(TeamPage, account_id)
    assert page.no_contacts.isHidden()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    name, department, level, mirrors = page.editors
    _type(name, "Петров А. В.")
    _type(department, "Генеральная дирекция")
    _choose(mirrors, str(contact_id))
    row = page.model.rows[0]
    assert row["mirrors_id"] == contact_id and row["mirrors"] == "Орлов И. П."
    assert _cell(page, 0, 3) == "Орлов И. П., финансовый директор"
    assert _cell(page, 0, 1) == "Генеральная дирекция"
    assert _cell(page, 0, 2) == "Specialist" and level.input.currentText() == "Specialist"
    assert mirrors.input.currentText() == "Орлов И. П., финансовый директор"  # after reloading

    context.undo_stack.undo()
    assert page.model.rows[0]["mirrors_id"] is None and _cell(page, 0, 3) == ""
    context.undo_stack.redo()
    assert _cell(page, 0, 3) == "Орлов И. П., финансовый директор"
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    context.undo_stack.undo()
    assert page.model.rows[0]["name"] == "Петров А. В."


# -- barriers and cooling -------------------------------------------------------------

@pytest.mark.parametrize("section_name, text_field", [("barriers", "description"),
                                                      ("cooling", "reason")])
def test_barriers_and_cooling_reasons_add_edit_delete_undo(qtbot, context, make_account, open_page,
                                                           section_name, text_field) -> None:
    account_id = make_account()
    page = open_page(BarriersPage, account_id)
    section = getattr(page, section_name)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 1
    text = next(e for e in section.editors if e.field == text_field)
    assert text.input.textCursor().selectedText() == text.input.toPlainText()  # ready to type over
    _write(text, "Заказы идут через наш клиентский портал")
    assert section.model.rows[0][text_field] == "Заказы идут через наш клиентский портал"
    dated = next(e for e in section.editors if e.field != text_field)
    dated.input.setDate(dated.input.date().addDays(-30))
    dated.input.editingFinished.emit()
    stored = section.model.rows[0][dated.field]
    assert stored == date.fromordinal(date.today().toordinal() - 30)

    context.undo_stack.undo()
    assert section.model.rows[0][dated.field] == date.today()
    context.undo_stack.redo()
    assert section.model.rows[0][dated.field] == stored

    _write(text, "")
    assert text.error.isVisible() and "must not be empty" in text.error.text()
    assert section.model.rows[0][text_field] == "Заказы идут через наш клиентский портал"

    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 0
    context.undo_stack.undo()
    assert section.model.rows[0][text_field] == "Заказы идут через наш клиентский портал"
    context.undo_stack.redo()
    assert section.model.rowCount() == 0
    other = page.cooling if section is page.barriers else page.barriers
    assert other.model.rowCount() == 0


def test_a_price_driven_key_account_is_a_warning_and_the_hints_follow_the_seed(
        context, make_account, open_page) -> None:
    page = open_page(ProfilePage, make_account())
    _choose(page.category, "key")
    _choose(page.motivation, "novelty")
    assert not page.price_warning.isVisibleTo(page)
    assert "market trends" in page.motivation_hint.text()
    assert "long relationship" in page.motivation_hint.text()
    _choose(page.motivation, "price")
    assert "doubtful" in page.motivation_hint.text()
    assert page.price_warning.isVisibleTo(page)
    _choose(page.category, "maintained")
    assert not page.price_warning.isVisibleTo(page)


def test_a_long_value_shows_its_beginning(context, make_account, open_page) -> None:
    legal = ("Общество с ограниченной ответственностью «Уральская текстильная сервисная "
             "компания и партнёры»")
    page = open_page(ProfilePage, make_account(legal_name=legal))
    line = page.editors["legal_name"].input
    assert line.text() == legal and line.cursorPosition() == 0


def test_an_executive_mirroring_the_leader_is_top_to_top(
        qtbot, context, db, make_account, open_page) -> None:
    account_id = make_account()
    with db.transaction() as session:
        leader = add_record(session, kind="contact", parent_id=account_id, values={
            "name": "Егорова В.", "position": "генеральный директор",
            "interest": 9.0, "involvement": 9.0})
        add_record(session, kind="team_member", parent_id=account_id,
                   values={"name": "Рябинин П.", "mirrors_id": leader})
    page = open_page(TeamPage, account_id)
    assert _cell(page, 0, 3) == "Егорова В., генеральный директор"  # a specialist: a mirror
    page.select(page.model.rows[0]["id"])
    _choose(page.editors[2], "executive")
    assert page.model.rows[0]["level"] is TeamLevel.EXECUTIVE
    assert _cell(page, 0, 2) == "Executive"
    assert _cell(page, 0, 3) == "Егорова В., генеральный директор — top-to-top"
