"""The functional involvement map: each stage's department shares must sum to 100 %."""
from __future__ import annotations

from collections.abc import Mapping

from kam_desktop.domain.text import Text

TOLERANCE = 0.01


def stage_problem(shares: Mapping[str, float]) -> str | None:
    """None when one stage's shares are valid (each 0–100, summing to 100), else why not."""
    for department, percent in shares.items():
        if not 0 <= percent <= 100:
            return Text("{department}: {percent} is not between 0 and 100",
                        department=department, percent=percent)
    total = sum(shares.values())
    if round(abs(total - 100), 6) > TOLERANCE:  # 3 × 33.33 must not fail on float noise
        return Text("the shares sum to {total} %, not 100 %", total=f"{total:g}")
    return None
