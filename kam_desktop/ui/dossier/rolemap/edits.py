"""The role map's undoable edits: each calls one service and returns the edit that
reverses it, for :func:`kam_desktop.ui.undo.run_edit`."""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from kam_desktop.services.rolemap import place_contact_on_map
from kam_desktop.services.snapshots_map import (
    delete_map_snapshot, restore_map_snapshot, save_map_snapshot,
)
from kam_desktop.store.snapshots import Snapshot


@dataclass(frozen=True)
class PlaceOnMap:
    """Move a contact on the map: ``changes`` holds the new interest and/or involvement;
    the reverse holds the old values of those that changed (none: nothing to undo)."""

    contact_id: uuid.UUID
    changes: dict[str, float]

    def apply(self, session: Session) -> PlaceOnMap:
        return PlaceOnMap(self.contact_id, place_contact_on_map(
            session, contact_id=self.contact_id, **self.changes))


@dataclass(frozen=True)
class SaveMapSnapshot:
    """An undoable saving of a snapshot: undone, it deletes the snapshot again."""

    account_id: uuid.UUID
    on: date | None
    note: str

    def apply(self, session: Session) -> DeleteMapSnapshot:
        return DeleteMapSnapshot(save_map_snapshot(session, account_id=self.account_id,
                                                   on=self.on, note=self.note))


@dataclass(frozen=True)
class DeleteMapSnapshot:
    snapshot_id: uuid.UUID

    def apply(self, session: Session) -> RestoreMapSnapshot:
        return RestoreMapSnapshot(self.snapshot_id,
                                  delete_map_snapshot(session, snapshot_id=self.snapshot_id))


@dataclass(frozen=True)
class RestoreMapSnapshot:
    snapshot_id: uuid.UUID
    deleted: Snapshot = field(compare=False)

    def apply(self, session: Session) -> DeleteMapSnapshot:
        restore_map_snapshot(session, deleted=self.deleted)
        return DeleteMapSnapshot(self.snapshot_id)
