"""Share of wallet by product group, computed by hand."""
from datetime import date
from decimal import Decimal as D

from kam_desktop.domain.group_share import (
    NO_GROUP,
    GroupDeal,
    GroupEstimate,
    group_shares,
    ordered_groups,
    share_band,
)
from kam_desktop.domain.periods import Period

ESTIMATES = [GroupEstimate(1, 2025, "Подшипники", D("1000000")),
             GroupEstimate(2, 2026, "Подшипники", D("1200000"), "ТПК Восток", 50.0, "Склад")]
DEALS = [GroupDeal(date(2026, 3, 10), D("300000"), "Подшипники"),
         GroupDeal(date(2026, 9, 1), D("150000"), " подшипники "),  # the ERP's spelling
         GroupDeal(date(2025, 5, 5), D("200000"), "Подшипники"),
         GroupDeal(date(2026, 4, 1), D("50000"), "Смазки"),
         GroupDeal(date(2026, 4, 2), D("7000"), None)]


def test_the_share_of_a_group_and_its_change_against_the_year_before() -> None:
    lines = group_shares(["Уплотнения", "Подшипники"], ESTIMATES, DEALS, Period(2026))
    assert [line.group for line in lines] == ["Уплотнения", "Подшипники", "Смазки", NO_GROUP]
    bearings = lines[1]
    # 300 000 + 150 000 of 1 200 000 = 37,5 %; 2025: 200 000 of 1 000 000 = 20 %
    assert bearings.revenue == D("450000") and bearings.potential == D("1200000")
    assert bearings.share == D("0.375") and bearings.previous_share == D("0.2")
    assert bearings.change == D("0.175") and bearings.uncovered == D("750000")
    assert bearings.estimate.competitor == "ТПК Восток" and bearings.listed
    # a listed group with nothing yet is a line to fill in; a group not listed keeps its
    # deals under its own name, as do the deals without a group
    assert lines[0].potential is None and lines[0].revenue == 0 and lines[0].share is None
    assert not lines[2].listed and lines[2].revenue == D("50000") and lines[2].share is None
    assert lines[3].revenue == D("7000")


def test_an_estimate_holds_until_a_later_one_and_a_quarter_takes_a_quarter_of_it() -> None:
    quarter = group_shares([], ESTIMATES, DEALS, Period(2026, 1))[0]
    assert quarter.potential == D("1200000") and quarter.revenue == D("300000")
    assert quarter.share == D("1")  # 300 000 of a quarter of 1 200 000
    assert quarter.previous_share == 0  # 2025-Q4: nothing bought, 2025's estimate
    later = group_shares([], ESTIMATES, [], Period(2027))[0]
    assert later.estimate.year == 2026 and later.share == 0
    assert group_shares([], ESTIMATES, [], Period(2024))[0].estimate is None


def test_groups_found_in_the_data_follow_the_list_each_once() -> None:
    assert ordered_groups(["Б", "А"], ["в", "а ", None, "В", "Г"]) == ["Б", "А", "в", "Г",
                                                                      NO_GROUP]


def test_share_bands() -> None:
    assert [share_band(s) for s in (None, D(0), D("0.1"), D("0.25"), D("0.59"), D("0.6"),
                                    D("1.3"))] == [None, "none", "low", "medium", "medium",
                                                   "high", "high"]
