"""The lifecycle history kept true on every write: each change of an account's stage is
dated and recorded in the flush that makes it.

Every path that changes a stage through the ORM — a form, recording a loss, the command
line, the table import, the interchange file — goes through :func:`_before_flush`, so
none can forget it. A new account's first entry says where it started. Two writes are
left alone, on purpose:

- a flush that brings the account's entries itself (the interchange file, the demo): the
  change is explained by the entry it carries, and adding ours would count it twice;
- the exchange's merge, which writes below the ORM: the laptop that changed the stage
  recorded the change, and its entry travels in the same bundle.

A change reversed on the same day by the same person (an undo, a slip corrected) takes
its entry away instead of adding the way back: it was no movement of the client.
"""
from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.domain.enums import Lifecycle
from kam_desktop.store.models import Account, LifecycleChange

_DEFAULT_STAGE = Account.__table__.c.lifecycle.default.arg
#: the key of ``Session.info`` naming who writes (the user's name), when known
ACTED_BY = "kam_acted_by"
#: the key of ``Session.info`` giving the day changes are dated (tests; else today)
TODAY = "kam_today"


def _carried(new) -> set[uuid.UUID]:
    """The accounts given a history entry by the flush's own records (``new``)."""
    found = set()
    for instance in new:
        if isinstance(instance, LifecycleChange):
            account = instance.account
            found.add(account.id if account is not None else instance.account_id)
    return found


def _reason(account: Account) -> str | None:
    stage = Lifecycle(account.lifecycle)
    return account.lifecycle_reason if stage.needs_reason else None


def first_entry(session: Session, stage: Lifecycle | None, reason: str | None) -> dict[str, Any]:
    """The values of a new account's first entry, where it started at ``stage`` (None: the
    default) with ``lifecycle_reason`` ``reason``; for the writes that add accounts below
    the ORM (the interchange file's new accounts) as well as for :func:`_before_flush`."""
    stage = Lifecycle(stage or _DEFAULT_STAGE)
    return {"date": session.info.get(TODAY) or date.today(), "from_stage": None,
            "to_stage": stage, "changed_by": session.info.get(ACTED_BY),
            "reason": reason if stage.needs_reason else None}


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    # Session.new builds a new set of every pending object on each access: read once, or
    # a table import of 5,000 new accounts builds it 5,000 times
    new = session.new
    accounts = [a for a in (*new, *session.dirty) if isinstance(a, Account)]
    if not accounts:
        return
    for account in accounts:
        if account.id is None:  # the column's default, given now to know it by its id
            account.id = uuid.uuid4()
    carried = _carried(new)
    day = session.info.get(TODAY) or date.today()
    who = session.info.get(ACTED_BY)
    with session.no_autoflush:
        for account in accounts:
            if account.lifecycle is None:  # the column's default, set before the insert
                account.lifecycle = _DEFAULT_STAGE
            if account.id in carried:
                continue
            if account in new:
                session.add(LifecycleChange(account=account, **first_entry(
                    session, account.lifecycle, account.lifecycle_reason)))
                continue
            history = inspect(account).attrs.lifecycle.history
            if not history.has_changes() or not history.deleted:
                continue
            before, after = Lifecycle(history.deleted[0]), Lifecycle(account.lifecycle)
            if before is not after:
                _record(session, account, before, after, day, who)


def _record(session: Session, account: Account, before: Lifecycle, after: Lifecycle,
            day: date, who: str | None) -> None:
    way_there = session.scalars(select(LifecycleChange).where(
        LifecycleChange.account_id == account.id, LifecycleChange.date == day,
        LifecycleChange.from_stage == after, LifecycleChange.to_stage == before,
        LifecycleChange.changed_by.is_(None) if who is None
        else LifecycleChange.changed_by == who).limit(1)).first()
    if way_there is not None:
        session.delete(way_there)  # the way back on the same day: no movement after all
        return
    session.add(LifecycleChange(account_id=account.id, date=day, from_stage=before,
                                to_stage=after, changed_by=who, reason=_reason(account)))


def track_lifecycle(sessions: sessionmaker[Session]) -> None:
    """Record every change of an account's stage made in sessions of ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
