"""The ORM entities of a key-account portfolio.

Every table has a UUID primary key so that rows keep their identity when data
moves between laptops. Money is ``Numeric(16, 2)`` in the account's currency.
Everything here is dialect-neutral: the same schema works on SQLite and on a
shared PostgreSQL server.
"""
from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kam_desktop.domain.enums import (
    ActionStatus,
    Category,
    ConsentWay,
    DiaryKind,
    Lifecycle,
    Motivation,
    OpportunityClass,
    OpportunityStatus,
    Stage,
    Stance,
    TeamLevel,
    ValueKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(16, 2, asdecimal=True)


def _enum(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum as its value in a plain VARCHAR (portable, readable)."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


def _account_fk() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)


def _children(target: str, order_by: Optional[str] = None) -> Any:
    return relationship(
        target,
        back_populates="account",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=order_by,
    )


class Account(Base):
    __tablename__ = "account"

    id: Mapped[uuid.UUID] = _id()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    legal_name: Mapped[Optional[str]] = mapped_column(String(300))
    inn: Mapped[Optional[str]] = mapped_column(String(12))
    industry: Mapped[Optional[str]] = mapped_column(String(200))
    region: Mapped[Optional[str]] = mapped_column(String(200))
    website: Mapped[Optional[str]] = mapped_column(String(300))
    address: Mapped[Optional[str]] = mapped_column(Text)
    notes: Mapped[Optional[str]] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    category: Mapped[Category] = mapped_column(_enum(Category), default=Category.DEVELOPING)
    motivation: Mapped[Optional[Motivation]] = mapped_column(_enum(Motivation))
    lifecycle: Mapped[Lifecycle] = mapped_column(_enum(Lifecycle), default=Lifecycle.PROSPECT)
    lifecycle_reason: Mapped[Optional[str]] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=_utcnow
    )

    revenue: Mapped[list[Revenue]] = _children("Revenue", "Revenue.period")
    potentials: Mapped[list[Potential]] = _children("Potential", "Potential.year")
    deals: Mapped[list[Deal]] = _children("Deal", "Deal.date")
    ladder: Mapped[list[LadderAssessment]] = _children("LadderAssessment", "LadderAssessment.date")
    contacts: Mapped[list[Contact]] = _children("Contact", "Contact.name")
    team: Mapped[list[TeamMember]] = _children("TeamMember", "TeamMember.name")
    diary: Mapped[list[DiaryEntry]] = _children("DiaryEntry", "DiaryEntry.date")
    opportunities: Mapped[list[Opportunity]] = _children("Opportunity", "Opportunity.title")
    goals: Mapped[list[Goal]] = _children("Goal", "Goal.deadline")
    value_entries: Mapped[list[ValueEntry]] = _children("ValueEntry", "ValueEntry.date")
    statistics: Mapped[list[Statistic]] = _children("Statistic", "Statistic.name")
    involvement: Mapped[list[InvolvementShare]] = _children("InvolvementShare")
    switching_barriers: Mapped[list[SwitchingBarrier]] = _children(
        "SwitchingBarrier", "SwitchingBarrier.since"
    )
    cooling_reasons: Mapped[list[CoolingReason]] = _children("CoolingReason", "CoolingReason.date")
    workload: Mapped[Optional[WorkloadFactors]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, uselist=False,
        back_populates="account",
    )


class Revenue(Base):
    """Our revenue from the account in one period ("2025" or "2025-Q3")."""

    __tablename__ = "revenue"
    __table_args__ = (UniqueConstraint("account_id", "period"),)

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
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

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)

    account: Mapped[Account] = relationship(back_populates="potentials")


class Deal(Base):
    """One purchase by the client (a shipment, an order, a signed contract), usually
    brought in from the company's ERP. ``reference`` is the ERP's document number: when
    present it is the deal's identity there."""

    __tablename__ = "deal"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    product_group: Mapped[Optional[str]] = mapped_column(String(200))
    reference: Mapped[Optional[str]] = mapped_column(String(100))

    account: Mapped[Account] = relationship(back_populates="deals")


class LadderAssessment(Base):
    """Where the client puts us (and competitors) on the supplier ladder, on a date."""

    __tablename__ = "ladder_assessment"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date)
    our_view: Mapped[int] = mapped_column(Integer)
    client_view: Mapped[Optional[int]] = mapped_column(Integer)
    #: competitor name -> ladder level 1..4
    competitors: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    #: diagnostic question key (LADDER_QUESTIONS) -> bool; unanswered keys absent
    answers: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    next_steps: Mapped[Optional[str]] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="ladder")


class Contact(Base):
    """A person at the client, placed on the role map by interest x involvement."""

    __tablename__ = "contact"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[Optional[str]] = mapped_column(String(200))
    department: Mapped[Optional[str]] = mapped_column(String(200))
    reports_to_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[Optional[str]] = mapped_column(String(200))
    phone: Mapped[Optional[str]] = mapped_column(String(50))
    interest: Mapped[float] = mapped_column(Float, default=5.0)
    involvement: Mapped[float] = mapped_column(Float, default=5.0)
    stance: Mapped[Stance] = mapped_column(_enum(Stance), default=Stance.NEUTRAL)
    #: the last day we checked that the person still holds the position: a dossier's map is
    #: only as good as its people are current
    confirmed_on: Mapped[Optional[date]] = mapped_column(Date)
    #: the day the person left the client; they stay on record with their history
    left_on: Mapped[Optional[date]] = mapped_column(Date)
    #: where they went (free text: another client, a competitor, a company we don't serve)
    left_to: Mapped[Optional[str]] = mapped_column(String(300))
    #: the same person as a contact of the account they moved to, if we keep one
    successor_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="contacts")
    reports_to: Mapped[Optional[Contact]] = relationship(
        remote_side=[id], foreign_keys=[reports_to_id]
    )
    personal: Mapped[Optional[PersonalNotes]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True,
        uselist=False,
    )


class PersonalNotes(Base):
    """The personal questionnaire of a contact. Sensitive personal data: kept in its
    own table so it is easy to leave out of anything client-facing and to erase."""

    __tablename__ = "personal_notes"

    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    education: Mapped[Optional[str]] = mapped_column(Text)
    last_job: Mapped[Optional[str]] = mapped_column(Text)
    cares_about: Mapped[Optional[str]] = mapped_column(Text)
    interests: Mapped[Optional[str]] = mapped_column(Text)
    relations_with_us: Mapped[Optional[str]] = mapped_column(Text)
    ethics: Mapped[Optional[str]] = mapped_column(Text)
    negotiation_style: Mapped[Optional[str]] = mapped_column(Text)
    obligations: Mapped[Optional[str]] = mapped_column(Text)
    key_problems: Mapped[Optional[str]] = mapped_column(Text)
    competitor_edge: Mapped[Optional[str]] = mapped_column(Text)
    #: when and how the person agreed to the questionnaire (asked with the first note)
    consent_on: Mapped[Optional[date]] = mapped_column(Date)
    consent_how: Mapped[Optional[ConsentWay]] = mapped_column(_enum(ConsentWay))

    contact: Mapped[Contact] = relationship(back_populates="personal")


class TeamMember(Base):
    """One of our people on the account, optionally mirroring a client contact: the one
    place that says who mirrors whom."""

    __tablename__ = "team_member"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[Optional[str]] = mapped_column(String(200))
    #: an executive mirroring a client's leader is top-to-top selling
    level: Mapped[TeamLevel] = mapped_column(_enum(TeamLevel), default=TeamLevel.SPECIALIST)
    mirrors_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="team")
    mirrors: Mapped[Optional[Contact]] = relationship()


class DiaryEntry(Base):
    __tablename__ = "diary_entry"
    #: open next steps by due date, for the portfolio and the Today list
    __table_args__ = (Index("ix_diary_entry_open_steps", "done", "next_step_due"),)

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[DiaryKind] = mapped_column(_enum(DiaryKind))
    summary: Mapped[str] = mapped_column(Text)
    next_step: Mapped[Optional[str]] = mapped_column(Text)
    next_step_due: Mapped[Optional[date]] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    account: Mapped[Account] = relationship(back_populates="diary")
    attendees: Mapped[list[DiaryAttendee]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", passive_deletes=True
    )


class DiaryAttendee(Base):
    """A contact or a team member present at a diary entry (exactly one is set)."""

    __tablename__ = "diary_attendee"

    id: Mapped[uuid.UUID] = _id()
    entry_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("diary_entry.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    team_member_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("team_member.id", ondelete="CASCADE"), index=True
    )

    entry: Mapped[DiaryEntry] = relationship(back_populates="attendees")
    contact: Mapped[Optional[Contact]] = relationship()
    team_member: Mapped[Optional[TeamMember]] = relationship()


class Opportunity(Base):
    __tablename__ = "opportunity"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    title: Mapped[str] = mapped_column(String(300))
    opportunity_class: Mapped[OpportunityClass] = mapped_column(_enum(OpportunityClass))
    benefit: Mapped[Optional[Decimal]] = mapped_column(Money)
    cost: Mapped[Optional[Decimal]] = mapped_column(Money)
    people: Mapped[Optional[int]] = mapped_column(Integer)
    days: Mapped[Optional[int]] = mapped_column(Integer)
    status: Mapped[OpportunityStatus] = mapped_column(
        _enum(OpportunityStatus), default=OpportunityStatus.IDEA
    )
    #: the goal of the account plan the opportunity serves
    goal_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="opportunities")


class Goal(Base):
    """A goal of the account development plan, mirroring one of the client's goals."""

    __tablename__ = "goal"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    client_goal: Mapped[str] = mapped_column(Text)
    our_goal: Mapped[str] = mapped_column(Text)
    measure: Mapped[Optional[str]] = mapped_column(Text)
    deadline: Mapped[Optional[date]] = mapped_column(Date)
    strategy_product: Mapped[Optional[str]] = mapped_column(Text)
    strategy_price: Mapped[Optional[str]] = mapped_column(Text)
    strategy_promotion: Mapped[Optional[str]] = mapped_column(Text)
    strategy_place: Mapped[Optional[str]] = mapped_column(Text)
    resource_people: Mapped[Optional[int]] = mapped_column(Integer)
    resource_days: Mapped[Optional[int]] = mapped_column(Integer)
    resource_budget: Mapped[Optional[Decimal]] = mapped_column(Money)

    account: Mapped[Account] = relationship(back_populates="goals")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="goal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PlanAction.due",
    )


class PlanAction(Base):
    __tablename__ = "plan_action"

    id: Mapped[uuid.UUID] = _id()
    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(200))
    due: Mapped[Optional[date]] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.PLANNED)

    goal: Mapped[Goal] = relationship(back_populates="actions")


class ValueEntry(Base):
    """Something we gave the client beyond the product, valued in money."""

    __tablename__ = "value_entry"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[ValueKind] = mapped_column(_enum(ValueKind))
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

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    name: Mapped[str] = mapped_column(String(300))
    value: Mapped[float] = mapped_column(Float)
    period: Mapped[Optional[str]] = mapped_column(String(7))

    account: Mapped[Account] = relationship(back_populates="statistics")


class InvolvementShare(Base):
    """The share (%) of one of our departments in one stage of serving the client."""

    __tablename__ = "involvement_share"
    __table_args__ = (UniqueConstraint("account_id", "stage", "department"),)

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    stage: Mapped[Stage] = mapped_column(_enum(Stage))
    department: Mapped[str] = mapped_column(String(200))
    percent: Mapped[float] = mapped_column(Float)

    account: Mapped[Account] = relationship(back_populates="involvement")


class SwitchingBarrier(Base):
    """Something that makes leaving us costly for the client (shared software, portal…)."""

    __tablename__ = "switching_barrier"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    description: Mapped[str] = mapped_column(Text)
    since: Mapped[Optional[date]] = mapped_column(Date)

    account: Mapped[Account] = relationship(back_populates="switching_barriers")


class CoolingReason(Base):
    """Why the relationship cooled (or the client was lost) at some date."""

    __tablename__ = "cooling_reason"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="cooling_reasons")


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


class ExchangeRate(Base):
    """How many units of ``base`` one unit of ``currency`` was worth in a period: a year
    ("2025"), a quarter ("2025-Q3") or a day ("2025-03-14", a central bank's daily rate).
    A portfolio-level table: rates belong to no account (domain.money reads them)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "base", "period"),)

    id: Mapped[uuid.UUID] = _id()
    currency: Mapped[str] = mapped_column(String(3))
    base: Mapped[str] = mapped_column(String(3))
    period: Mapped[str] = mapped_column(String(10))
    rate: Mapped[Decimal] = mapped_column(Numeric(20, 8, asdecimal=True))


class ErasureLog(Base):
    """That a person's data was erased, by whom and when; never who the person was."""

    __tablename__ = "erasure_log"

    id: Mapped[uuid.UUID] = _id()
    erased_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    erased_by: Mapped[Optional[str]] = mapped_column(String(200))
    #: the account the person belonged to (it may be deleted later: no foreign key)
    account_id: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid)


class MapSnapshot(Base):
    """The role map of an account as it stood on a date (say, after a meeting), kept to
    compare with later maps."""

    __tablename__ = "map_snapshot"

    id: Mapped[uuid.UUID] = _id()
    account_id: Mapped[uuid.UUID] = _account_fk()
    date: Mapped[date] = mapped_column(Date)
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    entries: Mapped[list[MapSnapshotEntry]] = relationship(
        back_populates="snapshot", cascade="all, delete-orphan", passive_deletes=True,
        order_by="MapSnapshotEntry.name",
    )


class MapSnapshotEntry(Base):
    """Where one contact stood in a snapshot. The name is copied so that the snapshot
    still reads after the contact is deleted (erasing the person removes the row)."""

    __tablename__ = "map_snapshot_entry"

    id: Mapped[uuid.UUID] = _id()
    snapshot_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("map_snapshot.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    interest: Mapped[float] = mapped_column(Float)
    involvement: Mapped[float] = mapped_column(Float)
    stance: Mapped[Stance] = mapped_column(_enum(Stance))

    snapshot: Mapped[MapSnapshot] = relationship(back_populates="entries")



# --- exchange between laptops (see sync/ and docs/sync-format.md) ------------------------------


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

    id: Mapped[uuid.UUID] = _id()
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
    logged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
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
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
