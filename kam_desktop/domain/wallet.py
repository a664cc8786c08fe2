"""Share of wallet: our revenue as a fraction of the client's purchase potential."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from kam_desktop.domain.periods import Period


def share_of_wallet(revenue: Decimal, annual_potential: Decimal | None,
                    period: Period) -> Decimal | None:
    """Revenue divided by the potential for ``period`` (a quarter gets a quarter of
    the annual potential); None when the potential is unknown or not positive.

    A fraction, normally 0..1. It is not clamped: a value above 1 means the recorded
    potential is lower than what the client actually bought from us, which the KAM
    should see and correct rather than have hidden.
    """
    if annual_potential is None or annual_potential <= 0:
        return None
    return revenue * period.fraction_of_year / annual_potential


def previous_period(period: Period) -> Period:
    """The period of the same length just before ``period``."""
    if period.quarter is None:
        return Period(period.year - 1)
    if period.quarter == 1:
        return Period(period.year - 1, 4)
    return Period(period.year, period.quarter - 1)


def share_changes(shares: Mapping[Period, Decimal]) -> dict[Period, Decimal]:
    """For each period whose predecessor of the same length is known, the share minus
    the predecessor's share (a year against the previous year, a quarter against the
    previous quarter)."""
    return {period: share - shares[previous_period(period)]
            for period, share in shares.items() if previous_period(period) in shares}
