"""An opportunity linked to the plan goal it serves, and an opportunity made into a goal,
through the services on a real database."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from kam_desktop.services.errors import InputError
from kam_desktop.services.opportunities import make_goal_of_opportunity
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record, delete_record, restore_record, update_record
from kam_desktop.store.models import Goal, Opportunity


def _account_with_opportunity(db, name="АО «Вектор»"):
    with db.transaction() as session:
        account_id = add_record(session, kind="account", parent_id=None, values={"name": name})
        opportunity_id = add_record(session, kind="opportunity", parent_id=account_id, values={
            "title": "Склад ответственного хранения", "opportunity_class": "expand_business"})
    return account_id, opportunity_id


def _goal(db, account_id, ours="Стать основным поставщиком упаковки"):
    with db.transaction() as session:
        return add_record(session, kind="goal", parent_id=account_id, values={
            "client_goal": "Снизить складские издержки", "our_goal": ours})


def test_an_opportunity_serves_a_goal_of_its_own_account(db) -> None:
    account_id, opportunity_id = _account_with_opportunity(db)
    goal_id = _goal(db, account_id)
    with db.transaction() as session:
        old = update_record(session, kind="opportunity", record_id=opportunity_id,
                            changes={"goal_id": str(goal_id)})
    assert old == {"goal_id": None}
    with db.sessions() as session:
        (row,) = load_dossier(session, account_id).sections["opportunity"]
    assert row["goal_id"] == goal_id and row["goal"] == "Стать основным поставщиком упаковки"

    other_account, _ = _account_with_opportunity(db, "ООО «Кама»")
    foreign = _goal(db, other_account)
    with pytest.raises(InputError) as refused, db.transaction() as session:
        update_record(session, kind="opportunity", record_id=opportunity_id,
                      changes={"goal_id": foreign})
    assert refused.value.where == "goal_id"
    with db.sessions() as session:
        assert session.get(Opportunity, opportunity_id).goal_id == goal_id


def test_deleting_the_goal_unlinks_the_opportunity_and_undo_links_it_again(db) -> None:
    account_id, opportunity_id = _account_with_opportunity(db)
    goal_id = _goal(db, account_id)
    with db.transaction() as session:
        update_record(session, kind="opportunity", record_id=opportunity_id,
                      changes={"goal_id": goal_id})
    with db.transaction() as session:
        snapshot = delete_record(session, kind="goal", record_id=goal_id)
    with db.sessions() as session:
        assert session.get(Opportunity, opportunity_id).goal_id is None
    with db.transaction() as session:
        restore_record(session, snapshot=snapshot)
    with db.sessions() as session:
        assert session.get(Opportunity, opportunity_id).goal_id == goal_id


def test_an_opportunity_made_into_a_plan_goal(db) -> None:
    account_id, opportunity_id = _account_with_opportunity(db)
    with db.transaction() as session:
        made = make_goal_of_opportunity(session, opportunity_id=opportunity_id,
                                        client_goal="Снизить складские издержки")
    assert made.previous_goal_id is None
    with db.sessions() as session:
        (goal,) = session.scalars(select(Goal)).all()
        assert goal.id == made.goal_id and goal.account_id == account_id
        assert goal.our_goal == "Склад ответственного хранения"
        assert goal.client_goal == "Снизить складские издержки" and goal.deadline is None
        assert session.get(Opportunity, opportunity_id).goal_id == goal.id


def test_a_goal_needs_the_clients_goal_and_nothing_is_made_without_it(db) -> None:
    _account, opportunity_id = _account_with_opportunity(db)
    with pytest.raises(InputError) as refused, db.transaction() as session:
        make_goal_of_opportunity(session, opportunity_id=opportunity_id, client_goal="  ")
    assert refused.value.where == "client_goal"
    with db.sessions() as session:
        assert session.scalars(select(Goal)).all() == []
        assert session.get(Opportunity, opportunity_id).goal_id is None
