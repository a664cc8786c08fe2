"""The org chart layout: trees top-down, managers centred, no overlaps, loose people apart."""
from __future__ import annotations

from hypothesis import given, strategies as st

from kam_desktop.domain.orgchart import Slot, org_layout


def test_a_manager_is_centred_over_the_reports_in_the_row_below() -> None:
    layout = org_layout([("ceo", None), ("cfo", "ceo"), ("cto", "ceo"), ("dev", "cto"),
                         ("ops", "cto"), ("guest", None)])
    assert layout.slots == {"cfo": Slot(0, 1), "dev": Slot(1, 2), "ops": Slot(2, 2),
                            "cto": Slot(1.5, 1), "ceo": Slot(0.75, 0)}
    assert layout.loose == ["guest"]
    assert set(layout.links) == {("ceo", "cfo"), ("ceo", "cto"), ("cto", "dev"), ("cto", "ops")}
    assert (layout.columns, layout.rows) == (3, 3)


def test_several_trees_stand_side_by_side() -> None:
    layout = org_layout([("a", None), ("a1", "a"), ("b", None), ("b1", "b"), ("b2", "b")])
    assert layout.slots["a"] == Slot(0, 0) and layout.slots["b"] == Slot(1.5, 0)


def test_unknown_managers_and_circles_do_not_break_the_layout() -> None:
    layout = org_layout([("x", "gone"), ("p", "q"), ("q", "p"), ("self", "self")])
    assert layout.loose == ["x", "self"]
    assert len(layout.links) == 1 and set(layout.slots) == {"p", "q"}


def test_nobody_known() -> None:
    layout = org_layout([])
    assert (layout.slots, layout.loose, layout.links, layout.columns, layout.rows) == (
        {}, [], [], 0, 0)


@given(st.lists(st.integers(0, 15), min_size=1, max_size=30))
def test_no_two_cards_in_a_row_overlap_and_everyone_is_shown(bosses) -> None:
    people = [(i, b if b < len(bosses) else None) for i, b in enumerate(bosses)]
    layout = org_layout(people)
    assert set(layout.slots) | set(layout.loose) == set(range(len(bosses)))
    assert not set(layout.slots) & set(layout.loose)
    rows: dict[int, list[float]] = {}
    for slot in layout.slots.values():
        rows.setdefault(slot.row, []).append(slot.column)
    for columns in rows.values():
        columns.sort()
        assert all(b - a >= 1 for a, b in zip(columns, columns[1:]))
    for boss, report in layout.links:
        assert layout.slots[report].row == layout.slots[boss].row + 1
