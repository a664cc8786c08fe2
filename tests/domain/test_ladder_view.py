"""Whose rung counts: the client's (seed 001), ours only when theirs is unknown."""
from __future__ import annotations

from kam_desktop.domain.enums import LadderLevel
from kam_desktop.domain.ladder import client_level, overrated, shown_level

#: four of six answered, none favourable: the client treats us as one of many
BROKER_ANSWERS = {"needs_us_as_much": False, "likes_discussing_business": False,
                  "deals_with_competitors": True, "buys_from_competitors": True}


def test_the_clients_rating_beats_their_answers_and_ours() -> None:
    assert client_level(2, BROKER_ANSWERS) == LadderLevel.PROVIDER
    assert shown_level(4, 2, BROKER_ANSWERS) == LadderLevel.PROVIDER


def test_without_a_rating_the_answers_speak_for_the_client() -> None:
    assert shown_level(3, None, BROKER_ANSWERS) == LadderLevel.COMMODITY_BROKER
    assert overrated(3, None, BROKER_ANSWERS)


def test_our_estimate_stands_in_only_when_the_client_is_unknown() -> None:
    assert client_level(None, {"needs_us_as_much": True}) is None  # too few answers
    assert shown_level(3, None, None) == LadderLevel.VALUE_ADDER
    assert not overrated(3, None, None)
    assert not overrated(2, 3, None)  # the client puts us higher: no gap to warn of
