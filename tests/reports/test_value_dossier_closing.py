"""The value dossier's closing section, what changing supplier would mean: the
client-safe switching barriers, the benefits the client acknowledged per year and the
work a newcomer would have to match — figures checked by hand, nothing internal printed."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from kam_desktop.domain.enums import PERSONAL_FIELDS, ValueKind
from kam_desktop.reports.texts import texts
from kam_desktop.reports.value_dossier import build_value_dossier
from kam_desktop.services.reports import value_dossier_data
from kam_desktop.store.kinds import KINDS

TODAY = date(2026, 11, 23)
CLIENT = "АО «Металлург»"

#: (date, kind, title, client benefit, acknowledged)
ENTRIES = [
    (date(2025, 3, 10), "training", "Обучение операторов линии", 100_000, True),
    (date(2025, 11, 20), "consulting", "Аудит склада", 50_000, False),
    (date(2025, 12, 31), "testing", "Испытания новой марки стали", 30_000, True),
    (date(2026, 1, 15), "training", "Обучение технологов", 200_000, True),
    (date(2026, 6, 1), "reserve_stock", "Резерв подшипников на складе", 80_000, False),
]


def _pages(path: Path) -> list[str]:
    return [re.sub(r"[ \t\u00a0\u202f]+", " ", page.extract_text())
            for page in PdfReader(path).pages]


def _closing(path: Path, language: str) -> str:
    """The text from the closing section's title to the end of the document, on one
    line (a table's cells come out a line each)."""
    text = " ".join(_pages(path)).replace("\n", " ")
    title = texts(language)["closing.title"]
    assert title in text
    return re.sub(" +", " ", text[text.rindex(title):])


@pytest.fixture
def account(add):
    account_id = add("account", None, name=CLIENT)
    member = add("team_member", account_id, name="Ирина Соколова", department="Сервис")
    for day, kind, title, benefit, acknowledged in ENTRIES:
        add("value_entry", account_id, date=day, kind=kind, title=title,
            client_benefit=Decimal(benefit), our_cost=Decimal(1000),
            acknowledged=acknowledged, delivered_by_id=member,
            delivered_by_department="Техническая дирекция")
    add("switching_barrier", account_id, description="Заказы идут через наш портал",
        since=date(2024, 5, 1))
    add("switching_barrier", account_id, description="Склад клиента ведём в нашей системе",
        since=date(2026, 9, 1))
    return account_id


def test_acknowledged_benefits_per_year_are_summed_by_hand(db, account, tmp_path):
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=CLIENT, today=TODAY)
    # 2025: training 100 000 ✓, consulting 50 000, testing 30 000 ✓ -> 2 of 3, 130 000 of 180 000
    # 2026: training 200 000 ✓, reserve stock 80 000 -> 1 of 2, 200 000 of 280 000
    assert [(g.key, g.count, g.client_benefit) for g in data.acknowledged_by_year] == [
        (2025, 2, Decimal(130_000)), (2026, 1, Decimal(200_000))]
    assert [(g.key, g.client_benefit) for g in data.by_year] == [
        (2025, Decimal(180_000)), (2026, Decimal(280_000))]
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, "ru", path)
    closing = _closing(path, "ru")
    assert "2025 2 130 000 ₽ 180 000 ₽ 72,2 %" in closing
    assert "2026 1 200 000 ₽ 280 000 ₽ 71,4 %" in closing
    assert "Итого 3 330 000 ₽ 460 000 ₽ 71,7 %" in closing


def test_the_closing_section_follows_the_period(db, account, tmp_path):
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=CLIENT, date_from=date(2025, 12, 1),
                                  date_to=date(2026, 6, 30), today=TODAY)
    # December 2025: testing 30 000 ✓ only; 2026 as before
    assert [(g.key, g.count, g.client_benefit) for g in data.acknowledged_by_year] == [
        (2025, 1, Decimal(30_000)), (2026, 1, Decimal(200_000))]
    # the barrier built in September 2026 was not there by the end of the period
    assert [(b.since, b.description) for b in data.barriers] == [
        (date(2024, 5, 1), "Заказы идут через наш портал")]
    # the work of the period, the kind with the largest benefit first
    assert [(s.kind, s.titles) for s in data.services] == [
        (ValueKind.TRAINING, ("Обучение технологов",)),
        (ValueKind.RESERVE_STOCK, ("Резерв подшипников на складе",)),
        (ValueKind.TESTING, ("Испытания новой марки стали",))]
    path = tmp_path / "dossier.pdf"
    build_value_dossier(data, "en", path)
    closing = _closing(path, "en")
    assert "Заказы идут через наш портал" in closing and "Склад клиента" not in closing
    assert "2025 1 RUB 30,000 RUB 30,000 100.0%" in closing
    assert "Total 2 RUB 230,000 RUB 310,000 74.2%" in closing
    for title in ("Обучение технологов", "Резерв подшипников на складе"):
        assert title in closing


def test_only_client_safe_fields_reach_the_closing_section(db, add, account, tmp_path):
    """A sentinel in every personal field, in every barrier field not declared
    client-safe, and in who delivered each entry: none of them is printed."""
    barrier = KINDS["switching_barrier"]
    assert barrier.client_safe == {"description", "since"}
    internal = sorted(c.name for c in barrier.table.columns
                      if c.name not in barrier.client_safe and not c.primary_key
                      and not c.foreign_keys and c.name not in ("created_at", "updated_at"))
    sentinels = {}
    contact = add("contact", account, name="SENTINELcontact")
    add("personal_notes", contact,
        **{f: sentinels.setdefault(f, f"SENTINEL{f}") for f in PERSONAL_FIELDS})
    add("switching_barrier", account, description="Общий стандарт упаковки",
        **{f: sentinels.setdefault(f, f"SENTINELbarrier{f}") for f in internal})
    member = add("team_member", account, name="SENTINELmember", department="SENTINELdept")
    add("value_entry", account, date=date(2026, 2, 2), kind="automation",
        title="Автоматизация заказов", client_benefit=Decimal(10_000),
        delivered_by_id=member, delivered_by_department="SENTINELourdept")
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=CLIENT, today=TODAY)
    for language in ("ru", "en"):
        path = tmp_path / f"dossier-{language}.pdf"
        build_value_dossier(data, language, path)
        text = "\n".join(_pages(path))
        assert "Общий стандарт упаковки" in _closing(path, language)
        assert "Автоматизация заказов" in _closing(path, language)
        assert "SENTINEL" not in text
        # who delivered the value is credited inside our company only
        for name in ("Ирина Соколова", "Сервис", "Техническая дирекция"):
            assert name not in text
