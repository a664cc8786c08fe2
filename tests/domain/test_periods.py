import pytest

from kam_desktop.domain.periods import Period, parse_period, period_problem


@pytest.mark.parametrize("text, period", [
    ("2025", Period(2025)), ("2025-Q1", Period(2025, 1)), ("2025-Q4", Period(2025, 4)),
])
def test_parse_and_print_round_trip(text, period):
    assert parse_period(text) == period
    assert str(period) == text
    assert period_problem(text) is None


@pytest.mark.parametrize("text", ["25", "2025-Q0", "2025-Q5", "2025Q1", "2025-q1", "", " 2025"])
def test_bad_periods(text):
    assert period_problem(text) is not None
    with pytest.raises(ValueError):
        parse_period(text)


def test_non_text_is_a_problem_not_a_crash():
    assert period_problem(2025) is not None


def test_fraction_of_year():
    assert Period(2025).fraction_of_year == 1
    assert Period(2025, 2).fraction_of_year == 4


def test_order_within_one_length():
    assert sorted([Period(2025), Period(2023), Period(2024)]) == [
        Period(2023), Period(2024), Period(2025)]
    assert sorted([Period(2025, 1), Period(2024, 4), Period(2024, 2)]) == [
        Period(2024, 2), Period(2024, 4), Period(2025, 1)]


def test_order_mixes_a_year_with_its_quarters():
    assert Period(2025) < Period(2025, 1)
