"""Share of wallet: our revenue as a fraction of the client's purchase potential.

The potential is estimated per year and holds until a later year's estimate replaces
it: the share of a period is set against the potential of its own time, so the share's
dynamics say what happened to our share and not how the estimate moved."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from kam_desktop.domain.periods import Period


#: year -> the client's annual purchase potential estimated for it
Potentials = Mapping[int, Decimal]


def potential_in(potentials: Potentials, period: Period) -> Decimal | None:
    """The annual potential in force in ``period``: its year's, else the latest
    year's before it; None when no potential is recorded at or before it (a later
    estimate says nothing of an earlier time)."""
    years = [year for year in potentials if year <= period.year]
    return potentials[max(years)] if years else None


def share_of_wallet(revenue: Decimal, potentials: Potentials,
                    period: Period) -> Decimal | None:
    """Revenue divided by the potential in force in ``period`` (a quarter gets a quarter
    of the annual potential); None when that potential is unknown or not positive.

    A fraction, normally 0..1. It is not clamped: a value above 1 means the recorded
    potential is lower than what the client actually bought from us, which the KAM
    should see and correct rather than have hidden.
    """
    return share_against(revenue, potential_in(potentials, period), period)


def share_against(revenue: Decimal, potential: Decimal | None,
                  period: Period) -> Decimal | None:
    """The share of wallet of ``revenue`` against ``potential``, the annual potential in
    force in ``period`` (see :func:`share_of_wallet`)."""
    if potential is None or potential <= 0:
        return None
    return revenue * period.fraction_of_year / potential


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
