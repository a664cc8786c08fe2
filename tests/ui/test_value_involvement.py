"""The value dossier and the functional involvement map, driven through their widgets on
a real temporary database."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QDoubleSpinBox

from kam_desktop.domain.enums import Stage
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.involvement import InvolvementPage
from kam_desktop.ui.dossier.value import ValuePage, money

RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)


def _open(qtbot, context, page_class, account_id):
    page = page_class(context)
    qtbot.addWidget(page)

    def reload(_change=None) -> None:
        page.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)

    context.changed.connect(reload)
    reload()
    page.resize(1000, 700)
    page.show()
    return page


@pytest.fixture
def russian_locale():
    before = QLocale()
    QLocale.setDefault(RUSSIAN)
    yield
    QLocale.setDefault(before)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _editor(section, field):
    return next(e for e in section.editors if e.field == field)


def _type(editor, text: str) -> None:
    editor.input.setText(text)
    editor.input.editingFinished.emit()


def _add_entry(qtbot, section, *, day: date, kind: str, title: str, department: str,
               cost: str, benefit: str) -> None:
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    when = _editor(section, "date")
    when.input.setDate(QDate(day.year, day.month, day.day))
    when.input.editingFinished.emit()
    kinds = _editor(section, "kind").input
    kinds.setCurrentIndex(kinds.findData(kind))
    _type(_editor(section, "title"), title)
    _type(_editor(section, "department"), department)
    _type(_editor(section, "our_cost"), cost)
    _type(_editor(section, "client_benefit"), benefit)


# -- value dossier --------------------------------------------------------------


def test_money_is_shown_in_the_locale_with_the_currency(russian_locale) -> None:
    assert _plain(money(Decimal("1234567.89"), "RUB")) == "1 234 567,89 ₽"
    assert _plain(money(Decimal("1500"), "USD")) == "1 500 $"
    assert _plain(money(Decimal("0.5"), "EUR")) == "0,50 €"
    assert _plain(money(Decimal("10"), "CNY")) == "10 CNY"


def test_entries_update_the_totals_by_kind_year_and_department(
        qtbot, context, make_account, russian_locale) -> None:
    account_id = make_account(potentials={2024: "100000000"})
    with context.db.transaction() as session:
        add_record(session, kind="revenue", parent_id=account_id,
                   values={"period": "2024", "amount": "4000000"})
        add_record(session, kind="revenue", parent_id=account_id,
                   values={"period": "2025", "amount": "6000000"})
    page = _open(qtbot, context, ValuePage, account_id)
    section, totals = page.entries, page.totals
    assert totals.ratio.text() == "—"  # no entries, no span of days to divide over

    _add_entry(qtbot, section, day=date(2024, 3, 12), kind="training",
               title="Обучение операторов", department="Производство",
               cost="185 000", benefit="640 000")
    _add_entry(qtbot, section, day=date(2025, 2, 14), kind="problem_solving",
               title="Выезд технической группы", department="Производство",
               cost="96 000", benefit="1 360 000,50")
    _add_entry(qtbot, section, day=date(2025, 5, 28), kind="training",
               title="Семинар для снабжения", department="",
               cost="20 000", benefit="0")

    assert section.model.rowCount() == 3
    shown = {section.proxy.index(r, 2).data(): [_plain(section.proxy.index(r, c).data())
                                                for c in range(7)]
             for r in range(3)}
    assert shown["Выезд технической группы"] == [
        "14.02.2025", "Problem solving", "Выезд технической группы", "Производство",
        "96 000 ₽", "1 360 000,50 ₽", "no"]
    assert _plain(totals.benefit.text()) == "2 000 000,50 ₽"
    assert _plain(totals.cost.text()) == "301 000 ₽"
    assert totals.entries.text() == "3"
    # over the entries' span, 12.03.2024–28.05.2025: 295 of 2024's 366 days of 4 000 000
    # and 148 of 2025's 365 days of 6 000 000 = 5 656 920,43; 2 000 000,50 / that = 35,4 %
    assert _plain(totals.ratio.text()) == "35,4 %"

    def breakdown(model):
        return {row["label"]: (row["totals"].client_benefit, row["totals"].count)
                for row in model.rows}

    assert breakdown(page.breakdowns.by_kind) == {
        "Staff training": (Decimal("640000"), 2), "Problem solving": (Decimal("1360000.50"), 1)}
    assert breakdown(page.breakdowns.by_year) == {
        "2024": (Decimal("640000"), 1), "2025": (Decimal("1360000.50"), 2)}
    assert breakdown(page.breakdowns.by_department) == {
        "Производство": (Decimal("2000000.50"), 2), "Not attributed": (Decimal("0"), 1)}

    context.undo_stack.undo()  # the last cost typed (its benefit "0" changed nothing)
    assert _plain(totals.cost.text()) == "281 000 ₽"
    context.undo_stack.redo()
    assert _plain(totals.cost.text()) == "301 000 ₽"


def test_the_acknowledged_flag_is_counted_and_undoable(qtbot, context, make_account) -> None:
    page = _open(qtbot, context, ValuePage, make_account())
    section = page.entries
    section.add()
    section.add()
    assert page.totals.acknowledged.text() == "0 of 2"
    box = _editor(section, "acknowledged").input
    box.click()
    assert box.isChecked()
    assert page.totals.acknowledged.text() == "1 of 2"
    assert sum(row["acknowledged"] for row in section.model.rows) == 1
    assert section.proxy.index(section.table.currentIndex().row(), 6).data() == "✓ yes"
    context.undo_stack.undo()
    assert page.totals.acknowledged.text() == "0 of 2"
    assert not box.isChecked()
    context.undo_stack.redo()
    assert page.totals.acknowledged.text() == "1 of 2"


def test_adding_and_deleting_entries_is_undoable(qtbot, context, make_account) -> None:
    page = _open(qtbot, context, ValuePage, make_account())
    section = page.entries
    section.add()
    _type(_editor(section, "client_benefit"), "250000")
    assert page.totals.benefit.text().startswith(QLocale().toString(250000.0, "f", 0))
    qtbot.mouseClick(section.delete_button, Qt.MouseButton.LeftButton)
    assert section.model.rowCount() == 0 and page.totals.entries.text() == "0"
    context.undo_stack.undo()
    assert section.model.rowCount() == 1
    assert section.model.rows[0]["client_benefit"] == Decimal("250000")
    context.undo_stack.redo()
    assert section.model.rowCount() == 0
    context.undo_stack.undo()
    context.undo_stack.undo()  # the benefit
    context.undo_stack.undo()  # the entry itself
    assert section.model.rowCount() == 0
    context.undo_stack.redo()
    assert section.model.rows[0]["title"] == "New entry 1"


def test_invalid_money_is_shown_at_the_field_and_not_stored(qtbot, context, make_account) -> None:
    page = _open(qtbot, context, ValuePage, make_account())
    section = page.entries
    section.add()
    cost = _editor(section, "our_cost")
    _type(cost, "много")
    assert cost.error.isVisible() and "amount of money" in cost.error.text()
    _type(cost, "-5")
    assert cost.error.isVisible() and "negative" in cost.error.text()
    assert section.model.rows[0]["our_cost"] == Decimal("0")


def test_the_money_labels_follow_the_account_currency(qtbot, context, make_account) -> None:
    page = _open(qtbot, context, ValuePage, make_account(currency="EUR"))
    page.entries.add()
    label = page.entries.form.labelForField(page.entries.our_cost)
    assert label.text().endswith("€")
    _type(_editor(page.entries, "our_cost"), "1200")
    assert page.entries.proxy.index(0, 4).data().endswith("\u00a0€")


def test_statistics_for_the_value_dossier(qtbot, context, make_account) -> None:
    page = _open(qtbot, context, ValuePage, make_account())
    assert page.tabs.tabText(2) == "Statistics for the value dossier"
    page.tabs.setCurrentIndex(2)
    section = page.statistics
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    _type(_editor(section, "name"), "Поставки точно в срок, %")
    value = _editor(section, "value")
    value.input.setValue(98.7)
    value.input.editingFinished.emit()
    period = _editor(section, "period")
    _type(period, "2025-Q5")
    assert period.error.isVisible() and "2025-Q3" in period.error.text()
    assert section.model.rows[0]["period"] is None
    _type(period, "2025-Q3")
    assert not period.error.isVisible()
    assert section.model.rows[0] | {"id": None, "account_id": None} == {
        "id": None, "account_id": None, "name": "Поставки точно в срок, %", "value": 98.7,
        "period": "2025-Q3"}
    context.undo_stack.undo()
    assert section.model.rows[0]["period"] is None
    context.undo_stack.redo()
    assert section.model.rows[0]["period"] == "2025-Q3"


def test_an_entry_names_who_delivered_it_and_a_tab_credits_them(
        qtbot, context, make_account) -> None:
    """Who delivered an entry is chosen among the account's team; the internal tab sums
    benefit and entries per team member and per our department."""
    account_id = make_account()
    with context.db.transaction() as session:
        for name, department in (("Анна Орлова", "Сервис"), ("Борис Ким", "Логистика")):
            add_record(session, kind="team_member", parent_id=account_id,
                       values={"name": name, "department": department})
        add_record(session, kind="value_entry", parent_id=account_id, values={
            "date": date(2026, 2, 1), "kind": "training", "title": "Обучение",
            "client_benefit": Decimal(90_000)})
    page = _open(qtbot, context, ValuePage, account_id)
    section, credits = page.entries, page.credits

    def credited(model) -> dict:
        return {row["label"]: (row["totals"].count, row["totals"].client_benefit)
                for row in model.rows}

    assert credited(credits.by_person) == {"Not named": (1, Decimal(90_000))}
    section.table.selectRow(0)
    who = _editor(section, "delivered_by_id").input
    assert [who.itemText(i) for i in range(who.count())] == [
        "—", "Анна Орлова, Сервис", "Борис Ким, Логистика"]
    who.setCurrentIndex(2)
    assert credited(credits.by_person) == {"Борис Ким": (1, Decimal(90_000))}
    assert credited(credits.by_department) == {"Логистика": (1, Decimal(90_000))}
    assert section.proxy.index(0, 7).data() == "Борис Ким"
    _type(_editor(section, "delivered_by_department"), "Техническая дирекция")
    assert credited(credits.by_department) == {"Техническая дирекция": (1, Decimal(90_000))}
    assert section.proxy.index(0, 7).data() == "Борис Ким, Техническая дирекция"
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert credited(credits.by_person) == {"Not named": (1, Decimal(90_000))}


# -- functional involvement map ---------------------------------------------------------


def _stored(context, account_id) -> dict[Stage, dict[str, float]]:
    rows = context.read(lambda s: load_dossier(s, account_id)).sections["involvement_share"]
    result: dict[Stage, dict[str, float]] = {}
    for row in rows:
        result.setdefault(row["stage"], {})[row["department"]] = row["percent"]
    return result


def _add_department(qtbot, page, name: str) -> None:
    page.new_department.setText(name)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def _type_share(qtbot, page, stage: Stage, department: str, percent: float) -> None:
    """Open the cell's editor as a double-click does, type, press Enter."""
    index = page.model.index(list(Stage).index(stage), page.model.departments.index(department))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    spin = page.table.indexWidget(index)
    assert isinstance(spin, QDoubleSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, QLocale().toString(float(percent), "g", 6))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def _status(page, stage: Stage) -> str:
    row = list(Stage).index(stage)
    return _plain(page.model.index(row, len(page.model.departments)).data())


@pytest.fixture
def conveyor(qtbot, context, make_account):
    account_id = make_account()
    page = _open(qtbot, context, InvolvementPage, account_id)
    for name in ("Маркетинг", "Продажи", "Сервис"):
        _add_department(qtbot, page, name)
    return page, account_id


def test_a_stage_is_stored_once_it_sums_to_100(qtbot, context, conveyor) -> None:
    page, account_id = conveyor
    assert page.model.departments == ["Маркетинг", "Продажи", "Сервис"]
    assert _status(page, Stage.SEARCH) == "not set yet"
    _type_share(qtbot, page, Stage.SEARCH, "Маркетинг", 30)
    assert _status(page, Stage.SEARCH) == "✗ 30 % — must be 100 % (not saved)"
    _type_share(qtbot, page, Stage.SEARCH, "Продажи", 40)
    assert _stored(context, account_id) == {}
    _type_share(qtbot, page, Stage.SEARCH, "Сервис", 30)
    assert _stored(context, account_id) == {
        Stage.SEARCH: {"Маркетинг": 30.0, "Продажи": 40.0, "Сервис": 30.0}}
    assert _status(page, Stage.SEARCH) == "✓ 100 %"
    assert page.model.index(0, 1).data() == "40\u00a0%"
    assert context.undo_stack.count() == 1  # one step for the whole stage

    context.undo_stack.undo()
    assert _stored(context, account_id) == {}
    assert _status(page, Stage.SEARCH) == "not set yet"
    assert page.model.departments == ["Маркетинг", "Продажи", "Сервис"]  # still offered
    context.undo_stack.redo()
    assert _status(page, Stage.SEARCH) == "✓ 100 %"


def test_a_stage_not_summing_to_100_is_explained_at_its_row_and_not_stored(
        qtbot, context, conveyor) -> None:
    page, account_id = conveyor
    for department, percent in (("Маркетинг", 30), ("Продажи", 40), ("Сервис", 20)):
        _type_share(qtbot, page, Stage.NEED_IDENTIFICATION, department, percent)
    assert _status(page, Stage.NEED_IDENTIFICATION) == "✗ 90 % — must be 100 % (not saved)"
    assert _status(page, Stage.SEARCH) == "not set yet"
    assert _stored(context, account_id) == {}
    assert context.undo_stack.count() == 0

    # another stage is saved meanwhile: the unsaved one keeps what was typed
    for department, percent in (("Маркетинг", 50), ("Продажи", 50)):
        _type_share(qtbot, page, Stage.SEARCH, department, percent)
    assert _stored(context, account_id) == {Stage.SEARCH: {"Маркетинг": 50.0, "Продажи": 50.0}}
    assert _status(page, Stage.NEED_IDENTIFICATION) == "✗ 90 % — must be 100 % (not saved)"

    _type_share(qtbot, page, Stage.NEED_IDENTIFICATION, "Сервис", 30)
    assert _stored(context, account_id)[Stage.NEED_IDENTIFICATION] == {
        "Маркетинг": 30.0, "Продажи": 40.0, "Сервис": 30.0}


def test_changing_a_stored_stage_and_discarding(qtbot, context, conveyor) -> None:
    page, account_id = conveyor
    for department, percent in (("Маркетинг", 30), ("Продажи", 40), ("Сервис", 30)):
        _type_share(qtbot, page, Stage.REPEAT_SALE, department, percent)
    _type_share(qtbot, page, Stage.REPEAT_SALE, "Маркетинг", 20)
    assert _status(page, Stage.REPEAT_SALE) == "✗ 90 % — must be 100 % (not saved)"
    assert page.discard_button.isEnabled()
    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)
    assert _status(page, Stage.REPEAT_SALE) == "✓ 100 %"
    assert page.model.index(4, 0).data() == "30\u00a0%"

    _type_share(qtbot, page, Stage.REPEAT_SALE, "Маркетинг", 20)
    _type_share(qtbot, page, Stage.REPEAT_SALE, "Продажи", 50)
    assert _stored(context, account_id)[Stage.REPEAT_SALE] == {
        "Маркетинг": 20.0, "Продажи": 50.0, "Сервис": 30.0}
    context.undo_stack.undo()
    assert _stored(context, account_id)[Stage.REPEAT_SALE] == {
        "Маркетинг": 30.0, "Продажи": 40.0, "Сервис": 30.0}


def test_clearing_a_stage_is_undoable(qtbot, context, conveyor) -> None:
    page, account_id = conveyor
    _type_share(qtbot, page, Stage.SEARCH, "Маркетинг", 100)
    assert _stored(context, account_id) == {Stage.SEARCH: {"Маркетинг": 100.0}}
    page.table.setCurrentIndex(page.model.index(0, 2))
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert _stored(context, account_id) == {}
    assert _status(page, Stage.SEARCH) == "not set yet"
    context.undo_stack.undo()
    assert _stored(context, account_id) == {Stage.SEARCH: {"Маркетинг": 100.0}}


def test_departments_are_added_and_removed(qtbot, context, conveyor) -> None:
    page, account_id = conveyor
    _add_department(qtbot, page, "  продажи ")
    assert page.message.isVisible() and "already" in page.message.text()
    _add_department(qtbot, page, "   ")
    assert page.message.isVisible()
    assert page.model.departments == ["Маркетинг", "Продажи", "Сервис"]

    _type_share(qtbot, page, Stage.SEARCH, "Сервис", 0)  # an empty cell left at 0: ignored
    assert page.model.drafts == {}
    _type_share(qtbot, page, Stage.SEARCH, "Маркетинг", 40)
    _type_share(qtbot, page, Stage.SEARCH, "Сервис", 60)
    _type_share(qtbot, page, Stage.SEARCH, "Сервис", 0)  # a department left with no share
    _type_share(qtbot, page, Stage.SEARCH, "Маркетинг", 100)
    assert _stored(context, account_id)[Stage.SEARCH] == {"Маркетинг": 100.0, "Сервис": 0.0}

    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.message.isVisible() and "Search" in page.message.text()
    assert "Маркетинг" in page.model.departments

    page.table.setCurrentIndex(page.model.index(0, 1))  # not stored anywhere: just goes
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.departments == ["Маркетинг", "Сервис"]
    assert not page.message.isVisible()

    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.departments == ["Маркетинг"]
    assert _stored(context, account_id) == {Stage.SEARCH: {"Маркетинг": 100.0}}
    context.undo_stack.undo()
    assert page.model.departments == ["Маркетинг", "Сервис"]
    assert _stored(context, account_id)[Stage.SEARCH] == {"Маркетинг": 100.0, "Сервис": 0.0}


def test_columns_come_from_the_stored_shares(qtbot, context, make_account) -> None:
    account_id = make_account()
    page = _open(qtbot, context, InvolvementPage, account_id)
    assert page.empty_hint.isVisible() and page.model.departments == []
    from kam_desktop.services.involvement import set_stage_shares
    with context.db.transaction() as session:
        set_stage_shares(session, account_id=account_id, stage=Stage.SEARCH,
                         shares={"Сервис": 30, "Маркетинг": 70})
    page.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)
    assert page.model.departments == ["Маркетинг", "Сервис"]
    assert not page.empty_hint.isVisible()
    assert _status(page, Stage.SEARCH) == "✓ 100 %"
