"""What we keep about a person, written for them: everything about them and no one else."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.services.contact_export import export_person
from kam_desktop.services.contacts import mark_left
from kam_desktop.services.diary import set_attendees
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.snapshots_map import save_map_snapshot

PERSON = "Зайцева Алевтина Борисовна"


@pytest.fixture
def person(db):
    """A person with a bit of everything, at one account and then at the one they moved
    to; a colleague of theirs who must not appear."""
    with db.transaction() as session:
        omega = add_record(session, kind="account", parent_id=None, values={"name": "АО «Омега»"})
        sigma = add_record(session, kind="account", parent_id=None, values={"name": "ООО «Сигма»"})
        contact = add_record(session, kind="contact", parent_id=omega, values={
            "name": PERSON, "position": "Главный технолог", "email": "alevtina.z@example.ru",
            "interest": 8.0, "involvement": 7.0, "stance": "supporter"})
        add_record(session, kind="personal_notes", parent_id=contact, values={
            "interests": "Рыбалка на Ладоге", "education": "СПбГТИ",
            "consent_on": date(2026, 3, 2), "consent_how": "in_writing"})
        other = add_record(session, kind="contact", parent_id=omega, values={
            "name": "Орлов Иван Петрович"})
        add_record(session, kind="personal_notes", parent_id=other, values={
            "interests": "Чужая тайна"})
        save_map_snapshot(session, account_id=omega, on=date(2026, 5, 1), note="После аудита")
        met = add_record(session, kind="diary_entry", parent_id=omega, values={
            "date": date(2026, 6, 1), "kind": "meeting", "summary": "Обсудили испытания"})
        set_attendees(session, entry_id=met, people=[contact])
        add_record(session, kind="diary_entry", parent_id=omega, values={
            "date": date(2026, 7, 1), "kind": "call",
            "summary": "Орлов сказал, что Зайцева А. Б. в отпуске"})
        add_record(session, kind="diary_entry", parent_id=omega, values={
            "date": date(2026, 7, 2), "kind": "note", "summary": "Не о ней"})
        add_record(session, kind="goal", parent_id=omega, values={"client_goal": "Надёжность",
            "our_goal": f"Договориться с {PERSON} об испытаниях"})
        add_record(session, kind="team_member", parent_id=omega, values={
            "name": "Смирнов Олег", "mirrors_id": contact})
        mark_left(session, contact_id=contact, left_on=date(2026, 8, 1), left_to="ООО «Сигма»",
                  to_account_id=sigma)
    return contact


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_json_holds_everything_about_the_person(db, person, tmp_path: Path) -> None:
    path = tmp_path / "person.json"
    with db.sessions() as session:
        export_person(session, contact_id=person, path=path, today=date(2026, 9, 1))
    data = json.loads(path.read_text(encoding="utf-8"))

    assert data["name"] == PERSON and data["made_on"] == "2026-09-01"
    omega, sigma = sorted(data["records"], key=lambda r: r["account"])
    assert (omega["account"], sigma["account"]) == ("АО «Омега»", "ООО «Сигма»")
    assert omega["profile"]["position"] == "Главный технолог"
    assert omega["profile"]["left_on"] == "2026-08-01"
    assert omega["placement"]["role"] == "leader"
    assert [s["date"] for s in omega["snapshots"]] == ["2026-05-01"]
    assert omega["questionnaire"] == {"education": "СПбГТИ", "interests": "Рыбалка на Ладоге"}
    assert (omega["consent_on"], omega["consent_how"]) == ("2026-03-02", "in_writing")
    assert [(d["date"], d["attended"]) for d in omega["diary"]] == [
        ("2026-06-01", True), ("2026-07-01", False)]
    assert [(m["table"], m["text"]) for m in omega["mentions"]] == [
        ("goal", f"Договориться с {PERSON} об испытаниях")]
    assert omega["mirrored_by"] == ["Смирнов Олег"]
    # the moved person's notes went with them, consent included
    assert sigma["consent_on"] == "2026-03-02"
    assert "Чужая тайна" not in path.read_text(encoding="utf-8")
    assert "Не о ней" not in path.read_text(encoding="utf-8")


def test_the_pdf_reads_in_russian(db, person, tmp_path: Path) -> None:
    path = tmp_path / "person.pdf"
    with db.sessions() as session:
        export_person(session, contact_id=person, path=path, today=date(2026, 9, 1))
    text = _pdf_text(path)

    for expected in ("Сведения о вас, которые мы храним", PERSON, "Главный технолог",
                     "Рыбалка на Ладоге", "Согласие: 02.03.2026, письменно",
                     "Обсудили испытания", "Смирнов Олег", "Лидер", "ООО «Сигма»"):
        assert expected in text, expected
    assert "Чужая тайна" not in text


def test_the_pdf_reads_in_english(db, person, tmp_path: Path) -> None:
    path = tmp_path / "person.pdf"
    with db.sessions() as session:
        export_person(session, contact_id=person, path=path, today=date(2026, 9, 1),
                      language="en")
    assert "Consent: 2 Mar 2026, in writing" in _pdf_text(path).replace("\u00a0", " ")


def test_another_extension_is_refused(db, person, tmp_path: Path) -> None:
    with db.sessions() as session, pytest.raises(InputError, match=r"\.pdf or \.json"):
        export_person(session, contact_id=person, path=tmp_path / "person.docx",
                      today=date(2026, 9, 1))
    assert not list(tmp_path.glob("person*"))


def test_a_mention_in_a_hand_over_or_a_change_of_stage_is_in_the_pdf(db, person,
                                                                      tmp_path: Path) -> None:
    from kam_desktop.services.records import update_record
    from kam_desktop.store.models import Contact

    with db.transaction() as session:
        omega = session.get(Contact, person).account_id
        add_record(session, kind="handover", parent_id=omega, values={
            "date": date(2026, 8, 2), "to_name": "Смирнов Олег",
            "note": "Передаю: технолога Зайцеву сменил Орлов"})
        update_record(session, kind="account", record_id=omega, changes={
            "lifecycle": "sleeping", "lifecycle_reason": "Без Зайцевой А. Б. испытания встали"})
    path = tmp_path / "person.pdf"
    with db.sessions() as session:
        export_person(session, contact_id=person, path=path, today=date(2026, 9, 1))
    text = _pdf_text(path)
    for expected in ("передача клиента", "технолога Зайцеву сменил Орлов",
                     "смена стадии клиента", "Без Зайцевой А. Б. испытания встали"):
        assert expected in text, expected
