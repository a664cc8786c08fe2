"""Dossier completeness: which parts apply, which are missing, the score — by hand."""
from __future__ import annotations

from datetime import date, timedelta

from kam_desktop.domain.completeness import (
    LADDER_MAX_AGE, PARTS, DossierFacts, completeness, profile_filled,
)
from kam_desktop.domain.enums import Lifecycle, Role

TODAY = date(2026, 11, 23)


def test_an_empty_key_account_misses_every_part() -> None:
    found = completeness(DossierFacts(Lifecycle.KEY), TODAY)
    assert found.parts == PARTS and found.missing == PARTS
    assert found.filled == 0 and found.score == 0


def test_a_prospect_is_not_asked_for_a_ladder_or_value_yet() -> None:
    found = completeness(DossierFacts(Lifecycle.PROSPECT, profile_filled=True,
                                      roles=frozenset({Role.LEADER, Role.BUTLER})), TODAY)
    assert "ladder" not in found.parts and "value" not in found.parts
    assert len(found.parts) == 8
    # profile and leader filled: 2 of 8
    assert found.filled == 2 and found.score == 0.25
    assert found.missing == ("motivation", "potential", "specifier", "team", "plan",
                             "next_step")


def test_a_stale_ladder_is_missing_and_a_fresh_one_counts() -> None:
    facts = dict(profile_filled=True, motivation=True, potential=True,
                 roles=frozenset({Role.LEADER, Role.SPECIFIER}), team=True, goals=True,
                 value_this_year=True, open_next_step=True)
    fresh = completeness(DossierFacts(Lifecycle.KEY, last_ladder=TODAY - LADDER_MAX_AGE,
                                      **facts), TODAY)
    assert fresh.missing == () and fresh.score == 1
    stale = completeness(DossierFacts(Lifecycle.KEY, last_ladder=TODAY - LADDER_MAX_AGE
                                      - timedelta(days=1), **facts), TODAY)
    assert stale.missing == ("ladder",) and stale.score == 9 / 10


def test_the_profile_needs_who_the_client_is_its_industry_and_region() -> None:
    assert profile_filled(None, "7701234567", "Металлургия", "Урал")
    assert profile_filled("АО «Вектор»", None, "Металлургия", "Урал")
    assert not profile_filled(None, " ", "Металлургия", "Урал")
    assert not profile_filled("АО «Вектор»", None, "", "Урал")
    assert not profile_filled("АО «Вектор»", None, "Металлургия", None)
