"""What a click on a chart picks: each drawn bar, bubble or area is a :class:`Target`
that answers a click with the accounts behind it (a :class:`Selection`)."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from matplotlib.patches import Rectangle

Id = uuid.UUID


@dataclass
class Selection:
    """What a click picked: a caption and the accounts behind it; ``figure`` gives the
    number shown beside each account (text, sort key), under ``figure_title``."""

    caption: str
    accounts: tuple[Id, ...]
    current: Id | None = None
    figure_title: str = ""
    figure: Callable[[Id], tuple[str, float]] | None = None


@dataclass
class Hit:
    selection: Selection
    #: bars to outline, and a point (in data coordinates) to ring
    outline: list = field(default_factory=list)
    ring: tuple[float, float] | None = None


class Target:
    def __init__(self, axes) -> None:
        self.axes = axes

    def hit(self, event) -> Hit | None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


class Bars(Target):
    """Bars along a category axis: a click anywhere in a bar's band, beyond the end of a
    short bar too, picks that bar."""

    def __init__(self, axes, rects: Sequence[Rectangle], selections: Sequence[Selection],
                 horizontal: bool) -> None:
        super().__init__(axes)
        self.rects, self.selections, self.horizontal = list(rects), list(selections), horizontal

    def _centre(self, rect: Rectangle) -> float:
        return rect.get_y() + rect.get_height() / 2 if self.horizontal \
            else rect.get_x() + rect.get_width() / 2

    def _half(self, rect: Rectangle) -> float:
        return (rect.get_height() if self.horizontal else rect.get_width()) / 2

    def hit(self, event) -> Hit | None:
        if event.xdata is None or not self.rects:
            return None
        where = event.ydata if self.horizontal else event.xdata
        index = min(range(len(self.rects)),
                    key=lambda i: abs(self._centre(self.rects[i]) - where))
        rect = self.rects[index]
        if abs(self._centre(rect) - where) > self._half(rect) * 1.15:  # between two bands
            return None
        return Hit(self.selections[index], outline=[rect])


class StackedBars(Target):
    """Segments sharing a band: the one under the pointer."""

    def __init__(self, axes, rects: Sequence[Rectangle], selections: Sequence[Selection]) -> None:
        super().__init__(axes)
        self.rects, self.selections = list(rects), list(selections)

    def hit(self, event) -> Hit | None:
        for rect, selection in zip(self.rects, self.selections):
            if rect.contains(event)[0]:
                return Hit(selection, outline=[rect])
        return None


class Points(Target):
    """Bubbles with their radius in pixels: a click on overlapping bubbles picks all of
    them; a click beside every bubble asks ``fallback``."""

    def __init__(self, axes, xy: np.ndarray, radii: np.ndarray, accounts: Sequence[Id],
                 selection: Callable[[list[Id], Id], Selection],
                 fallback: Callable[[float, float], Selection | None]) -> None:
        super().__init__(axes)
        self.xy, self.radii, self.accounts = xy, radii, list(accounts)
        self.selection, self.fallback = selection, fallback

    def hit(self, event) -> Hit | None:
        if event.xdata is None:
            return None
        shown = self.axes.transData.transform(self.xy)
        distance = np.hypot(shown[:, 0] - event.x, shown[:, 1] - event.y)
        inside = np.nonzero(distance <= np.maximum(self.radii, 6))[0]
        if len(inside):
            nearest = int(inside[np.argmin(distance[inside])])
            picked = [self.accounts[i] for i in inside]
            return Hit(self.selection(picked, self.accounts[nearest]),
                       ring=(float(self.xy[nearest, 0]), float(self.xy[nearest, 1])))
        chosen = self.fallback(event.xdata, event.ydata)
        return Hit(chosen) if chosen else None


class Area(Target):
    """The whole axes: ``pick(x, y)`` in data coordinates says what is there."""

    def __init__(self, axes, pick: Callable[[float, float], Hit | None]) -> None:
        super().__init__(axes)
        self.pick = pick

    def hit(self, event) -> Hit | None:
        return None if event.xdata is None else self.pick(event.xdata, event.ydata)


@dataclass
class Drawn:
    """What drawing a view produced: its click targets and a note for under its title."""

    targets: list[Target]
    note: str = ""
