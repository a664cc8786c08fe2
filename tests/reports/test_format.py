"""Numbers, money and dates in each report language."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kam_desktop.reports.format import NBSP, NNBSP, Formatter
from kam_desktop.reports.texts import TEXTS, plural


def test_russian():
    fmt = Formatter("ru")
    assert fmt.money(Decimal("1234567.89")) == f"1{NNBSP}234{NNBSP}567,89{NNBSP}₽"
    assert fmt.money(Decimal("0.5")) == f"0,50{NNBSP}₽"
    assert fmt.number(-1234.5, 1) == f"−1{NNBSP}234,5"
    assert fmt.percent(Decimal("0.0425")) == f"4,3{NNBSP}%"
    assert fmt.date(date(2026, 11, 23)) == "23.11.2026"
    assert fmt.period("2025-Q3") == f"3{NBSP}кв. 2025"


def test_english():
    fmt = Formatter("en", "RUB", 0)
    assert fmt.money(Decimal("1234567.49")) == f"RUB{NBSP}1,234,567"
    assert Formatter("en").money(Decimal("1234567.89")) == f"RUB{NBSP}1,234,567.89"
    assert fmt.date(date(2026, 11, 3)) == f"3{NBSP}Nov{NBSP}2026"
    assert fmt.statistic(98.50) == "98.5" and fmt.statistic(12.0) == "12"
    assert fmt.period("2025-Q3") == "Q3 2025"


def test_unknown_language():
    with pytest.raises(ValueError):
        Formatter("de")


@pytest.mark.parametrize("count, form", [(1, "работу"), (3, "работы"), (11, "работ"),
                                         (21, "работу"), (112, "работ")])
def test_russian_plurals(count, form):
    assert plural("ru", count, "entries") == form


def test_every_language_has_every_text():
    assert TEXTS["ru"].keys() == TEXTS["en"].keys()
