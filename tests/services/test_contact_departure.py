"""A contact who leaves: the record stays with its history, leaves the role map, and can
carry on as a contact of another of our accounts, linked both ways."""
from __future__ import annotations

from datetime import date

import pytest

from kam_desktop.services.contacts import mark_left, same_person
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record, update_record
from kam_desktop.services.snapshots_map import save_map_snapshot
from kam_desktop.store.models import MapSnapshot


def _setup(db):
    with db.transaction() as s:
        old = add_record(s, kind="account", parent_id=None, values={"name": "ООО «Альфа»"})
        new = add_record(s, kind="account", parent_id=None, values={"name": "АО «Бета»"})
        person = add_record(s, kind="contact", parent_id=old, values={
            "name": "Климова Дарья", "position": "Директор по закупкам", "phone": "+7 900 1",
            "email": "klimova@alfa.ru", "interest": 8.0, "involvement": 9.0})
        add_record(s, kind="personal_notes", parent_id=person, values={"interests": "яхтинг"})
    return old, new, person


def test_leaving_for_one_of_our_accounts_copies_the_person_and_links_back(db) -> None:
    old, new, person = _setup(db)
    with db.transaction() as s:
        departure = mark_left(s, contact_id=person, left_on=date(2026, 10, 1), to_account_id=new)
    assert departure.old_values == {"left_on": None, "left_to": None, "successor_id": None}
    with db.sessions() as s:
        before, after = load_dossier(s, old), load_dossier(s, new)
    gone = before.sections["contact"][0]
    assert (gone["left_on"], gone["left_to"]) == (date(2026, 10, 1), "АО «Бета»")
    assert gone["moved_to"] == {"account_id": new, "account": "АО «Бета»"}
    arrived = after.sections["contact"][0]
    assert arrived["id"] == departure.created_id == gone["successor_id"]
    assert (arrived["name"], arrived["phone"], arrived["email"], arrived["position"]) == (
        "Климова Дарья", "+7 900 1", None, None)
    assert arrived["personal"]["interests"] == "яхтинг"
    assert arrived["came_from"] == {"contact_id": person, "left_on": date(2026, 10, 1),
                                    "account_id": old, "account": "ООО «Альфа»"}


def test_a_contact_of_the_same_name_there_is_linked_not_duplicated(db) -> None:
    old, new, person = _setup(db)
    with db.transaction() as s:
        existing = add_record(s, kind="contact", parent_id=new, values={"name": "Климова Дарья"})
        departure = mark_left(s, contact_id=person, left_on="2026-10-01", to_account_id=new)
    assert departure.created_id is None
    with db.sessions() as s:
        assert len(load_dossier(s, new).sections["contact"]) == 1
        assert load_dossier(s, old).sections["contact"][0]["successor_id"] == existing


def test_leaving_for_another_company_keeps_the_history_off_the_map(db) -> None:
    old, _, person = _setup(db)
    with db.transaction() as s:
        mark_left(s, contact_id=person, left_on=date(2026, 9, 1), left_to="ПАО «Конкурент»")
        snapshot = save_map_snapshot(s, account_id=old, on=date(2026, 10, 1), note="")
    with db.sessions() as s:
        row = load_dossier(s, old).sections["contact"][0]
        assert s.get(MapSnapshot, snapshot).entries == []  # no longer on the map
    assert (row["left_to"], row["successor_id"], row["moved_to"]) == ("ПАО «Конкурент»", None, None)


def test_undoing_restores_the_old_values(db) -> None:
    old, new, person = _setup(db)
    with db.transaction() as s:
        departure = mark_left(s, contact_id=person, left_on=date(2026, 10, 1), left_to="X")
    with db.transaction() as s:
        update_record(s, kind="contact", record_id=person, changes=departure.old_values)
    with db.sessions() as s:
        row = load_dossier(s, old).sections["contact"][0]
    assert (row["left_on"], row["left_to"]) == (None, None)


@pytest.mark.parametrize("kwargs, where", [
    ({"left_on": None}, "left_on"),
    ({"left_on": "yesterday"}, "left_on"),
    ({"left_on": "2026-10-01", "to_account_id": "same"}, "to_account_id"),
    ({"left_on": "2026-10-01", "link_to_id": "person"}, "link_to_id"),
    ({"left_on": "2026-10-01", "to_account_id": "new", "link_to_id": "person"}, "link_to_id"),
])
def test_bad_departures_are_refused_and_change_nothing(db, kwargs, where) -> None:
    old, new, person = _setup(db)
    ids = {"same": old, "new": new, "person": person}
    kwargs = {k: ids.get(v, v) if isinstance(v, str) else v for k, v in kwargs.items()}
    with pytest.raises(InputError) as error, db.transaction() as s:
        mark_left(s, contact_id=person, **kwargs)
    assert error.value.where == where
    with db.sessions() as s:
        assert load_dossier(s, old).sections["contact"][0]["left_on"] is None
        assert load_dossier(s, new).sections["contact"] == []


def test_the_same_person_is_found_at_every_account_and_erased_everywhere(db, cli, db_path) -> None:
    old, new, person = _setup(db)
    with db.transaction() as s:
        third = add_record(s, kind="account", parent_id=None, values={"name": "ПАО «Гамма»"})
        moved = mark_left(s, contact_id=person, left_on=date(2026, 1, 1), to_account_id=new)
        mark_left(s, contact_id=moved.created_id, left_on=date(2026, 6, 1), to_account_id=third)
    with db.sessions() as s:
        chain = same_person(s, moved.created_id)
    assert sorted(name for _, name in chain) == ["АО «Бета»", "ООО «Альфа»", "ПАО «Гамма»"]
    assert chain[0] == (moved.created_id, "АО «Бета»")
    db.close()

    result = cli("contact", "erase", "--account", "ООО «Альфа»", "--contact", "Климова Дарья",
                 "--yes", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "АО «Бета»" in result.stdout and "ПАО «Гамма»" in result.stdout
    for path in db_path.parent.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "Климова".encode() not in data and "яхтинг".encode() not in data, path
