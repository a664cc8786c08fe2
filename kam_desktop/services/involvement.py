"""The functional involvement map: each stage of serving a client is set as a whole,
because its department shares only make sense together (they must sum to 100 %); and
the whole portfolio's map, averaged by the database."""
from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import Numeric, String, case, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from kam_desktop.domain import analytics as charts
from kam_desktop.domain.enums import Stage
from kam_desktop.domain.involvement import TOLERANCE, stage_problem
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, InvolvementShare

_NAME_LENGTH = InvolvementShare.__table__.columns["department"].type.length


def set_stage_shares(session: Session, *, account_id: uuid.UUID, stage: Stage | str,
                     shares: Mapping[str, float]) -> dict[str, float]:
    """Replace the department shares (%) of one stage of an account. An empty mapping
    clears the stage. Only rows that really change are written. Returns the shares the
    stage had before (set them again to undo)."""
    try:
        stage = Stage(stage)
    except ValueError:
        raise InputError("stage", Text("{stage} is not a stage of the service conveyor",
                                       stage=repr(stage))) from None
    wanted = _checked(stage, shares)
    if session.get(Account, account_id) is None:
        raise InputError("account", Text("the account no longer exists"))
    rows = {row.department: row for row in session.scalars(select(InvolvementShare).where(
        InvolvementShare.account_id == account_id, InvolvementShare.stage == stage))}
    old = {department: row.percent for department, row in rows.items()}
    if old == wanted:
        return old
    for department, row in rows.items():
        if department not in wanted:
            session.delete(row)
        elif row.percent != wanted[department]:
            row.percent = wanted[department]
    session.flush()  # deletions first: a department may come back under the same name
    for department, percent in wanted.items():
        if department not in rows:
            session.add(InvolvementShare(account_id=account_id, stage=stage,
                                         department=department, percent=percent))
    session.flush()
    return old


def _checked(stage: Stage, shares: Mapping[str, float]) -> dict[str, float]:
    where = stage.value
    wanted: dict[str, float] = {}
    for department, percent in shares.items():
        name = department.strip() if isinstance(department, str) else ""
        if not name:
            raise InputError(where, Text("a department needs a name"))
        if len(name) > _NAME_LENGTH:
            raise InputError(where, Text("{name}: a department name is longer than {length} "
                                         "characters", name=name, length=_NAME_LENGTH))
        if name in wanted:
            raise InputError(where, Text("{name} is given twice", name=name))
        if isinstance(percent, bool) or not isinstance(percent, (int, float, Decimal)) \
                or not math.isfinite(percent):
            raise InputError(where, Text("{name}: {percent} is not a percentage",
                                         name=name, percent=repr(percent)))
        wanted[name] = float(percent)
    problem = stage_problem(wanted) if wanted else None
    if problem:
        raise InputError(where, problem)
    return wanted


def portfolio_involvement(run, *, ids: Mapping[object, uuid.UUID]) -> charts.InvolvementMap:
    """The portfolio's map (domain.analytics.involvement_map), averaged by the database
    over the accounts' valid stages (each share 0-100, summing to 100) in one statement
    (``run`` executes a Core select; ``ids``: each account's id under the text a driver
    sends it as): per stage and department the sum, the accounts taking part as one
    list of ids, and how many valid stages name the department first (their sum over a
    stage's departments: the accounts that filled the stage in)."""
    share, account = InvolvementShare.percent, InvolvementShare.account_id
    valid = select(account, InvolvementShare.stage,
                   func.min(InvolvementShare.department).label("first")).group_by(
        account, InvolvementShare.stage).having(
        func.min(share) >= 0, func.max(share) <= 100,
        func.round(cast(func.abs(func.sum(share) - 100), Numeric), 6) <= TOLERANCE).subquery()
    stages = {stage.value: stage for stage in Stage}
    sums, members, filled = {}, {}, dict.fromkeys(Stage, 0)
    for stage, department, total, taking_part, first in run(select(
            type_coerce(InvolvementShare.stage, String), InvolvementShare.department,
            func.sum(share),
            # as text: PostgreSQL joins no UUIDs
            func.aggregate_strings(case((share > 0, cast(account, String))), ","),
            func.count(case((InvolvementShare.department == valid.c.first, 1))))
            .join(valid, (valid.c.account_id == account)
                  & (valid.c.stage == InvolvementShare.stage))
            .group_by(InvolvementShare.stage, InvolvementShare.department)).all():
        key = stages[stage], department
        sums[key] = float(total)
        members[key] = [ids[raw_id] for raw_id in (taking_part or "").split(",") if raw_id]
        filled[key[0]] += first
    return charts.summed_involvement(sums, members, filled)
