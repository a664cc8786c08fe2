"""Whose accounts are the user's: owned, or on the account team; names compared folded."""
from __future__ import annotations

from kam_desktop.services.mine import distinct_names, fold_name, my_account_ids
from kam_desktop.services.records import add_record


def test_names_are_compared_without_case_yo_or_extra_spaces() -> None:
    assert fold_name("  Ёлкина   АННА ") == fold_name("елкина анна") == "елкина анна"
    assert fold_name(None) == fold_name("   ") == ""
    assert fold_name("Анна Ёлкина") != fold_name("Ёлкина Анна")  # another order, another text


def test_my_accounts_are_those_i_own_or_whose_team_i_am_on(db) -> None:
    with db.transaction() as session:
        owned = add_record(session, kind="account", parent_id=None, values={
            "name": "Альфа", "owner": "Ёлкина Анна"})
        on_team = add_record(session, kind="account", parent_id=None, values={
            "name": "Бета", "owner": "Петров Олег"})
        add_record(session, kind="team_member", parent_id=on_team, values={
            "name": "елкина  анна"})
        others = add_record(session, kind="account", parent_id=None, values={
            "name": "Гамма", "owner": "Петров Олег"})
        add_record(session, kind="team_member", parent_id=others, values={"name": "Ким Анна"})
        add_record(session, kind="account", parent_id=None, values={"name": "Дельта"})
        mine = my_account_ids(session, user_name="ЕЛКИНА Анна ")
        assert mine == {owned, on_team}
        assert my_account_ids(session, user_name="Петров Олег") == {on_team, others}
        assert my_account_ids(session, user_name="  ") == frozenset()


def test_owners_offered_once_each_in_alphabetical_order() -> None:
    assert distinct_names(["Петров  Олег", None, "Ёлкина Анна", "петров олег", " "]) == [
        "Ёлкина Анна", "Петров Олег"]
