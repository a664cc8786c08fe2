import pytest

from kam_desktop.domain.involvement import stage_problem


@pytest.mark.parametrize("shares", [
    {"marketing": 30, "sales": 40, "service": 30},
    {"sales": 100},
    {"marketing": 40, "sales": 59.99},  # 0.01 short: within tolerance
    {"marketing": 50, "sales": 50.01},  # 0.01 over: within tolerance
])
def test_accepted(shares):
    assert stage_problem(shares) is None


@pytest.mark.parametrize("shares", [
    {"marketing": 50, "sales": 50.02},
    {"marketing": 40, "sales": 59.98},
    {},
])
def test_wrong_sum(shares):
    assert "sum" in stage_problem(shares)


@pytest.mark.parametrize("shares", [{"sales": 100.02}, {"sales": 110, "service": -10}])
def test_share_out_of_range(shares):
    assert "between 0 and 100" in stage_problem(shares)


def test_three_equal_thirds_sum_to_99_99():
    assert stage_problem({"marketing": 33.33, "sales": 33.33, "service": 33.33}) is None
