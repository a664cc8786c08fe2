"""A transaction's notice of what it changed is taken from the transaction itself."""
from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import insert

from kam_desktop.services.records import add_record, delete_record, update_record
from kam_desktop.store.changes import ITEMISED_RECORDS, Changes, take_changes
from kam_desktop.store.models import Statistic


def _accounts(db, *names: str) -> list:
    with db.transaction() as session:
        return [add_record(session, kind="account", parent_id=None, values={"name": name})
                for name in names]


def test_an_edit_names_its_kind_and_the_account_it_belongs_to(db) -> None:
    alpha, beta = _accounts(db, "Альфа", "Бета")
    with db.transaction() as session:
        goal = add_record(session, kind="goal", parent_id=beta,
                          values={"client_goal": "Снизить простои", "our_goal": "Пилот"})
        action = add_record(session, kind="plan_action", parent_id=goal, values={"title": "Демо"})
        take_changes(session)
    with db.transaction() as session:
        update_record(session, kind="plan_action", record_id=action,
                      changes={"due": date(2026, 12, 20)})
        changes = take_changes(session)
    assert changes == Changes(frozenset({"plan_action"}), frozenset({beta}))
    assert changes.touches(beta) and not changes.touches(alpha)


def test_a_deletion_names_the_account_of_what_went(db) -> None:
    (alpha,) = _accounts(db, "Альфа")
    with db.transaction() as session:
        contact = add_record(session, kind="contact", parent_id=alpha, values={"name": "Орлов"})
        add_record(session, kind="personal_notes", parent_id=contact, values={"interests": "шахматы"})
    with db.transaction() as session:
        delete_record(session, kind="contact", record_id=contact)
        changes = take_changes(session)
    assert "contact" in changes.kinds and changes.accounts == {alpha}


def test_an_edit_that_writes_the_same_value_changes_nothing(db) -> None:
    (alpha,) = _accounts(db, "Альфа")
    with db.transaction() as session:
        update_record(session, kind="account", record_id=alpha, changes={"name": "Альфа"})
        assert not take_changes(session)


def test_a_bulk_write_or_a_large_one_is_not_itemised(db) -> None:
    (alpha,) = _accounts(db, "Альфа")
    with db.transaction() as session:
        session.execute(insert(Statistic.__table__), [
            {"id": uuid.uuid4(), "account_id": alpha, "name": "Доля брака",
             "value": 1.5}])
        bulk = take_changes(session)
    assert bulk.everything and "statistic" in bulk.kinds
    names = [f"Клиент {n}" for n in range(ITEMISED_RECORDS + 1)]
    with db.transaction() as session:
        for name in names:
            add_record(session, kind="account", parent_id=None, values={"name": name})
        large = take_changes(session)
    # each new account starts its lifecycle history in the same write
    assert large.everything and large.kinds == {"account", "lifecycle_change"}


def test_a_rolled_back_transaction_leaves_no_notice_behind(db) -> None:
    (alpha,) = _accounts(db, "Альфа")
    try:
        with db.transaction() as session:
            update_record(session, kind="account", record_id=alpha, changes={"region": "Урал"})
            session.flush()
            raise RuntimeError("refused")
    except RuntimeError:
        pass
    with db.transaction() as session:
        assert not take_changes(session)
