"""The role map's rules beyond the role itself: what a KAM should be warned about when
looking at a client's people, how long since each was met, and how their map changed
between two snapshots. Where the names go on a map is domain.maplabels."""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from kam_desktop.domain.enums import Role, Stance, TeamLevel
from kam_desktop.domain.roles import is_top_to_top, role_for

K = TypeVar("K", bound=Hashable)

NO_LEADER = "no_leader"
ONLY_ASSISTANTS_AND_BUTLERS = "only_assistants_and_butlers"
OPPONENT_IN_KEY_ROLE = "opponent_in_key_role"
LEADER_COOLING = "leader_cooling"
#: contacts nobody of our account team mirrors
NOT_MIRRORED = "not_mirrored"
#: leaders none of our executives mirrors: no top-to-top relationship [004]
NO_TOP_TO_TOP = "no_top_to_top"

#: the roles that decide or shape the decision: an opponent there endangers the sale
KEY_ROLES = (Role.LEADER, Role.SPECIFIER)


@dataclass(frozen=True)
class Mirror:
    """One of our people on the account who mirrors a client contact."""

    name: str
    level: TeamLevel | None = None


def mirrors_by_contact(team: Iterable[tuple[K | None, str, TeamLevel | None]]
                       ) -> dict[K, tuple[Mirror, ...]]:
    """Contact -> our people mirroring them, executives first, then by name, from the
    account team's (mirrored contact, name, level)."""
    found: dict[K, list[Mirror]] = {}
    for contact, name, level in team:
        if contact is not None:
            found.setdefault(contact, []).append(Mirror(name, level))
    return {contact: tuple(sorted(people, key=lambda m: (m.level is not TeamLevel.EXECUTIVE,
                                                         m.name.casefold())))
            for contact, people in found.items()}


@dataclass(frozen=True)
class MapContact:
    name: str
    interest: float
    involvement: float
    stance: Stance
    #: our people who mirror this contact (the account team's "mirrors")
    mirrored_by: tuple[Mirror, ...] = ()

    @property
    def role(self) -> Role:
        return role_for(self.interest, self.involvement)

    @property
    def top_to_top(self) -> bool:
        """One of our executives mirrors this contact, and the contact is a leader."""
        return any(is_top_to_top(m.level, self.role) for m in self.mirrored_by)


@dataclass(frozen=True)
class MapWarning:
    code: str
    #: the contacts the warning is about (empty when it is about the map as a whole)
    names: tuple[str, ...] = ()
    #: for LEADER_COOLING: days since the leader was last met (None: never)
    days: int | None = None


def map_warnings(contacts: Sequence[MapContact], days_since_leader_contact: int | None,
                 cooling_days: int) -> list[MapWarning]:
    """The warnings of one account's map, in the order they matter.

    ``days_since_leader_contact`` is for the leaders together (the latest meeting with any
    of them); None means no leader was ever met. Exactly ``cooling_days`` is still fine.
    """
    warnings: list[MapWarning] = []
    leaders = [c.name for c in contacts if c.role is Role.LEADER]
    if not leaders:
        warnings.append(MapWarning(NO_LEADER))
    if contacts and all(c.role in (Role.ASSISTANT, Role.BUTLER) for c in contacts):
        warnings.append(MapWarning(ONLY_ASSISTANTS_AND_BUTLERS))
    opponents = tuple(c.name for c in contacts
                      if c.role in KEY_ROLES and c.stance is Stance.OPPONENT)
    if opponents:
        warnings.append(MapWarning(OPPONENT_IN_KEY_ROLE, opponents))
    if leaders and (days_since_leader_contact is None
                    or days_since_leader_contact > cooling_days):
        warnings.append(MapWarning(LEADER_COOLING, tuple(leaders), days_since_leader_contact))
    alone = tuple(c.name for c in contacts if not c.mirrored_by)
    if alone:
        warnings.append(MapWarning(NOT_MIRRORED, alone))
    without_executive = tuple(c.name for c in contacts
                              if c.role is Role.LEADER and not c.top_to_top)
    if without_executive:
        warnings.append(MapWarning(NO_TOP_TO_TOP, without_executive))
    return warnings


@dataclass(frozen=True)
class MapCounts:
    """What the portfolio's role coverage needs of one account's map (a database can
    count it): its contacts, its leaders, its contacts in key roles, the opponents among
    them, and the leaders nobody of ours mirrors or no executive of ours mirrors."""

    contacts: int
    leaders: int
    key_roles: int
    key_opponents: int
    leaders_not_mirrored: int
    leaders_without_executive: int

    def gaps(self) -> list[str]:
        """The warnings of :func:`map_warnings` the coverage shows, in its order."""
        return [code for code, found in (
            (NO_LEADER, not self.leaders), (ONLY_ASSISTANTS_AND_BUTLERS, not self.key_roles),
            (OPPONENT_IN_KEY_ROLE, self.key_opponents),
            (NO_TOP_TO_TOP, self.leaders_without_executive)) if found]


def map_counts(contacts: Sequence[MapContact]) -> MapCounts:
    leaders = [c for c in contacts if c.role is Role.LEADER]
    key = [c for c in contacts if c.role in KEY_ROLES]
    return MapCounts(len(contacts), len(leaders), len(key),
                     sum(c.stance is Stance.OPPONENT for c in key),
                     sum(not c.mirrored_by for c in leaders),
                     sum(not c.top_to_top for c in leaders))


def days_since_contact(contact_dates: Iterable[tuple[date, Iterable[K]]],
                       today: date) -> dict[K, int]:
    """For every person who attended a diary entry up to ``today``, the days since the
    latest one. Entries after ``today`` are planned, not held, and are ignored."""
    latest: dict[K, date] = {}
    for day, attendees in contact_dates:
        if day > today:
            continue
        for person in attendees:
            if person not in latest or day > latest[person]:
                latest[person] = day
    return {person: (today - day).days for person, day in latest.items()}


@dataclass(frozen=True)
class Placement:
    """Where one person stands on a map. ``key`` identifies the person across maps
    (the contact's id, or their name once the contact is gone)."""

    key: Hashable
    name: str
    interest: float
    involvement: float
    stance: Stance

    @property
    def role(self) -> Role:
        return role_for(self.interest, self.involvement)


@dataclass(frozen=True)
class Movement:
    """How one person changed between two maps; ``before`` is None for someone who
    joined, ``after`` is None for someone who left."""

    before: Placement | None
    after: Placement | None

    @property
    def name(self) -> str:
        return (self.after or self.before).name

    @property
    def joined(self) -> bool:
        return self.before is None

    @property
    def left(self) -> bool:
        return self.after is None

    @property
    def moved(self) -> bool:
        return (self.before is not None and self.after is not None
                and (self.before.interest, self.before.involvement)
                != (self.after.interest, self.after.involvement))

    @property
    def role_before(self) -> Role | None:
        return self.before.role if self.before else None

    @property
    def role_after(self) -> Role | None:
        return self.after.role if self.after else None

    @property
    def role_changed(self) -> bool:
        """Joining or leaving counts: the person's role on the map changed."""
        return self.role_before is not self.role_after


def compare_snapshots(before: Sequence[Placement],
                      after: Sequence[Placement]) -> list[Movement]:
    """Everyone who moved, changed stance, joined or left between two maps, by name.

    People are matched by ``key``; someone who stayed exactly where they were with the
    same stance is left out. Keys are expected to be unique within each map.
    """
    old = {p.key: p for p in before}
    new = {p.key: p for p in after}
    movements = [Movement(old.get(key), new.get(key)) for key in old.keys() | new.keys()]
    changed = [m for m in movements
               if m.before is None or m.after is None or m.moved
               or m.before.stance is not m.after.stance]
    return sorted(changed, key=lambda m: (m.name.casefold(), repr((m.before or m.after).key)))
