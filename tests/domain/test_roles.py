import pytest
from hypothesis import given, strategies as st

from kam_desktop.domain.enums import Role
from kam_desktop.domain.roles import role_for


@pytest.mark.parametrize("interest, involvement, role", [
    (5.0, 5.0, Role.LEADER),
    (5.0, 4.99, Role.SPECIFIER),
    (4.99, 5.0, Role.ASSISTANT),
    (4.99, 4.99, Role.BUTLER),
    (10, 10, Role.LEADER),
    (10, 0, Role.SPECIFIER),
    (0, 10, Role.ASSISTANT),
    (0, 0, Role.BUTLER),
])
def test_quadrants_and_thresholds(interest, involvement, role):
    assert role_for(interest, involvement) is role


@pytest.mark.parametrize("interest, involvement", [
    (-0.01, 5), (10.01, 5), (5, -0.01), (5, 10.01), (float("nan"), 5),
])
def test_out_of_range_raises(interest, involvement):
    with pytest.raises(ValueError):
        role_for(interest, involvement)


score = st.floats(min_value=0, max_value=10)


@given(score, score)
def test_total_on_the_whole_square(interest, involvement):
    role = role_for(interest, involvement)
    assert role in Role
    assert (role in (Role.LEADER, Role.SPECIFIER)) == (interest >= 5)
    assert (role in (Role.LEADER, Role.ASSISTANT)) == (involvement >= 5)
