"""The interchange file: what a file may not say, refused before anything is written,
each at its place in the file and in words."""
from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest

from interchange_sample import (
    ATLAS,
    SEVER,
    SEVER_ID,
    VOLKOVA_ID,
    export,
    load,
    without_ids,
)
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange import import_document

Change = Callable[[dict], None]


def sever(change: Callable[[dict], None]) -> Change:
    return lambda document: change(document["accounts"][SEVER])


def contact(i: int, **values) -> Change:
    return sever(lambda account: account["contacts"][i].update(values))


BAD = [
    # (what is changed in FULL, where, words of the message)
    (lambda d: d.update(format="kam-desktop.contacts"), "format",
     "this is not a KAM Desktop accounts file"),
    (lambda d: d.pop("format"), "format", "found nothing"),
    (lambda d: d.update(version=2), "version", "from a newer version of KAM Desktop"),
    (lambda d: d.update(version=0), "version", "0 is not a format version"),
    (lambda d: d.update(version=True), "version", "expected a whole number such as 1, found true"),
    (lambda d: d.pop("accounts"), "accounts", "missing; this key is required"),
    (lambda d: d.update(accounts={}), "accounts", "expected a list, found an object"),
    (lambda d: d.update(extra=1), "extra", "unknown key 'extra'"),
    (sever(lambda a: a.pop("name")), "accounts[1].name", "missing; this key is required"),
    (sever(lambda a: a.update(name=" ")), "accounts[1].name", "must not be empty"),
    (sever(lambda a: a.update(name=None)), "accounts[1].name", "must not be null"),
    (sever(lambda a: a.update(name="Atlas Foods")), "accounts[1].name",
     "accounts[0] has the same name"),
    (sever(lambda a: a.update(id="0b6a4a52-3c1e-4d8e-9a51-000000000002")), "accounts[1].id",
     "accounts[0] has the same id"),
    (sever(lambda a: a.update(categroy="key")), "accounts[1].categroy",
     "unknown key 'categroy'; did you mean 'category'?"),
    (contact(0, intrest=3), "accounts[1].contacts[0].intrest",
     "unknown key 'intrest'; did you mean 'interest'?"),
    (sever(lambda a: a.update(name=12)), "accounts[1].name",
     "12 is not text"),
    (contact(0, interest="8"), "accounts[1].contacts[0].interest",
     "expected a number, found the text '8'"),
    (contact(0, interest=True), "accounts[1].contacts[0].interest",
     "expected a number, found true"),
    (sever(lambda a: a["diary"][0].update(done="yes")), "accounts[1].diary[0].done",
     "expected true or false"),
    (sever(lambda a: a.update(contacts={})), "accounts[1].contacts", "expected a list"),
    (sever(lambda a: a.update(contacts=None)), "accounts[1].contacts", "must not be null"),
    (sever(lambda a: a.update(category="vip")), "accounts[1].category",
     "'vip' is not one of: key, developing, maintained, occasional"),
    (sever(lambda a: a.update(category=None)), "accounts[1].category", "must not be null"),
    (contact(1, stance="friend"), "accounts[1].contacts[1].stance",
     "'friend' is not one of: supporter, neutral, opponent"),
    (contact(1, role="boss"), "accounts[1].contacts[1].role", "'boss' is not one of"),
    (contact(0, interest=11), "accounts[1].contacts[0].interest", "11 is not between 0 and 10"),
    (contact(0, involvement=Decimal("-0.5")), "accounts[1].contacts[0].involvement",
     "-0.5 is not between 0 and 10"),
    (sever(lambda a: a["ladder"][0].update(our_view=5)), "accounts[1].ladder[0].our_view",
     "5 is not between 1 and 4"),
    (sever(lambda a: a["ladder"][0]["competitors"].update(Альфа=0)),
     "accounts[1].ladder[0].competitors", "Альфа: 0 is not a ladder level from 1 to 4"),
    (sever(lambda a: a["ladder"][0].update(client_view=Decimal("2.5"))),
     "accounts[1].ladder[0].client_view", "expected a whole number"),
    (sever(lambda a: a["ladder"][0]["answers"].update(likes_us=True)),
     "accounts[1].ladder[0].answers.likes_us", "unknown key 'likes_us'"),
    (sever(lambda a: a["ladder"][0]["answers"].update(drives_us_mad=None)),
     "accounts[1].ladder[0].answers.drives_us_mad", "expected true or false, found null"),
    (sever(lambda a: a["ladder"][0].update(date="2025-02-30")), "accounts[1].ladder[0].date",
     "'2025-02-30' is not a date; write it as YYYY-MM-DD"),
    (sever(lambda a: a["diary"][0].update(next_step_due="10.03.2025")),
     "accounts[1].diary[0].next_step_due", "is not a date"),
    (sever(lambda a: a["cooling"][0].update(date="20250115")), "accounts[1].cooling[0].date",
     "is not a date"),
    (sever(lambda a: a.update(inn="7707083894")), "accounts[1].inn", "check digit"),
    (sever(lambda a: a.update(inn="12345")), "accounts[1].inn", "10 digits"),
    (sever(lambda a: a.update(lifecycle_reason=None)), "accounts[1].lifecycle_reason",
     "a sleeping account needs a lifecycle_reason"),
    (lambda d: d["accounts"][ATLAS].update(lifecycle="lost"), "accounts[0].lifecycle_reason",
     "a lost account needs a lifecycle_reason"),
    (contact(1, reports_to="Никто"), "accounts[1].contacts[1].reports_to",
     "'Никто' is not a contact of this account"),
    (contact(0, reports_to="Пётр Орлов"), "accounts[1].contacts[0].reports_to",
     "reports_to goes round in a circle: Ирина Волкова → Пётр Орлов → Ирина Волкова"),
    (contact(0, reports_to="Ирина Волкова"), "accounts[1].contacts[0].reports_to",
     "circle: Ирина Волкова → Ирина Волкова"),
    (sever(lambda a: a["team"][1].update(mirrors="Олег Ким")), "accounts[1].team[1].mirrors",
     "'Олег Ким' is not a contact of this account"),
    (contact(1, our_counterpart="Олег Ким"), "accounts[1].contacts[1].our_counterpart",
     "who mirrors a contact is now said only in the account's team: give 'Олег Ким' "
     "\"mirrors\": 'Пётр Орлов' there"),
    (sever(lambda a: a["value"][0].update(delivered_by="Ирина Волкова")),
     "accounts[1].value[0].delivered_by",
     "'Ирина Волкова' is not a team member of this account"),
    (sever(lambda a: a["diary"][0]["attendees"].append("Гость")),
     "accounts[1].diary[0].attendees[3]",
     "'Гость' is neither a contact nor a team member of this account"),
    (sever(lambda a: a["diary"][0]["attendees"].append("Пётр Орлов")),
     "accounts[1].diary[0].attendees[3]", "'Пётр Орлов' is listed twice"),
    (contact(1, name="Ирина Волкова"), "accounts[1].contacts[1].name",
     "contacts[0] has the same name"),
    (sever(lambda a: a["team"][1].update(name="Анна Смирнова")), "accounts[1].team[1].name",
     "team[0] has the same name"),
    (sever(lambda a: a["revenue"][1].update(period="2024")), "accounts[1].revenue[1].period",
     "revenue[0] has the same period"),
    (sever(lambda a: a["value"].extend(without_ids(a["value"]) * 2)),
     "accounts[1].value[2].date", "value[1] has the same date and title; give one of them an id"),
    (sever(lambda a: a["involvement"]["search"].update(Маркетинг=60)),
     "accounts[1].involvement.search", "the shares sum to 90 %, not 100 %"),
    (sever(lambda a: a["involvement"]["search"].update(Маркетинг={"percent": 70, "rol": "x"})),
     "accounts[1].involvement.search.Маркетинг.rol", "unknown key 'rol'; did you mean 'role'?"),
    (sever(lambda a: a["involvement"]["search"].update(Маркетинг={"role": "Ищет заводы"})),
     "accounts[1].involvement.search.Маркетинг.percent", "missing; this key is required"),
    (sever(lambda a: a["involvement"].update(sale={"Продажи": 100})),
     "accounts[1].involvement.sale", "'sale' is not one of: search, need_identification"),
    (sever(lambda a: a["involvement"]["search"].update(Маркетинг="70")),
     "accounts[1].involvement.search.Маркетинг", "expected a number"),
    (sever(lambda a: a["potentials"][0].update(amount=Decimal("10.005"))),
     "accounts[1].potentials[0].amount", "10.005 has more than two decimal places"),
    (sever(lambda a: a["potentials"].append({"year": 2023, "amount": 5})),
     "accounts[1].potentials[2].year", "potentials[0] has the same year"),
    (sever(lambda a: a["revenue"][0].update(amount=-1)), "accounts[1].revenue[0].amount",
     "an amount of money cannot be negative"),
    (sever(lambda a: a["opportunities"][0].update(cost=10 ** 13)),
     "accounts[1].opportunities[0].cost", "is too large"),
    (sever(lambda a: a["goals"][0]["resources"].update(budget="100")),
     "accounts[1].goals[0].resources.budget", "expected a number, found the text '100'"),
    (sever(lambda a: a["goals"][0]["strategy"].update(plan="x")),
     "accounts[1].goals[0].strategy.plan", "unknown key 'plan'"),
    (sever(lambda a: a["goals"][0]["actions"][0].update(status="late")),
     "accounts[1].goals[0].actions[0].status", "'late' is not one of"),
    (sever(lambda a: a["opportunities"][0].update(people=-2)),
     "accounts[1].opportunities[0].people", "cannot be negative"),
    (contact(0, id="not-a-uuid"), "accounts[1].contacts[0].id", "'not-a-uuid' is not a UUID"),
    (contact(0, id="0b6a4a52-3c1e-4d8e-9a51-000000000401"), "accounts[1].team[0].id",
     "contacts[0] has the same id"),
    (contact(0, personal={"hobby": "x"}), "accounts[1].contacts[0].personal.hobby",
     "unknown key 'hobby'"),
    (contact(0, personal="x"), "accounts[1].contacts[0].personal", "expected an object"),
    (sever(lambda a: a["revenue"][0].update(period="2024-Q5")), "accounts[1].revenue[0].period",
     "is not a period"),
    (sever(lambda a: a["statistics"][0].update(value="97")), "accounts[1].statistics[0].value",
     "expected a number"),
    (sever(lambda a: a["statistics"][0].update(period="2024 год")),
     "accounts[1].statistics[0].period", "is not a period"),
    (sever(lambda a: a.update(currency="rub")), "accounts[1].currency", "not a currency code"),
    (contact(0, name="Я" * 201), "accounts[1].contacts[0].name", "is longer than 200 characters"),
    (sever(lambda a: a["diary"][0].pop("summary")), "accounts[1].diary[0].summary",
     "missing; this key is required"),
]


@pytest.mark.parametrize("change, where, words", BAD,
                         ids=[f"{i}-{where}" for i, (_, where, _) in enumerate(BAD)])
def test_bad_documents_are_refused_before_anything_is_written(
        db, full, writes, change, where, words) -> None:
    document = copy.deepcopy(full)
    change(document)
    with pytest.raises(InputError) as error:
        with db.transaction() as session:
            try:
                import_document(session, document)
            finally:
                assert not (session.new or session.dirty or session.deleted)
    assert (error.value.where, words in error.value.message) == (where, True), \
        error.value.message
    assert writes == []


def test_an_id_of_a_record_of_another_account_is_refused(db, loaded, writes) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Другая", "contacts": [{"id": str(VOLKOVA_ID), "name": "Ирина Волкова"}]}]}
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[0].contacts[0].id"
    assert error.value.message == "this id belongs to a contact of another account in the database"
    assert writes == []


def test_an_id_of_a_record_of_another_kind_is_refused(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик",
         "team": [{"id": str(VOLKOVA_ID), "name": "Ирина Волкова"}]}]}
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[0].team[0].id"
    assert error.value.message == \
        "this id belongs to a contact in the database, not to a team member"


def test_an_account_id_of_another_kind_is_refused(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"id": str(VOLKOVA_ID), "name": "Новый"}]}
    with pytest.raises(InputError, match="belongs to a contact in the database, not to an account"):
        load(db, document)


def test_a_new_account_id_with_a_name_already_taken_is_refused(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"id": str(uuid.uuid4()), "name": "Atlas Foods"}]}
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[0].name"
    assert "already has another account named 'Atlas Foods'" in error.value.message


def test_renaming_an_account_to_a_name_taken_is_refused(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"id": str(SEVER_ID), "name": "Atlas Foods"}]}
    with pytest.raises(InputError, match="already has another account named 'Atlas Foods'"):
        load(db, document)


def test_a_new_record_id_for_a_record_already_there_is_refused(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик",
         "revenue": [{"id": str(uuid.uuid4()), "period": "2024", "amount": 1}]}]}
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[0].revenue[0].id"
    assert "a revenue record with the same period is" in error.value.message


def test_a_stored_reason_does_not_survive_being_cleared(db, loaded) -> None:
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик", "lifecycle_reason": ""}]}
    with pytest.raises(InputError, match="a sleeping account needs a lifecycle_reason"):
        load(db, document)


def test_a_loop_through_a_stored_link_is_refused(db, loaded) -> None:
    # Орлов reports to Волкова in the database; the file keeps that and closes the loop
    document = {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик",
         "contacts": [{"name": "Ирина Волкова", "reports_to": "Пётр Орлов"},
                      {"name": "Пётр Орлов"}]}]}
    with pytest.raises(InputError, match="circle: Ирина Волкова → Пётр Орлов → Ирина Волкова"):
        load(db, document)





def test_exchanging_revenue_periods_in_one_import_is_refused(db, loaded, writes) -> None:
    document = export(db)
    revenue = document["accounts"][SEVER]["revenue"]
    revenue[0]["period"], revenue[1]["period"] = revenue[1]["period"], revenue[0]["period"]
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[1].revenue[0].period"
    assert "exchanging periods takes two imports" in error.value.message
    assert writes == []
