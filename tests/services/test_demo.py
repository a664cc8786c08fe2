"""The demo portfolio, loaded into a real database."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from kam_desktop.domain.enums import (
    LADDER_QUESTIONS,
    PERSONAL_FIELDS,
    ActionStatus,
    Category,
    DiaryKind,
    Lifecycle,
    OpportunityClass,
    OpportunityStatus,
    Role,
    Stage,
    TeamLevel,
    ValueKind,
)
from kam_desktop.domain.inn import inn_problem
from kam_desktop.domain.involvement import stage_problem
from kam_desktop.domain.ladder import suggest_level
from kam_desktop.domain.roles import is_top_to_top, role_for
from kam_desktop.services import demo
from kam_desktop.services.demo import load_demo
from kam_desktop.store import schema
from kam_desktop.store.kinds import KINDS
from kam_desktop.services.errors import InputError
from kam_desktop.store.database import Database
from kam_desktop.store.models import (
    Account,
    Base,
    Contact,
    Deal,
    DiaryAttendee,
    DiaryEntry,
    Goal,
    InvolvementShare,
    LadderAssessment,
    Opportunity,
    PersonalNotes,
    PlanAction,
    Revenue,
    TeamMember,
    ValueEntry,
)
from fresh_databases import fresh_database

TODAY = date(2025, 3, 14)
HISTORY_START = TODAY - timedelta(days=demo.HISTORY_DAYS)


def _load(db: Database, accounts: int = 40, seed: int = 7, today: date = TODAY) -> demo.DemoSummary:
    with db.transaction() as session:
        return load_demo(session, accounts=accounts, seed=seed, today=today)


def _all(db: Database, model) -> list:
    with db.sessions() as session:
        return list(session.scalars(select(model)))


def _table_contents(db: Database) -> dict[str, list[tuple[str, ...]]]:
    with db.engine.connect() as connection:
        return {table.name: sorted(tuple(repr(value) for value in row)
                                   for row in connection.execute(select(table)))
                for table in Base.metadata.sorted_tables}


#: what the demo leaves to the user: erasures, and snapshots of the role map
_NOT_IN_THE_DEMO = {"erasure_log", "map_snapshot", "map_snapshot_entry"}


def test_forty_accounts_fill_every_table_and_the_summary_counts_them(db) -> None:
    summary = _load(db)
    assert summary["account"] == 40
    with db.sessions() as session:
        for kind in KINDS.values():
            count = session.scalar(select(func.count()).select_from(kind.table))
            assert (count > 0) == (kind.name not in _NOT_IN_THE_DEMO), kind.name
            assert summary[kind.name] == count, kind.name


def test_every_value_of_the_demo_passes_the_rules_of_its_column(db) -> None:
    """The demo is what a new user judges the app by: it holds only what a form would
    accept."""
    _load(db)
    with db.engine.connect() as connection:
        for kind in KINDS.values():
            columns = schema.content_columns(kind.name)
            if not columns:
                continue
            for row in connection.execute(select(*columns)):
                for column, value in zip(columns, row):
                    assert schema.problem(kind.name, column.name, value) is None, \
                        (kind.name, column.name, value)


def test_the_portfolio_covers_every_kind_role_class_and_status(db) -> None:
    _load(db)
    assert {entry.kind for entry in _all(db, ValueEntry)} == set(ValueKind)
    assert {action.status for action in _all(db, PlanAction)} == set(ActionStatus)
    opportunities = _all(db, Opportunity)
    assert {item.status for item in opportunities} == set(OpportunityStatus)
    assert {item.opportunity_class for item in opportunities} == set(OpportunityClass)
    assert {entry.kind for entry in _all(db, DiaryEntry)} == set(DiaryKind)
    roles_by_account = defaultdict(set)
    for contact in _all(db, Contact):
        roles_by_account[contact.account_id].add(role_for(contact.interest, contact.involvement))
        assert round(contact.interest, 1) == contact.interest
        assert round(contact.involvement, 1) == contact.involvement
    assert len(roles_by_account) == 40
    assert all(roles == set(Role) for roles in roles_by_account.values())


def test_each_account_is_plausibly_filled(db) -> None:
    """As much as its stage allows: a prospect has bought nothing and has no ladder, no
    statistics, no switching barriers and only a first thing or two we did for it."""
    _load(db)
    with db.sessions() as session:
        for account in session.scalars(select(Account)):
            assert account.name.startswith(("ООО «", "АО «", "ПАО «"))
            assert account.name.endswith("»")
            assert account.legal_name.endswith(account.name[account.name.index("«"):])
            assert inn_problem(account.inn) is None
            assert account.currency == "RUB"
            potentials = {p.year: p.amount for p in account.potentials}
            assert sorted(potentials) == [2022, 2023, 2024, 2025]
            assert all(amount > 0 for amount in potentials.values())
            assert account.website.startswith("https://") and account.website.endswith(".ru")
            assert account.industry and account.region and account.address and account.owner
            assert (account.lifecycle_reason is not None) == account.lifecycle.needs_reason
            if account.lifecycle.needs_reason:
                assert account.cooling_reasons
            assert 4 <= len(account.contacts) <= 9
            assert 2 <= len(account.team) <= 4
            assert 1 <= len(account.opportunities) <= 4
            assert 1 <= len(account.goals) <= 3
            assert all(2 <= len(goal.actions) <= 5 for goal in account.goals)
            assert len(account.switching_barriers) <= 3
            if account.lifecycle is Lifecycle.PROSPECT:
                assert not account.ladder and not account.statistics
                assert not account.switching_barriers
                assert 1 <= len(account.value_entries) <= 2
            else:
                assert 1 <= len(account.ladder) <= 4
                assert 2 <= len(account.statistics) <= 4
                assert 3 <= len(account.value_entries) <= 15


def test_a_lost_account_falls_silent_when_it_is_lost(db) -> None:
    _load(db)
    with db.sessions() as session:
        lost = session.scalars(select(Account).where(Account.lifecycle == Lifecycle.LOST)).all()
        assert lost
        for account in lost:
            lost_on = account.cooling_reasons[0].date
            assert all(entry.date <= lost_on for entry in account.diary)
            for row in account.revenue:
                year, _, quarter = row.period.partition("-Q")
                if quarter and date(int(year), 3 * int(quarter) - 2, 1) > lost_on:
                    assert row.amount == 0


def test_every_stage_of_every_account_sums_to_100(db) -> None:
    _load(db)
    stages = defaultdict(dict)
    for share in _all(db, InvolvementShare):
        stages[share.account_id, share.stage][share.department] = share.percent
    assert len(stages) == 40 * len(Stage)
    for shares in stages.values():
        assert stage_problem(shares) is None
        assert sum(shares.values()) == 100


def test_relations_never_leave_their_account(db) -> None:
    _load(db)
    contacts = {contact.id: contact for contact in _all(db, Contact)}
    team = {member.id: member for member in _all(db, TeamMember)}
    entries = {entry.id: entry for entry in _all(db, DiaryEntry)}
    tops = defaultdict(list)
    for contact in contacts.values():
        if contact.reports_to_id is None:
            tops[contact.account_id].append(contact)
        else:
            assert contacts[contact.reports_to_id].account_id == contact.account_id
    assert len(tops) == 40
    assert all(len(top) == 1 and top[0].position == "Генеральный директор"
               for top in tops.values())
    for member in team.values():
        if member.mirrors_id is not None:
            mirrored = contacts[member.mirrors_id]
            assert mirrored.account_id == member.account_id
    assert any(member.mirrors_id for member in team.values())
    # every key account has one of our executives on its team, some selling top-to-top
    accounts = {account.id: account for account in _all(db, Account)}
    with_executive = {m.account_id for m in team.values() if m.level is TeamLevel.EXECUTIVE}
    assert {a for a, account in accounts.items()
            if account.category is Category.KEY} <= with_executive
    assert any(is_top_to_top(m.level, role_for(contacts[m.mirrors_id].interest,
                                               contacts[m.mirrors_id].involvement))
               for m in team.values() if m.mirrors_id is not None)
    for attendee in _all(db, DiaryAttendee):
        assert (attendee.contact_id is None) != (attendee.team_member_id is None)
        person = contacts.get(attendee.contact_id) or team[attendee.team_member_id]
        assert person.account_id == entries[attendee.entry_id].account_id


def test_the_client_rating_agrees_with_the_answers_and_our_estimate_is_near(db) -> None:
    _load(db)
    for assessment in _all(db, LadderAssessment):
        assert set(assessment.answers) == set(LADDER_QUESTIONS)
        pointed = suggest_level(assessment.answers)
        assert abs(pointed - assessment.our_view) <= 1
        assert assessment.client_view in (None, pointed)
        assert assessment.competitors and all(1 <= level <= 4
                                              for level in assessment.competitors.values())
        assert HISTORY_START <= assessment.date <= TODAY and assessment.next_steps


def test_most_contacts_have_a_full_personal_questionnaire(db) -> None:
    _load(db)
    notes = _all(db, PersonalNotes)
    assert len(notes) > 0.6 * len(_all(db, Contact))
    assert all(getattr(note, field) for note in notes for field in PERSONAL_FIELDS)


def test_the_diary_spans_two_years_up_to_today_with_open_and_overdue_steps(db) -> None:
    _load(db)
    entries = _all(db, DiaryEntry)
    assert min(entry.date for entry in entries) < HISTORY_START + timedelta(days=30)
    assert all(HISTORY_START <= entry.date <= TODAY for entry in entries)
    steps = [entry for entry in entries if entry.next_step]
    assert all(entry.next_step_due > entry.date for entry in steps)
    assert all(entry.done for entry in steps
               if entry.next_step_due < TODAY - timedelta(days=demo.DONE_BEFORE_DAYS))
    assert any(not entry.done and entry.next_step_due >= TODAY for entry in steps)
    assert any(not entry.done and entry.next_step_due < TODAY for entry in steps)
    actions = _all(db, PlanAction)
    assert all(action.due < TODAY for action in actions if action.status is ActionStatus.DONE)
    assert any(action.due > TODAY for action in actions)
    values = _all(db, ValueEntry)
    assert {entry.acknowledged for entry in values} == {True, False}
    assert all(entry.client_benefit > 0 and entry.our_cost > 0 and entry.department
               for entry in values)
    assert all(goal.strategy_product and goal.strategy_price and goal.strategy_promotion
               and goal.strategy_place and goal.resource_budget for goal in _all(db, Goal))


def test_revenue_covers_three_years_and_four_quarters_with_a_plausible_share(db) -> None:
    _load(db)
    expected = {"2022", "2023", "2024", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"}
    periods = defaultdict(dict)
    for row in _all(db, Revenue):
        periods[row.account_id][row.period] = row.amount
    assert all(set(found) == expected for found in periods.values())
    with db.sessions() as session:
        for account in session.scalars(select(Account)):
            if account.lifecycle is Lifecycle.PROSPECT:
                assert account.id not in periods
                continue
            quarters = periods[account.id]
            assert sum(quarters[f"2024-Q{q}"] for q in range(1, 5)) == quarters["2024"]
            if account.lifecycle not in (Lifecycle.SLEEPING, Lifecycle.LOST):
                # against the potential of 2024 itself
                share = quarters["2024"] / account.potentials[2].amount
                assert Decimal("0.05") <= share <= Decimal("0.70")


def test_deals_add_up_to_the_revenue_and_stop_when_the_client_went_quiet(db) -> None:
    _load(db)
    deals = defaultdict(list)
    for deal in _all(db, Deal):
        deals[deal.account_id].append(deal)
    revenue = {(row.account_id, row.period): row.amount for row in _all(db, Revenue)}
    with db.sessions() as session:
        accounts = list(session.scalars(select(Account)))
    for account in accounts:
        own = deals[account.id]
        if account.lifecycle is Lifecycle.PROSPECT:  # at most its first orders, lately
            assert len(own) <= 4
            assert all(TODAY - timedelta(days=80) < d.date < TODAY for d in own)
            continue
        in_2024 = sum((d.amount for d in own if d.date.year == 2024), Decimal(0))
        assert in_2024 == revenue[account.id, "2024"]
        assert all(d.amount > 0 and d.product_group for d in own)
        if account.lifecycle in (Lifecycle.SLEEPING, Lifecycle.LOST):
            assert all(d.date < TODAY - timedelta(days=90) for d in own)
        elif account.lifecycle is Lifecycle.KEY:  # a key client bought last quarter
            assert any(d.date >= date(2024, 10, 1) for d in own)
    references = [d.reference for d in _all(db, Deal) if d.reference]
    assert len(set(references)) == len(references) > 0.8 * sum(map(len, deals.values()))


def test_the_same_seed_and_day_give_the_same_database(db, tmp_path) -> None:
    _load(db, seed=11)
    twin = fresh_database(tmp_path / "twin.sqlite3")
    other = fresh_database(tmp_path / "other.sqlite3")
    try:
        _load(twin, seed=11)
        _load(other, seed=12)
        assert _table_contents(twin) == _table_contents(db)
        assert _table_contents(other) != _table_contents(db)
    finally:
        twin.close()
        other.close()


def test_a_database_with_accounts_is_refused_and_left_unchanged(db) -> None:
    _load(db, accounts=3)
    before = _table_contents(db)
    with pytest.raises(InputError) as raised:
        _load(db, accounts=3, seed=99)
    assert raised.value.where == "demo"
    assert "3 accounts" in raised.value.message
    assert _table_contents(db) == before


@pytest.mark.parametrize("accounts", [0, -1, demo.MAX_ACCOUNTS + 1])
def test_the_number_of_accounts_is_checked(db, accounts: int) -> None:
    with pytest.raises(InputError) as raised:
        _load(db, accounts=accounts)
    assert raised.value.where == "accounts"
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0


@pytest.mark.parametrize("today", [date(2024, 2, 29), date(2025, 1, 1), date(2025, 12, 31)])
def test_the_foreign_keys_hold_on_any_day(db, today: date) -> None:
    _load(db, accounts=12, today=today)
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []


def test_company_names_stay_unique_beyond_the_plain_name_space() -> None:
    builder = demo._Builder(random.Random(3), TODAY)
    names = [builder.company_core()[0] for _ in range(60_000)]
    assert len(set(names)) == len(names)


def test_the_potential_moves_from_year_to_year(db) -> None:
    _load(db)
    with db.sessions() as session:
        moving = [len({p.amount for p in account.potentials}) > 1
                  for account in session.scalars(select(Account))]
    assert sum(moving) > len(moving) * 3 / 4
