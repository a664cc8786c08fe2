"""Moving a contact on the role map: the scores change, their role with them, and the
old scores that come back undo the move."""
from __future__ import annotations

import uuid

import pytest

from kam_desktop.domain.enums import Role
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.rolemap import place_contact_on_map


@pytest.fixture
def orlov(db):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={"name": "АО «Вектор»"})
        contact = add_record(session, kind="contact", parent_id=account, values={
            "name": "Орлов И. П.", "interest": 3.0, "involvement": 3.0})
    return account, contact


def _place(db, contact, **scores):
    with db.transaction() as session:
        return place_contact_on_map(session, contact_id=contact, **scores)


def _stored(db, account, contact):
    with db.sessions() as session:
        row = next(c for c in load_dossier(session, account).sections["contact"]
                   if c["id"] == contact)
    return row["interest"], row["involvement"], row["role"]


def test_a_move_sets_the_scores_and_returns_what_undoes_it(db, orlov):
    account, contact = orlov
    old = _place(db, contact, interest=7.0, involvement=5.4)
    assert old == {"interest": 3.0, "involvement": 3.0}
    assert _stored(db, account, contact) == (7.0, 5.4, Role.LEADER)
    assert _place(db, contact, **old) == {"interest": 7.0, "involvement": 5.4}
    assert _stored(db, account, contact) == (3.0, 3.0, Role.BUTLER)


def test_a_score_not_given_is_kept_and_an_unchanged_one_is_not_returned(db, orlov):
    account, contact = orlov
    assert _place(db, contact, involvement=6.5) == {"involvement": 3.0}
    assert _place(db, contact, interest=3.0, involvement=6.5) == {}
    assert _stored(db, account, contact) == (3.0, 6.5, Role.ASSISTANT)


def test_refusals_leave_the_contact_where_it_was(db, orlov):
    account, contact = orlov
    with pytest.raises(InputError) as error:
        _place(db, contact, interest=10.5)
    assert error.value.where == "interest"
    with pytest.raises(InputError, match="no longer exists"):
        _place(db, uuid.uuid4(), interest=5.0)
    assert _stored(db, account, contact) == (3.0, 3.0, Role.BUTLER)
