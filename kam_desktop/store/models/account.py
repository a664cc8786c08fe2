"""The account and its figures: revenue, potential, deals, the ladder, cooling, hand-overs,
the lifecycle history, workload."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import Category, Lifecycle, Motivation
from kam_desktop.store.models.base import (
    DERIVED, Base, Money, enum_column, utcnow, new_id, account_fk, children)

if TYPE_CHECKING:
    from kam_desktop.store.models.diary import DiaryEntry
    from kam_desktop.store.models.loss import Loss
    from kam_desktop.store.models.people import Contact, TeamMember
    from kam_desktop.store.models.plan import Goal, Opportunity
    from kam_desktop.store.models.value import InvolvementShare, Statistic, SwitchingBarrier, ValueEntry


class Account(Base):
    __tablename__ = "account"

    id: Mapped[uuid.UUID] = new_id()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    legal_name: Mapped[Optional[str]] = mapped_column(String(300))
    inn: Mapped[Optional[str]] = mapped_column(String(12))
    industry: Mapped[Optional[str]] = mapped_column(String(200))
    region: Mapped[Optional[str]] = mapped_column(String(200))
    website: Mapped[Optional[str]] = mapped_column(String(300))
    address: Mapped[Optional[str]] = mapped_column(Text)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    category: Mapped[Category] = mapped_column(enum_column(Category), default=Category.DEVELOPING)
    motivation: Mapped[Optional[Motivation]] = mapped_column(enum_column(Motivation))
    lifecycle: Mapped[Lifecycle] = mapped_column(enum_column(Lifecycle), default=Lifecycle.PROSPECT,
                                                 index=True)
    lifecycle_reason: Mapped[Optional[str]] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    #: the company's size: its staff and its sites (plants, branches)
    staff: Mapped[Optional[int]] = mapped_column(Integer)
    sites: Mapped[Optional[int]] = mapped_column(Integer)
    #: the holding this company belongs to (another account); deleting the holding leaves
    #: its subsidiaries standing alone
    parent_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    #: the day of the account's last diary entry up to the day it was derived, and of its
    #: next entry after that day (store.last_met): no entry falls between the two
    last_met: Mapped[Optional[date]] = mapped_column(Date, info=DERIVED)
    next_met: Mapped[Optional[date]] = mapped_column(Date, index=True, info=DERIVED)

    revenue: Mapped[list[Revenue]] = children("Revenue", "Revenue.period")
    potentials: Mapped[list[Potential]] = children("Potential", "Potential.year")
    group_potentials: Mapped[list[GroupPotential]] = children(
        "GroupPotential", "GroupPotential.year")
    deals: Mapped[list[Deal]] = children("Deal", "Deal.date")
    ladder: Mapped[list[LadderAssessment]] = children("LadderAssessment", "LadderAssessment.date")
    contacts: Mapped[list[Contact]] = children("Contact", "Contact.name")
    team: Mapped[list[TeamMember]] = children("TeamMember", "TeamMember.name")
    diary: Mapped[list[DiaryEntry]] = children("DiaryEntry", "DiaryEntry.date")
    opportunities: Mapped[list[Opportunity]] = children("Opportunity", "Opportunity.title")
    goals: Mapped[list[Goal]] = children("Goal", "Goal.deadline")
    value_entries: Mapped[list[ValueEntry]] = children("ValueEntry", "ValueEntry.date")
    statistics: Mapped[list[Statistic]] = children("Statistic", "Statistic.name")
    involvement: Mapped[list[InvolvementShare]] = children("InvolvementShare")
    switching_barriers: Mapped[list[SwitchingBarrier]] = children(
        "SwitchingBarrier", "SwitchingBarrier.since"
    )
    cooling_reasons: Mapped[list[CoolingReason]] = children("CoolingReason", "CoolingReason.date")
    handovers: Mapped[list[Handover]] = children("Handover", "Handover.date")
    losses: Mapped[list[Loss]] = children("Loss", "Loss.date")
    lifecycle_history: Mapped[list[LifecycleChange]] = children(
        "LifecycleChange", "LifecycleChange.date")
    workload: Mapped[Optional[WorkloadFactors]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False,
        back_populates="account",
    )


class Revenue(Base):
    """Our revenue from the account in one period ("2025" or "2025-Q3")."""

    __tablename__ = "revenue"
    __table_args__ = (UniqueConstraint("account_id", "period"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    period: Mapped[str] = mapped_column(String(7))
    amount: Mapped[Decimal] = mapped_column(Money)

    account: Mapped[Account] = relationship(back_populates="revenue")


class Potential(Base):
    """What the client buys a year of the kinds of goods we sell, from us and from
    others, as estimated for ``year``. It holds until a later year's estimate replaces
    it, so the share of wallet of a past period is set against the potential of its
    own time (domain/wallet.py)."""

    __tablename__ = "potential"
    __table_args__ = (UniqueConstraint("account_id", "year"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)

    account: Mapped[Account] = relationship(back_populates="potentials")


class GroupPotential(Base):
    """What the client buys a year of one of our product groups, from us and from
    others, as estimated for ``year``, and who supplies the rest (seed 001,
    segmentation): the main competitor in the group, its estimated share and why the
    client buys from it. Like the account's potential it holds until a later year's
    estimate of the same group replaces it (domain/group_share.py)."""

    __tablename__ = "group_potential"
    __table_args__ = (UniqueConstraint("account_id", "year", "product_group"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    year: Mapped[int] = mapped_column(Integer)
    #: as the deals name it; the Preferences' list of groups gives the usual spelling
    product_group: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    competitor: Mapped[Optional[str]] = mapped_column(String(200))
    #: the competitor's estimated share of the group's purchases, in per cent
    competitor_share: Mapped[Optional[float]] = mapped_column(Float)
    #: why the client buys the group from the competitor
    competitor_reason: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="group_potentials")


class Deal(Base):
    """One purchase by the client (a shipment, an order, a signed contract), usually
    brought in from the company's ERP. ``reference`` is the ERP's document number: when
    present it is the deal's identity there."""

    __tablename__ = "deal"
    #: from the indexes alone (migration 0023): an account's deals by date, with their
    #: amounts (the portfolio's sums), and by product group (the groups' revenue)
    __table_args__ = (Index("ix_deal_account_date", "account_id", "date", "amount"),
                      Index("ix_deal_account_groups", "account_id", "product_group", "date",
                            "amount"))

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    product_group: Mapped[Optional[str]] = mapped_column(String(200))
    reference: Mapped[Optional[str]] = mapped_column(String(100))

    account: Mapped[Account] = relationship(back_populates="deals")


class LadderAssessment(Base):
    """Where the client puts us (and competitors) on the supplier ladder, on a date."""

    __tablename__ = "ladder_assessment"
    __table_args__ = (Index("ix_ladder_assessment_account_date", "account_id", "date"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date)
    our_view: Mapped[int] = mapped_column(Integer)
    client_view: Mapped[Optional[int]] = mapped_column(Integer)
    #: competitor name -> ladder level 1..4
    competitors: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    #: diagnostic question key (LADDER_QUESTIONS) -> bool; unanswered keys absent
    answers: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    next_steps: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="ladder")


class CoolingReason(Base):
    """Why the relationship cooled (or the client was lost) at some date."""

    __tablename__ = "cooling_reason"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="cooling_reasons")


class Handover(Base):
    """The account passed from one of our managers to another (seed 003: from whoever
    found the client to the client manager, or on to a project manager). Recording one
    makes the receiver the account's owner."""

    __tablename__ = "handover"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date)
    #: the owner before (None: the account had none)
    from_name: Mapped[Optional[str]] = mapped_column(String(200))
    to_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="handovers")


class LifecycleChange(Base):
    """The account moved from one lifecycle stage to another on ``date`` (its first
    entry, from no stage, is where it started). Every write that changes the stage adds
    one in the same transaction (store.lifecycle_history)."""

    __tablename__ = "lifecycle_change"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    from_stage: Mapped[Optional[Lifecycle]] = mapped_column(enum_column(Lifecycle))
    to_stage: Mapped[Lifecycle] = mapped_column(enum_column(Lifecycle))
    #: why, in words (a sleeping or lost client's reason)
    reason: Mapped[Optional[str]] = mapped_column(Text)
    #: who changed it (the user's name in Preferences); None when not known
    changed_by: Mapped[Optional[str]] = mapped_column(String(200))

    account: Mapped[Account] = relationship(back_populates="lifecycle_history")


class WorkloadFactors(Base):
    """How much work an account demands of its KAM: the nine load factors of the
    methodology, each on a 1-5 scale in its natural sense (5 = much potential, a very
    experienced KAM, far away, …). ``domain.workload`` turns them into a load score."""

    __tablename__ = "workload_factors"

    account_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    client_potential: Mapped[Optional[int]] = mapped_column(SmallInteger)
    kam_experience: Mapped[Optional[int]] = mapped_column(SmallInteger)
    distance: Mapped[Optional[int]] = mapped_column(SmallInteger)
    purchasing_centralisation: Mapped[Optional[int]] = mapped_column(SmallInteger)
    people_to_keep: Mapped[Optional[int]] = mapped_column(SmallInteger)
    internal_coordination: Mapped[Optional[int]] = mapped_column(SmallInteger)
    delivery_reliability: Mapped[Optional[int]] = mapped_column(SmallInteger)
    competition: Mapped[Optional[int]] = mapped_column(SmallInteger)
    support_staff: Mapped[Optional[int]] = mapped_column(SmallInteger)

    account: Mapped[Account] = relationship(back_populates="workload")
