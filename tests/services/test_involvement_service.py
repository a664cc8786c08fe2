"""Setting a stage of the functional involvement map, on a real database."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from kam_desktop.domain.enums import Stage
from kam_desktop.services.errors import InputError
from kam_desktop.services.involvement import set_stage_shares
from kam_desktop.services.records import add_record
from kam_desktop.store.models import InvolvementShare


@pytest.fixture
def account_id(db) -> uuid.UUID:
    with db.transaction() as session:
        return add_record(session, kind="account", parent_id=None, values={"name": "ПАО «Север»"})


def _set(db, account_id, stage, shares):
    with db.transaction() as session:
        return set_stage_shares(session, account_id=account_id, stage=stage, shares=shares)


def _stored(db, account_id) -> dict[Stage, dict[str, float]]:
    with db.sessions() as session:
        result: dict[Stage, dict[str, float]] = {}
        for row in session.scalars(select(InvolvementShare).where(
                InvolvementShare.account_id == account_id)):
            result.setdefault(row.stage, {})[row.department] = row.percent
        return result


def _ids(db, account_id) -> dict[str, uuid.UUID]:
    with db.sessions() as session:
        return {row.department: row.id for row in session.scalars(select(InvolvementShare).where(
            InvolvementShare.account_id == account_id))}


def test_a_valid_stage_is_stored(db, account_id) -> None:
    old = _set(db, account_id, Stage.SEARCH, {"Маркетинг": 30, "Продажи": 40, "Сервис": 30})
    assert old == {}
    assert _stored(db, account_id) == {
        Stage.SEARCH: {"Маркетинг": 30.0, "Продажи": 40.0, "Сервис": 30.0}}


def test_thirds_are_accepted_despite_rounding(db, account_id) -> None:
    _set(db, account_id, "repeat_sale", {"A": 33.33, "B": 33.33, "C": 33.34})
    assert sum(_stored(db, account_id)[Stage.REPEAT_SALE].values()) == pytest.approx(100)


def test_a_stage_not_summing_to_100_is_refused_and_named(db, account_id) -> None:
    _set(db, account_id, Stage.SEARCH, {"Маркетинг": 100})
    with pytest.raises(InputError) as refused:
        _set(db, account_id, Stage.NEED_IDENTIFICATION, {"Маркетинг": 59, "Продажи": 40})
    assert refused.value.where == "need_identification"
    assert "99" in refused.value.message and "100" in refused.value.message
    assert _stored(db, account_id) == {Stage.SEARCH: {"Маркетинг": 100.0}}


@pytest.mark.parametrize("shares", [{"A": 120, "B": -20}, {"  ": 100}, {"A": "сто"},
                                    {"A": float("nan")}, {"A": 50, " A ": 50}])
def test_bad_shares_are_refused(db, account_id, shares) -> None:
    with pytest.raises(InputError) as refused:
        _set(db, account_id, Stage.SEARCH, shares)
    assert refused.value.where == "search"
    assert _stored(db, account_id) == {}


def test_an_unknown_stage_or_account_is_refused(db, account_id) -> None:
    with pytest.raises(InputError):
        _set(db, account_id, "negotiation", {"A": 100})
    with pytest.raises(InputError):
        _set(db, uuid.uuid4(), Stage.SEARCH, {"A": 100})


def test_replacing_returns_the_old_shares_and_keeps_unchanged_rows(db, account_id) -> None:
    _set(db, account_id, Stage.SEARCH, {"Маркетинг": 30, "Продажи": 40, "Сервис": 30})
    before = _ids(db, account_id)
    old = _set(db, account_id, Stage.SEARCH, {"Маркетинг": 30, "Продажи": 50, "Логистика": 20})
    assert old == {"Маркетинг": 30.0, "Продажи": 40.0, "Сервис": 30.0}
    assert _stored(db, account_id) == {
        Stage.SEARCH: {"Маркетинг": 30.0, "Продажи": 50.0, "Логистика": 20.0}}
    after = _ids(db, account_id)
    assert after["Маркетинг"] == before["Маркетинг"] and after["Продажи"] == before["Продажи"]
    _set(db, account_id, Stage.SEARCH, old)  # what undo does
    assert _stored(db, account_id)[Stage.SEARCH] == old


def test_an_empty_mapping_clears_the_stage_only(db, account_id) -> None:
    _set(db, account_id, Stage.SEARCH, {"Маркетинг": 100})
    _set(db, account_id, Stage.REPEAT_SALE, {"Продажи": 100})
    assert _set(db, account_id, Stage.SEARCH, {}) == {"Маркетинг": 100.0}
    assert _stored(db, account_id) == {Stage.REPEAT_SALE: {"Продажи": 100.0}}


def test_setting_the_same_shares_writes_nothing(db, account_id) -> None:
    _set(db, account_id, Stage.SEARCH, {"Маркетинг": 30, "Продажи": 70})
    with db.transaction() as session:
        old = set_stage_shares(session, account_id=account_id, stage=Stage.SEARCH,
                               shares={"Маркетинг": 30.0, "Продажи": 70.0})
        assert old == {"Маркетинг": 30.0, "Продажи": 70.0}
        assert not session.dirty and not session.new and not session.deleted
