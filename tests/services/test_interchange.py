"""The interchange file: reading, importing and exporting, on a real database."""
from __future__ import annotations

import copy
import json
import uuid
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from interchange_sample import (
    ATLAS,
    ORLOV_ID,
    SEVER,
    SEVER_ID,
    export,
    load,
    snapshot,
    without_ids,
)
from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services import demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange import ImportSummary, read_document, write_document
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    PersonalNotes,
    Statistic,
    ValueEntry,
)


def test_export_of_an_import_reproduces_every_field(db, full) -> None:
    assert load(db, full) == ImportSummary(["Atlas Foods", "Северсталь-Логистик"], [], [])
    assert export(db) == full


def test_money_keeps_its_exact_value(db, loaded, tmp_path) -> None:
    document = export(db)
    sever = document["accounts"][SEVER]
    assert sever["potentials"][1]["amount"] == Decimal("1234567.89")
    assert type(sever["revenue"][0]["amount"]) is int  # a whole amount is written as one
    path = tmp_path / "out.json"
    write_document(path, document)
    text = path.read_text(encoding="utf-8")
    assert '"amount": 1234567.89' in text
    assert '"amount": 250000.5' in text and '"amount": 980000' in text
    assert read_document(path) == document


def test_written_file_is_readable_utf8_json(db, loaded, tmp_path) -> None:
    path = tmp_path / "out.json"
    write_document(path, export(db))
    text = path.read_text(encoding="utf-8")
    assert "Северсталь-Логистик" in text  # not \\u-escaped
    assert text.endswith("}\n") and '\n  "accounts": [\n' in text
    assert json.loads(text)["format"] == "kam-desktop.accounts"
    assert not list(tmp_path.glob("*.tmp"))


def test_importing_an_export_changes_nothing(db, loaded) -> None:
    # rows the file format shows in a special way: notes with every answer empty, a
    # meeting with only our own people, two value entries told apart by their ids only,
    # figures that are not whole
    with db.transaction() as session:
        orlov = session.get(Contact, ORLOV_ID)
        orlov.personal = PersonalNotes()
        orlov.interest = 3.3
        sever = session.get(Account, SEVER_ID)
        kim = next(member for member in sever.team if member.name == "Олег Ким")
        entry = DiaryEntry(date=date(2025, 3, 4), kind="note", summary="Внутренний разбор")
        entry.attendees.append(DiaryAttendee(team_member=kim))
        sever.diary.append(entry)
        for _ in range(2):
            sever.value_entries.append(ValueEntry(date=date(2025, 1, 9), kind="samples",
                                                  title="Образцы", our_cost=Decimal("0.10")))
        sever.statistics.append(Statistic(name="Доля брака, %", value=0.1))
        session.add(Account(name="Пустой", category="maintained",
                            updated_at=datetime(2020, 1, 1, tzinfo=timezone.utc)))
    before = snapshot(db)
    summary = load(db, export(db))
    assert summary.added == summary.updated == []
    assert sorted(summary.unchanged) == ["Atlas Foods", "Пустой", "Северсталь-Логистик"]
    assert snapshot(db) == before


def test_importing_a_file_twice_creates_no_duplicates(db, full) -> None:
    document = without_ids(full)
    load(db, document)
    once = snapshot(db)
    assert load(db, document) == ImportSummary([], [], ["Atlas Foods", "Северсталь-Логистик"])
    assert snapshot(db) == once
    assert len(once["contact"]) == 2 and len(once["diary_attendee"]) == 3


def test_an_import_without_ids_matches_records_by_their_natural_keys(db, loaded) -> None:
    before = export(db)
    load(db, without_ids(before))
    assert export(db) == before  # same ids: every record was found again


# --- what an import changes -------------------------------------------------------------


def test_absent_keys_and_sections_leave_the_stored_data_alone(db, loaded) -> None:
    before = export(db)
    summary = load(db, {"format": "kam-desktop.accounts", "version": 1,
                        "accounts": [{"name": "Северсталь-Логистик", "region": "Москва"}]})
    assert summary == ImportSummary([], ["Северсталь-Логистик"], [])
    after = export(db)
    before["accounts"][SEVER]["region"] = "Москва"
    assert after == before


def test_null_clears_an_optional_field(db, loaded) -> None:
    load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик", "website": None, "motivation": None}]})
    sever = export(db)["accounts"][SEVER]
    assert sever["website"] is sever["motivation"] is None
    assert sever["industry"] == "Металлургия"


def test_an_unchanged_account_is_not_written(db, loaded, writes) -> None:
    summary = load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик", "region": "Вологодская область",
         "contacts": [{"name": "Ирина Волкова", "interest": 8.0}, {"name": "Пётр Орлов"}]}]})
    assert summary.unchanged == ["Северсталь-Логистик"]
    assert writes == []


def test_a_section_in_the_file_replaces_the_stored_one(db, loaded) -> None:
    load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик",
         "contacts": [{"name": "Пётр Орлов", "interest": 9},
                      {"name": "Мария Белова", "stance": "opponent"}],
         "revenue": [{"period": "2024", "amount": 990000}]}]})
    sever = export(db)["accounts"][SEVER]
    contacts = {contact["name"]: contact for contact in sever["contacts"]}
    assert sorted(contacts) == ["Мария Белова", "Пётр Орлов"]
    orlov = contacts["Пётр Орлов"]
    assert orlov["id"] == str(ORLOV_ID) and orlov["interest"] == 9
    assert orlov["position"] == "Инженер-технолог"  # absent in the file: kept
    assert orlov["reports_to"] is None  # the boss left the file, so the link is gone
    assert contacts["Мария Белова"]["stance"] == "opponent"
    assert contacts["Мария Белова"]["interest"] == 5  # the default
    assert sever["revenue"] == [{"id": "0b6a4a52-3c1e-4d8e-9a51-000000000101",
                                 "period": "2024", "amount": 990000}]
    # the meeting still lists those who are left; the mirror of Волкова is gone
    assert sever["diary"][0]["attendees"] == ["Анна Смирнова", "Пётр Орлов"]
    assert sever["team"][0]["mirrors"] is None
    with db.sessions() as session:
        assert session.scalars(select(PersonalNotes)).all() == []


def test_a_record_found_by_id_may_be_renamed(db, loaded) -> None:
    document = export(db)
    sever = document["accounts"][SEVER]
    sever["name"] = "Северсталь"
    sever["contacts"][0]["name"] = "Ирина Волкова-Петрова"
    sever["contacts"][1]["reports_to"] = "Ирина Волкова-Петрова"
    sever["team"][0]["mirrors"] = "Ирина Волкова-Петрова"
    sever["diary"][0]["attendees"] = ["Анна Смирнова", "Ирина Волкова-Петрова", "Пётр Орлов"]
    sever["contacts"][0]["role"] = "butler"  # derived: ignored on import
    assert load(db, document).updated == ["Северсталь"]
    sever["contacts"][0]["role"] = "leader"
    assert export(db)["accounts"][SEVER] == sever


def test_personal_notes_are_changed_key_by_key_and_erased_by_null(db, loaded) -> None:
    def contacts(*records):
        return {"format": "kam-desktop.accounts", "version": 1,
                "accounts": [{"name": "Северсталь-Логистик", "contacts": list(records)}]}

    load(db, contacts({"name": "Ирина Волкова", "personal": {"ethics": None}},
                      {"name": "Пётр Орлов", "personal": {"interests": "Рыбалка"}}))
    people = {c["name"]: c for c in export(db)["accounts"][SEVER]["contacts"]}
    assert people["Ирина Волкова"]["personal"]["ethics"] is None
    assert people["Ирина Волкова"]["personal"]["education"] == "МГТУ им. Баумана, 2001"
    assert people["Пётр Орлов"]["personal"] == {**dict.fromkeys(people["Пётр Орлов"]["personal"]),
                                                "interests": "Рыбалка"}
    load(db, contacts({"name": "Ирина Волкова", "personal": None}, {"name": "Пётр Орлов"}))
    with db.sessions() as session:
        assert [n.interests for n in session.scalars(select(PersonalNotes))] == ["Рыбалка"]


def test_references_may_name_stored_people_when_their_section_is_absent(db, loaded) -> None:
    load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"name": "Северсталь-Логистик",
         "team": [{"name": "Олег Ким", "mirrors": "Пётр Орлов"}],
         "diary": [{"date": "2025-05-05", "kind": "call", "summary": "Звонок",
                    "attendees": ["Олег Ким", "Пётр Орлов"]}]}]})
    sever = export(db)["accounts"][SEVER]
    assert [(m["name"], m["mirrors"]) for m in sever["team"]] == [("Олег Ким", "Пётр Орлов")]
    assert sever["diary"][0]["attendees"] == ["Олег Ким", "Пётр Орлов"]
    assert len(sever["contacts"]) == 2


def test_an_older_files_counterparts_are_read_when_the_team_says_the_same(db, full) -> None:
    """Files of KAM Desktop 0.1 name each contact's counterpart, as the team does."""
    document = copy.deepcopy(full)
    contacts = document["accounts"][SEVER]["contacts"]
    contacts[0]["our_counterpart"] = " анна  смирнова"  # whom Анна Смирнова mirrors
    contacts[1]["our_counterpart"] = None
    load(db, document)
    assert export(db)["accounts"][SEVER] == full["accounts"][SEVER]


def test_a_new_account_gets_the_defaults_and_the_ids_of_the_file(db) -> None:
    account_id = str(uuid.uuid4())
    contact_id = str(uuid.uuid4())
    load(db, {"format": "kam-desktop.accounts", "version": 1, "accounts": [
        {"id": account_id, "name": "Новый", "contacts": [{"id": contact_id, "name": "Ян"}]}]})
    account = export(db)["accounts"][0]
    assert account["id"] == account_id and account["contacts"][0]["id"] == contact_id
    assert (account["category"], account["lifecycle"], account["currency"]) == \
        ("developing", "prospect", "RUB")
    assert account["contacts"][0]["role"] == "leader"  # 5 and 5 count as high


def test_an_account_is_found_by_name_and_keeps_its_id(db, loaded) -> None:
    load(db, {"format": "kam-desktop.accounts", "version": 1,
              "accounts": [{"name": "Atlas Foods", "owner": "Ли"}]})
    with db.sessions() as session:
        atlas = session.scalars(select(Account).where(Account.name == "Atlas Foods")).one()
        assert str(atlas.id) == loaded["accounts"][ATLAS]["id"] and atlas.owner == "Ли"
        assert len(session.scalars(select(Account)).all()) == 2


def test_the_lifecycle_reason_may_come_from_the_database(db, loaded) -> None:
    load(db, {"format": "kam-desktop.accounts", "version": 1,
              "accounts": [{"name": "Северсталь-Логистик", "lifecycle": "lost"}]})
    with db.sessions() as session:
        assert session.get(Account, SEVER_ID).lifecycle is Lifecycle.LOST


# --- export ---------------------------------------------------------------------------


def test_export_of_some_accounts(db, loaded) -> None:
    document = export(db, ["Северсталь-Логистик"])
    assert [a["name"] for a in document["accounts"]] == ["Северсталь-Логистик"]
    assert export(db, [])["accounts"] == []


def test_export_of_an_unknown_account_is_refused(db, loaded) -> None:
    with pytest.raises(InputError, match="there is no account named 'Нет такого'"):
        export(db, ["Atlas Foods", "Нет такого"])


def test_a_failed_write_leaves_the_old_file(tmp_path) -> None:
    path = tmp_path / "out.json"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_document(path, {"format": object()})
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_writing_into_a_missing_folder_is_an_input_error(tmp_path) -> None:
    with pytest.raises(InputError, match="cannot write the file"):
        write_document(tmp_path / "missing" / "out.json", {"accounts": []})


# --- reading files ----------------------------------------------------------------------


def test_reading_tolerates_a_byte_order_mark(tmp_path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + '{"a": 0.10, "b": "ё"}'.encode())
    assert read_document(path) == {"a": Decimal("0.10"), "b": "ё"}


@pytest.mark.parametrize("content, words", [
    (b'{"format": "kam-desktop.accounts",\n  "version": 1,,\n}', "line 2, column 16"),
    (b"[1, 2]", "expected a JSON object, found a list"),
    (b'"text"', "expected a JSON object, found the text 'text'"),
    (b"", "line 1, column 1"),
    ("{\"name\": \"Ёлка\"}".encode("cp1251"), "not UTF-8"),
    (b'{"a": NaN}', "NaN is not a number JSON allows"),
    (b'{"a": 1, "a": 2}', "the key 'a' appears twice"),
])
def test_unreadable_files_are_refused_in_words(tmp_path, content, words) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_document(path)
    assert error.value.where == str(path) and words in error.value.message


def test_a_missing_file_is_refused(tmp_path) -> None:
    with pytest.raises(InputError, match="cannot read the file"):
        read_document(tmp_path / "nowhere.json")

def test_the_example_of_the_documentation_imports(db, tmp_path) -> None:
    docs = Path(__file__).parents[2] / "docs" / "interchange.md"
    example = docs.read_text(encoding="utf-8").split("## Example", 1)[1]
    path = tmp_path / "example.json"
    path.write_text(example.split("```json", 1)[1].split("```", 1)[0], encoding="utf-8")
    assert load(db, read_document(path)).added == ["АО «Вектор»"]
    contacts = export(db)["accounts"][0]["contacts"]
    assert [(c["name"], c["reports_to"], c["role"]) for c in contacts] == [
        ("Ирина Волкова", None, "leader"), ("Пётр Орлов", "Ирина Волкова", "specifier")]


def test_the_demo_portfolio_survives_export_and_import(db, tmp_path) -> None:
    with db.transaction() as session:
        demo.load_demo(session, accounts=8, seed=3, today=date(2025, 6, 1))
    before = snapshot(db)
    path = tmp_path / "portfolio.json"
    write_document(path, export(db))
    assert load(db, read_document(path)).unchanged == sorted(
        account["name"] for account in export(db)["accounts"])
    assert snapshot(db) == before
