"""One "value to revenue" figure for one account and one span, wherever it is shown: the
client's value dossier, the dossier page, the meeting pack and the dashboard. The figures
are worked out by hand in the comments."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from kam_desktop.reports.format import Formatter
from kam_desktop.reports.meeting_pack import build_meeting_pack
from kam_desktop.reports.value_dossier import build_value_dossier
from kam_desktop.services.analytics import portfolio_analytics
from kam_desktop.services.dossier import load_dossier
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import meeting_pack_data, value_dossier_data
from kam_desktop.ui.dossier.value import ValuePage

TODAY = date(2026, 3, 1)
NAME = "ООО «Уралтекстиль-Сервис»"
#: the entries' span: 15 May 2024 to 10 February 2026
ENTRIES = [(date(2024, 5, 15), "Маркетинг", "300000"), (date(2025, 6, 1), "Производство",
                                                       "1200000"),
           (date(2025, 11, 20), "Маркетинг", "500000"), (date(2026, 2, 10), "Производство",
                                                         "94000")]
REVENUE = {"2023": "9000000", "2024": "7320000", "2025-Q1": "2700000",
           "2025-Q2": "2730000", "2025-Q3": "2760000", "2026-Q1": "2700000"}
# Over 15.05.2024–10.02.2026: 2024 from its year row, 231 of its 366 days (15–31 May
# is 17, June to December 214): 7 320 000 × 231 / 366 = 4 620 000; 2025 from its quarters (Q4 never recorded):
# 2 700 000 + 2 730 000 + 2 760 000 = 8 190 000; 2026-Q1, 41 of its 90 days:
# 2 700 000 × 41 / 90 = 1 230 000. Revenue 14 040 000, benefit 2 094 000:
SPAN_RATIO = Decimal("2094000") / Decimal("14040000")  # 14,9 %
# Calendar 2025 (the dashboard's last full year): benefit 1 700 000 over 8 190 000
YEAR_RATIO = Decimal("1700000") / Decimal("8190000")  # 20,8 %


@pytest.fixture
def account(db):
    with db.transaction() as session:
        account_id = add_record(session, kind="account", parent_id=None, values={"name": NAME})
        add_record(session, kind="contact", parent_id=account_id,
                   values={"name": "Орлов Иван", "interest": 8, "involvement": 8})
        for period, amount in REVENUE.items():
            add_record(session, kind="revenue", parent_id=account_id,
                       values={"period": period, "amount": amount})
        for day, department, benefit in ENTRIES:
            add_record(session, kind="value_entry", parent_id=account_id, values={
                "date": day, "kind": "training", "title": f"Обучение {day}",
                "department": department, "client_benefit": benefit})
    return account_id


def _pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_four_places_show_one_figure(qtbot, context, db, account, tmp_path) -> None:
    fmt = Formatter("ru", "RUB", 0)
    with db.sessions() as session:
        dossier_pdf = value_dossier_data(session, account_name=NAME, today=TODAY)
        year_pdf = value_dossier_data(session, account_name=NAME, today=TODAY,
                                      date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
        pack = meeting_pack_data(session, account_name=NAME, attendees=["Орлов Иван"],
                                 today=TODAY)
        dashboard = portfolio_analytics(session, today=TODAY)
    assert dossier_pdf.value_to_revenue == SPAN_RATIO
    assert year_pdf.value_to_revenue == YEAR_RATIO

    build_value_dossier(dossier_pdf, "ru", tmp_path / "dossier.pdf")
    text = _pdf_text(tmp_path / "dossier.pdf")
    assert re.sub(r"\s", " ", fmt.percent(SPAN_RATIO)) in text.replace("\u202f", " ")
    # it says what it divided by
    assert "14 040 000" in text.replace("\u202f", " ").replace("\xa0", " ")
    assert "1 кв. 2026 (41 из 90 дн.)" in text.replace("\xa0", " ")

    build_meeting_pack(pack, "ru", tmp_path / "pack.pdf")
    assert fmt.percent(SPAN_RATIO).replace("\u202f", " ") in \
        _pdf_text(tmp_path / "pack.pdf").replace("\u202f", " ")

    page = ValuePage(context)
    qtbot.addWidget(page)
    page.refresh(context.read(lambda s: load_dossier(s, account)), account)
    assert page.totals.ratio.text().replace("\xa0", " ") in ("14,9 %", "14.9 %")

    (point,) = [p for p in dashboard.value_to_revenue if p.account == account]
    assert point.ratio == YEAR_RATIO and point.revenue == Decimal("8190000.00")


def test_a_department_selection_prints_no_ratio_over_the_whole_revenue(db, account,
                                                                       tmp_path) -> None:
    with db.sessions() as session:
        data = value_dossier_data(session, account_name=NAME, today=TODAY,
                                  departments=["Маркетинг"])
    assert data.value_to_revenue is None
    build_value_dossier(data, "ru", tmp_path / "marketing.pdf")
    text = _pdf_text(tmp_path / "marketing.pdf")
    assert "не рассчитывается для отдельных подразделений" in text
