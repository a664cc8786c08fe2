"""The share of wallet read by the dossier and the portfolio: each period against the
potential of its own year, the latest estimate carrying forward, none before the first.
Hand-computed on a real database; and the order of its rows."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.portfolio import list_account_names, list_accounts
from kam_desktop.services.records import add_record


def _account(db):
    with db.transaction() as session:
        account_id = add_record(session, kind="account", parent_id=None,
                                values={"name": "АО «Вектор»"})
        for period, amount in (("2022", "100000"), ("2023", "500000"), ("2024", "600000"),
                               ("2025", "1000000"), ("2026-Q1", "500000")):
            add_record(session, kind="revenue", parent_id=account_id,
                       values={"period": period, "amount": amount})
        for year, amount in ((2023, "2000000"), (2026, "8000000")):
            add_record(session, kind="potential", parent_id=account_id,
                       values={"year": year, "amount": amount})
    return account_id


def test_the_dossier_sets_each_period_against_the_potential_of_its_time(db) -> None:
    account_id = _account(db)
    with db.sessions() as session:
        dossier = load_dossier(session, account_id, today=date(2026, 6, 1))
    rows = {row["period"]: row for row in dossier.sections["revenue"]}
    # 2023: 500 000 / 2 000 000, not / 8 000 000 (the potential entered for 2026)
    assert rows["2023"]["share"] == D("0.25") and rows["2023"]["potential"] == D("2000000")
    assert rows["2024"]["share"] == D("0.3")  # 2023's estimate still holds
    assert rows["2025"]["share"] == D("0.5") and rows["2025"]["share_change"] == D("0.2")
    # a quarter of 2026: 500 000 against a quarter of 8 000 000
    assert rows["2026-Q1"]["share"] == D("0.25") and rows["2026-Q1"]["potential"] == D("8000000")
    # before the first estimate: no potential, no share, no change
    assert rows["2022"]["share"] is rows["2022"]["potential"] is None
    assert rows["2023"]["share_change"] is None
    assert dossier.account["potential"] == D("8000000")
    assert [p["year"] for p in dossier.sections["potential"]] == [2026, 2023]


def test_the_portfolio_uses_the_potential_of_the_year_it_shows(db) -> None:
    _account(db)
    with db.sessions() as session:
        (row,) = list_accounts(session, today=date(2026, 6, 1))
    assert row.revenue_last_year == D("1000000") and row.year_potential == D("2000000")
    assert row.share_of_wallet == D("0.5") and row.share_change == D("0.2")
    assert row.potential == D("8000000")  # the estimate in force this year


def test_an_estimate_for_a_later_year_is_not_yet_in_force(db) -> None:
    account_id = _account(db)
    with db.transaction() as session:
        add_record(session, kind="potential", parent_id=account_id,
                   values={"year": 2027, "amount": "9000000"})
        add_record(session, kind="account", parent_id=None, values={"name": "ООО «Пусто»"})
    with db.sessions() as session:
        vector, empty = list_accounts(session, today=date(2026, 6, 1))
    assert vector.potential == D("8000000")  # 2026's, not 2027's
    # 2025: 1 000 000 / 2 000 000 = 0.5; 2024: 600 000 / 2 000 000 = 0.3
    assert vector.year_potential == D("2000000")
    assert vector.share_of_wallet == D("0.5") and vector.share_change == D("0.2")
    # nothing recorded: no figures, and counts of none
    assert (empty.potential, empty.year_potential, empty.revenue_last_year,
            empty.share_of_wallet, empty.share_change) == (None,) * 5
    assert (empty.contacts, empty.deals, empty.average_deal, empty.last_deal,
            empty.value_this_year) == (0, 0, None, None, D(0))


def test_the_portfolio_is_in_the_order_of_the_names_as_the_first_screen_has_it(db) -> None:
    """The figures are read in the order of the ids and sorted by name in Python: the
    rows must come in the order SQLite gives the names (its BINARY collation), or the
    window's rows would move when the figures replace the names."""
    names = ["Яблоко", "alpha", "Ёлка", "Альфа", "Zeta", "ёж", "Бета", "Ель", "ООО «Юг»", "1С"]
    with db.transaction() as session:
        for name in names:
            add_record(session, kind="account", parent_id=None, values={"name": name})
    with db.sessions() as session:
        by_sqlite = [row.name for row in list_account_names(session)]
        listed = [row.name for row in list_accounts(session, today=date(2026, 6, 1))]
    assert listed == by_sqlite == sorted(names)
    assert listed.index("Ёлка") < listed.index("Альфа")  # Ё (U+0401) before А (U+0410)
