"""The hand-over pack: read back from the PDF, in both languages; the contacts' personal
notes only when the receiver is on the account team (a sentinel absent otherwise)."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.enums import PERSONAL_FIELDS
from kam_desktop.reports.handover_pack import build_handover_pack
from kam_desktop.services.errors import InputError
from kam_desktop.services.handover import record_handover
from kam_desktop.services.records import add_record
from kam_desktop.services.reports.handover_pack import handover_pack_data

TODAY = date(2026, 11, 23)
ACCOUNT = "ООО «Пром <b>&</para>»"
SENTINEL = "ЛИЧНОЕ-СЕКРЕТ"


def _text(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages)
                  .replace("\u202f", " ").replace("\u00a0", " "))


@pytest.fixture
def account(db):
    with db.transaction() as session:
        def add(record_kind, parent, **values):
            return add_record(session, kind=record_kind, parent_id=parent, values=values)

        account = add("account", None, name=ACCOUNT, owner="Игорь Лебедев",
                      lifecycle="developing", industry="Химия", region="Пермь", inn="7707083893")
        leader = add("contact", account, name="Орлова Анна", interest=9, involvement=8)
        add("personal_notes", leader, **{f: f"{SENTINEL}{i}" for i, f in enumerate(PERSONAL_FIELDS)})
        add("team_member", account, name="Марина  Ершова", department="Продажи",
            level="manager", mirrors_id=leader)
        for day, amount in ((date(2026, 2, 1), "400000"), (date(2026, 6, 1), "350000.50")):
            add("deal", account, date=day, amount=amount, reference="РТУ")
        record_handover(session, account_id=account, to_name="Марина Ершова",
                        on=date(2026, 11, 20), note="Третья сделка — пора")
    return account


def test_the_receiver_on_the_team_gets_the_personal_notes(db, account, tmp_path) -> None:
    with db.sessions() as session:
        data = handover_pack_data(session, account_name=ACCOUNT, receiver="марина ершова",
                                  today=TODAY)
    assert data.receiver_on_team and len(data.account.personal_notes) == 1
    path = tmp_path / "pack.pdf"
    build_handover_pack(data, "ru", path)
    text = _text(path)
    assert "Передача клиента" in text and ACCOUNT in text
    assert "Игорь Лебедев" in text and "Третья сделка — пора" in text
    assert "Конфиденциально" in text
    assert "Сделок всего 2 Сумма сделок 750 001" in text  # the purchase history
    assert "Продажи" in text and "Менеджер" in text  # the team with its level
    assert "лидер на карте ролей" not in text and "спецификатор на карте ролей" in text
    assert f"{SENTINEL}0" in text


def test_a_receiver_off_the_team_gets_no_personal_notes(db, account, tmp_path) -> None:
    with db.sessions() as session:
        data = handover_pack_data(session, account_name=ACCOUNT, receiver="Пётр Проектов",
                                  today=TODAY)
    assert not data.receiver_on_team and data.account.personal_notes == ()
    for language in ("ru", "en"):
        path = tmp_path / f"pack-{language}.pdf"
        build_handover_pack(data, language, path)
        text = _text(path)
        assert SENTINEL not in text
        assert ("Hand-over pack" if language == "en" else "Передача клиента") in text
    assert "Пётр Проектов is not on the account team" in _text(tmp_path / "pack-en.pdf")


def test_an_unknown_account_or_no_receiver_is_refused(db, account) -> None:
    with db.sessions() as session:
        with pytest.raises(InputError):
            handover_pack_data(session, account_name="Нет такого", receiver="Кто-то",
                               today=TODAY)
        with pytest.raises(InputError):
            handover_pack_data(session, account_name=ACCOUNT, receiver="  ", today=TODAY)
