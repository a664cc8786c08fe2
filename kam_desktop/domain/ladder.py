"""The supplier ladder: an estimate of the rung from the six diagnostic questions.

Rule. Each question has one *favourable* (partner-like) answer, given in
``FAVOURABLE``. Only answered questions count (``None`` or a missing key means
"don't know"). With fewer than ``MIN_ANSWERED`` answers there is no estimate.
Otherwise, with ``share`` = favourable answers / answered questions:

    share > 3/4  -> 4 business partner
    share > 1/2  -> 3 value adder
    share > 1/4  -> 2 provider
    otherwise    -> 1 commodity broker

So with all six answered: 5–6 favourable is a partner, 4 a value adder, 2–3 a
provider, 0–1 a commodity broker. Exactly half is not enough for "one of the
chosen".

Whose rung counts. Seed 001 is plain that our own idea of our rung does not matter, the
client's does. So the level shown wherever accounts are listed or compared is the
client's: their own rating when we have it, else what their answers to the six
questions suggest; our estimate stands in only when neither is known, and beside the
client's it is the gap to close.

Why "drives us mad" is unfavourable when true: the questions all test whether
the client treats us as an insider, and the same source describes the client
worth investing in as one who complains only when the complaint is justified
and keeps its obligations. Recurrent exasperation signals friction, not
partnership.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from fractions import Fraction

from kam_desktop.domain.enums import LadderLevel

#: the answer to each diagnostic question that points up the ladder
FAVOURABLE: dict[str, bool] = {
    "needs_us_as_much": True,
    "deals_with_competitors": False,
    "likes_discussing_business": True,
    "buys_from_competitors": False,
    "drives_us_mad": False,
    "postpones_visits": False,
}
#: a majority of the six questions must be answered for an estimate
MIN_ANSWERED = 4

_THRESHOLDS = (
    (Fraction(3, 4), LadderLevel.BUSINESS_PARTNER),
    (Fraction(1, 2), LadderLevel.VALUE_ADDER),
    (Fraction(1, 4), LadderLevel.PROVIDER),
)


def suggest_level(answers: Mapping[str, bool | None]) -> LadderLevel | None:
    """The rung the answers suggest, or None when too few are answered.

    Raises ValueError on a key that is not one of the diagnostic questions.
    """
    unknown = set(answers) - set(FAVOURABLE)
    if unknown:
        raise ValueError(f"not ladder questions: {', '.join(sorted(unknown))}")
    answered = {key: value for key, value in answers.items() if value is not None}
    if len(answered) < MIN_ANSWERED:
        return None
    favourable = sum(value == FAVOURABLE[key] for key, value in answered.items())
    for threshold, level in _THRESHOLDS:
        # favourable / answered > threshold, in whole numbers: the portfolio asks this of
        # thousands of assessments, and a Fraction is made slowly
        if favourable * threshold.denominator > threshold.numerator * len(answered):
            return level
    return LadderLevel.COMMODITY_BROKER


def client_level(client_view: int | None,
                 answers: Mapping[str, bool | None] | None) -> LadderLevel | None:
    """Where the client puts us: their own rating, else what their answers suggest."""
    if client_view:
        return LadderLevel(client_view)
    return suggest_level(answers or {})


def shown_level(our_view: int, client_view: int | None,
                answers: Mapping[str, bool | None] | None) -> LadderLevel:
    """The rung to show for an assessment: the client's, else (unknown) our estimate."""
    return client_level(client_view, answers) or LadderLevel(our_view)


def overrated(our_view: int, client_view: int | None,
              answers: Mapping[str, bool | None] | None) -> bool:
    """We rate ourselves higher than the client does: the gap the plan has to close."""
    client = client_level(client_view, answers)
    return client is not None and client < our_view


def level_trend(levels_by_date: Sequence[tuple[date, int]]) -> int:
    """Rungs gained (+) or lost (−) between the two latest assessments; 0 if fewer than two.

    Assessments are ordered by date; on the same date the later one in the input counts
    as later.
    """
    ordered = sorted(levels_by_date, key=lambda pair: pair[0])
    if len(ordered) < 2:
        return 0
    return int(ordered[-1][1]) - int(ordered[-2][1])
