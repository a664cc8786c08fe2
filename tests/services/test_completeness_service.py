"""Dossier completeness read from a real database, for the portfolio and one account."""
from __future__ import annotations

from datetime import date, timedelta

from kam_desktop.services.completeness import account_completeness, dossier_completeness
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.records import add_record

TODAY = date(2026, 11, 23)


def _portfolio(db):
    with db.transaction() as session:
        def add(record_kind, parent, **values):
            return add_record(session, kind=record_kind, parent_id=parent, values=values)

        full = add("account", None, name="Полный", legal_name="АО «Полный»",
                   industry="Химия", region="Пермь", motivation="stability", lifecycle="key")
        add("potential", full, year=2026, amount="1000000")
        add("contact", full, name="Лидер", interest=9, involvement=9)
        add("contact", full, name="Спецификатор", interest=8, involvement=2)
        add("team_member", full, name="Новиков")
        add("ladder_assessment", full, date=TODAY - timedelta(days=30), our_view=3)
        add("goal", full, our_goal="Рост", client_goal="Экономия")
        add("value_entry", full, date=date(2026, 3, 1), kind="training", title="Курс",
            our_cost="1000", client_benefit="5000")
        add("diary_entry", full, date=TODAY, kind="call", summary="Звонок",
            next_step="Встреча", next_step_due=TODAY + timedelta(days=7))

        half = add("account", None, name="Половина", inn="7707083893", industry="Химия",
                   region="Пермь", lifecycle="developing")
        # the leader has left: the map has no current leader
        add("contact", half, name="Ушедший", interest=9, involvement=9,
            left_on=TODAY - timedelta(days=5))
        add("contact", half, name="Спец", interest=9, involvement=1)
        add("ladder_assessment", half, date=TODAY - timedelta(days=200), our_view=2)
        add("value_entry", half, date=date(2025, 12, 31), kind="training", title="Старое",
            our_cost="1", client_benefit="1")
        add("diary_entry", half, date=TODAY, kind="call", summary="Сделано",
            next_step="Было", next_step_due=TODAY, done=True)
        add("goal", half, our_goal="Рост", client_goal="Экономия")

        prospect = add("account", None, name="Новый", lifecycle="prospect")
    return full, half, prospect


def test_completeness_of_each_account_by_hand(db) -> None:
    full, half, prospect = _portfolio(db)
    with db.sessions() as session:
        found = dossier_completeness(session, today=TODAY)
    assert found[full].missing == () and found[full].score == 1
    # profile, specifier and plan of 10 parts: the leader left, the ladder is 200 days
    # old, the value entry is last year's, the only next step is done
    assert found[half].missing == ("motivation", "potential", "leader", "team", "ladder",
                                   "value", "next_step")
    assert found[half].score == 3 / 10
    # a prospect: 8 parts apply, none filled
    assert len(found[prospect].parts) == 8 and found[prospect].score == 0


def test_one_account_the_portfolio_and_the_dossier_agree(db) -> None:
    full, half, _prospect = _portfolio(db)
    with db.sessions() as session:
        one = account_completeness(session, account_id=half, today=TODAY)
        rows = {row.id: row for row in list_accounts(session, today=TODAY)}
        dossier = load_dossier(session, half, today=TODAY)
    assert one == rows[half].completeness == dossier.completeness
    assert rows[half].as_json()["completeness"] == 0.3
    assert rows[full].as_json()["dossier_missing"] == []


def _by_hand(session, account, today: date):
    """One account's completeness read record by record and judged by the domain rule."""
    from sqlalchemy import select

    from kam_desktop.domain.completeness import DossierFacts, completeness, profile_filled
    from kam_desktop.domain.enums import Role
    from kam_desktop.domain.roles import HIGH_THRESHOLD
    from kam_desktop.store.models import (
        Contact, DiaryEntry, Goal, LadderAssessment, Potential, TeamMember, ValueEntry,
    )

    def records(model):
        return session.scalars(select(model).where(model.account_id == account.id)).all()

    roles = set()
    for contact in records(Contact):
        if contact.left_on is None and contact.interest >= HIGH_THRESHOLD:
            roles.add(Role.LEADER if contact.involvement >= HIGH_THRESHOLD else Role.SPECIFIER)
    ladder = [assessment.date for assessment in records(LadderAssessment)]
    return completeness(DossierFacts(
        lifecycle=account.lifecycle,
        profile_filled=profile_filled(account.legal_name, account.inn, account.industry,
                                      account.region),
        motivation=account.motivation is not None, potential=bool(records(Potential)),
        roles=frozenset(roles), team=bool(records(TeamMember)),
        last_ladder=max(ladder, default=None), goals=bool(records(Goal)),
        value_this_year=any(date(today.year, 1, 1) <= entry.date <= today
                            for entry in records(ValueEntry)),
        open_next_step=any(not entry.done and entry.next_step
                           for entry in records(DiaryEntry))), today)


def test_the_demo_portfolio_scores_as_each_dossier_read_by_hand(db) -> None:
    from kam_desktop.services.demo import load_demo
    from kam_desktop.store.models import Account

    with db.transaction() as session:
        load_demo(session, accounts=40, seed=5, today=TODAY)
    with db.sessions() as session:
        accounts = session.query(Account).all()
        for today in (TODAY, TODAY + timedelta(days=60), date(2027, 1, 10)):
            found = dossier_completeness(session, today=today)
            assert found == {account.id: _by_hand(session, account, today)
                             for account in accounts}
            # one account at a time (as a dossier opens) reads only its own records
            assert {account.id: account_completeness(session, account_id=account.id,
                                                     today=today)
                    for account in accounts} == found
        assert len({found[account.id].score for account in accounts}) > 3  # not all alike
