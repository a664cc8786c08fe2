"""The value dossier: what we gave the client, our figures, who took part, switching barriers."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import Stage, ValueKind
from kam_desktop.store.models.base import Base, Money, enum_column, new_id, account_fk

if TYPE_CHECKING:
    from kam_desktop.store.models.account import Account
    from kam_desktop.store.models.people import TeamMember


class ValueEntry(Base):
    """Something we gave the client beyond the product, valued in money."""

    __tablename__ = "value_entry"
    #: the accounts given value in a period (the completeness of every dossier) and how
    #: much (the portfolio's value this year), from the index alone
    __table_args__ = (Index("ix_value_entry_account_date", "account_id", "date",
                            "client_benefit"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[ValueKind] = mapped_column(enum_column(ValueKind))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[Optional[str]] = mapped_column(Text)
    #: the client's department that benefited
    department: Mapped[Optional[str]] = mapped_column(String(200))
    our_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    client_benefit: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    #: who on our side delivered it (internal: credited to them, never shown to the client)
    delivered_by_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    #: our department that delivered it, when not (only) the team member's own
    delivered_by_department: Mapped[Optional[str]] = mapped_column(String(200))

    account: Mapped[Account] = relationship(back_populates="value_entries")
    delivered_by: Mapped[Optional[TeamMember]] = relationship()


class Statistic(Base):
    """A figure of our performance for the value dossier (e.g. on-time delivery, %)."""

    __tablename__ = "statistic"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    name: Mapped[str] = mapped_column(String(300))
    value: Mapped[float] = mapped_column(Float)
    period: Mapped[Optional[str]] = mapped_column(String(7))

    account: Mapped[Account] = relationship(back_populates="statistics")


class InvolvementShare(Base):
    """The share (%) of one of our departments in one stage of serving the client."""

    __tablename__ = "involvement_share"
    __table_args__ = (UniqueConstraint("account_id", "stage", "department"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    stage: Mapped[Stage] = mapped_column(enum_column(Stage))
    department: Mapped[str] = mapped_column(String(200))
    percent: Mapped[float] = mapped_column(Float)
    #: what the department does at that stage
    role_text: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="involvement")


class SwitchingBarrier(Base):
    """Something that makes leaving us costly for the client (shared software, portal…)."""

    __tablename__ = "switching_barrier"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    description: Mapped[str] = mapped_column(Text)
    since: Mapped[Optional[date]] = mapped_column(Date)

    account: Mapped[Account] = relationship(back_populates="switching_barriers")
