"""Cooling: how long since we last met the people who matter in the decision."""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from datetime import date
from typing import TypeVar

from kam_desktop.domain.enums import Role

K = TypeVar("K", bound=Hashable)

DEFAULT_COOLING_DAYS = 45

#: High-interest roles: the leader decides, the specifier shapes the specification
#: and informs us. Butlers and assistants are usually the daily contacts anyway.
WATCHED_ROLES = (Role.LEADER, Role.SPECIFIER)


def days_since_last_contact_by_role(
    roles: Mapping[K, Role],
    contact_dates: Iterable[tuple[date, Iterable[K]]],
    today: date,
) -> dict[Role, int | None]:
    """For each role held by at least one contact, the days since the latest diary
    entry attended by someone in that role; None when nobody in it was ever met.

    Entries dated after ``today`` are planned, not held, and are ignored; so are
    attendees without a role.
    """
    latest: dict[Role, date | None] = {role: None for role in roles.values()}
    for day, attendees in contact_dates:
        if day > today:
            continue
        for contact in attendees:
            role = roles.get(contact)
            if role is not None and (latest[role] is None or day > latest[role]):
                latest[role] = day
    return {role: None if day is None else (today - day).days for role, day in latest.items()}


def cooling_roles(days_by_role: Mapping[Role, int | None],
                  threshold: int = DEFAULT_COOLING_DAYS) -> list[Role]:
    """The watched roles present in ``days_by_role`` that were never met or not for
    more than ``threshold`` days (exactly ``threshold`` days is still fine)."""
    return [role for role in WATCHED_ROLES
            if role in days_by_role
            and (days_by_role[role] is None or days_by_role[role] > threshold)]
