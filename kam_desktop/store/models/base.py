"""What every table shares: the declarative base, its naming convention and column helpers.

Every table has a UUID primary key so that rows keep their identity when data
moves between laptops. Money is ``Numeric(16, 2)`` in the account's currency.
Everything here is dialect-neutral: the same schema works on SQLite and on a
shared PostgreSQL server.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from enum import Enum as PyEnum
from typing import Any, Optional

from sqlalchemy import (
    Enum,
    ForeignKey,
    MetaData,
    Numeric,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(16, 2, asdecimal=True)

#: the ``info`` of a column this laptop derives from other records (store.last_met keeps
#: it true on every write): neither bundles nor interchange files carry it, forms do not
#: edit it, and each laptop derives its own (schema.travels reads the mark)
DERIVED = {"travels": False}


def travels(column: Any) -> bool:
    """Whether bundles and interchange files carry ``column`` (not a :data:`DERIVED` one)."""
    return column.info.get("travels", True)


def enum_column(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum as its value in a plain VARCHAR (portable, readable)."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


def account_fk() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)


def children(target: str, order_by: Optional[str] = None) -> Any:
    return relationship(
        target,
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=order_by,
    )
