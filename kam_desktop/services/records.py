"""Editing the records of an account: add, change, delete and restore, with validation.

Each record kind is an ORM entity; its fields are checked from the column types (text
length, dates, money with two decimals, enum values, numbers) plus the domain's own rules
(interest 0–10, ladder levels 1–4, INN check digits, periods, a reason for a sleeping or
lost client, unique account names). Every function writes only real changes and returns
what undoes it: the old values, or a snapshot of what was deleted.
"""
from __future__ import annotations

import math
import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum as PyEnum
from typing import Any, Callable

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, Numeric, String, Uuid, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import LADDER_QUESTIONS
from kam_desktop.domain.inn import inn_problem
from kam_desktop.domain.periods import period_problem
from kam_desktop.domain.roles import SCALE_MAX, SCALE_MIN
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import (
    Account,
    Base,
    CoolingReason,
    Contact,
    DiaryEntry,
    Goal,
    LadderAssessment,
    Opportunity,
    PersonalNotes,
    PlanAction,
    Revenue,
    Statistic,
    SwitchingBarrier,
    TeamMember,
    ValueEntry,
)
from kam_desktop.store.snapshots import Snapshot, delete_with_snapshot, restore_snapshot

#: record kind -> (entity, the column naming its parent)
KINDS: dict[str, tuple[type[Base], str | None]] = {
    "account": (Account, None),
    "revenue": (Revenue, "account_id"),
    "ladder": (LadderAssessment, "account_id"),
    "contact": (Contact, "account_id"),
    "personal": (PersonalNotes, "contact_id"),
    "team": (TeamMember, "account_id"),
    "diary": (DiaryEntry, "account_id"),
    "opportunity": (Opportunity, "account_id"),
    "goal": (Goal, "account_id"),
    "action": (PlanAction, "goal_id"),
    "value": (ValueEntry, "account_id"),
    "statistic": (Statistic, "account_id"),
    "barrier": (SwitchingBarrier, "account_id"),
    "cooling": (CoolingReason, "account_id"),
}
#: money at or above this loses cents in SQLite's floating-point storage
MONEY_LIMIT = Decimal(10) ** 13
#: fields no edit may set directly
_MANAGED = {"id", "account_id", "goal_id", "contact_id", "created_at", "updated_at"}


def _between(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if low <= value <= high:
            return None
        return Text("{value} is not between {low} and {high}",
                    value=f"{value:g}", low=f"{low:g}", high=f"{high:g}")
    return check


def _ladder_answers(value: Any) -> str | None:
    if not isinstance(value, dict):
        return Text("expected answers to the diagnostic questions")
    for key, answer in value.items():
        if key not in LADDER_QUESTIONS:
            return Text("{key} is not one of the diagnostic questions", key=repr(key))
        if not isinstance(answer, bool):
            return Text("the answer to {key} must be yes or no", key=key)
    return None


def _competitors(value: Any) -> str | None:
    if not isinstance(value, dict):
        return Text("expected competitor names with their ladder levels")
    for name, level in value.items():
        if not isinstance(name, str) or not name.strip():
            return Text("a competitor needs a name")
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 4:
            return Text("{name}: {level} is not a ladder level from 1 to 4",
                        name=name, level=repr(level))
    return None


def _currency(value: Any) -> str | None:
    ok = isinstance(value, str) and len(value) == 3 and value.isascii() and value.isupper()
    return None if ok else Text("{value} is not a currency code such as RUB", value=repr(value))


#: (kind, field) -> extra rule beyond the column type
RULES: dict[tuple[str, str], Callable[[Any], str | None]] = {
    ("contact", "interest"): _between(SCALE_MIN, SCALE_MAX),
    ("contact", "involvement"): _between(SCALE_MIN, SCALE_MAX),
    ("ladder", "our_view"): _between(1, 4),
    ("ladder", "client_view"): _between(1, 4),
    ("ladder", "answers"): _ladder_answers,
    ("ladder", "competitors"): _competitors,
    ("account", "inn"): inn_problem,
    ("account", "currency"): _currency,
    ("revenue", "period"): period_problem,
    ("statistic", "period"): period_problem,
}


def entity(kind: str) -> type[Base]:
    if kind not in KINDS:
        raise InputError("", Text("unknown kind of record {kind}", kind=repr(kind)))
    return KINDS[kind][0]


def convert(kind: str, field: str, value: Any) -> Any:
    """Check one field's value and return it in the column's Python type."""
    columns = entity(kind).__table__.columns
    if field not in columns or field in _MANAGED:
        raise InputError(field, Text("is not a field that can be edited"))
    column = columns[field]
    if isinstance(value, str) and not isinstance(column.type, Enum) and not value.strip():
        value = None  # an emptied field clears it; other text is kept exactly
    if value is None:
        if not column.nullable:
            raise InputError(field, Text("must not be empty"))
        return None
    value = _typed(field, column.type, value)
    rule = RULES.get((kind, field))
    problem = rule(value) if rule else None
    if problem:
        raise InputError(field, problem)
    return value


def _typed(field: str, column_type: Any, value: Any) -> Any:
    if isinstance(column_type, Enum):
        enum_cls: type[PyEnum] = column_type.enum_class
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(m.value for m in enum_cls)
            raise InputError(field, Text("{value} is not one of: {allowed}",
                                         value=repr(value), allowed=allowed)) from None
    if isinstance(column_type, Boolean):
        if not isinstance(value, bool):
            raise InputError(field, Text("must be yes or no"))
        return value
    if isinstance(column_type, DateTime):
        raise InputError(field, Text("is not a field that can be edited"))
    if isinstance(column_type, Date):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise InputError(field, Text("{value} is not a date (YYYY-MM-DD)",
                                         value=repr(value))) from None
    if isinstance(column_type, Numeric) and not isinstance(column_type, Float):
        try:
            amount = Decimal(str(value)) if not isinstance(value, bool) else None
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite():
            raise InputError(field, Text("{value} is not an amount of money", value=repr(value)))
        if amount < 0:
            raise InputError(field, Text("an amount of money cannot be negative"))
        if amount != amount.quantize(Decimal("0.01")):
            raise InputError(field, Text("{value} has more than two decimal places", value=value))
        if amount >= MONEY_LIMIT:
            raise InputError(field, Text("{value} is too large (the limit is {limit})",
                                         value=value, limit=f"{MONEY_LIMIT:,}"))
        return amount
    if isinstance(column_type, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)) \
                or not math.isfinite(value):
            raise InputError(field, Text("{value} is not a number", value=repr(value)))
        return float(value)
    if isinstance(column_type, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(field, Text("{value} is not a whole number", value=repr(value)))
        if value < 0:
            raise InputError(field, Text("cannot be negative"))
        return value
    if isinstance(column_type, Uuid):
        try:
            return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            raise InputError(field, Text("{value} is not a record id", value=repr(value))) from None
    if isinstance(column_type, String):
        if not isinstance(value, str):
            raise InputError(field, Text("{value} is not text", value=repr(value)))
        if column_type.length and len(value) > column_type.length:
            raise InputError(field, Text("is longer than {length} characters",
                                         length=column_type.length))
        return value
    return value  # JSON columns: checked by their rules


def _get(session: Session, kind: str, record_id: uuid.UUID) -> Base:
    record = session.get(entity(kind), record_id)
    if record is None:
        raise InputError(kind, Text("the record no longer exists"))
    return record


def _check_whole(session: Session, kind: str, record: Base) -> None:
    """Rules across fields or records, checked after the values are in place and before
    they are flushed (so a clash is reported in words, not by the database)."""
    with session.no_autoflush:
        _check_rules_across(session, kind, record)


def _check_rules_across(session: Session, kind: str, record: Base) -> None:
    if kind == "account":
        if record.lifecycle is not None and record.lifecycle.needs_reason \
                and not record.lifecycle_reason:
            raise InputError("lifecycle_reason", Text("say why the client is sleeping or lost"))
        clash = session.scalar(select(Account.id).where(
            Account.name == record.name, Account.id != record.id))
        if clash is not None:
            raise InputError("name", Text("another account is already called {name}",
                                          name=repr(record.name)))
    if kind == "revenue":
        clash = session.scalar(select(Revenue.id).where(
            Revenue.account_id == record.account_id, Revenue.period == record.period,
            Revenue.id != record.id))
        if clash is not None:
            raise InputError("period", Text("there is already revenue for {period}",
                                            period=record.period))
    if kind in ("contact", "team"):
        cls = entity(kind)
        clash = session.scalar(select(cls.id).where(
            cls.account_id == record.account_id, cls.name == record.name, cls.id != record.id))
        if clash is not None:  # names are how files and diaries refer to people
            raise InputError("name", Text("{name} is already on this account",
                                          name=repr(record.name)))
    if kind == "contact" and record.reports_to_id is not None:
        seen = {record.id}
        boss = session.get(Contact, record.reports_to_id)
        while boss is not None:
            if boss.account_id != record.account_id:
                raise InputError("reports_to_id", Text("reports to someone at another client"))
            if boss.id in seen:
                raise InputError("reports_to_id", Text("would make a reporting circle"))
            seen.add(boss.id)
            boss = session.get(Contact, boss.reports_to_id) if boss.reports_to_id else None


def add_record(session: Session, *, kind: str, parent_id: uuid.UUID | None,
               values: dict[str, Any]) -> uuid.UUID:
    """Create a record of ``kind`` under its parent; returns its id."""
    cls = entity(kind)
    parent_column = KINDS[kind][1]
    record = cls(**{field: convert(kind, field, value) for field, value in values.items()})
    if parent_column is not None:
        if parent_id is None:
            raise InputError(kind, Text("needs the record it belongs to"))
        setattr(record, parent_column, parent_id)
    _check_whole(session, kind, record)
    session.add(record)
    session.flush()
    return record.contact_id if kind == "personal" else record.id


def update_record(session: Session, *, kind: str, record_id: uuid.UUID,
                  changes: dict[str, Any]) -> dict[str, Any]:
    """Change fields of a record. Only values that differ are written. Returns the old
    values of the fields that changed (apply them to undo)."""
    record = _get(session, kind, record_id)
    old: dict[str, Any] = {}
    for field, value in changes.items():
        new = convert(kind, field, value)
        current = getattr(record, field)
        if current != new:
            old[field] = current
            setattr(record, field, new)
    if old:
        _check_whole(session, kind, record)
        session.flush()
    return old


def delete_record(session: Session, *, kind: str, record_id: uuid.UUID) -> Snapshot:
    """Delete a record with everything that belongs to it; returns what restores it."""
    cls = entity(kind)
    _get(session, kind, record_id)
    key_column = cls.__table__.primary_key.columns.keys()[0]
    session.flush()
    return delete_with_snapshot(session, cls.__tablename__, {key_column: record_id})


def restore_record(session: Session, *, snapshot: Snapshot) -> None:
    """Undo a deletion: every deleted row comes back with its id."""
    restore_snapshot(session, snapshot)
