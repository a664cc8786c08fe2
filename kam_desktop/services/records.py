"""Editing the records of an account: add, change, delete and restore, with validation.

Each record kind is an ORM entity; its fields are checked from the column types (text
length, dates, money with two decimals, enum values, numbers) plus the domain's own rules
(interest 0–10, ladder levels 1–4, INN check digits, periods, a reason for a sleeping or
lost client, unique account names). Every function writes only real changes and returns
what undoes it: the old values, or a snapshot of what was deleted.
"""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Float, Numeric, Uuid, select
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Joined, Text
from kam_desktop.services import holdings
from kam_desktop.services.errors import InputError
from kam_desktop.store.kinds import KINDS, RecordKind
from kam_desktop.store.models import Account, Base, Contact, Goal, TeamMember, travels
from kam_desktop.store import schema
from kam_desktop.store.snapshots import Snapshot, delete_with_snapshot, restore_snapshot

#: fields no edit may set directly (a record's parent, such as a plan action's goal, is
#: not editable either)
_MANAGED = {"id", "account_id", "contact_id", "created_at", "updated_at"}
#: one record per account and period: the column that names the period
_ONE_PER_PERIOD = {"revenue": "period", "potential": "year"}
#: kinds of which an account holds one per value of their natural key (the schema's
#: unique constraint, said in words before the database refuses)
_ONE_PER_KEY = ("group_potential", "involvement_share")


def record_kind(kind: str) -> RecordKind:
    if kind not in KINDS:
        raise InputError("", Text("unknown kind of record {kind}", kind=repr(kind)))
    return KINDS[kind]


def entity(kind: str) -> type[Base]:
    return record_kind(kind).model


def editable(kind: str, field: str) -> bool:
    """Whether an edit may set ``field``: not the record's key, parent, bookkeeping or a
    derived field."""
    record = record_kind(kind)
    return field in record.table.columns and field not in _MANAGED \
        and field != record.parent and not isinstance(record.table.c[field].type, DateTime) \
        and travels(record.table.c[field])


def convert(kind: str, field: str, value: Any) -> Any:
    """Check one field's value and return it in the column's Python type: the form's
    notation (text for dates and amounts) is read here, the rules are the schema's."""
    if not editable(kind, field):
        raise InputError(field, Text("is not a field that can be edited"))
    column = record_kind(kind).table.columns[field]
    if isinstance(value, str) and not isinstance(column.type, Enum) and not value.strip():
        value = None  # an emptied field clears it; other text is kept exactly
    if value is not None:
        value = _typed(column.type, value)
    problem = schema.problem(kind, field, value)
    if problem:
        raise InputError(field, problem)
    return value


def _typed(column_type: Any, value: Any) -> Any:
    """The value in the column's Python type, read from a form's notation where it is
    text; a value that cannot be read is left for the schema's rule to name."""
    if isinstance(column_type, Enum):
        try:
            return column_type.enum_class(value)
        except ValueError:
            return value
    if isinstance(column_type, Date) and isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(column_type, Numeric) and not isinstance(column_type, Float) \
            and isinstance(value, (str, float, int)) and not isinstance(value, bool):
        try:
            return Decimal(value.strip() if isinstance(value, str) else repr(value))
        except InvalidOperation:
            return value
    if isinstance(column_type, Float) and isinstance(value, Decimal):
        return float(value) if value.is_finite() else value
    if isinstance(column_type, Uuid) and isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return value
    return value


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
        problem = holdings.parent_problem(session, record.id, record.parent_id)
        if problem:
            raise InputError("parent_id", problem)
    if kind in _ONE_PER_PERIOD:
        field = _ONE_PER_PERIOD[kind]
        cls, value = entity(kind), getattr(record, field)
        clash = session.scalar(select(cls.id).where(
            cls.account_id == record.account_id, getattr(cls, field) == value,
            cls.id != record.id))
        if clash is not None:
            raise InputError(field, Text("there is already revenue for {period}", period=value)
                             if kind == "revenue" else
                             Text("there is already a potential for {year}", year=value))
    if kind in _ONE_PER_KEY:
        cls, key = entity(kind), KINDS[kind].natural_key
        clash = session.scalar(select(cls.id).where(
            cls.account_id == record.account_id, cls.id != record.id,
            *(getattr(cls, field) == getattr(record, field) for field in key)))
        if clash is not None:
            raise InputError(key[-1], Text("this account already has {noun} for {key}",
                                           noun=KINDS[kind].noun,
                                           key=Joined(getattr(record, f) for f in key)))
    if kind == "opportunity" and record.goal_id is not None:
        goal = session.get(Goal, record.goal_id)
        if goal is None or goal.account_id != record.account_id:
            raise InputError("goal_id", Text("is not a goal of this account's plan"))
    if KINDS[kind].unique_key:  # people: names are how files and diaries refer to them
        cls = entity(kind)
        clash = session.scalar(select(cls.id).where(
            cls.account_id == record.account_id, cls.name == record.name, cls.id != record.id))
        if clash is not None:
            raise InputError("name", Text("{name} is already on this account",
                                          name=repr(record.name)))
    if kind == "value_entry" and record.delivered_by_id is not None:
        member = session.get(TeamMember, record.delivered_by_id)
        if member is None or member.account_id != record.account_id:
            raise InputError("delivered_by_id", Text("is not on this account's team"))
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
    parent_column = KINDS[kind].parent
    for column in cls.__table__.columns:
        if (not column.nullable and column.default is None and column.server_default is None
                and not column.primary_key and column.name != parent_column
                and column.name not in values):
            raise InputError(column.name, Text("missing: give a value"))
    record = cls(**{field: convert(kind, field, value) for field, value in values.items()})
    if parent_column is not None:
        if parent_id is None:
            raise InputError(kind, Text("needs the record it belongs to"))
        setattr(record, parent_column, parent_id)
    _check_whole(session, kind, record)
    session.add(record)
    session.flush()
    return record.contact_id if kind == "personal_notes" else record.id


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
