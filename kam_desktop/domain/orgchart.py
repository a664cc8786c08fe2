"""Laying out the client's org chart from who reports to whom.

Each tree is drawn top-down: a person's reports sit in the row below, side by side in
the given order, and a manager is centred over their reports, so no two cards in a row
overlap and no line crosses another tree. Several trees (several roots) stand side by
side. People who neither report to anyone known nor have reports form no tree; they are
returned apart so the chart can list them instead of stretching a row of singletons.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Sequence


@dataclass(frozen=True)
class Slot:
    """Where a person goes: ``column`` in card widths from the left (may be a half
    step, for a manager centred over an even number of reports), ``row`` from the top."""

    column: float
    row: int


@dataclass(frozen=True)
class OrgLayout:
    slots: dict[Hashable, Slot]
    #: the people in no tree, in the given order
    loose: list[Hashable]
    #: (manager, report) pairs, the lines to draw
    links: list[tuple[Hashable, Hashable]]

    @property
    def columns(self) -> float:
        return max((s.column for s in self.slots.values()), default=-1.0) + 1

    @property
    def rows(self) -> int:
        return max((s.row for s in self.slots.values()), default=-1) + 1


def org_layout(people: Sequence[tuple[Hashable, Hashable | None]]) -> OrgLayout:
    """Lay out ``people`` given as (id, manager id or None) pairs, in display order.

    A manager id that is not among the people counts as none; a reporting circle
    (which the services refuse, but a merged file might hold) is cut where it closes.
    """
    ids = [person for person, _ in people]
    known = set(ids)
    manager = {person: boss for person, boss in people if boss in known and boss != person}
    _cut_circles(ids, manager)
    reports: dict[Hashable, list[Hashable]] = {person: [] for person in ids}
    for person in ids:
        if person in manager:
            reports[manager[person]].append(person)
    roots = [p for p in ids if p not in manager]
    slots: dict[Hashable, Slot] = {}
    next_column = 0.0

    def place(person: Hashable, row: int) -> float:
        nonlocal next_column
        children = reports[person]
        if not children:
            column = next_column
            next_column += 1
        else:
            placed = [place(child, row + 1) for child in children]
            column = (placed[0] + placed[-1]) / 2
        slots[person] = Slot(column, row)
        return column

    loose = []
    for root in roots:
        if reports[root]:
            place(root, 0)
        else:
            loose.append(root)
    links = [(manager[p], p) for p in ids if p in manager]
    return OrgLayout(slots, loose, links)


def _cut_circles(ids: list[Hashable], manager: dict[Hashable, Hashable]) -> None:
    for start in ids:
        seen = []
        person = start
        while person in manager:
            seen.append(person)
            person = manager[person]
            if person in seen:
                del manager[seen[-1]]  # the link that closed the circle
                break
