"""The workload factors of an account, set and read through the services; the demo's."""
from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.workload import FACTORS, score
from kam_desktop.services import demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.workload import account_workload, set_workload_factors
from kam_desktop.store.models import Account, WorkloadFactors


def _account(db, name="АО «Вектор»") -> uuid.UUID:
    with db.transaction() as session:
        return add_record(session, kind="account", parent_id=None, values={"name": name})


def _set(db, account_id, **changes):
    with db.transaction() as session:
        return set_workload_factors(session, account_id=account_id, changes=changes)


def _read(db, account_id):
    with db.sessions() as session:
        return account_workload(session, account_id=account_id)


def _rows(db) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(WorkloadFactors))


def test_an_account_never_assessed_is_typical(db) -> None:
    workload = _read(db, _account(db))
    assert workload.factors == dict.fromkeys(FACTORS)
    assert workload.score.load == 1.0 and workload.score.assessed == 0
    assert _rows(db) == 0


def test_setting_factors_creates_the_row_and_returns_what_undoes_it(db) -> None:
    account_id = _account(db)
    assert _set(db, account_id, distance=5, kam_experience=2) == {"distance": None,
                                                                 "kam_experience": None}
    workload = _read(db, account_id)
    assert workload.factors["distance"] == 5 and workload.factors["kam_experience"] == 2
    assert workload.score == score({"distance": 5, "kam_experience": 2})
    assert _set(db, account_id, distance=3, kam_experience=2) == {"distance": 5}
    assert _set(db, account_id, distance=5) == {"distance": 3}  # the undo
    assert _read(db, account_id).factors["distance"] == 5
    assert _rows(db) == 1


def test_the_same_values_change_nothing(db) -> None:
    account_id = _account(db)
    assert _set(db, account_id, competition=None) == {}
    assert _rows(db) == 0  # clearing what was never set writes no row
    _set(db, account_id, competition=4)
    assert _set(db, account_id, competition=4) == {}


def test_clearing_a_factor_makes_it_unassessed(db) -> None:
    account_id = _account(db)
    _set(db, account_id, support_staff=5, distance=4)
    assert _set(db, account_id, support_staff=None) == {"support_staff": 5}
    workload = _read(db, account_id)
    assert workload.factors["support_staff"] is None and workload.score.assessed == 1


@pytest.mark.parametrize("changes, where, words", [
    ({"distance": 6}, "distance", "between 1 and 5"),
    ({"distance": 0}, "distance", "between 1 and 5"),
    ({"competition": 2.5}, "competition", "whole number"),
    ({"competition": "4"}, "competition", "whole number"),
    ({"mood": 3}, "mood", "not a field"),
    ({"distance": 2, "support_staff": 9}, "support_staff", "between 1 and 5"),
])
def test_bad_values_are_refused_and_nothing_is_written(db, changes, where, words) -> None:
    account_id = _account(db)
    _set(db, account_id, distance=4)
    with pytest.raises(InputError) as error:
        _set(db, account_id, **changes)
    assert error.value.where == where and words in error.value.message
    assert _read(db, account_id).factors["distance"] == 4


def test_an_unknown_account_is_refused(db) -> None:
    with pytest.raises(InputError) as error:
        _set(db, uuid.uuid4(), distance=2)
    assert error.value.where == "account"
    with pytest.raises(InputError):
        _read(db, uuid.uuid4())
    assert _rows(db) == 0


def test_deleting_the_account_deletes_its_factors(db) -> None:
    account_id = _account(db)
    _set(db, account_id, distance=2)
    with db.transaction() as session:
        session.delete(session.get(Account, account_id))
    assert _rows(db) == 0


def test_the_demo_assesses_most_accounts_in_keeping_with_their_data(db) -> None:
    with db.transaction() as session:
        demo.load_demo(session, accounts=80, seed=4, today=date(2025, 6, 1))
    with db.sessions() as session:
        accounts = session.scalars(select(Account)).all()
        assessed = [a for a in accounts if a.workload is not None]
        assert 0.75 * len(accounts) <= len(assessed) < len(accounts)
        loads = []
        for account in assessed:
            factors = {name: getattr(account.workload, name) for name in FACTORS}
            assert all(v is None or 1 <= v <= 5 for v in factors.values())
            if factors["kam_experience"] is not None:
                assert factors["kam_experience"] == demo.KAM_EXPERIENCE[account.owner]
            if factors["distance"] is not None and account.region == "Москва":
                assert factors["distance"] == 1
            if account.lifecycle is not Lifecycle.LOST:
                loads.append(score(factors).load)
        assert min(loads) < 0.95 and max(loads) > 1.05  # not everyone is typical
        partly = [a for a in assessed
                  if any(getattr(a.workload, name) is None for name in FACTORS)]
        assert partly  # some factors are left unassessed, as in real life
