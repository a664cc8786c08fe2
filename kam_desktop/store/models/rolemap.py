"""Snapshots of the role map, kept to compare with later maps."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import Stance
from kam_desktop.store.models.base import Base, enum_column, utcnow, new_id, account_fk


class MapSnapshot(Base):
    """The role map of an account as it stood on a date (say, after a meeting), kept to
    compare with later maps."""

    __tablename__ = "map_snapshot"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    entries: Mapped[list[MapSnapshotEntry]] = relationship(
        back_populates="snapshot", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MapSnapshotEntry.name",
    )


class MapSnapshotEntry(Base):
    """Where one contact stood in a snapshot. The name is copied so that the snapshot
    still reads after the contact is deleted (erasing the person removes the row)."""

    __tablename__ = "map_snapshot_entry"

    id: Mapped[uuid.UUID] = new_id()
    snapshot_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("map_snapshot.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    interest: Mapped[float] = mapped_column(Float)
    involvement: Mapped[float] = mapped_column(Float)
    stance: Mapped[Stance] = mapped_column(enum_column(Stance))

    snapshot: Mapped[MapSnapshot] = relationship(back_populates="entries")
