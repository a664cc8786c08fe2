"""The dashboard read a section at a time, and the sums moved into SQL, against the
former whole read in Python, on the demo portfolio."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kam_desktop.domain import analytics as charts
from kam_desktop.domain import value as value_rules
from kam_desktop.domain.money import Conversion
from kam_desktop.services import demo
from kam_desktop.services.analytics import SECTIONS, portfolio_analytics, sections_changed
from kam_desktop.services.exchange_rates import rate_book
from kam_desktop.services.records import update_record
from kam_desktop.store.models import Account, ValueEntry

TODAY = date(2025, 6, 1)


def _demo_in_three_currencies(db) -> None:
    """The demo, with some accounts kept in euros and dollars (the demo has their rates
    for some periods only) and one in pounds (no rate at all)."""
    with db.transaction() as session:
        demo.load_demo(session, accounts=40, seed=5, today=TODAY)
        ids = session.scalars(select(Account.id).order_by(Account.name)).all()
        for account_id, currency in zip(ids[::6], ("EUR", "USD", "GBP", "EUR", "USD", "GBP")):
            update_record(session, kind="account", record_id=account_id,
                          changes={"currency": currency})


def _value_in_python(session, today: date):
    """The value bars as the dashboard computed them before: every entry read and
    converted in Python, then grouped by domain.analytics."""
    book = rate_book(session)
    currency = dict(session.execute(select(Account.id, Account.currency)).all())
    items, missing = [], Conversion(book.main)
    for account_id, day, kind, cost, benefit in session.execute(select(
            ValueEntry.account_id, ValueEntry.date, ValueEntry.kind, ValueEntry.our_cost,
            ValueEntry.client_benefit)).all():
        rate = book.rate_on(currency[account_id], day)
        if rate is None:
            missing.miss(account_id, currency[account_id], str(day.year))
        else:
            items.append((account_id, value_rules.ValueItem(day, kind, None, cost * rate,
                                                            benefit * rate, False)))
    return charts.value_by_kind(items), charts.value_by_year(items), missing.left_out()


def _figures(bars):
    return [(bar.key, str(bar.client_benefit), str(bar.our_cost), bar.count, set(bar.accounts))
            for bar in bars]


def test_the_value_sums_in_sql_equal_the_former_python_to_the_cent(db) -> None:
    _demo_in_three_currencies(db)
    with db.sessions() as session:
        by_kind, by_year, missing = _value_in_python(session, TODAY)
        read = portfolio_analytics(session, today=TODAY, sections=("value",))
    assert len(by_kind) >= 5 and missing  # every kind of value, and a currency without rate
    assert _figures(read.value_by_kind) == _figures(by_kind)
    assert _figures(read.value_by_year) == _figures(by_year)
    assert [(m.currency, m.period, set(m.accounts)) for m in read.missing["value"]] == \
        [(m.currency, m.period, set(m.accounts)) for m in missing]


def test_sections_read_apart_and_merged_equal_the_whole_read(db) -> None:
    _demo_in_three_currencies(db)
    with db.sessions() as session:
        whole = portfolio_analytics(session, today=TODAY)
        first = portfolio_analytics(session, today=TODAY, sections=("wallet",))
        rest = portfolio_analytics(session, today=TODAY,
                                   sections=[s for s in SECTIONS if s != "wallet"])
    assert first.pareto is None and first.wallet == whole.wallet
    assert first.merged(rest) == whole
    stale = first.merged(rest).without(sections_changed({"value_entry"}))
    assert stale.sections == frozenset(SECTIONS) - {"value", "value_to_revenue"}
    assert stale.value_by_kind is None and stale.funnel == whole.funnel


def test_a_change_makes_stale_only_the_sections_that_read_its_records() -> None:
    assert sections_changed({"diary_entry", "plan_action"}) == frozenset()
    assert sections_changed({"deal"}) == {"purchases", "wallet", "growth", "whitespace"}
    assert sections_changed({"contact"}) == {"roles"}
    assert sections_changed({"exchange_rate"}) == frozenset(SECTIONS)
