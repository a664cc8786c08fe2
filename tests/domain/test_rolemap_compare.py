"""Comparing two role maps: who moved, who changed role, who joined and who left."""
from __future__ import annotations

from kam_desktop.domain.enums import Role, Stance
from kam_desktop.domain.rolemap import Placement, compare_snapshots


def _p(key, interest, involvement, stance=Stance.NEUTRAL, name=None):
    return Placement(key, name or str(key), interest, involvement, stance)


def test_identical_maps_have_no_movements():
    people = [_p("Орлов", 7, 7), _p("Ким", 2, 8)]
    assert compare_snapshots(people, list(reversed(people))) == []
    assert compare_snapshots([], []) == []


def test_a_move_within_a_quadrant_is_listed_without_a_role_change():
    (move,) = compare_snapshots([_p("Орлов", 6, 6)], [_p("Орлов", 9, 8)])
    assert move.moved and not move.role_changed
    assert move.role_before is move.role_after is Role.LEADER


def test_crossing_a_line_changes_the_role():
    (move,) = compare_snapshots([_p("Орлов", 3, 3)], [_p("Орлов", 7, 5.4)])
    assert move.moved and move.role_changed
    assert (move.role_before, move.role_after) == (Role.BUTLER, Role.LEADER)


def test_the_threshold_itself_belongs_to_the_high_side():
    (move,) = compare_snapshots([_p("Ким", 4.9, 7)], [_p("Ким", 5.0, 7)])
    assert (move.role_before, move.role_after) == (Role.ASSISTANT, Role.LEADER)


def test_joined_and_left():
    joined, left = compare_snapshots([_p("Петров", 8, 8)], [_p("Иванов", 2, 8)])
    assert joined.name == "Иванов" and joined.joined and not joined.left
    assert joined.role_before is None and joined.role_after is Role.ASSISTANT
    assert joined.role_changed and not joined.moved
    assert left.name == "Петров" and left.left and left.role_after is None
    assert left.role_changed


def test_a_change_of_stance_alone_is_a_movement():
    (move,) = compare_snapshots([_p(1, 8, 8, Stance.OPPONENT, "Орлов")],
                                [_p(1, 8, 8, Stance.SUPPORTER, "Орлов")])
    assert not move.moved and not move.role_changed
    assert move.before.stance is Stance.OPPONENT and move.after.stance is Stance.SUPPORTER


def test_people_are_matched_by_key_not_by_name():
    """A renamed contact is the same person; a namesake with another key is not."""
    (renamed,) = compare_snapshots([_p(1, 2, 2, name="Смирнова")],
                                   [_p(1, 8, 2, name="Орлова")])
    assert renamed.name == "Орлова" and renamed.role_changed and not renamed.joined
    namesakes = compare_snapshots([_p(1, 2, 2, name="Ким")], [_p(2, 2, 2, name="Ким")])
    assert sorted((m.joined, m.left) for m in namesakes) == [(False, True), (True, False)]


def test_movements_are_in_name_order():
    before = [_p(name, 1, 1) for name in ("Яковлев", "абрамов", "Борисов")]
    after = [_p(name, 9, 9) for name in ("Яковлев", "абрамов", "Борисов")]
    assert [m.name for m in compare_snapshots(before, after)] == ["абрамов", "Борисов", "Яковлев"]
