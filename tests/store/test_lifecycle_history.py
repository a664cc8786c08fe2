"""Every change of an account's stage is dated and kept, by whichever path it comes."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.losses import record_loss
from kam_desktop.services.records import add_record, update_record
from kam_desktop.store.lifecycle_history import ACTED_BY, TODAY
from kam_desktop.store.models import LifecycleChange

DAY = date(2026, 5, 4)


def _history(db, account_id):
    with db.sessions() as session:
        return [(c.date, c.from_stage and c.from_stage.value, c.to_stage.value, c.reason,
                 c.changed_by)
                for c in session.scalars(select(LifecycleChange).where(
                    LifecycleChange.account_id == account_id)
                    .order_by(LifecycleChange.date, LifecycleChange.from_stage.is_not(None)))]


def _write(db, action, day=DAY, who="Соколова"):
    with db.transaction() as session:
        session.info[TODAY], session.info[ACTED_BY] = day, who
        return action(session)


def test_a_new_account_starts_and_each_change_is_dated(db) -> None:
    account = _write(db, lambda s: add_record(s, kind="account", parent_id=None,
                                              values={"name": "Волга"}))
    _write(db, lambda s: update_record(s, kind="account", record_id=account,
                                       changes={"lifecycle": "developing"}),
           day=date(2026, 6, 1))
    _write(db, lambda s: update_record(s, kind="account", record_id=account,
                                       changes={"name": "Волга-2"}), day=date(2026, 6, 2))
    _write(db, lambda s: record_loss(s, account_id=account, values={
        "date": date(2026, 9, 1), "cause": "price", "details": "Дешевле у конкурента"}),
        day=date(2026, 9, 1), who=None)
    assert _history(db, account) == [
        (DAY, None, "prospect", None, "Соколова"),
        (date(2026, 6, 1), "prospect", "developing", None, "Соколова"),
        (date(2026, 9, 1), "developing", "lost", "Дешевле у конкурента", None)]


def test_a_change_undone_the_same_day_leaves_no_entry(db) -> None:
    account = _write(db, lambda s: add_record(s, kind="account", parent_id=None,
                                              values={"name": "Ока", "lifecycle": "key"}))
    for stage in ("maintained", "key"):
        _write(db, lambda s: update_record(s, kind="account", record_id=account,
                                           changes={"lifecycle": stage}), day=date(2026, 7, 1))
    assert _history(db, account) == [(DAY, None, "key", None, "Соколова")]
    # on another day the way back is a movement of its own
    _write(db, lambda s: update_record(s, kind="account", record_id=account,
                                       changes={"lifecycle": "maintained"}), day=date(2026, 7, 1))
    _write(db, lambda s: update_record(s, kind="account", record_id=account,
                                       changes={"lifecycle": "key"}), day=date(2026, 7, 2))
    assert [entry[1:3] for entry in _history(db, account)] == [
        (None, "key"), ("key", "maintained"), ("maintained", "key")]


def test_a_record_of_the_flush_itself_is_not_counted_twice(db) -> None:
    with db.transaction() as session:  # add_record flushes the account first
        account = add_record(session, kind="account", parent_id=None, values={"name": "Дон"})
    assert len(_history(db, account)) == 1
    from kam_desktop.store.models import Account
    with db.transaction() as session:
        new = Account(name="Кама", lifecycle=Lifecycle.KEY)
        new.lifecycle_history.append(LifecycleChange(date=date(2020, 1, 1),
                                                     to_stage=Lifecycle.KEY))
        session.add(new)
        session.flush()
        new_id = new.id
    assert _history(db, new_id) == [(date(2020, 1, 1), None, "key", None, None)]
