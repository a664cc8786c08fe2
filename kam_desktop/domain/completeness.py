"""How complete a key account's dossier is: the parts the sources say it must hold.

Seed 003 makes filling the dossier one of the client manager's tasks (the eighth), and
DOMAIN.md lists what the dossier holds. Each part below names its source; a part is
*filled* when the dossier holds what it asks for:

- ``profile`` — the profile's general facts: legal name or INN, industry and region
  (DOMAIN "profile"; seed 003 "общие сведения о компании");
- ``motivation`` — the client's primary motivation segment (DOMAIN "portfolio
  classification", seed 002's segmentation);
- ``potential`` — an estimate of the purchase potential, without which there is no share
  of wallet (DOMAIN "portfolio classification", seed 001);
- ``leader`` and ``specifier`` — a current contact (one who has not left) in each of
  these roles on the role map: the two roles who decide the purchase (seed 002; seed
  003 "сведения о ГПР, более подробные данные о ЛПР");
- ``team`` — at least one of our people on the account team (DOMAIN "the account
  team", seed 004's top-to-top);
- ``ladder`` — a supplier-ladder assessment younger than :data:`LADDER_MAX_AGE`
  (seed 001 §1; the same age Today calls stale);
- ``plan`` — a development plan with at least one goal (seed 001 §3, stage 1);
- ``value`` — value dossier entries dated this year (seed 001, the value dossier is
  stated regularly);
- ``next_step`` — an open next step in the diary (seed 001 §7, each contact ends with a
  next step and its due date).

A prospect has no ladder to assess nor value delivered yet, so those two parts do not
apply to it; the score is the share of the parts that apply which are filled.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kam_desktop.domain.enums import Lifecycle, Role

#: a ladder assessment older than this is stale
LADDER_MAX_AGE = timedelta(days=91)
#: every part, in the order the dossier lists them
PARTS = ("profile", "motivation", "potential", "leader", "specifier", "team", "ladder",
         "plan", "value", "next_step")
#: the parts a prospect is not asked for yet
_NOT_FOR_PROSPECTS = frozenset({"ladder", "value"})


@dataclass(frozen=True)
class DossierFacts:
    """What the completeness of one account is judged on, read from its dossier."""

    lifecycle: Lifecycle
    profile_filled: bool = False
    motivation: bool = False
    potential: bool = False
    #: the roles of the contacts who have not left
    roles: frozenset[Role] = frozenset()
    team: bool = False
    last_ladder: date | None = None
    goals: bool = False
    value_this_year: bool = False
    open_next_step: bool = False


@dataclass(frozen=True)
class Completeness:
    #: the parts that apply to the account, in :data:`PARTS` order
    parts: tuple[str, ...]
    #: those of them the dossier lacks, in the same order
    missing: tuple[str, ...]

    @property
    def filled(self) -> int:
        return len(self.parts) - len(self.missing)

    @property
    def score(self) -> float:
        """The share of the parts that are filled, 0..1."""
        return self.filled / len(self.parts)


def profile_filled(legal_name: str | None, inn: str | None, industry: str | None,
                   region: str | None) -> bool:
    """The profile's general facts: who the client is legally, its industry and region."""
    def given(text: str | None) -> bool:
        return bool(text and text.strip())

    return (given(legal_name) or given(inn)) and given(industry) and given(region)


def completeness(facts: DossierFacts, today: date) -> Completeness:
    """Which parts apply to the account and which of them its dossier lacks."""
    return judged(facts.lifecycle, (
        facts.profile_filled,
        facts.motivation,
        facts.potential,
        Role.LEADER in facts.roles,
        Role.SPECIFIER in facts.roles,
        facts.team,
        ladder_fresh(facts.last_ladder, today),
        facts.goals,
        facts.value_this_year,
        facts.open_next_step,
    ))


def ladder_fresh(last_ladder: date | None, today: date) -> bool:
    return last_ladder is not None and today - last_ladder <= LADDER_MAX_AGE


@cache
def judged(lifecycle: Lifecycle, filled: tuple[bool, ...]) -> Completeness:
    """The completeness of a dossier of ``lifecycle`` whose parts, in :data:`PARTS` order,
    are ``filled`` or not. Cached: a portfolio's thousands of dossiers fall into a few
    dozen such cases."""
    parts = tuple(part for part in PARTS if not (
        lifecycle is Lifecycle.PROSPECT and part in _NOT_FOR_PROSPECTS))
    lacking = {part for part, there in zip(PARTS, filled, strict=True) if not there}
    return Completeness(parts, tuple(part for part in parts if part in lacking))
