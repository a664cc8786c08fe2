"""The dossier's share-by-group page on a real database: the hand-computed figures, a
group of the deals not on the Preferences' list shown under its own name, estimating a
listed group by double-click (undoable), a bad amount refused at its field."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QPoint, Qt

from kam_desktop.services.records import add_record
from kam_desktop.ui import settings
from kam_desktop.ui.dossier.groups import GroupSharePage
from kam_desktop.ui.dossier.profile import percent, share_change
from kam_desktop.ui.dossier.value import money

#: the page opens on the last year that has ended, as the dashboard does
YEAR = date.today().year - 1


@pytest.fixture
def page(context, make_account, open_page):
    settings.set_product_groups(["Подшипники", "Уплотнения"])
    account_id = make_account()
    with context.db.transaction() as session:
        for year, amount in ((YEAR - 1, "1000000"), (YEAR, "1200000")):
            add_record(session, kind="group_potential", parent_id=account_id, values={
                "year": year, "product_group": "Подшипники", "amount": amount,
                "competitor": "ТПК Восток", "competitor_share": 55.0,
                "competitor_reason": "Склад в соседнем городе"})
        for day, amount, group in ((date(YEAR, 3, 10), "300000", "Подшипники"),
                                   (date(YEAR, 9, 1), "150000", "подшипники"),
                                   (date(YEAR - 1, 5, 5), "200000", "Подшипники"),
                                   (date(YEAR, 4, 1), "50000", "Смазки")):
            add_record(session, kind="deal", parent_id=account_id,
                       values={"date": day, "amount": amount, "product_group": group})
    return open_page(GroupSharePage, account_id)


def _cells(page, row: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_share_of_each_group_with_its_change_and_competitor(page) -> None:
    assert page.period.currentData() == str(YEAR)
    assert _cells(page, 0) == [
        "Подшипники", money(D("1200000"), "RUB"), money(D("450000"), "RUB"),
        percent(D("0.375")), share_change(D("0.175")), "ТПК Восток", "55.0 %",
        "Склад в соседнем городе"]
    assert percent(D("0.375")) == "37.5 %" and "+17.5" in share_change(D("0.175"))
    assert _cells(page, 1)[:4] == ["Уплотнения", "—", money(D(0), "RUB"), "—"]
    assert _cells(page, 2)[0] == "Смазки (not on the list)"
    assert _cells(page, 2)[2] == money(D("50000"), "RUB")


def test_a_quarter_is_set_against_a_quarter_of_the_potential(page) -> None:
    page.period.setCurrentIndex(page.period.findData(f"{YEAR}-Q1"))
    # 300 000 of 1 200 000 / 4
    assert _cells(page, 0)[3] == percent(D("1"))


def test_double_clicking_a_listed_group_estimates_it_and_undo_removes_it(page, context,
                                                                         qtbot) -> None:
    index = page.proxy.mapFromSource(page.model.index(1, 0))
    page.table.doubleClicked.emit(index)
    estimates = page.estimates
    row = estimates.current_row()
    assert (row["year"], row["product_group"]) == (YEAR, "Уплотнения")
    amount = next(e for e in estimates.editors if e.field == "amount")
    amount.input.setText("-5")
    amount.input.editingFinished.emit()
    assert "cannot be negative" in amount.error.text()
    amount.input.setText("800000")
    amount.input.editingFinished.emit()
    assert _cells(page, 1)[1] == money(D("800000"), "RUB")
    assert _cells(page, 1)[3] == percent(D(0))
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _cells(page, 1)[1] == "—"
    assert [r["product_group"] for r in estimates.model.rows] == ["Подшипники"] * 2


def test_the_page_in_russian(page, russian, tmp_path) -> None:
    from kam_desktop.ui.dossier.groups import GroupSharePage as Page

    shown = Page(page.context)
    shown.refresh(*_dossier(page))
    shown.resize(1280, 720)
    shown.show()
    shown.grab().save(str(tmp_path / "groups_ru.png"))
    assert shown.model.columnCount() == 8
    shown.close()


def _dossier(page):
    from kam_desktop.services.dossier import load_dossier

    return page.context.read(lambda s: load_dossier(s, page.account_id)), page.account_id


def test_the_estimates_offer_the_groups_and_once_used_the_competitors(
        page, context, make_account, qtbot) -> None:
    """The portfolio's competitors are read when the field is first used, not as the
    page opens: those of the account's ladder first, then the others."""
    other = make_account("ООО «Кама»")
    context.write(lambda s: add_record(s, kind="ladder_assessment", parent_id=other, values={
        "date": date(YEAR, 1, 10), "our_view": 2, "competitors": {"«Кварц»": 2}}))
    group = page.estimates.group.input
    assert [group.itemText(i) for i in range(group.count())] == [
        "Подшипники", "Уплотнения", "Смазки"]
    competitor = page.estimates.competitor.input
    assert competitor.count() == 0
    qtbot.mouseClick(competitor, Qt.MouseButton.LeftButton,
                     pos=QPoint(competitor.width() - 5, competitor.height() // 2))
    competitor.hidePopup()
    assert [competitor.itemText(i) for i in range(competitor.count())] == ["«Кварц»"]
