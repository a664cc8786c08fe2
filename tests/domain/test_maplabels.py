"""Names on a role map: never over each other, an obstacle or (with dots) any dot,
inside the area, as near their point as the others allow, and numbers instead of
names on a crowded map."""
from __future__ import annotations

from itertools import combinations

import pytest

from kam_desktop.domain.maplabels import CROWDED_SHARE, Rect, layout_labels, place_labels

AREA = Rect(0, 0, 460, 340)
TITLE = Rect(0, 0, 80, 12)  # a quadrant's name in the top left corner
#: 15 people on 3 points, as on a map where whole departments share the same scores
CROWD = [(80, 30), (230, 170), (400, 300)] * 5
NAME = (70, 9)


def _disjoint(rects):
    return not any(a.overlaps(b) for a, b in combinations(rects, 2))


def test_rect_geometry():
    box = Rect(0, 0, 10, 4)
    assert Rect.around(5, 2, 10, 4) == box and box.centre == (5, 2)
    assert box.overlaps(Rect(9, 3, 12, 8)) and not box.overlaps(Rect(10, 0, 12, 4))
    assert box.grown(1) == Rect(-1, -1, 11, 5) and box.grown(-1) == Rect(1, 1, 9, 3)
    assert box.nearest(-3, 2) == (0, 2) and box.distance_to(13, 8) == pytest.approx(5)
    assert box.crossed_by((-1, 2), (11, 2)) and box.crossed_by((5, 2), (5, 9))
    assert not box.crossed_by((-1, 0), (11, 0))  # along an edge
    assert not box.crossed_by((-5, -1), (-1, 5)) and not box.crossed_by((11, 1), (20, 1))


def test_fifteen_names_on_three_points_never_overlap():
    labels = place_labels(CROWD, [NAME] * 15, AREA, obstacles=[TITLE], marker=4, gap=1)
    rects = [label.rect for label in labels]
    assert _disjoint(rects)
    assert all(AREA.contains(r) and not r.overlaps(TITLE) for r in rects)
    dots = [Rect.around(x, y, 10, 10) for x, y in CROWD]
    assert not any(r.overlaps(d) for r in rects for d in dots)
    # each label is beside its own point, or has a leader line back to it
    for label, point in zip(labels, CROWD):
        assert label.anchor == point
        assert label.leader == (label.rect.distance_to(*point) > 5 + 1e-9)
    # the first of each point sits right beside it, level with it, read from the dot on
    first = labels[0].rect
    assert (first.left, first.centre[1]) == (85, 30) and not labels[0].leader
    assert labels == place_labels(CROWD, [NAME] * 15, AREA, obstacles=[TITLE], marker=4,
                                  gap=1)


def test_leader_lines_run_through_no_name_and_no_title():
    labels = place_labels(CROWD, [NAME] * 15, AREA, obstacles=[TITLE], marker=4, gap=1)
    for label in labels:
        if label.leader:
            end = label.rect.nearest(*label.anchor)
            others = [other.rect for other in labels if other is not label] + [TITLE]
            assert not any(r.crossed_by(label.anchor, end) for r in others)


def test_cards_may_cover_their_own_point_but_no_other_card():
    labels = place_labels([(300, 300)] * 4, [(224, 64)] * 4, Rect(0, 0, 1000, 700))
    assert labels[0].rect == Rect.around(300, 300, 224, 64) and not labels[0].leader
    assert all(label.leader for label in labels[1:])
    assert _disjoint([label.rect for label in labels])


def test_no_room_is_none():
    assert place_labels([(5, 5)] * 3, [(8, 8)] * 3, Rect(0, 0, 20, 10)) is None
    assert place_labels([], [], AREA) == []


def test_a_crowded_map_numbers_its_points():
    layout = layout_labels(CROWD, [NAME] * 15, [(7, 9)] * 15, AREA, obstacles=[TITLE],
                           marker=4, gap=1)
    assert not layout.numbered  # 15 names take about 6 % of the map
    many = [(x + 1, y) for x, y in CROWD] * 6
    long_name = (120, 9)
    assert 90 * 120 * 9 > CROWDED_SHARE * AREA.width * AREA.height
    layout = layout_labels(many, [long_name] * 90, [(12, 9)] * 90, AREA, marker=4, gap=1)
    assert layout.numbered and len(layout.labels) == 90
    rects = [label.rect for label in layout.labels]
    assert _disjoint(rects) and all(r.width == 12 for r in rects)


def test_numbers_never_overlap_even_without_room():
    layout = layout_labels([(5, 5)] * 6, [(40, 8)] * 6, [(8, 8)] * 6, Rect(0, 0, 20, 10))
    assert layout.numbered and all(label.leader for label in layout.labels)
    assert _disjoint([label.rect for label in layout.labels])
