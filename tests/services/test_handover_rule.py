"""The hand-over read (services.handover.handovers_due sums the deals in the database)
agrees with the rule of domain.handover applied to each account's deals, on a portfolio
with every trigger crossed and just not crossed."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from kam_desktop.domain.deals import DealPoint
from kam_desktop.domain.handover import HandoverThresholds, crossed_triggers
from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import potential_in
from kam_desktop.services.handover import handovers_due
from kam_desktop.services.records import add_record
from kam_desktop.store.models import Account, Deal, Potential

TODAY = date(2026, 11, 23)
AGO = {"2y": TODAY - timedelta(days=730), "13m": TODAY - timedelta(days=400),
       "11m": TODAY - timedelta(days=330), "2m": TODAY - timedelta(days=60),
       "1w": TODAY - timedelta(days=7), "next week": TODAY + timedelta(days=7)}
#: name -> (stage, deals as (when, amount), potentials as year -> amount)
PORTFOLIO = {
    "Три давние сделки": ("prospect", [("2y", "10"), ("2y", "10"), ("2y", "10")], {}),
    "Третья сделка впереди": ("prospect", [("2m", "10"), ("1w", "10"), ("next week", "10")], {}),
    "Ровно миллион": ("prospect", [("2m", "333333.33"), ("1w", "333333.34"),
                                   ("11m", "333333.33")], {}),
    "Без копейки миллион": ("prospect", [("2m", "333333.33"), ("1w", "333333.33"),
                                         ("11m", "333333.33")], {}),
    "Пятая часть": ("prospect", [("1w", "200000")], {2026: "1000000"}),
    "Десятая часть": ("prospect", [("1w", "200000")], {2025: "2000000", 2027: "100000"}),
    "Потенциал на будущее": ("prospect", [("1w", "200000")], {2027: "100000"}),
    "Год с нами": ("prospect", [("13m", "10"), ("2m", "10")], {}),
    "Почти год": ("prospect", [("11m", "10"), ("2m", "10")], {}),
    "Давно не брали": ("prospect", [("2y", "10"), ("13m", "10")], {}),
    "Без сделок": ("prospect", [], {2026: "5"}),
    "Ключевой": ("key", [("2m", "900000"), ("1w", "900000"), ("11m", "900000")], {}),
    "Передан": ("prospect", [("2m", "900000"), ("1w", "900000"), ("11m", "900000")], {}),
}
THRESHOLDS = [HandoverThresholds(), HandoverThresholds(3, 0, 0, 0),
              HandoverThresholds(0, 1_000_000, 0, 0), HandoverThresholds(0, 0, 20, 0),
              HandoverThresholds(0, 0, 0, 12), HandoverThresholds(1, 999_999, 10, 13)]


def _portfolio(db) -> None:
    with db.transaction() as session:
        for name, (stage, deals, potentials) in PORTFOLIO.items():
            account = add_record(session, kind="account", parent_id=None, values={
                "name": name, "lifecycle": stage, "owner": "Игорь Лебедев"})
            for when, amount in deals:
                add_record(session, kind="deal", parent_id=account, values={
                    "date": AGO[when], "amount": amount})
            for year, amount in potentials.items():
                add_record(session, kind="potential", parent_id=account, values={
                    "year": year, "amount": amount})
            if name == "Передан":
                add_record(session, kind="handover", parent_id=account, values={
                    "date": TODAY, "from_name": "Игорь Лебедев", "to_name": "Марина Ершова"})


def _by_the_rule(session, thresholds: HandoverThresholds) -> dict[str, tuple[str, ...]]:
    """Each watched account's triggers, from its deals one by one (domain.handover)."""
    found = {}
    for account in session.scalars(select(Account).where(Account.lifecycle == "prospect",
                                                         Account.name != "Передан")):
        deals = [DealPoint(day, amount) for day, amount in session.execute(
            select(Deal.date, Deal.amount).where(Deal.account_id == account.id))]
        potentials = dict(session.execute(select(Potential.year, Potential.amount)
                                          .where(Potential.account_id == account.id)).all())
        crossed = crossed_triggers(deals, potential_in(potentials, Period(TODAY.year)),
                                   thresholds, TODAY)
        if crossed:
            found[account.name] = crossed
    return found


def test_the_read_agrees_with_the_rule_for_every_trigger(db) -> None:
    _portfolio(db)
    with db.sessions() as session:
        for thresholds in THRESHOLDS:
            read = {due.account_name: due.triggers
                    for due in handovers_due(session, today=TODAY, thresholds=thresholds)}
            assert read == _by_the_rule(session, thresholds), thresholds
        crossed = {due.account_name: due.triggers for due in handovers_due(
            session, today=TODAY, thresholds=HandoverThresholds())}
    # each trigger crossed somewhere, and the near misses not
    assert crossed["Три давние сделки"] == ("deals",)
    assert "amount" in crossed["Ровно миллион"]
    assert "amount" not in crossed["Без копейки миллион"]
    assert crossed["Пятая часть"] == ("share",)
    assert "Десятая часть" not in crossed and "Потенциал на будущее" not in crossed
    assert crossed["Год с нами"] == ("months",)
    assert "Почти год" not in crossed and "Давно не брали" not in crossed
    assert "Третья сделка впереди" not in crossed and "Без сделок" not in crossed
    assert "Ключевой" not in crossed and "Передан" not in crossed
