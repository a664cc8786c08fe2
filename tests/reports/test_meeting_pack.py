"""The meeting pack: the confidential line on every page, the attendees' personal
notes and no one else's, escaping, fonts, unknown attendees and the command line."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.enums import PERSONAL_FIELDS
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.reports.internal_texts import internal_texts
from kam_desktop.services.demo import load_demo
from kam_desktop.services.errors import InputError
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import meeting_pack_data

TODAY = date(2026, 11, 23)
ACCOUNT = "АО <b>&</para>"
HOSTILE = '<img src="http://x"> & </para>'


def _pages(path: Path) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text().replace("\u202f", " ")
                   .replace("\u00a0", " ")) for page in PdfReader(path).pages]


@pytest.fixture
def account(db) -> None:
    """Two contacts with personal notes (markers GUESTNOTE / OTHERNOTE) beside a small
    demo portfolio."""
    with db.transaction() as session:
        load_demo(session, accounts=6, seed=5, today=TODAY)

        def add(record_kind, parent, **values):
            return add_record(session, kind=record_kind, parent_id=parent, values=values)

        account = add("account", None, name=ACCOUNT, category="key")
        guest = add("contact", account, name="Гость Иван", position=HOSTILE, interest=8,
                    involvement=7)
        other = add("contact", account, name="Другой Пётр", interest=2, involvement=3)
        add("personal_notes", guest, **{f: f"GUESTNOTE{i}" for i, f in enumerate(PERSONAL_FIELDS)})
        add("team_member", account, name="Зеркалов Олег", mirrors_id=guest)
        add("personal_notes", other, **{f: f"OTHERNOTE{i}" for i, f in enumerate(PERSONAL_FIELDS)})
        add("diary_entry", account, date=date(2026, 11, 1), kind="meeting", summary=HOSTILE,
            next_step="Отправить КП", next_step_due=date(2026, 12, 1))
        add("ladder_assessment", account, date=date(2026, 1, 1), our_view=2)
        add("ladder_assessment", account, date=date(2026, 10, 1), our_view=3, next_steps="Семинар")
        goal = add("goal", account, client_goal="Снизить простои", our_goal="Сервис 24/7")
        add("plan_action", goal, title="Провести аудит", owner="Мы", due=date(2026, 11, 1))
        add("opportunity", account, title="Новая линия", opportunity_class="expand_business",
            benefit=Decimal(500000), cost=Decimal(100000))
        add("value_entry", account, date=date(2026, 3, 2), kind="training", title="Обучение",
            our_cost=Decimal(100), client_benefit=Decimal(123456))
        add("switching_barrier", account, description="Наш софт в их учёте", since=date(2024, 5, 1))
        add("revenue", account, period="2025", amount=Decimal(10) ** 11)  # the largest: A


@pytest.mark.parametrize("language", ["ru", "en"])
def test_confidential_and_only_the_attendees_notes(db, account, tmp_path, language):
    with db.sessions() as session:
        data = meeting_pack_data(session, account_name=ACCOUNT, attendees=["Гость Иван"],
                                 today=TODAY)
    assert [n.name for n in data.personal_notes] == ["Гость Иван"]
    path = tmp_path / "pack.pdf"
    build_meeting_pack(data, language, path)
    pages = _pages(path)
    words = internal_texts(language)
    assert len(pages) >= 2
    for text in pages:
        assert words["confidential"] in text
    text = " ".join(pages)
    for i in range(len(PERSONAL_FIELDS)):
        assert f"GUESTNOTE{i}" in text and f"OTHERNOTE{i}" not in text
    assert ACCOUNT in text and HOSTILE in text
    for expected in ("Отправить КП", "Провести аудит", "Новая линия", "Семинар", "Другой Пётр"):
        assert expected in text
    assert ("123 456" if language == "ru" else "123,456") in text
    assert data.abc.value == "A" and f'{words["meeting.abc"]} A' in text
    assert words["barriers.title"] in text and "Наш софт в их учёте" in text
    assert [p.mirrored_by for p in data.people] == ["Зеркалов Олег", ""]
    assert f'{words["col.mirror"]}' in text and "Зеркалов Олег" in text
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].get_object().values():
            assert "DejaVuSans" in str(font.get_object()["/BaseFont"])


def test_unknown_attendee(db, account):
    with db.sessions() as session, pytest.raises(InputError, match="Никто"):
        meeting_pack_data(session, account_name=ACCOUNT, attendees=["Никто"], today=TODAY)


def test_cli(cli, db, account, db_path, tmp_path):
    db.close()
    missing = tmp_path / "missing.pdf"
    result = cli("report", "meeting-pack", "--account", ACCOUNT, "--attendee", "Никто",
                 "-o", str(missing), db=db_path)
    assert result.returncode == 2 and "Никто" in result.stderr and not missing.exists()
    written = tmp_path / "pack.pdf"
    result = cli("report", "meeting-pack", "--account", ACCOUNT, "--attendee", "Другой Пётр",
                 "--lang", "en", "-o", str(written), db=db_path)
    assert result.returncode == 0, result.stderr
    text = " ".join(_pages(written))
    assert "OTHERNOTE0" in text and "GUESTNOTE0" not in text
