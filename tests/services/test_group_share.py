"""Share of wallet by product group on a real database: the dossier's table and the
dashboard's series give the same hand-computed figures; other currencies are converted
at the year's rate, never added raw."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from kam_desktop.domain.periods import Period
from kam_desktop.services.analytics import portfolio_analytics, sections_changed
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.group_share import account_group_shares, groups_named
from kam_desktop.services.records import add_record

LISTED = ["Подшипники", "Уплотнения"]


def _account(session, name: str, currency: str, estimates, deals):
    account_id = add_record(session, kind="account", parent_id=None,
                            values={"name": name, "currency": currency})
    for year, group, amount in estimates:
        add_record(session, kind="group_potential", parent_id=account_id,
                   values={"year": year, "product_group": group, "amount": amount,
                           "competitor": "ТПК Восток", "competitor_share": 50.0,
                           "competitor_reason": "Склад рядом"})
    for day, amount, group in deals:
        add_record(session, kind="deal", parent_id=account_id,
                   values={"date": day, "amount": amount, "product_group": group})
    return account_id


@pytest.fixture
def portfolio(db):
    with db.transaction() as session:
        ids = {
            "rub": _account(session, "Северсталь", "RUB",
                            [(2025, "Подшипники", "1000000"), (2026, "Подшипники", "1200000")],
                            [(date(2026, 3, 10), "300000", "Подшипники"),
                             (date(2026, 9, 1), "150000", "подшипники"),
                             (date(2025, 5, 5), "200000", "Подшипники"),
                             (date(2026, 4, 1), "50000", "Смазки")]),
            "eur": _account(session, "Atlas Foods", "EUR", [(2026, "Подшипники", "10000")],
                            [(date(2026, 6, 1), "2000", "Подшипники")]),
            "usd": _account(session, "Lone Star", "USD", [(2026, "Уплотнения", "5000")],
                            [(date(2026, 6, 1), "1000", "Уплотнения")]),
        }
        set_rate(session, currency="EUR", base="RUB", period="2026", rate=D("100"))
    return ids


def test_the_dossier_table_of_an_account(db, portfolio) -> None:
    with db.sessions() as session:
        table = account_group_shares(session, account_id=portfolio["rub"], listed=LISTED,
                                     period=Period(2026))
    assert table.currency == "RUB"
    assert [line.group for line in table.lines] == ["Подшипники", "Уплотнения", "Смазки"]
    bearings = table.lines[0]
    assert (bearings.potential, bearings.revenue) == (D("1200000"), D("450000"))
    assert bearings.share == D("0.375") and bearings.change == D("0.175")
    assert bearings.estimate.competitor_reason == "Склад рядом"


def test_the_dashboard_gives_the_same_figures_in_the_main_currency(db, portfolio) -> None:
    with db.sessions() as session:
        data = portfolio_analytics(session, today=date(2027, 2, 1), product_groups=LISTED,
                                   sections=("wallet", "growth", "whitespace"))
    assert data.year == 2026 and data.groups.groups == ("Подшипники", "Уплотнения", "Смазки")
    shares = {p.account: p.share for p in data.group_wallets["Подшипники"].points}
    assert shares == {portfolio["rub"]: D("0.375"), portfolio["eur"]: D("0.2")}
    # the euro account's 8 000 € uncovered at 100 ₽ is 800 000 ₽, beside 750 000 ₽
    bars = {bar.key: bar for bar in data.groups.growth}
    assert bars["Подшипники"].value == D("1550000")
    assert bars["Подшипники"].accounts == (portfolio["eur"], portfolio["rub"])
    # the dollar account has no rate: its share is shown, its money left out and named
    rows = data.groups.whitespace
    assert [row.account for row in rows] == [portfolio["eur"], portfolio["rub"], portfolio["usd"]]
    assert rows[1].shares == (D("0.375"), None, None) and rows[1].uncovered == D("750000")
    assert rows[2].shares == (None, D("0.2"), None) and rows[2].uncovered is None
    assert "Уплотнения" not in bars
    [missing] = data.missing["groups"]
    assert (missing.currency, missing.accounts) == ("USD", (portfolio["usd"],))


def test_a_group_potential_or_a_deal_makes_the_group_series_stale() -> None:
    assert {"wallet", "growth", "whitespace"} <= sections_changed({"group_potential"})
    assert {"wallet", "growth", "whitespace"} <= sections_changed({"deal"})


def test_the_groups_the_portfolio_names(db, portfolio) -> None:
    with db.sessions() as session:
        assert groups_named(session) == ["Подшипники", "Смазки", "Уплотнения"]


def test_a_bad_value_is_refused_in_words(db, portfolio) -> None:
    from kam_desktop.services.errors import InputError

    with db.transaction() as session, pytest.raises(InputError) as refused:
        add_record(session, kind="group_potential", parent_id=portfolio["rub"],
                   values={"year": 2026, "product_group": "Смазки", "amount": "1",
                           "competitor_share": 120.0})
    assert refused.value.where == "competitor_share"


def test_a_group_spelt_two_ways_is_one_bar_under_one_spelling(db) -> None:
    """Named as its spellings come first in order of the names (capitals first)."""
    with db.transaction() as session:
        first = _account(session, "Альфа", "RUB", [(2026, "Смазки", "100")], [])
        second = _account(session, "Бета", "RUB", [(2026, "СМАЗКИ ", "300")],
                          [(date(2026, 5, 5), "100", "смазки")])
    with db.sessions() as session:
        data = portfolio_analytics(session, today=date(2027, 2, 1), sections=("growth",))
    assert data.groups.groups == ("СМАЗКИ",)
    assert [(bar.key, bar.value, bar.accounts) for bar in data.groups.growth] == \
        [("СМАЗКИ", D("300"), (second, first))]
