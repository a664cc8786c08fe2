from datetime import date

import pytest

from kam_desktop.domain.enums import LADDER_QUESTIONS, LadderLevel
from kam_desktop.domain.ladder import FAVOURABLE, MIN_ANSWERED, level_trend, suggest_level


def answers(favourable: int, unfavourable: int = 0) -> dict[str, bool]:
    """The first questions answered favourably, the next ones unfavourably."""
    keys = list(LADDER_QUESTIONS)
    result = {key: FAVOURABLE[key] for key in keys[:favourable]}
    result.update({key: not FAVOURABLE[key]
                   for key in keys[favourable:favourable + unfavourable]})
    return result


def test_every_question_has_a_favourable_answer():
    assert tuple(FAVOURABLE) == LADDER_QUESTIONS


def test_source_directions():
    assert FAVOURABLE["needs_us_as_much"] is True
    assert FAVOURABLE["likes_discussing_business"] is True
    for bad in ("deals_with_competitors", "buys_from_competitors", "postpones_visits",
                "drives_us_mad"):
        assert FAVOURABLE[bad] is False


@pytest.mark.parametrize("favourable, level", [
    (6, 4), (5, 4), (4, 3), (3, 2), (2, 2), (1, 1), (0, 1),
])
def test_all_six_answered(favourable, level):
    assert suggest_level(answers(favourable, 6 - favourable)) == level


@pytest.mark.parametrize("favourable, level", [(4, 4), (3, 3), (2, 2), (1, 1), (0, 1)])
def test_four_answered(favourable, level):
    assert suggest_level(answers(favourable, 4 - favourable)) == level


def test_too_few_answers():
    assert MIN_ANSWERED == 4
    assert suggest_level({}) is None
    assert suggest_level(answers(3)) is None
    assert suggest_level({**answers(3), "postpones_visits": None}) is None


def test_none_counts_as_unanswered():
    given = {**answers(4), "drives_us_mad": None, "postpones_visits": None}
    assert suggest_level(given) is LadderLevel.BUSINESS_PARTNER


def test_unknown_key_raises():
    with pytest.raises(ValueError, match="likes_us"):
        suggest_level({**answers(6), "likes_us": True})


def test_trend():
    assert level_trend([]) == 0
    assert level_trend([(date(2025, 1, 1), 2)]) == 0
    assert level_trend([(date(2025, 1, 1), 2), (date(2025, 6, 1), 3)]) == 1
    assert level_trend([(date(2025, 6, 1), 1), (date(2024, 1, 1), 4),
                        (date(2025, 1, 1), 3)]) == -2
    assert level_trend([(date(2025, 1, 1), LadderLevel.PROVIDER),
                        (date(2025, 1, 1), LadderLevel.PROVIDER)]) == 0
