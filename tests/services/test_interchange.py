"""The interchange file: reading, checking, importing and exporting, on a real database."""
from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Callable
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, select

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.services import demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange import (
    ImportSummary,
    export_document,
    import_document,
    read_document,
    write_document,
)
from kam_desktop.store.models import (
    Account,
    Base,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    PersonalNotes,
    Statistic,
    ValueEntry,
)

#: Every key of the format, in the order and form an export writes them.
FULL = """
{
  "format": "kam-desktop.accounts",
  "version": 1,
  "accounts": [
    {
      "id": "0b6a4a52-3c1e-4d8e-9a51-000000000002",
      "name": "Atlas Foods",
      "legal_name": null,
      "inn": null,
      "industry": null,
      "region": null,
      "website": null,
      "address": null,
      "notes": null,
      "owner": null,
      "category": "developing",
      "motivation": null,
      "lifecycle": "prospect",
      "lifecycle_reason": null,
      "currency": "EUR",
      "staff": null,
      "sites": null,
      "revenue": [],
      "potentials": [],
      "deals": [],
      "ladder": [],
      "contacts": [],
      "team": [],
      "diary": [],
      "opportunities": [],
      "goals": [],
      "value": [],
      "statistics": [],
      "involvement": {},
      "switching_barriers": [],
      "cooling": []
    },
    {
      "id": "0b6a4a52-3c1e-4d8e-9a51-000000000001",
      "name": "Северсталь-Логистик",
      "legal_name": "ООО «Северсталь-Логистик»",
      "inn": "7707083893",
      "industry": "Металлургия",
      "region": "Вологодская область",
      "website": "https://example.ru",
      "address": "162600, г. Череповец, ул. Мира, д. 30",
      "notes": "Закупки централизованы в Москве.\\nБюджет утверждают в декабре.",
      "owner": "Анна Смирнова",
      "category": "key",
      "motivation": "stability",
      "lifecycle": "sleeping",
      "lifecycle_reason": "Заморозили проекты до утверждения бюджета",
      "currency": "RUB",
      "staff": 12000,
      "sites": 3,
      "revenue": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000101", "period": "2024", "amount": 980000},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000102", "period": "2025-Q1", "amount": 250000.5}
      ],
      "potentials": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000105", "year": 2023, "amount": 1000000},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000106", "year": 2025, "amount": 1234567.89}
      ],
      "deals": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000111", "date": "2024-03-15",
         "amount": 480000, "product_group": "Насосы", "reference": "РТУ-000123"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000112", "date": "2024-09-02",
         "amount": 500000.25, "product_group": null, "reference": null}
      ],
      "ladder": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000201",
          "date": "2025-02-14",
          "our_view": 3,
          "client_view": 2,
          "competitors": {"Металлсервис": 2, "ТД «Урал»": 1},
          "answers": {"needs_us_as_much": false, "deals_with_competitors": true,
                      "postpones_visits": true},
          "next_steps": "Провести семинар для технологов"
        }
      ],
      "contacts": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000301",
          "name": "Ирина Волкова",
          "position": "Директор по закупкам",
          "department": "Закупки",
          "reports_to": null,
          "email": "volkova@example.ru",
          "phone": "+7 900 000-00-01",
          "interest": 8,
          "involvement": 9.5,
          "stance": "supporter",
          "confirmed_on": "2026-10-14",
          "contact_type": "decision_maker",
          "left_on": null,
          "left_to": null,
          "role": "leader",
          "personal": {
            "education": "МГТУ им. Баумана, 2001",
            "last_job": "Главный специалист, «Мечел»",
            "cares_about": "Благополучие компании",
            "interests": "Горные лыжи",
            "relations_with_us": "Хорошие, с Анной с 2019 года",
            "ethics": "Подарки не принимает",
            "negotiation_style": "Жёсткий, любит цифры",
            "obligations": "Нет",
            "key_problems": "Сроки поставки",
            "competitor_edge": "Металлсервис даёт отсрочку 60 дней",
            "consent_on": "2025-02-11",
            "consent_how": "in_writing"
          }
        },
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000302",
          "name": "Пётр Орлов",
          "position": "Инженер-технолог",
          "department": "Производство",
          "reports_to": "Ирина Волкова",
          "email": null,
          "phone": null,
          "interest": 7.5,
          "involvement": 2,
          "stance": "neutral",
          "confirmed_on": null,
          "contact_type": null,
          "left_on": "2026-09-30",
          "left_to": "ПАО «Металлсервис»",
          "role": "specifier",
          "personal": null
        }
      ],
      "team": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000401", "name": "Анна Смирнова",
         "department": "Продажи", "level": "executive", "mirrors": "Ирина Волкова"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000402", "name": "Олег Ким",
         "department": "Сервис", "level": "specialist", "mirrors": null}
      ],
      "diary": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000501",
          "date": "2025-03-03",
          "kind": "meeting",
          "summary": "Обсудили график поставок на II квартал",
          "attendees": ["Анна Смирнова", "Ирина Волкова", "Пётр Орлов"],
          "next_step": "Отправить предложение по складу",
          "next_step_due": "2025-03-10",
          "done": false
        }
      ],
      "opportunities": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000601",
          "title": "Резервный склад в Череповце",
          "class": "improve_service",
          "benefit": 3500000,
          "cost": 1200000.75,
          "people": 3,
          "days": 45,
          "status": "evaluating"
        }
      ],
      "goals": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000701",
          "client_goal": "Сократить простои линии из-за задержек поставок",
          "our_goal": "Поставки «точно в срок» для 90 % заказов к концу года",
          "measure": "Доля заказов, доставленных в срок",
          "deadline": "2025-12-31",
          "strategy": {
            "product": "Пакет «склад + доставка»",
            "price": "Премия 3 % за гарантию срока",
            "promotion": "Семинар для технологов",
            "place": "Собственный склад рядом с заводом"
          },
          "resources": {"people": 4, "days": 120, "budget": 800000.1},
          "actions": [
            {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000801", "title": "Найти помещение под склад",
             "owner": "Олег Ким", "due": "2025-04-30", "status": "in_progress"},
            {"id": "0b6a4a52-3c1e-4d8e-9a51-000000000802", "title": "Согласовать SLA",
             "owner": null, "due": null, "status": "planned"}
          ]
        }
      ],
      "value": [
        {
          "id": "0b6a4a52-3c1e-4d8e-9a51-000000000901",
          "date": "2024-11-20",
          "kind": "training",
          "title": "Обучение операторов",
          "description": "Два дня на площадке клиента",
          "department": "Производство",
          "our_cost": 150000,
          "client_benefit": 420000.99,
          "acknowledged": true,
          "delivered_by": "Олег Ким",
          "delivered_by_department": "Техническая дирекция"
        }
      ],
      "statistics": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001001", "name": "Поставки в срок, %",
         "value": 97.3, "period": "2024"},
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001002", "name": "Среднее время ответа, ч",
         "value": 2, "period": null}
      ],
      "involvement": {
        "search": {"Маркетинг": 70, "Продажи": 30},
        "need_identification": {"Маркетинг": 30, "Продажи": 40,
                                "Сервис": {"percent": 30, "role": "Замеры на оборудовании"}},
        "repeat_sale": {"Продажи": 33.34, "Сервис": 66.66}
      },
      "switching_barriers": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001101",
         "description": "Заказы идут через наш клиентский портал", "since": "2023-06-01"}
      ],
      "cooling": [
        {"id": "0b6a4a52-3c1e-4d8e-9a51-000000001201", "date": "2025-01-15",
         "reason": "Сорвали сроки по двум поставкам"}
      ]
    }
  ]
}
"""
ATLAS, SEVER = 0, 1  # indexes of the two accounts of FULL
SEVER_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000001")
VOLKOVA_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000301")
ORLOV_ID = uuid.UUID("0b6a4a52-3c1e-4d8e-9a51-000000000302")


def full_document(tmp_path: Path) -> dict:
    """FULL as read_document reads it (money as Decimal)."""
    path = tmp_path / "full.json"
    path.write_text(FULL, encoding="utf-8")
    return read_document(path)


def without_ids(value):
    if isinstance(value, dict):
        return {key: without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [without_ids(item) for item in value]
    return value


def load(db, document: dict) -> ImportSummary:
    with db.transaction() as session:
        return import_document(session, document)


def export(db, names=None) -> dict:
    with db.sessions() as session:
        return export_document(session, names)


def snapshot(db) -> dict[str, list[tuple]]:
    """Every row of every table, updated_at included."""
    with db.engine.connect() as connection:
        return {table.name: sorted((tuple(row) for row in connection.execute(select(table))),
                                   key=repr)
                for table in Base.metadata.sorted_tables}


@pytest.fixture
def full(tmp_path: Path) -> dict:
    return full_document(tmp_path)


@pytest.fixture
def loaded(db, full) -> dict:
    """The database holding FULL; returns the document."""
    load(db, full)
    return full


@pytest.fixture
def writes(db) -> list[str]:
    """The INSERT/UPDATE/DELETE statements sent to the database from now on."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        if statement.split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    yield statements
    event.remove(db.engine, "before_cursor_execute", record)


# --- round trips -------------------------------------------------------------------


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


# --- bad documents ----------------------------------------------------------------------

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



def test_the_example_of_the_documentation_imports(db, tmp_path) -> None:
    docs = Path(__file__).parents[2] / "docs" / "interchange.md"
    example = docs.read_text(encoding="utf-8").split("## Example", 1)[1]
    path = tmp_path / "example.json"
    path.write_text(example.split("```json", 1)[1].split("```", 1)[0], encoding="utf-8")
    assert load(db, read_document(path)).added == ["АО «Вектор»"]
    contacts = export(db)["accounts"][0]["contacts"]
    assert [(c["name"], c["reports_to"], c["role"]) for c in contacts] == [
        ("Ирина Волкова", None, "leader"), ("Пётр Орлов", "Ирина Волкова", "specifier")]


def test_exchanging_revenue_periods_in_one_import_is_refused(db, loaded, writes) -> None:
    document = export(db)
    revenue = document["accounts"][SEVER]["revenue"]
    revenue[0]["period"], revenue[1]["period"] = revenue[1]["period"], revenue[0]["period"]
    with pytest.raises(InputError) as error:
        load(db, document)
    assert error.value.where == "accounts[1].revenue[0].period"
    assert "exchanging periods takes two imports" in error.value.message
    assert writes == []


def test_the_demo_portfolio_survives_export_and_import(db, tmp_path) -> None:
    with db.transaction() as session:
        demo.load_demo(session, accounts=8, seed=3, today=date(2025, 6, 1))
    before = snapshot(db)
    path = tmp_path / "portfolio.json"
    write_document(path, export(db))
    assert load(db, read_document(path)).unchanged == sorted(
        account["name"] for account in export(db)["accounts"])
    assert snapshot(db) == before
