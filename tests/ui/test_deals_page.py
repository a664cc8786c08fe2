"""The dossier's Deals page driven through its widgets on a real temporary database: the
deals and their figures, an edit refused at its field, adding and undoing, and the
yearly revenue set from the deals in one undoable step."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.ui.dossier.deals import DealsPage
from kam_desktop.ui.dossier.value import money


@pytest.fixture
def page(qtbot, context, make_account):
    account_id = make_account()
    today = date.today()
    with context.db.transaction() as session:
        for days_ago, amount, reference in ((400, "100000", "РТУ-1"), (370, "50000", "РТУ-2"),
                                            (40, "150000", None)):
            add_record(session, kind="deal", parent_id=account_id, values={
                "date": today - timedelta(days=days_ago), "amount": amount,
                "product_group": "Насосы", "reference": reference})
    deals_page = DealsPage(context)
    qtbot.addWidget(deals_page)

    def reload(*_args) -> None:
        deals_page.refresh(context.read(lambda s: load_dossier(s, account_id)), account_id)

    context.changed.connect(reload)
    reload()
    deals_page.show()
    return deals_page


def _deals(context, account_id) -> list[dict]:
    return context.read(lambda s: load_dossier(s, account_id)).sections["deal"]


def test_the_deals_and_their_figures(page) -> None:
    assert page.deals.proxy.rowCount() == 3
    figures = page.figures.values
    assert figures["deals"].text().startswith("3 deal(s)")
    assert figures["average"].text() == money(Decimal(100000), "RUB")  # 300 000 / 3
    # three purchase days: 400, 370 and 40 days ago → (400 − 40) / 2 = 180 days
    assert figures["interval"].text() == "every 180 day(s) on average"
    assert figures["last_year"].text().startswith("1 (the 12 months before: 2, -1)")
    assert figures["since_last"].text().startswith("40 day(s)")


def test_a_negative_amount_is_refused_at_its_field_and_an_added_deal_undoes(
        page, context) -> None:
    account_id = page.account_id
    page.deals.select(_deals(context, account_id)[0]["id"])
    page.deals.amount.input.setText("-5")
    page.deals.amount.input.editingFinished.emit()
    assert "cannot be negative" in page.deals.amount.error.text()
    assert {d["amount"] for d in _deals(context, account_id)} == {
        Decimal("100000"), Decimal("50000"), Decimal("150000")}
    page.deals.add()
    assert len(_deals(context, account_id)) == 4
    context.undo_stack.undo()
    assert len(_deals(context, account_id)) == 3


def test_yearly_revenue_from_the_deals_in_one_undoable_step(page, context) -> None:
    account_id = page.account_id
    today = date.today()
    years = {}
    for deal in _deals(context, account_id):
        if deal["date"].year < today.year:
            years[str(deal["date"].year)] = years.get(str(deal["date"].year), 0) + deal["amount"]
    page.set_revenue_from_deals()
    revenue = {r["period"]: r["amount"]
               for r in context.read(lambda s: load_dossier(s, account_id)).sections["revenue"]}
    assert revenue == years
    if years:
        page.set_revenue_from_deals()
        assert page.revenue_note.text() == "The yearly revenue already matches the deals."
        context.undo_stack.undo()
        assert not context.read(lambda s: load_dossier(s, account_id)).sections["revenue"]
