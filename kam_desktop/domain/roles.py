"""The role map: a contact's role follows from interest and involvement (0–10 each)."""
from __future__ import annotations

from kam_desktop.domain.enums import Role, TeamLevel

SCALE_MIN = 0.0
SCALE_MAX = 10.0
#: a score at or above the threshold counts as "high"
HIGH_THRESHOLD = 5.0


def role_for(interest: float, involvement: float) -> Role:
    """Leader = high/high, specifier = high interest only, assistant = high
    involvement only, butler = low/low."""
    for name, score in (("interest", interest), ("involvement", involvement)):
        if not SCALE_MIN <= score <= SCALE_MAX:
            raise ValueError(f"{name} {score} is not between 0 and 10")
    high_interest = interest >= HIGH_THRESHOLD
    high_involvement = involvement >= HIGH_THRESHOLD
    if high_interest:
        return Role.LEADER if high_involvement else Role.SPECIFIER
    return Role.ASSISTANT if high_involvement else Role.BUTLER


def is_top_to_top(level: TeamLevel | None, role: Role) -> bool:
    """A mirror is top-to-top when one of our executives mirrors a client's leader [004];
    any other of our people mirroring anyone is a plain mirror."""
    return level is TeamLevel.EXECUTIVE and role is Role.LEADER
