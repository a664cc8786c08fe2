"""The bookkeeping of exchange between laptops (see sync/ and docs/sync-format.md)."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column
from kam_desktop.store.models.base import Base, utcnow, new_id


class SyncReplica(Base):
    """A laptop whose writes are known here: this one (``is_self``) and those whose
    writes arrived in bundles. Stamps name a replica by its local number ``no``; bundles
    translate numbers to the replica's UUID."""

    __tablename__ = "sync_replica"

    no: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    #: who works on that laptop, as shown beside a conflict ("Ирина on ws-17")
    name: Mapped[Optional[str]] = mapped_column(String(200))
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    #: this replica: the newest hybrid-logical-clock value it has issued or seen
    clock: Mapped[int] = mapped_column(BigInteger, default=0)


class SyncClock(Base):
    """When each field of a synced record was last really changed, and where.

    ``stamps`` maps a field to ``[hlc, replica no]``; the key ``"*"`` stamps every field
    not listed (a record created in one go). A field with no stamp counts as written at
    time zero (rows from before the exchange existed, the demo portfolio)."""

    __tablename__ = "sync_clock"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    stamps: Mapped[dict[str, list[int]]] = mapped_column(JSON)


class SyncTombstone(Base):
    """A deleted record (and with it everything the schema deletes with it), or an
    erased person (``erased``: wins over any edit, anywhere)."""

    __tablename__ = "sync_tombstone"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    #: the account the record belonged to, so that a bundle of some accounts carries
    #: their deletions (no foreign key: the account may be the deleted record)
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    replica_no: Mapped[int] = mapped_column(ForeignKey("sync_replica.no"))
    erased: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncConflict(Base):
    """A value that lost to a concurrent change of the same field on another laptop (or a
    record brought back or kept after a deletion elsewhere). Never holds anything of an
    erased person: erasing removes the person's entries and mentions."""

    __tablename__ = "sync_conflict"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: the field, or None for the record as a whole
    field: Mapped[Optional[str]] = mapped_column(String(60))
    #: "field": a concurrent change lost; "restored": deleted here, brought back by a
    #: later change elsewhere; "kept": deleted elsewhere, kept for a later change here;
    #: "duplicate": the same entry made on two laptops, one kept
    kind: Mapped[str] = mapped_column(String(16))
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_replica_no: Mapped[Optional[int]] = mapped_column(ForeignKey("sync_replica.no"))
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_replica_no: Mapped[Optional[int]] = mapped_column(ForeignKey("sync_replica.no"))
    logged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the user chose the losing value after all
    switched: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncSeen(Base):
    """How far this laptop has seen each replica's writes to an account: every write of
    that replica to the account's records up to ``hlc`` is merged here. Two changes of a
    field conflict when neither side had seen the other's."""

    __tablename__ = "sync_seen"

    account_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    replica_no: Mapped[int] = mapped_column(ForeignKey("sync_replica.no"), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)


class SyncImport(Base):
    """A bundle already imported: the same bundle, or an older one from the same laptop
    covering no more accounts, is not merged again."""

    __tablename__ = "sync_import"

    bundle_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    replica_no: Mapped[int] = mapped_column(ForeignKey("sync_replica.no"), index=True)
    #: the sending replica's clock when it wrote the bundle
    made_hlc: Mapped[int] = mapped_column(BigInteger)
    #: the account ids the bundle covered; None for the whole portfolio
    scope: Mapped[Optional[list[str]]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
