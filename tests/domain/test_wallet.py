from decimal import Decimal as D

from kam_desktop.domain.periods import Period
from kam_desktop.domain.wallet import (
    potential_in,
    previous_period,
    share_changes,
    share_of_wallet,
)


def test_year_share():
    assert share_of_wallet(D("250000"), {2025: D("1000000")}, Period(2025)) == D("0.25")


def test_quarter_uses_a_quarter_of_the_potential_of_its_year():
    assert share_of_wallet(D("100000"), {2025: D("1000000")}, Period(2025, 3)) == D("0.4")


def test_not_clamped_above_one():
    assert share_of_wallet(D("1200"), {2025: D("1000")}, Period(2025)) == D("1.2")


def test_zero_revenue():
    assert share_of_wallet(D("0"), {2025: D("1000")}, Period(2025)) == 0


def test_unknown_or_non_positive_potential():
    assert share_of_wallet(D("10"), {}, Period(2025)) is None
    assert share_of_wallet(D("10"), {2025: D("0")}, Period(2025)) is None
    assert share_of_wallet(D("10"), {2025: D("-5")}, Period(2025)) is None


def test_a_past_share_uses_the_potential_of_its_own_year():
    potentials = {2023: D("2000000"), 2026: D("8000000")}
    # 2023: 500 000 of a 2 000 000 potential is a quarter, not 500 000 / 8 000 000
    assert share_of_wallet(D("500000"), potentials, Period(2023)) == D("0.25")
    assert share_of_wallet(D("2000000"), potentials, Period(2026)) == D("0.25")
    # a quarter of 2023: 125 000 against a quarter of 2 000 000
    assert share_of_wallet(D("125000"), potentials, Period(2023, 2)) == D("0.25")


def test_the_latest_potential_carries_forward():
    potentials = {2023: D("2000000"), 2026: D("8000000")}
    assert potential_in(potentials, Period(2024)) == D("2000000")
    assert potential_in(potentials, Period(2025, 4)) == D("2000000")
    assert share_of_wallet(D("1000000"), potentials, Period(2025)) == D("0.5")
    assert potential_in(potentials, Period(2027)) == D("8000000")


def test_no_potential_before_the_first_estimate():
    potentials = {2023: D("2000000"), 2026: D("8000000")}
    assert potential_in(potentials, Period(2022)) is None
    assert share_of_wallet(D("500000"), potentials, Period(2022, 4)) is None


def test_previous_period():
    assert previous_period(Period(2025)) == Period(2024)
    assert previous_period(Period(2025, 1)) == Period(2024, 4)
    assert previous_period(Period(2025, 3)) == Period(2025, 2)


def test_changes_compare_like_with_like():
    shares = {
        Period(2023): D("0.20"),
        Period(2024): D("0.25"),
        Period(2024, 4): D("0.30"),
        Period(2025, 1): D("0.22"),
        Period(2025, 3): D("0.40"),  # no Q2: no change for Q3
        Period(2025): D("0.31"),
    }
    assert share_changes(shares) == {
        Period(2024): D("0.05"),
        Period(2025): D("0.06"),
        Period(2025, 1): D("-0.08"),
    }


def test_changes_of_nothing():
    assert share_changes({}) == {}
    assert share_changes({Period(2025): D("0.5")}) == {}
