from datetime import date

from kam_desktop.domain.enums import ActionStatus as S
from kam_desktop.domain.plan import ActionItem, Progress, is_overdue, overdue, plan_progress

TODAY = date(2025, 5, 20)


def test_progress_ignores_dropped():
    assert plan_progress([S.DONE, S.DONE, S.PLANNED, S.IN_PROGRESS, S.DROPPED]) == Progress(2, 4, 0.5)


def test_all_done_but_some_dropped_is_complete():
    assert plan_progress([S.DONE, S.DROPPED]) == Progress(1, 1, 1.0)


def test_empty_plan_and_only_dropped_have_no_ratio():
    assert plan_progress([]) == Progress(0, 0, None)
    assert plan_progress([S.DROPPED, S.DROPPED]) == Progress(0, 0, None)


def test_nothing_done():
    assert plan_progress(iter([S.PLANNED])) == Progress(0, 1, 0.0)


def test_due_today_is_not_overdue():
    assert not is_overdue(ActionItem(TODAY, S.PLANNED), TODAY)
    assert is_overdue(ActionItem(date(2025, 5, 19), S.PLANNED), TODAY)
    assert is_overdue(ActionItem(date(2025, 5, 19), S.IN_PROGRESS), TODAY)


def test_closed_or_undated_actions_are_never_overdue():
    assert not is_overdue(ActionItem(date(2020, 1, 1), S.DONE), TODAY)
    assert not is_overdue(ActionItem(date(2020, 1, 1), S.DROPPED), TODAY)
    assert not is_overdue(ActionItem(None, S.PLANNED), TODAY)


def test_overdue_list_longest_overdue_first_with_refs():
    actions = [
        ActionItem(date(2025, 5, 1), S.PLANNED, ref=1),
        ActionItem(date(2025, 4, 1), S.IN_PROGRESS, ref=2),
        ActionItem(TODAY, S.PLANNED, ref=3),
        ActionItem(date(2025, 1, 1), S.DONE, ref=4),
        ActionItem(None, S.PLANNED, ref=5),
    ]
    assert [a.ref for a in overdue(actions, TODAY)] == [2, 1]
    assert overdue([], TODAY) == []
