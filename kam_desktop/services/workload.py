"""Reading and setting the nine workload factors of one account (see domain.workload).

The factors live in their own row beside the account, created with the first factor
assessed. Setting them writes only the values that change and returns the old ones, so
that setting those again undoes the edit.
"""
from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.domain.workload import FACTORS, WorkloadScore, factor_problem, score
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, WorkloadFactors


@dataclass(frozen=True)
class AccountWorkload:
    #: factor -> 1..5, or None when not assessed; every factor is present
    factors: dict[str, int | None]
    score: WorkloadScore


def _account(session: Session, account_id: uuid.UUID) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise InputError("account", Text("the account no longer exists"))
    return account


def account_workload(session: Session, *, account_id: uuid.UUID) -> AccountWorkload:
    row = _account(session, account_id).workload
    factors = {name: getattr(row, name) if row is not None else None for name in FACTORS}
    return AccountWorkload(factors, score(factors))


def set_workload_factors(session: Session, *, account_id: uuid.UUID,
                         changes: Mapping[str, Any]) -> dict[str, int | None]:
    """Set factors (each 1–5, or None to clear it). Every value is checked before
    anything is written; returns the old values of the factors that changed."""
    for name, value in changes.items():
        problem = factor_problem(name, value)
        if problem:
            raise InputError(name, problem)
    account = _account(session, account_id)
    row = account.workload
    old = {name: getattr(row, name) if row is not None else None for name in changes}
    changed = {name: value for name, value in changes.items() if old[name] != value}
    if not changed:
        return {}
    if row is None:
        row = account.workload = WorkloadFactors()
    for name, value in changed.items():
        setattr(row, name, value)
    session.flush()
    return {name: old[name] for name in changed}
