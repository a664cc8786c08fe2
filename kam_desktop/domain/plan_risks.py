"""The risks an account plan names: what in the dossier endangers the plan.

Each is a rule the app already applies where the KAM works — the role map's warnings
(domain.rolemap), the ladder's gap between our view and the client's (domain.ladder),
overdue actions and goals near their deadline with little done (domain.plan, Today) —
plus two the written plan adds: our share of the client's purchases falling, and
nothing that would make leaving us costly (no switching barrier recorded).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kam_desktop.domain.rolemap import MapWarning

OVERRATED = "overrated"
LADDER_STALE = "ladder_stale"
LADDER_NEVER = "ladder_never"
OVERDUE_ACTIONS = "overdue_actions"
GOALS_AT_RISK = "goals_at_risk"
SHARE_FALLING = "share_falling"
NO_BARRIERS = "no_barriers"


@dataclass(frozen=True)
class Risk:
    #: a domain.rolemap warning's code, or one of this module's
    code: str
    #: the people or goals it is about
    names: tuple[str, ...] = ()
    #: days (a cooling leader, a stale assessment), a count (overdue actions) or a
    #: share's fall in percentage points
    number: int | Decimal | None = None


def plan_risks(warnings: list[MapWarning], *, overrated: bool, ladder_age_days: int | None,
               ladder_max_age_days: int, ladder_expected: bool, overdue_actions: int,
               goals_at_risk: tuple[str, ...], share_change: Decimal | None,
               barriers: int) -> list[Risk]:
    """The plan's risks, the people first, then the ladder, the plan and the money.

    ``ladder_age_days`` is the age of the latest ladder assessment (None: never
    assessed; that is a risk only when ``ladder_expected``, as for key and developing
    accounts); ``share_change`` is the latest share of wallet minus the one before, as
    a fraction."""
    risks = [Risk(w.code, w.names, w.days) for w in warnings]
    if overrated:
        risks.append(Risk(OVERRATED))
    if ladder_age_days is None:
        if ladder_expected:
            risks.append(Risk(LADDER_NEVER))
    elif ladder_age_days > ladder_max_age_days:
        risks.append(Risk(LADDER_STALE, number=ladder_age_days))
    if overdue_actions:
        risks.append(Risk(OVERDUE_ACTIONS, number=overdue_actions))
    if goals_at_risk:
        risks.append(Risk(GOALS_AT_RISK, goals_at_risk))
    if share_change is not None and share_change < 0:
        risks.append(Risk(SHARE_FALLING, number=-share_change))
    if not barriers:
        risks.append(Risk(NO_BARRIERS))
    return risks
