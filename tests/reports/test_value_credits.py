"""Credit for the value delivered: each value entry may name who on our side delivered
it; the window's summary and the meeting pack (internal) sum it per team member and per
department — figures checked by hand."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.value import ValueTotals
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record, update_record
from kam_desktop.services.reports import meeting_pack_data

TODAY = date(2026, 11, 23)
CLIENT = "ПАО «Химпром»"


@pytest.fixture
def account(add):
    """Six entries: (benefit, delivered by, our department named on the entry)."""
    account_id = add("account", None, name=CLIENT)
    anna = add("team_member", account_id, name="Анна Орлова", department="Сервис")
    boris = add("team_member", account_id, name="Борис Ким", department="Логистика")
    vera = add("team_member", account_id, name="Вера Лис")  # no department
    for day, benefit, member, department in [
            (date(2025, 2, 1), 100_000, anna, None),  # Анна, Сервис
            (date(2025, 5, 1), 40_000, anna, "Техническая дирекция"),  # named on it
            (date(2026, 1, 10), 70_000, boris, None),  # Борис, Логистика
            (date(2026, 3, 3), 25_000, None, "Сервис"),  # a department, no one person
            (date(2026, 4, 4), 10_000, vera, None),  # Вера, no department
            (date(2026, 5, 5), 5_000, None, None)]:  # credited to no one
        add("value_entry", account_id, date=day, kind="consulting", title=f"Работа {day}",
            client_benefit=Decimal(benefit), delivered_by_id=member,
            delivered_by_department=department)
    return account_id


def _sums(groups) -> dict:
    return {key: (totals.count, totals.client_benefit) for key, totals in dict(groups).items()}


def test_credits_per_team_member_and_department(db, account):
    with db.sessions() as session:
        value = load_dossier(session, account, today=TODAY).value
    assert _sums(value.by_person) == {
        "Анна Орлова": (2, Decimal(140_000)), "Борис Ким": (1, Decimal(70_000)),
        "Вера Лис": (1, Decimal(10_000)), None: (2, Decimal(30_000))}
    assert _sums(value.by_our_department) == {
        "Сервис": (2, Decimal(125_000)), "Логистика": (1, Decimal(70_000)),
        "Техническая дирекция": (1, Decimal(40_000)), None: (2, Decimal(15_000))}
    assert value.total.client_benefit == Decimal(250_000)


def test_a_member_of_another_account_cannot_be_credited(db, account):
    with db.transaction() as session:
        other = add_record(session, kind="account", parent_id=None, values={"name": "Другой"})
        stranger = add_record(session, kind="team_member", parent_id=other,
                              values={"name": "Чужой"})
        entry = load_dossier(session, account).sections["value_entry"][0]["id"]
        with pytest.raises(InputError) as refused:
            update_record(session, kind="value_entry", record_id=entry,
                          changes={"delivered_by_id": stranger})
    assert refused.value.where == "delivered_by_id"


def test_the_meeting_pack_credits_each_member_and_department(db, account, tmp_path: Path):
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name=CLIENT, attendees=[], today=TODAY)
    assert data.credits_by_person[0] == ("Анна Орлова", ValueTotals(
        Decimal(0), Decimal(140_000), 2, 0))
    assert data.credits_by_person[-1][0] is None  # the uncredited last
    path = tmp_path / "pack.pdf"
    build_meeting_pack(data, "ru", path)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages)
                  .replace("\u202f", " ").replace("\u00a0", " "))
    for row in ("Анна Орлова 2 140 000 ₽", "Борис Ким 1 70 000 ₽", "Вера Лис 1 10 000 ₽",
                "Не указан 2 30 000 ₽", "Сервис 2 125 000 ₽", "Логистика 1 70 000 ₽",
                "Техническая дирекция 1 40 000 ₽", "Не указан 2 15 000 ₽",
                "Итого 6 250 000 ₽"):
        assert row in text
