"""The lifecycle history read for the dashboard: the dated changes of the accounts'
stages, and the cause of each lost account's latest loss. The history itself is written
by every write that changes a stage (store.lifecycle_history)."""
from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from datetime import date

from sqlalchemy import String, select, type_coerce

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.domain.lifecycle_movement import StageChange
from kam_desktop.store.models import LifecycleChange, Loss

Id = uuid.UUID


def _text(column):
    return type_coerce(column, String)  # ids as the database sends them: no conversion


def stage_changes(run: Callable, ids: Mapping, until: date) -> list[StageChange]:
    """The changes dated up to ``until``, oldest first; ``ids`` turns an id as the
    database sends it into the account's id (services.analytics)."""
    stages = {stage.value: stage for stage in Lifecycle}
    return [StageChange(ids[account_id], day, stages.get(before), stages[after])
            for account_id, day, before, after in run(
                select(_text(LifecycleChange.account_id), LifecycleChange.date,
                       _text(LifecycleChange.from_stage), _text(LifecycleChange.to_stage))
                .where(LifecycleChange.date <= until).order_by(LifecycleChange.date)).all()]


def latest_loss_causes(run: Callable, ids: Mapping) -> dict[Id, LossCause]:
    """The cause of each account's latest loss record."""
    causes: dict[Id, LossCause] = {}
    for account_id, cause in run(select(_text(Loss.account_id), _text(Loss.cause))
                                 .order_by(Loss.date)).all():
        causes[ids[account_id]] = LossCause(cause)  # the latest comes last
    return causes
