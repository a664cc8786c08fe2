"""The dashboard's series read from a real database."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from kam_desktop.domain.abc import AbcClass
from kam_desktop.domain.analytics import (
    CLIMBED, LEADER_NOT_MIRRORED, NEWLY_ASSESSED, NO_CONTACTS,
)
from kam_desktop.domain.enums import LadderLevel, Lifecycle, Stage, ValueKind
from kam_desktop.domain.rolemap import NO_LEADER, NO_TOP_TO_TOP, ONLY_ASSISTANTS_AND_BUTLERS
from kam_desktop.services import demo
from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.involvement import set_stage_shares
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.records import add_record, update_record
from kam_desktop.services.workload import set_workload_factors
from kam_desktop.store.models import Contact

TODAY = date(2025, 6, 1)


def _add(session, record_kind, parent, **values):
    return add_record(session, kind=record_kind, parent_id=parent, values=values)


def _analytics(db, **options):
    with db.sessions() as session:
        return portfolio_analytics(session, today=TODAY, **options)


def _small_portfolio(db):
    """Three accounts in roubles and one in euros, each with a little of everything."""
    with db.transaction() as session:
        big = _add(session, "account", None, name="Большой", owner="Ирина",
                   category="key", lifecycle="key")
        small = _add(session, "account", None, name="Малый", owner="Ирина",
                     lifecycle="lost", lifecycle_reason="Проиграли тендер")
        empty = _add(session, "account", None, name="Пустой", owner="Олег")
        euro = _add(session, "account", None, name="Евро", owner="Олег", currency="EUR")
        # the map's year (2024) takes the potential in force then, not a later one
        for account, year, amount in ((big, 2023, "1000"), (big, 2025, "9000"),
                                      (small, 2024, "400"), (euro, 2024, "100")):
            _add(session, "potential", account, year=year, amount=amount)
        for account, amount in ((big, "800"), (small, "200"), (euro, "50")):
            _add(session, "revenue", account, period="2024", amount=amount)
        _add(session, "ladder_assessment", big, date="2024-01-10", our_view=2)
        _add(session, "ladder_assessment", big, date="2025-03-01", our_view=3)
        _add(session, "ladder_assessment", small, date="2025-02-01", our_view=1)
        _add(session, "value_entry", big, date="2024-05-05", kind="training", title="Курс",
             client_benefit="40", our_cost="10")
        _add(session, "value_entry", big, date="2025-01-05", kind="testing", title="Испытания",
             client_benefit="100", our_cost="20")
        _add(session, "value_entry", euro, date="2024-02-02", kind="training", title="Euro",
             client_benefit="7", our_cost="1")
        _add(session, "contact", big, name="Лидер", interest=8.0, involvement=8.0)
        _add(session, "contact", small, name="Дворецкий", interest=1.0, involvement=1.0)
        gone = _add(session, "contact", euro, name="Ушедший лидер", interest=9.0,
                    involvement=9.0)
        session.flush()
        session.get(Contact, gone).left_on = TODAY - timedelta(days=10)
        set_stage_shares(session, account_id=big, stage="search",
                         shares={"Продажи": 60, "Маркетинг": 40})
        set_stage_shares(session, account_id=small, stage="search", shares={"Продажи": 100})
        set_workload_factors(session, account_id=big, changes={"distance": 5,
                                                               "client_potential": 5})
    return big, small, empty, euro


def test_the_series_of_a_small_portfolio(db) -> None:
    big, small, empty, euro = _small_portfolio(db)
    result = _analytics(db, since=date(2024, 12, 31), norm=1.5)
    assert result.year == 2024 and result.currency == "RUB"
    # no rate for the euro: the account is named, and left out of the money charts
    assert {money: [(m.currency, m.period, m.accounts) for m in missing]
            for money, missing in result.missing.items()} == {
        "revenue": [("EUR", "2024", (euro,))], "value": [("EUR", "2024", (euro,))],
        "deals": [], "groups": []}
    assert result.rates == {}
    assert list(result.accounts) == [big, euro, small, empty]  # by name
    assert result.accounts[big].name == "Большой" and result.accounts[big].owner == "Ирина"

    # money charts: the accounts with a rate only
    assert [p.account for p in result.pareto.points] == [big, small]
    assert result.pareto.total == Decimal(1000)
    assert result.pareto.classes[3].accounts == (empty,)
    assert {p.account: p.share for p in result.wallet.points} == {
        big: Decimal("0.8"), small: Decimal("0.5")}
    assert result.wallet.unplaced == (empty,)
    assert [(b.key, b.client_benefit) for b in result.value_by_kind] == [
        (ValueKind.TESTING, Decimal(100)), (ValueKind.TRAINING, Decimal(40))]
    assert [(b.key, b.accounts) for b in result.value_by_year] == [(2024, (big,)),
                                                                   (2025, (big,))]
    # ratios: every currency, value and revenue of the same year
    assert {(p.account, p.ratio) for p in result.value_to_revenue} == {
        (big, Decimal("0.05")), (euro, Decimal("0.14")), (small, Decimal(0))}

    movement = {bar.key: bar.accounts for bar in result.ladder.movement}
    assert movement[CLIMBED] == (big,) and movement[NEWLY_ASSESSED] == (small,)
    assert result.ladder.now[LadderLevel.VALUE_ADDER - 1].accounts == (big,)
    assert set(result.ladder.not_assessed_now) == {empty, euro}

    stages = {bar.key: bar.accounts for bar in result.funnel.stages}
    assert stages[Lifecycle.LOST] == (small,) and set(stages[Lifecycle.PROSPECT]) == {
        empty, euro}
    assert [(b.key, b.accounts) for b in result.funnel.lost_reasons] == [
        ("Проиграли тендер", (small,))]

    roles = {bar.key: set(bar.accounts) for bar in result.roles}
    assert roles[NO_CONTACTS] == {empty, euro}  # the euro account's leader has left
    assert roles[NO_LEADER] == {small} and roles[ONLY_ASSISTANTS_AND_BUTLERS] == {small}
    assert roles[LEADER_NOT_MIRRORED] == roles[NO_TOP_TO_TOP] == {big}

    assert result.involvement.filled[Stage.SEARCH] == 2
    assert result.involvement.cells[Stage.SEARCH, "Продажи"].value == 80
    assert result.involvement.cells[Stage.SEARCH, "Маркетинг"].accounts == (big,)

    # workload: the lost account weighs nothing; big is heavier than typical
    loads = {o.owner: o for o in result.owner_loads}
    assert loads["Ирина"].accounts == (big,) and loads["Ирина"].load > 1
    assert loads["Олег"].load == 2 and loads["Олег"].over_norm  # two typical accounts
    assert not loads["Ирина"].over_norm and loads["Ирина"].norm == 1.5
    assert result.heaviest[0].account == big
    assert [o.owner for o in result.loads_against(norm=10)] == ["Олег", "Ирина"]
    assert not any(o.over_norm for o in result.loads_against(norm=10))
    assert result.movement_since(TODAY).movement[0].accounts == ()


def test_with_a_rate_the_euro_account_is_compared_in_roubles(db) -> None:
    big, small, empty, euro = _small_portfolio(db)
    with db.transaction() as session:
        set_rate(session, currency="EUR", base="RUB", period="2024", rate=Decimal(100))
    result = _analytics(db)
    assert not any(result.missing.values()) and result.rates == {"EUR": Decimal(100)}
    # €50 at 100 ₽ is 5,000 ₽: the largest account of the curve, 5,000 of 6,000
    assert [(p.account, p.revenue) for p in result.pareto.points] == [
        (euro, Decimal(5000)), (big, Decimal(800)), (small, Decimal(200))]
    assert result.pareto.total == Decimal(6000)
    assert result.pareto.class_at(0) == AbcClass.A
    euro_point = next(p for p in result.wallet.points if p.account == euro)
    assert (euro_point.potential, euro_point.share) == (Decimal(10000), Decimal("0.5"))
    training = next(b for b in result.value_by_kind if b.key == ValueKind.TRAINING)
    assert training.client_benefit == Decimal(40 + 700) and euro in training.accounts


def test_an_empty_portfolio_gives_empty_series(db) -> None:
    result = _analytics(db)
    assert result.accounts == {} and result.pareto.points == ()
    assert result.wallet.points == () and result.value_by_kind == ()
    assert result.owner_loads == () and result.heaviest == ()
    assert all(bar.value == 0 for bar in result.funnel.stages)


def test_the_demo_portfolio_agrees_with_the_portfolio_view(db) -> None:
    with db.transaction() as session:
        demo.load_demo(session, accounts=60, seed=2, today=TODAY)
    result = _analytics(db)
    with db.sessions() as session:
        rows = list_accounts(session, today=TODAY)
    classes = {bar.key: set(bar.accounts) for bar in result.pareto.classes}
    for row in rows:
        assert row.id in classes[row.abc]
    assert sum(bar.value for bar in result.funnel.stages) == 60
    assert sum(bar.value for bar in result.ladder.now) + len(result.ladder.not_assessed_now) == 60
    assert result.value_by_kind and result.value_by_year and result.involvement.departments
    assert sum(bar.value for bar in result.ratio_bands) == len(result.value_to_revenue)
    assert {o.owner for o in result.owner_loads} == {row.owner for row in rows
                                                     if row.lifecycle is not Lifecycle.LOST}
    every_id = set(result.accounts)
    for bars in (result.roles, result.funnel.stages, result.ladder.movement,
                 result.ratio_bands, tuple(result.involvement.cells.values())):
        for bar in bars:
            assert set(bar.accounts) <= every_id
    assert result.pareto.class_at(0) is AbcClass.A


def test_the_portfolio_and_the_ladder_history_show_where_the_client_puts_us(db) -> None:
    """Seed 001: the client's opinion is the rung, not ours."""
    with db.transaction() as session:
        proud = _add(session, "account", None, name="Гордый")
        _add(session, "ladder_assessment", proud, date="2025-05-01", our_view=4, client_view=2)
        hinted = _add(session, "account", None, name="Намёк")
        _add(session, "ladder_assessment", hinted, date="2025-05-01", our_view=3, answers={
            "needs_us_as_much": False, "likes_discussing_business": False,
            "deals_with_competitors": True, "buys_from_competitors": True})
        unknown = _add(session, "account", None, name="Неизвестный")
        _add(session, "ladder_assessment", unknown, date="2025-05-01", our_view=3)
    with db.sessions() as session:
        rows = {row.name: row.ladder_level for row in list_accounts(session, today=TODAY)}
    assert rows == {"Гордый": 2, "Намёк": 1, "Неизвестный": 3}
    now = {bar.key: bar.accounts for bar in _analytics(db, since=date(2025, 1, 1)).ladder.now}
    assert proud in now[2] and hinted in now[1] and unknown in now[3]


def test_role_coverage_reads_who_mirrors_from_the_account_team(db) -> None:
    big, *_ = _small_portfolio(db)

    def coverage():
        roles = {bar.key: bar.accounts for bar in _analytics(db).roles}
        return roles[LEADER_NOT_MIRRORED], roles[NO_TOP_TO_TOP]

    with db.transaction() as session:
        leader = session.scalar(select(Contact.id).where(Contact.account_id == big))
        member = _add(session, "team_member", big, name="Новиков", mirrors_id=leader)
    assert coverage() == ((), (big,))  # mirrored, by a specialist: not top-to-top
    with db.transaction() as session:
        update_record(session, kind="team_member", record_id=member,
                      changes={"level": "executive"})
    assert coverage() == ((), ())
