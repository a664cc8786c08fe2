"""The dashboard's series summed in SQL (issue #15) equal what the former row-by-row reads
gave (tests/services/analytics_reference.py): the same figures to the kopeck, with the
same Decimal exponents, in the same order — on the demo in three currencies and on
hand-made portfolios with the edge cases. Only the order in which accounts were named as
left out for want of a rate (and as unplaced in a group's wallet map) followed the
order rows came out of a table or a set, never defined; those are compared as sets."""
from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from decimal import Decimal as D
from enum import Enum

import pytest
from sqlalchemy import select

from analytics_reference import (
    reference_groups, reference_involvement, reference_purchases, reference_revenue, reference_roles,
    reference_value_to_revenue, reference_wallet)
from kam_desktop.domain.analytics import WalletMap
from kam_desktop.domain.enums import Stage
from kam_desktop.domain.money import MissingRate
from kam_desktop.services import demo
from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.group_share import groups_named
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.models import Account

LISTED = ["Подшипники", "Уплотнения", "Нет таких"]


def canon(value):
    """``value`` as nested plain data that differs wherever two series would show
    differently: Decimals by their text (exponent included), sequences in order, the
    accounts of a MissingRate and a wallet map's unplaced accounts as sets."""
    if isinstance(value, MissingRate):
        return ("missing", value.currency, value.period, sorted(map(str, value.accounts)))
    if isinstance(value, WalletMap):
        value = dataclasses.replace(value, unplaced=tuple(sorted(value.unplaced, key=str)))
    if dataclasses.is_dataclass(value):
        return (type(value).__name__,
                {f.name: canon(getattr(value, f.name)) for f in dataclasses.fields(value)})
    if isinstance(value, dict):
        return ("dict", sorted((repr(canon(k)), canon(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return [canon(item) for item in value]
    if isinstance(value, D):
        return ("D", str(value))
    if isinstance(value, (uuid.UUID, date)):
        return str(value)
    if isinstance(value, Enum):
        return value.name
    if isinstance(value, float):
        return ("float", repr(value))
    return value


def assert_as_before(session, today: date, listed, main: str = "RUB") -> None:
    read = portfolio_analytics(session, today=today, product_groups=listed, main_currency=main,
                               sections=("pareto", "wallet", "growth", "whitespace",
                                         "purchases", "value_to_revenue", "roles",
                                         "involvement"))
    pareto, rates, left_out, revenue = reference_revenue(session, today=today, main_currency=main)
    assert canon(read.pareto) == canon(pareto)
    assert canon(read.wallet) == canon(reference_wallet(session, today=today, main_currency=main))
    assert canon((read.rates, read.missing["revenue"])) == canon((rates, left_out))
    assert canon({p.account: p.revenue for p in read.value_to_revenue}) == \
        canon({account: amount for account, amount in revenue.items() if amount > 0})
    assert canon(read.value_to_revenue) == canon(
        reference_value_to_revenue(session, today=today, main_currency=main))
    groups = reference_groups(session, today=today, listed=listed, main_currency=main)
    assert canon(read.groups) == canon(groups)
    assert canon(read.group_wallets) == canon(groups.wallets)
    assert canon(read.missing["groups"]) == canon(groups.missing)
    before = reference_purchases(session, today=today, main_currency=main)
    assert canon(read.purchases) == canon(before["purchases"])
    assert canon(read.recency) == canon(before["recency"])
    assert canon(read.last_deal) == canon(before["last_deal"])
    assert list(read.last_deal) == list(before["last_deal"])
    assert canon(read.missing["deals"]) == canon(before["missing"])
    assert canon(read.roles) == canon(reference_roles(session, today=today))
    assert_same_involvement(read.involvement, reference_involvement(session))


def assert_same_involvement(read, before) -> None:
    """The same map; a cell's accounts were listed in the order the shares came out of
    the table (compared as sets), its average share is a float summed in another order
    (equal to 1e-9 %)."""
    assert (read.departments, read.filled) == (before.departments, before.filled)
    assert read.cells.keys() == before.cells.keys()
    for key, bar in read.cells.items():
        assert set(bar.accounts) == set(before.cells[key].accounts)
        assert len(bar.accounts) == len(before.cells[key].accounts)
        assert bar.value == pytest.approx(before.cells[key].value, abs=1e-9)


def _demo_in_three_currencies(session, today: date) -> None:
    """The demo with some accounts kept in euros and dollars (their rates cover some
    periods only) and some in pounds (no rate at all)."""
    demo.load_demo(session, accounts=60, seed=5, today=today)
    ids = session.scalars(select(Account.id).order_by(Account.name)).all()
    for account_id, currency in zip(ids[::5], ("EUR", "USD", "GBP") * 4):
        update_record(session, kind="account", record_id=account_id,
                      changes={"currency": currency})


@pytest.mark.parametrize("today", [date(2025, 6, 1), date(2026, 1, 2)])
def test_the_demo_in_three_currencies_reads_as_before(db, today) -> None:
    with db.transaction() as session:
        _demo_in_three_currencies(session, today)
    with db.sessions() as session:
        listed = groups_named(session)
        read = portfolio_analytics(session, today=today, product_groups=listed,
                                   sections=("growth", "purchases"))
        # the demo exercises what is compared: groups, a currency without a rate
        assert read.groups.whitespace and read.groups.missing and read.purchases.deals
        assert read.missing["deals"]
        assert_as_before(session, today, listed)
        assert_as_before(session, today, listed[1:3] + ["  " + listed[0].upper()])
        assert_as_before(session, today, [], main="EUR")


def test_an_empty_portfolio_and_accounts_without_deals_read_as_before(db) -> None:
    with db.sessions() as session:
        assert_as_before(session, date(2026, 5, 1), LISTED)
    with db.transaction() as session:
        add_record(session, kind="account", parent_id=None, values={"name": "Пустой"})
    with db.sessions() as session:
        assert_as_before(session, date(2026, 5, 1), LISTED)


def _account(session, name, currency="RUB", estimates=(), deals=(), revenue=(),
             potentials=(), **values):
    account_id = add_record(session, kind="account", parent_id=None,
                            values={"name": name, "currency": currency, **values})
    for year, amount in potentials:
        add_record(session, kind="potential", parent_id=account_id,
                   values={"year": year, "amount": amount})
    for period, amount in revenue:
        add_record(session, kind="revenue", parent_id=account_id,
                   values={"period": period, "amount": amount})
    for year, group, amount in estimates:
        add_record(session, kind="group_potential", parent_id=account_id,
                   values={"year": year, "product_group": group, "amount": amount})
    for day, amount, group in deals:
        add_record(session, kind="deal", parent_id=account_id,
                   values={"date": day, "amount": amount, "product_group": group})
    return account_id


def _people(session) -> None:
    """Contacts and our people mirroring them, and involvement shares, valid or not,
    on three more accounts."""
    accounts = [_account(session, name) for name in ("Люди", "Люди без лидера", "Ушедшие")]
    contact = {}
    for account, name, interest, involvement, stance, left_on in (
            (0, "Лидер с директором", 8, 9, "supporter", None),
            (0, "Лидер без зеркала", 5, 5, "neutral", date(2027, 3, 1)),
            (0, "Противник", 7, 2, "opponent", None),
            (1, "Помощник", 2, 7, "opponent", None), (1, "Швейцар", 0, 0, "neutral", None),
            (2, "Ушёл", 9, 9, "opponent", date(2027, 1, 31))):
        contact[name] = add_record(session, kind="contact", parent_id=accounts[account], values={
            "name": name, "interest": interest, "involvement": involvement,
            "stance": stance, "left_on": left_on})
    for name, level, mirrors in (("Директор", "executive", "Лидер с директором"),
                                 ("Менеджер", "manager", "Лидер с директором"),
                                 ("Специалист", "specialist", "Противник"),
                                 ("Никого", "manager", None)):
        add_record(session, kind="team_member", parent_id=accounts[0], values={
            "name": name, "level": level, "mirrors_id": contact.get(mirrors)})
    for account, stage, department, percent in (
            (0, "search", "Продажи", 33.33), (0, "search", "Логистика", 33.33),
            (0, "search", "Сервис", 33.34), (1, "search", "Продажи", 0.1),
            (1, "search", "Сервис", 99.9), (0, "repeat_sale", "Продажи", 90),
            (1, "repeat_sale", "Сервис", 100), (1, "project_implementation", "Склад", 0),
            (1, "project_implementation", "Продажи", 100), (2, "search", "Склад", 99.98)):
        add_record(session, kind="involvement_share", parent_id=accounts[account], values={
            "stage": stage, "department": department, "percent": percent})


def hand_made(session) -> None:
    """Accounts with the edge cases, for the groups' year 2026 and the 12 months from
    2026-02-02 (today 2027-02-01): two spellings of a group, deals without a group, an
    estimate of a later year only, zero amounts, a lost account, euros with rates of a
    year, a quarter and a day, euros with a deal of a year without a rate, dollars with
    an inverted rate, pounds without any."""
    _account(session, "Один", estimates=[(2025, "Подшипники", "1000000.10"),
                                         (2026, "подшипники ", "1200000.05"),
                                         (2028, "Смазки", "5")],
             deals=[(date(2026, 3, 10), "300000.01", "Подшипники"),
                    (date(2026, 3, 10), "0.02", "ПОДШИПНИКИ"),
                    (date(2026, 9, 1), "150000.33", " подшипники"),
                    (date(2025, 5, 5), "200000", "Подшипники"),
                    (date(2026, 4, 1), "50000", None),
                    (date(2027, 1, 31), "7.77", "Смазки")],
             revenue=[("2026", "900000.01"), ("2026-Q1", "100000.10"), ("2025-Q4", "5")],
             potentials=[(2024, "1"), (2025, "3000000.50"), (2027, "7")])
    _account(session, "Потерянный", lifecycle="lost", lifecycle_reason="Ушёл к конкуренту",
             estimates=[(2026, "Уплотнения", "0")],
             deals=[(date(2025, 12, 31), "10", "Уплотнения")],
             revenue=[("2026-Q1", "0.01"), ("2026-Q3", "1234567.89"), ("2026-Q4", "0.10")],
             potentials=[(2026, "0")])
    _account(session, "Только будущее", estimates=[(2027, "Фильтры", "100")],
             revenue=[("2026", "0"), ("2027-Q1", "10")], potentials=[(2027, "100")])
    _account(session, "Ноль", estimates=[(2026, "Фильтры", "0")],
             deals=[(date(2026, 6, 1), "0", "Фильтры"), (date(2026, 6, 2), "0", "Смазки")])
    _account(session, "Евро", "EUR", estimates=[(2026, "Подшипники", "10000")],
             deals=[(date(2026, 6, 1), "2000.50", "Подшипники"),
                    (date(2026, 6, 1), "0.49", "Подшипники"),
                    (date(2026, 11, 20), "333.33", "Уплотнения")],
             revenue=[("2026-Q2", "2000.99"), ("2026-Q4", "333.33")],
             potentials=[(2026, "20000.01")])
    _account(session, "Евро без курса", "EUR", estimates=[(2026, "Уплотнения", "500")],
             deals=[(date(2019, 1, 5), "1", "Уплотнения"),
                    (date(2026, 12, 30), "99.99", "Уплотнения")])
    _account(session, "Доллар", "USD", estimates=[(2026, "Уплотнения", "5000")],
             deals=[(date(2026, 6, 1), "1000", "Уплотнения")])
    _account(session, "Фунт", "GBP", estimates=[(2026, "Подшипники", "700")],
             deals=[(date(2026, 8, 1), "70", "Подшипники")], revenue=[("2026", "70")])
    _people(session)
    set_rate(session, currency="EUR", base="RUB", period="2026", rate=D("100.12345678"))
    set_rate(session, currency="EUR", base="RUB", period="2026-06-01", rate=D("99.5"))
    set_rate(session, currency="EUR", base="RUB", period="2026-Q4", rate=D("101.25"))
    set_rate(session, currency="RUB", base="USD", period="2026-Q2", rate=D("80"))


def test_hand_made_edge_cases_read_as_before(db) -> None:
    today = date(2027, 2, 1)
    with db.transaction() as session:
        hand_made(session)
    with db.sessions() as session:
        read = portfolio_analytics(session, today=today, product_groups=LISTED,
                                   sections=("growth", "purchases"))
        assert read.missing["deals"] and read.missing["groups"]
        read = portfolio_analytics(session, today=today, sections=("roles", "involvement"))
        assert all(bar.accounts for bar in read.roles)  # every gap, on some account
        assert read.involvement.filled[Stage.SEARCH] == 2  # the third does not sum to 100
        assert_as_before(session, today, LISTED)
        assert_as_before(session, today, [])
        assert_as_before(session, date(2026, 1, 1), LISTED)
        assert_as_before(session, today, LISTED, main="EUR")
