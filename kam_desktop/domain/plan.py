"""Progress of an account development plan and its overdue actions."""
from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kam_desktop.domain.enums import ActionStatus

_OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
#: goals due within this many days with less than half their actions done are at risk
GOAL_WARNING = timedelta(days=30)


@dataclass(frozen=True)
class ActionItem:
    due: date | None
    status: ActionStatus
    ref: Hashable = None  # the caller's identifier, carried through untouched


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    ratio: float | None  # None for a plan with nothing left to count


def plan_progress(statuses: Iterable[ActionStatus]) -> Progress:
    """Done actions out of all actions except dropped ones.

    A dropped action was a decision not to do it, not a failure to do it, so it
    neither counts as done nor holds the plan below 100 %.
    """
    counted = [status for status in statuses if status is not ActionStatus.DROPPED]
    return progress_of(sum(status is ActionStatus.DONE for status in counted), len(counted))


def progress_of(done: int, counted: int) -> Progress:
    """The progress of ``done`` actions out of ``counted`` (dropped ones not counted, as
    :func:`plan_progress` counts them)."""
    return Progress(done, counted, done / counted if counted else None)


def is_overdue(action: ActionItem, today: date) -> bool:
    """An open action past its due date; an action due today is not overdue yet."""
    return action.due is not None and action.due < today and action.status in _OPEN


def overdue(actions: Iterable[ActionItem], today: date) -> list[ActionItem]:
    """The overdue actions, the longest overdue first."""
    late = [action for action in actions if is_overdue(action, today)]
    return sorted(late, key=lambda action: action.due)


def goal_at_risk(deadline: date | None, progress: Progress, today: date) -> bool:
    """A goal due within :data:`GOAL_WARNING` with less than half of its actions done
    (or none to count)."""
    return (deadline is not None and today <= deadline <= today + GOAL_WARNING
            and (progress.ratio is None or progress.ratio < 0.5))
