"""Where the names on a role map go, so that no two of them ever cover each other.

Several people often share the same scores (a demo account put five on 5/5), and a
name printed at its point would cover the others. Each label is placed in turn at the
free spot nearest its point: inside the area given, clear of every label placed before
it and of the obstacles (axis titles, quadrant names, the dots themselves). A label
that had to move away from its point is drawn with a leader line back to it.

Beyond a certain crowd the leader lines would only make a tangle; then each point gets
a small number instead and the names go into a legend (the density rule below).

Pure geometry: any unit and either direction of the y axis, as long as the points,
sizes and rectangles share it. The PDF chart works in points, the window in scene
pixels.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: past this share of the free area taken by the names, the map numbers its points
CROWDED_SHARE = 0.22
#: how far from its point a label may go, as a share of the area's longer side: a
#: leader line longer than that is harder to follow than a number
MAX_REACH = 0.4
#: candidate spots per label height (and the same step across): finer finds spots
#: nearer the point, coarser is quicker
STEPS_PER_HEIGHT = 2


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle from (left, top) to (right, bottom), left < right and
    top < bottom whichever way the y axis runs."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def around(cls, x: float, y: float, width: float, height: float) -> Rect:
        return cls(x - width / 2, y - height / 2, x + width / 2, y + height / 2)

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def centre(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def overlaps(self, other: Rect) -> bool:
        """True when the two share some area (touching edges do not count)."""
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)

    def contains(self, other: Rect) -> bool:
        return (self.left <= other.left and other.right <= self.right
                and self.top <= other.top and other.bottom <= self.bottom)

    def grown(self, by: float) -> Rect:
        """The rectangle ``by`` larger on every side (smaller when negative)."""
        return Rect(self.left - by, self.top - by, self.right + by, self.bottom + by)

    def nearest(self, x: float, y: float) -> tuple[float, float]:
        """The point of the rectangle nearest (x, y): where a leader line meets it."""
        return min(max(x, self.left), self.right), min(max(y, self.top), self.bottom)

    def crossed_by(self, start: tuple[float, float], end: tuple[float, float]) -> bool:
        """True when the segment from ``start`` to ``end`` runs through the inside of
        the rectangle (along an edge or through a corner does not count)."""
        (x0, y0), (x1, y1) = start, end
        if (max(x0, x1) <= self.left or min(x0, x1) >= self.right
                or max(y0, y1) <= self.top or min(y0, y1) >= self.bottom):
            return False  # the segment's box is clear of the rectangle: the usual case
        low, high = 0.0, 1.0
        for delta, near, far in ((x1 - x0, self.left - x0, self.right - x0),
                                 (y1 - y0, self.top - y0, self.bottom - y0)):
            if delta == 0:
                if not near < 0 < far:
                    return False
                continue
            enter, leave = (near / delta, far / delta) if delta > 0 else \
                (far / delta, near / delta)
            low, high = max(low, enter), min(high, leave)
        return high - low > 1e-9

    def distance_to(self, x: float, y: float) -> float:
        """How far (x, y) is from the nearest point of the rectangle (0 inside)."""
        nearest_x, nearest_y = self.nearest(x, y)
        return math.hypot(x - nearest_x, y - nearest_y)


@dataclass(frozen=True)
class Label:
    """Where one label goes. ``leader`` says it stands away from its point and needs a
    line back to it."""

    rect: Rect
    anchor: tuple[float, float]
    leader: bool


@dataclass(frozen=True)
class LabelLayout:
    """The labels in the order of the points. ``numbered``: each label is the point's
    number (1, 2, …) and the names belong in a legend."""

    labels: list[Label]
    numbered: bool


def place_labels(points: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
                 area: Rect, *, obstacles: Sequence[Rect] = (), marker: float = 0.0,
                 gap: float = 0.0) -> list[Label] | None:
    """A spot for each label (``sizes`` are (width, height) per point) or None when
    some label finds no room in ``area``.

    Every label lies inside ``area``, covers no other label and no obstacle. With a
    ``marker`` (the half-side of each point's dot) no label covers any dot, its own
    included, and keeps ``gap`` from the dots; without one a label may sit centred on
    its point (the window's cards do). The result depends only on the input: the
    labels are placed in the order of their points' y, then x, then as given.
    """
    clearance = marker + gap if marker > 0 else None
    dots = list(dict.fromkeys(Rect.around(x, y, 2 * clearance, 2 * clearance)
                              for x, y in points)) if clearance else []
    taken: list[Rect] = [*obstacles, *dots]
    placed: dict[int, Label] = {}
    for index in sorted(range(len(points)), key=lambda i: (points[i][1], points[i][0], i)):
        x, y = points[index]
        width, height = sizes[index]
        rect = _nearest_free(x, y, width, height, area, taken, clearance)
        if rect is None:
            return None
        taken.append(rect)
        placed[index] = Label(rect, (x, y), rect.distance_to(x, y) > (clearance or 0) + 1e-9)
    return [placed[i] for i in range(len(points))]


def layout_labels(points: Sequence[tuple[float, float]], name_sizes: Sequence[tuple[float, float]],
                  number_sizes: Sequence[tuple[float, float]], area: Rect, *,
                  obstacles: Sequence[Rect] = (), marker: float = 0.0,
                  gap: float = 0.0) -> LabelLayout:
    """Names beside the points, or numbers when the map is crowded: when the names
    would take more than CROWDED_SHARE of the area, or some name finds no room.
    ``number_sizes`` are the sizes of the labels "1", "2", … in the order of the points.
    """
    free = area.width * area.height - sum(
        o.width * o.height for o in obstacles if area.contains(o))
    needed = sum(width * height for width, height in name_sizes)
    if needed <= CROWDED_SHARE * max(free, 0.0):
        names = place_labels(points, name_sizes, area, obstacles=obstacles, marker=marker,
                             gap=gap)
        if names is not None:
            return LabelLayout(names, numbered=False)
    numbers = place_labels(points, number_sizes, area, obstacles=obstacles, marker=marker,
                           gap=gap)
    if numbers is None:  # not even numbers fit: stack them, which still never overlap
        numbers = stack_in_rows(points, number_sizes, area)
    return LabelLayout(numbers, numbered=True)


def _nearest_free(x: float, y: float, width: float, height: float, area: Rect,
                  taken: list[Rect], clearance: float | None) -> Rect | None:
    """The free spot for a width × height label nearest (x, y): searched ring by ring
    on a grid of half a label height, then the best of the first rings that hold one.
    ``clearance`` is the room a dot takes around the point (None: no dots); labels
    with dots stand in columns right and left of them, never above or below, where
    they would block the leader lines of the next ones."""
    step = height / STEPS_PER_HEIGHT
    # when the label must stand beside its point, the spots start level with it,
    # to the right and to the left (the way names are read), not centred on it
    starts = [(x, y)] if clearance is None else \
        [(x + clearance + width / 2, y), (x - clearance - width / 2, y)]
    rings = int(MAX_REACH * max(area.width, area.height) / step) + 2
    best: tuple[tuple[float, ...], Rect] | None = None
    found_at = None
    for ring in range(rings):
        if found_at is not None and ring > found_at + 2:
            break
        # only what lies near this ring can be in the way (the point included, for
        # the leader lines); what covers the point cannot block its leader line
        reach_x, reach_y = ring * step + width / 2, ring * step + height / 2
        region = Rect(min(x, *(cx - reach_x for cx, _ in starts)), y - reach_y,
                      max(x, *(cx + reach_x for cx, _ in starts)), y + reach_y)
        near = [t for t in taken if t.overlaps(region)]
        walls = [t for t in near if t.distance_to(x, y) > 0]
        candidates = []
        for side, (cx, cy) in enumerate(starts):
            for dx, dy in _ring(ring):
                rect = Rect.around(cx + dx * step, cy + dy * step, width, height)
                if clearance is not None and rect.left < x + clearance - 1e-9 \
                        and rect.right > x - clearance + 1e-9:
                    continue  # over or under the dot: it would wall the next ones in
                if area.contains(rect):
                    cost = (round(rect.distance_to(x, y), 6),
                            round(math.hypot(rect.centre[0] - cx, rect.centre[1] - cy), 6),
                            side)
                    if best is None or cost < best[0]:
                        candidates.append((cost, rect))
        blocker = None  # the last rectangle in the way is the likeliest to be again
        for cost, rect in sorted(candidates, key=lambda candidate: candidate[0]):
            if blocker is not None and rect.overlaps(blocker):
                continue
            blocker = next((t for t in near if rect.overlaps(t)), None)
            if blocker is not None:
                continue
            # a leader line must not run through a name, a title or another dot
            end = rect.nearest(x, y)
            if any(t.crossed_by((x, y), end) for t in walls):
                continue
            best, found_at = (cost, rect), ring if found_at is None else found_at
            break
    return best[1] if best else None


def _ring(radius: int) -> list[tuple[int, int]]:
    """The grid cells at Chebyshev distance ``radius`` from (0, 0)."""
    if radius == 0:
        return [(0, 0)]
    cells = [(dx, dy) for dx in range(-radius, radius + 1) for dy in (-radius, radius)]
    cells += [(dx, dy) for dx in (-radius, radius) for dy in range(-radius + 1, radius)]
    return cells


def stack_in_rows(points: Sequence[tuple[float, float]], sizes: Sequence[tuple[float, float]],
            area: Rect) -> list[Label]:
    """The last resort for more numbers than the area holds: one after another in rows
    from the area's (left, top) corner, each with its leader line; they may run past
    the area but never over each other."""
    labels, x, y, row = [], area.left, area.top, 0.0
    for point, (width, height) in zip(points, sizes):
        if x + width > area.right and x > area.left:
            x, y, row = area.left, y + row, 0.0
        labels.append(Label(Rect(x, y, x + width, y + height), point, leader=True))
        x, row = x + width, max(row, height)
    return labels
