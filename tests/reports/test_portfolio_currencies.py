"""The portfolio report with accounts kept in euros: totals in roubles at the recorded
rate, said on the page; an account without a rate named and left out, read back from the
PDF."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from kam_desktop.reports.portfolio import build_portfolio_report
from kam_desktop.services.exchange_rates import set_rate
from kam_desktop.services.records import add_record
from kam_desktop.services.reports import portfolio_data

TODAY = date(2026, 11, 23)


def _text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " "))


def _portfolio(db) -> None:
    with db.transaction() as session:
        for name, currency, amount in (("Рубли", "RUB", "90000000"), ("Евро", "EUR", "1000000"),
                                       ("Тенге", "KZT", "500000000")):
            account = add_record(session, kind="account", parent_id=None,
                                 values={"name": name, "currency": currency})
            add_record(session, kind="revenue", parent_id=account,
                       values={"period": "2025", "amount": amount})
        set_rate(session, currency="EUR", base="RUB", period="2025", rate=Decimal(95))


def test_the_totals_are_converted_and_the_account_without_a_rate_is_named(db, tmp_path) -> None:
    _portfolio(db)
    with db.sessions() as session:
        data = portfolio_data(session, today=TODAY)
    lines = {line.name: line for line in data.accounts}
    assert lines["Евро"].revenue_main == Decimal(95000000) and lines["Евро"].abc.value == "A"
    assert lines["Тенге"].revenue_main is None and lines["Тенге"].abc is None
    assert data.rates == {"EUR": Decimal(95)}
    assert [(m.currency, m.period, m.accounts) for m in data.missing] == [
        ("KZT", "2025", ("Тенге",))]

    path = tmp_path / "portfolio.pdf"
    build_portfolio_report(data, "ru", path)
    text = _text(path)
    assert "Выручка за 2025 185 000 000 ₽" in text  # 90 M ₽ + €1 M × 95, tenge left out
    assert "Суммы в других валютах пересчитаны в RUB по курсам 2025 года (1 EUR = 95 ₽)" in text
    assert "Нет курса KZT за 2025: Тенге — в итоги, классы ABC и диаграммы не включены." in text
