import math

import pytest
from hypothesis import given, strategies as st

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.domain.workload import (
    FACTORS,
    SPAN,
    LoadedAccount,
    WorkloadScore,
    factor_problem,
    heaviest,
    owner_loads,
    push,
    score,
)

RAISING = [name for name, raises in FACTORS.items() if raises]
LOWERING = [name for name, raises in FACTORS.items() if not raises]


def test_the_nine_factors_of_the_methodology_with_their_directions():
    assert len(FACTORS) == 9
    assert set(LOWERING) == {"kam_experience", "purchasing_centralisation",
                             "delivery_reliability", "support_staff"}


def test_nothing_assessed_is_one_typical_account():
    assert score({}) == WorkloadScore(1.0, 0)
    assert score({name: None for name in FACTORS}) == WorkloadScore(1.0, 0)


def test_every_factor_in_the_middle_is_typical_and_complete():
    result = score({name: 3 for name in FACTORS})
    assert result == WorkloadScore(1.0, 9) and result.complete


def test_the_heaviest_account_is_four_typical_ones_and_the_lightest_a_quarter():
    worst = {name: 5 if raises else 1 for name, raises in FACTORS.items()}
    best = {name: 1 if raises else 5 for name, raises in FACTORS.items()}
    assert score(worst).load == pytest.approx(4.0)
    assert score(best).load == pytest.approx(0.25)


def test_a_heavy_key_account_is_at_least_twice_typical_and_an_easy_one_at_most_half():
    heavy = {"client_potential": 5, "distance": 4, "people_to_keep": 5,
             "internal_coordination": 4, "competition": 4, "kam_experience": 2,
             "purchasing_centralisation": 2, "delivery_reliability": 3, "support_staff": 2}
    easy = {"client_potential": 2, "distance": 1, "people_to_keep": 1,
            "internal_coordination": 2, "competition": 2, "kam_experience": 4,
            "purchasing_centralisation": 4, "delivery_reliability": 4, "support_staff": 3}
    # by hand: work factors weigh 2, easing ones 1 (sum 14);
    # heavy: 2·(1 + .5 + 1 + .5 + .5) + (.5 + .5 + 0 + .5) = 8.5 → 4^(8.5/14)
    assert score(heavy).load == pytest.approx(4 ** (8.5 / 14)) and score(heavy).load >= 2
    assert score(easy).load == pytest.approx(4 ** (-8.5 / 14)) and score(easy).load <= 0.5


def test_a_large_client_with_many_people_outweighs_a_typical_one_by_half():
    """The demo's top key account (potential 5, nine contacts) used to score 0.79."""
    load = score({"client_potential": 5, "people_to_keep": 5}).load
    assert load == pytest.approx(4 ** (4 / 14)) and load > 1.45


@pytest.mark.parametrize("name", RAISING)
def test_a_raising_factor_adds_load_as_it_grows(name):
    loads = [score({name: value}).load for value in range(1, 6)]
    assert loads == sorted(loads) and loads[0] < 1 < loads[-1]
    assert loads[2] == 1.0


@pytest.mark.parametrize("name", LOWERING)
def test_experience_reliability_support_and_centralised_purchasing_lower_the_load(name):
    loads = [score({name: value}).load for value in range(1, 6)]
    assert loads == sorted(loads, reverse=True) and loads[-1] < 1 < loads[0]


def test_a_factor_that_makes_work_weighs_double_one_that_eases_it():
    assert score({"distance": 5}).load == pytest.approx(4 ** (2 / 14))
    assert score({"support_staff": 5}).load == pytest.approx(4 ** (-1 / 14))
    assert score({"distance": 5, "support_staff": 5}).load == pytest.approx(4 ** (1 / 14))


def test_unassessed_factors_count_as_neutral_and_are_counted():
    result = score({"distance": 4, "competition": None, "kam_experience": 2})
    assert result.assessed == 2 and not result.complete
    assert result.load == pytest.approx(4 ** ((2 * 0.5 + 0.5) / 14))


def test_push_is_minus_one_to_one():
    assert push("distance", 1) == -1 and push("distance", 5) == 1
    assert push("kam_experience", 1) == 1 and push("kam_experience", 5) == -1
    assert push("competition", None) == 0


@pytest.mark.parametrize("value", [0, 6, -1, 2.5, "3", True])
def test_values_outside_one_to_five_are_refused(value):
    assert factor_problem("distance", value) is not None
    with pytest.raises(ValueError):
        score({"distance": value})


def test_an_unknown_factor_is_refused():
    assert factor_problem("mood", 3) is not None
    with pytest.raises(ValueError):
        score({"mood": 3})
    assert factor_problem("distance", None) is None
    assert factor_problem("distance", 5) is None


@given(st.dictionaries(st.sampled_from(list(FACTORS)),
                       st.one_of(st.none(), st.integers(1, 5))))
def test_the_load_stays_between_the_lightest_and_the_heaviest(factors):
    result = score(factors)
    assert 1 / SPAN - 1e-12 <= result.load <= SPAN + 1e-12
    assert result.assessed == sum(v is not None for v in factors.values())
    assert math.isfinite(result.load)


def _loaded(account, owner, load, lifecycle=Lifecycle.KEY, assessed=9):
    return LoadedAccount(account, owner, lifecycle, WorkloadScore(load, assessed))


def test_owner_load_is_the_sum_of_their_accounts_against_the_norm():
    accounts = [_loaded("a", "Ирина", 1.5), _loaded("b", "Ирина", 0.75, assessed=4),
                _loaded("c", "Олег", 1.0), _loaded("d", None, 2.0),
                _loaded("e", "Олег", 1.2, Lifecycle.LOST)]
    loads = owner_loads(accounts, norm=2)
    assert [(o.owner, o.load, o.accounts, o.incomplete) for o in loads] == [
        ("Ирина", 2.25, ("a", "b"), 1), ("Олег", 1.0, ("c",), 0), (None, 2.0, ("d",), 0)]
    assert loads[0].over_norm and not loads[1].over_norm
    assert loads[2].load == loads[2].norm and not loads[2].over_norm  # at the norm is fine
    assert loads[1].share_of_norm == 0.5


def test_a_lost_account_weighs_nothing_and_an_owner_with_only_lost_ones_disappears():
    assert owner_loads([_loaded("x", "Анна", 2.0, Lifecycle.LOST)], norm=10) == []
    assert [a.account for a in heaviest(
        [_loaded("x", "Анна", 2.0, Lifecycle.LOST), _loaded("y", "Анна", 1.1),
         _loaded("z", "Анна", 1.1), _loaded("w", "Анна", 0.6)], limit=2)] == ["y", "z"]


def test_no_accounts_no_loads():
    assert owner_loads([], norm=12) == [] and heaviest([], limit=5) == []
    assert owner_loads([_loaded("a", "X", 1.0)], norm=0)[0].share_of_norm == math.inf
