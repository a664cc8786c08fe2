"""Erasing a person leaves their data in no file of the data folder."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kam_desktop.services.erasure import erase_contact, find_contact, scrub_files
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.snapshots_map import map_placements, save_map_snapshot
from kam_desktop.store.backup import list_backups, make_backup
from kam_desktop.store.models import Contact, DiaryEntry, ErasureLog, MapSnapshot, TeamMember

SECRETS = ["Зайцева Алевтина Борисовна", "Зайцева А. Б.", "alevtina.z@example.ru",
           "+7 999 123-45-67", "ТайнаяЛюбовьКРыбалке", "БольноеМестоДиплом"]


def _people(db):
    with db.transaction() as session:
        account = add_record(session, kind="account", parent_id=None, values={"name": "АО «Омега»"})
        person = add_record(session, kind="contact", parent_id=account, values={
            "name": SECRETS[0], "email": SECRETS[2], "phone": SECRETS[3]})
        add_record(session, kind="personal_notes", parent_id=person, values={
            "interests": SECRETS[4], "education": SECRETS[5]})
        other = add_record(session, kind="contact", parent_id=account, values={
            "name": "Орлов Иван Петрович", "reports_to_id": person})
        add_record(session, kind="team_member", parent_id=account, values={
            "name": "Смирнов", "mirrors_id": person})
        entry = add_record(session, kind="diary_entry", parent_id=account, values={
            "date": date(2026, 10, 1), "kind": "meeting",
            "summary": f"Встреча ({SECRETS[1]}) и Орлов И. П.: обсудили поставки",
            "next_step": f"Написать на {SECRETS[2]}"})
        save_map_snapshot(session, account_id=account, on=date(2026, 10, 1),
                          note=f"После встречи с {SECRETS[1]}")
        add_record(session, kind="handover", parent_id=account, values={
            "date": date(2026, 10, 2), "to_name": "Смирнов",
            "note": f"Главный контакт — {SECRETS[0]}"})
        add_record(session, kind="group_potential", parent_id=account, values={
            "year": 2026, "product_group": "Насосы", "amount": "100000",
            "competitor_reason": f"{SECRETS[1]} дружит с их директором"})
    return account, person, other, entry


def _files(folder):
    return [p for p in folder.rglob("*") if p.is_file()]


def test_an_erased_person_is_found_in_no_file(db) -> None:
    account, person, other, entry = _people(db)
    make_backup(db.engine, db.path)
    with db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Соколова")
    assert scrub_files(db.engine, db.path, person) == 1
    db.close()

    for path in _files(db.path.parent):
        content = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode("utf-8") not in content, f"{secret} left in {path.name}"


def test_what_stays_is_anonymous_and_the_erasure_is_logged(db) -> None:
    account, person, other, entry = _people(db)
    with db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by="Соколова")
    with db.sessions() as session:
        assert session.get(Contact, person) is None
        assert session.get(Contact, other).reports_to_id is None
        assert session.scalars(select(TeamMember.mirrors_id)).one() is None
        diary = session.get(DiaryEntry, entry)
        assert diary.summary == "Встреча ([…]) и Орлов И. П.: обсудили поставки"
        assert diary.next_step == "Написать на […]"
        (snapshot,) = session.scalars(select(MapSnapshot)).all()
        assert snapshot.note == "После встречи с […]"
        assert [p.name for p in map_placements(session, snapshot_id=snapshot.id)] == [
            "Орлов Иван Петрович"]
        log = session.scalars(select(ErasureLog)).one()
        assert (log.erased_by, log.account_id) == ("Соколова", account)


def test_the_person_is_erased_from_every_backup(db) -> None:
    _, person, _, _ = _people(db)
    make_backup(db.engine, db.path)
    with db.transaction() as session:
        erase_contact(session, contact_id=person, erased_by=None)
    scrub_files(db.engine, db.path, person)
    import sqlite3

    for backup in list_backups(db.path):
        with sqlite3.connect(backup) as copy:
            assert copy.execute("SELECT count(*) FROM contact").fetchone() == (1,)
            assert copy.execute("SELECT count(*) FROM personal_notes").fetchone() == (0,)
            assert copy.execute("SELECT count(*) FROM map_snapshot_entry").fetchone() == (1,)


def test_finding_a_contact_by_names(db) -> None:
    _, person, _, _ = _people(db)
    with db.sessions() as session:
        assert find_contact(session, account_name="АО «Омега»", contact_name=SECRETS[0]) == person
        with pytest.raises(InputError, match="no contact"):
            find_contact(session, account_name="АО «Омега»", contact_name="Никто")
        with pytest.raises(InputError, match="no account"):
            find_contact(session, account_name="Нет такого", contact_name=SECRETS[0])
