from datetime import date
from decimal import Decimal as D

from kam_desktop.domain.enums import ValueKind
from kam_desktop.domain.value import (
    ValueItem, ValueTotals, total, totals_by_department, totals_by_kind, totals_by_year,
    value_to_revenue,
)

ITEMS = [
    ValueItem(date(2024, 3, 1), ValueKind.TRAINING, "Logistics", D("1000"), D("5000"), True),
    ValueItem(date(2024, 11, 9), ValueKind.TESTING, None, D("250.50"), D("0"), False),
    ValueItem(date(2025, 1, 15), ValueKind.TRAINING, "Production", D("2000"), D("3000"), False),
    ValueItem(date(2025, 6, 30), ValueKind.SPECIAL_EVENT, "Logistics", D("0"), D("12000.25"), True),
]


def test_total():
    assert total(ITEMS) == ValueTotals(D("3250.50"), D("20000.25"), 4, 2)
    assert total([]) == ValueTotals(D(0), D(0), 0, 0)


def test_by_kind():
    assert totals_by_kind(ITEMS) == {
        ValueKind.TRAINING: ValueTotals(D("3000"), D("8000"), 2, 1),
        ValueKind.TESTING: ValueTotals(D("250.50"), D("0"), 1, 0),
        ValueKind.SPECIAL_EVENT: ValueTotals(D("0"), D("12000.25"), 1, 1),
    }


def test_by_year():
    assert totals_by_year(ITEMS) == {
        2024: ValueTotals(D("1250.50"), D("5000"), 2, 1),
        2025: ValueTotals(D("2000"), D("15000.25"), 2, 1),
    }


def test_by_department_keeps_unattributed_items_under_none():
    assert totals_by_department(ITEMS) == {
        "Logistics": ValueTotals(D("1000"), D("17000.25"), 2, 2),
        None: ValueTotals(D("250.50"), D("0"), 1, 0),
        "Production": ValueTotals(D("2000"), D("3000"), 1, 0),
    }


def test_groupings_of_nothing_are_empty():
    assert totals_by_kind([]) == totals_by_year([]) == totals_by_department([]) == {}


def test_group_totals_add_up_to_the_total():
    for grouping in (totals_by_kind, totals_by_year, totals_by_department):
        groups = grouping(ITEMS).values()
        assert sum(g.our_cost for g in groups) == total(ITEMS).our_cost
        assert sum(g.count for g in groups) == len(ITEMS)


def test_value_to_revenue():
    assert value_to_revenue(D("50000"), D("200000")) == D("0.25")
    assert value_to_revenue(D("50000"), None) is None
    assert value_to_revenue(D("50000"), D("0")) is None
    assert value_to_revenue(D("0"), D("10")) == 0
