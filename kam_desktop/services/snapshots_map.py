"""Snapshots of the role map: save the map as of a date with a note, list, delete and
restore them, and compare two snapshots (or a snapshot with the current map).

A snapshot copies each contact's name, scores and stance, so it still reads after a
contact is renamed or deleted; erasing a person removes their rows (see erasure).
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.rolemap import Movement, Placement, compare_snapshots
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, Contact, MapSnapshot, MapSnapshotEntry
from kam_desktop.store.snapshots import Snapshot, delete_with_snapshot, restore_snapshot


@dataclass(frozen=True)
class MapSnapshotInfo:
    id: uuid.UUID
    date: date
    note: str
    created_at: datetime
    people: int


def save_map_snapshot(session: Session, *, account_id: uuid.UUID, on: date | None,
                      note: str | None) -> uuid.UUID:
    """Keep the account's map as it is now, dated ``on``; returns the snapshot's id."""
    if session.get(Account, account_id) is None:
        raise InputError("account", Text("the account no longer exists"))
    if on is None:
        raise InputError("date", Text("must not be empty"))
    if not isinstance(on, date):
        raise InputError("date", Text("{value} is not a date (YYYY-MM-DD)", value=repr(on)))
    snapshot = MapSnapshot(account_id=account_id, date=on, note=(note or "").strip() or None)
    contacts = session.scalars(select(Contact).where(Contact.account_id == account_id,
                                                      Contact.left_on.is_(None)))
    snapshot.entries = [MapSnapshotEntry(contact_id=c.id, name=c.name, interest=c.interest,
                                         involvement=c.involvement, stance=c.stance)
                        for c in contacts]
    session.add(snapshot)
    session.flush()
    return snapshot.id


def list_map_snapshots(session: Session, account_id: uuid.UUID) -> list[MapSnapshotInfo]:
    """The account's snapshots, newest first."""
    people = (select(MapSnapshotEntry.snapshot_id, func.count().label("n"))
              .group_by(MapSnapshotEntry.snapshot_id).subquery())
    rows = session.execute(
        select(MapSnapshot, func.coalesce(people.c.n, 0))
        .outerjoin(people, people.c.snapshot_id == MapSnapshot.id)
        .where(MapSnapshot.account_id == account_id)
        .order_by(MapSnapshot.date.desc(), MapSnapshot.created_at.desc()))
    return [MapSnapshotInfo(s.id, s.date, s.note or "", s.created_at, n) for s, n in rows]


def delete_map_snapshot(session: Session, *, snapshot_id: uuid.UUID) -> Snapshot:
    """Delete a snapshot with its rows; returns what :func:`restore_map_snapshot` needs."""
    _get(session, snapshot_id)
    session.flush()
    return delete_with_snapshot(session, MapSnapshot.__tablename__, {"id": snapshot_id})


def restore_map_snapshot(session: Session, *, deleted: Snapshot) -> None:
    restore_snapshot(session, deleted)


def map_placements(session: Session, *, snapshot_id: uuid.UUID | None = None,
                   account_id: uuid.UUID | None = None) -> list[Placement]:
    """The people of a snapshot, or of the account's current map when no snapshot is
    given. A person is keyed by contact id, or by name once the contact is gone."""
    if snapshot_id is not None:
        _get(session, snapshot_id)
        rows = session.scalars(select(MapSnapshotEntry)
                               .where(MapSnapshotEntry.snapshot_id == snapshot_id))
        return [Placement(r.contact_id or r.name, r.name, r.interest, r.involvement, r.stance)
                for r in rows]
    rows = session.scalars(select(Contact).where(Contact.account_id == account_id,
                                                  Contact.left_on.is_(None)))
    return [Placement(c.id, c.name, c.interest, c.involvement, c.stance) for c in rows]


def compare_map_snapshots(session: Session, *, first_id: uuid.UUID,
                          second_id: uuid.UUID | None) -> list[Movement]:
    """How people moved from the first snapshot to the second, or to the current map of
    the first snapshot's account when ``second_id`` is None."""
    first = _get(session, first_id)
    before = map_placements(session, snapshot_id=first_id)
    after = (map_placements(session, snapshot_id=second_id) if second_id is not None
             else map_placements(session, account_id=first.account_id))
    return compare_snapshots(before, after)


def _get(session: Session, snapshot_id: uuid.UUID) -> MapSnapshot:
    snapshot = session.get(MapSnapshot, snapshot_id)
    if snapshot is None:
        raise InputError("snapshot", Text("the record no longer exists"))
    return snapshot
