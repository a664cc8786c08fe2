"""Editing records through the service layer, on a real database."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import (
    add_record, delete_record, entity, restore_record, update_record,
)

from kam_desktop.store.models import Account, Contact, DiaryEntry


def _new_account(db, name="АО «Вектор»", **values):
    with db.transaction() as session:
        return add_record(session, kind="account", parent_id=None, values={"name": name, **values})


def test_create_and_change_an_account(db) -> None:
    account_id = _new_account(db, inn="7707083893", website="https://vektor.ru")
    with db.transaction() as session:
        old = update_record(session, kind="account", record_id=account_id,
                            changes={"region": "Пермский край", "inn": "7707083893"})
    assert old == {"region": None}  # the unchanged INN is not reported
    with db.sessions() as session:
        account = session.get(Account, account_id)
        assert account.region == "Пермский край"
        assert account.website == "https://vektor.ru"


def test_writing_the_same_value_changes_nothing(db) -> None:
    account_id = _new_account(db, region="Тула")
    with db.sessions() as session:
        stamp = session.get(Account, account_id).updated_at
    with db.transaction() as session:
        assert update_record(session, kind="account", record_id=account_id,
                             changes={"region": "Тула"}) == {}
    with db.sessions() as session:
        assert session.get(Account, account_id).updated_at == stamp


@pytest.mark.parametrize("values, where, words", [
    ({"inn": "7707083894"}, "inn", "check digit"),
    ({"category": "vip"}, "category", "not one of"),
    ({"lifecycle": "lost"}, "lifecycle_reason", "why"),
    ({"currency": "rub"}, "currency", "currency code"),
    ({"name": "   "}, "name", "must not be empty"),
])
def test_bad_account_values_are_refused_in_words(db, values, where, words) -> None:
    with pytest.raises(InputError) as error:
        _new_account(db, **{"name": "X", **values})
    assert error.value.where == where and words in error.value.message
    with db.sessions() as session:
        assert session.scalars(select(Account)).all() == []


def test_a_lost_client_with_a_reason_is_accepted(db) -> None:
    account_id = _new_account(db, lifecycle="lost", lifecycle_reason="ушёл к конкуренту")
    with db.sessions() as session:
        assert session.get(Account, account_id).lifecycle is Lifecycle.LOST


def test_account_names_are_unique(db) -> None:
    _new_account(db, "Альфа")
    other = _new_account(db, "Бета")
    with pytest.raises(InputError, match="already called"):
        with db.transaction() as session:
            update_record(session, kind="account", record_id=other, changes={"name": "Альфа"})


def test_interest_of_eleven_is_refused(db) -> None:
    account_id = _new_account(db)
    with pytest.raises(InputError) as error:
        with db.transaction() as session:
            add_record(session, kind="contact", parent_id=account_id,
                       values={"name": "Орлов", "interest": 11, "involvement": 3})
    assert str(error.value) == "interest: 11 is not between 0 and 10"


def test_a_reporting_circle_is_refused(db) -> None:
    account_id = _new_account(db)
    with db.transaction() as session:
        boss = add_record(session, kind="contact", parent_id=account_id, values={"name": "A"})
        deputy = add_record(session, kind="contact", parent_id=account_id,
                            values={"name": "B", "reports_to_id": boss})
    with pytest.raises(InputError, match="circle"):
        with db.transaction() as session:
            update_record(session, kind="contact", record_id=boss,
                          changes={"reports_to_id": deputy})


def test_delete_and_restore_a_contact_with_personal_notes(db) -> None:
    account_id = _new_account(db)
    with db.transaction() as session:
        contact_id = add_record(session, kind="contact", parent_id=account_id,
                                values={"name": "Орлов", "interest": 7.5, "involvement": 2})
        add_record(session, kind="personal_notes", parent_id=contact_id,
                   values={"education": "МГУ", "interests": "рыбалка"})
    with db.transaction() as session:
        snapshot = delete_record(session, kind="contact", record_id=contact_id)
    with db.sessions() as session:
        assert session.get(Contact, contact_id) is None
    with db.transaction() as session:
        restore_record(session, snapshot=snapshot)
    with db.sessions() as session:
        contact = session.get(Contact, contact_id)
        assert contact.personal.interests == "рыбалка" and contact.interest == 7.5


def test_dates_are_checked(db) -> None:
    account_id = _new_account(db)
    with pytest.raises(InputError, match="not a date"):
        with db.transaction() as session:
            add_record(session, kind="diary_entry", parent_id=account_id,
                       values={"date": "31.02.2026", "kind": "call", "summary": "x"})
    with db.transaction() as session:
        entry = add_record(session, kind="diary_entry", parent_id=account_id,
                           values={"date": date(2026, 2, 27), "kind": "call", "summary": "x"})
    with db.sessions() as session:
        assert session.get(DiaryEntry, entry).date == date(2026, 2, 27)


@pytest.mark.parametrize("values, where, words", [
    ({"year": 2025, "amount": "10.005"}, "amount", "two decimal places"),
    ({"year": 2025, "amount": "-1"}, "amount", "negative"),
    ({"year": 1899, "amount": "1000"}, "year", "not between"),
    ({"year": 2024, "amount": "1000"}, "year", "already a potential for 2024"),
])
def test_a_potential_per_year_is_checked(db, values, where, words) -> None:
    account_id = _new_account(db)
    with db.transaction() as session:
        add_record(session, kind="potential", parent_id=account_id,
                   values={"year": 2024, "amount": "1500000.50"})
    with pytest.raises(InputError) as error, db.transaction() as session:
        add_record(session, kind="potential", parent_id=account_id, values=values)
    assert error.value.where == where and words in error.value.message


def test_a_record_missing_a_required_value_is_refused_in_words(db, add) -> None:
    account = add("account", None, name="АО «Вектор»")
    with pytest.raises(InputError) as refused:
        add("diary_entry", account, date=date(2026, 11, 23), summary="Звонок")
    assert refused.value.where == "kind"
    assert refused.value.message.template == "missing: give a value"
    with db.sessions() as session:
        assert session.scalars(select(DiaryEntry)).all() == []


@pytest.mark.parametrize("kind, first, second, change, words", [
    ("group_potential", {"year": 2026, "product_group": "Трубы", "amount": "100"},
     {"year": 2026, "product_group": "Листы", "amount": "100"}, {"product_group": "Трубы"},
     "a product group's potential for 2026 / Трубы"),
    ("involvement_share", {"stage": "search", "department": "Снабжение", "percent": 40},
     {"stage": "search", "department": "Склад", "percent": 20}, {"department": "Снабжение"},
     "an involvement share for Search / Снабжение"),
])
def test_one_per_key_is_refused_in_words_on_add_and_on_edit(db, kind, first, second, change,
                                                            words) -> None:
    """Two of a product group's potentials for one year, or two shares of one department
    in one stage, are refused by our rule, not by the database's constraint."""
    account_id = _new_account(db)
    with db.transaction() as session:
        add_record(session, kind=kind, parent_id=account_id, values=first)
        other = add_record(session, kind=kind, parent_id=account_id, values=second)
    with pytest.raises(InputError) as added, db.transaction() as session:
        add_record(session, kind=kind, parent_id=account_id, values=first)
    with pytest.raises(InputError) as edited, db.transaction() as session:
        update_record(session, kind=kind, record_id=other, changes=change)
    for refused in (added, edited):
        assert words in refused.value.message and "already has" in refused.value.message
    field = next(iter(change))
    with db.sessions() as session:
        assert getattr(session.get(entity(kind), other), field) == second[field]
