"""The client's people, their personal questionnaires, our account team, erasure."""
from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import ConsentWay, ContactType, Stance, TeamLevel
from kam_desktop.store.models.base import DERIVED, Base, enum_column, utcnow, new_id, account_fk

if TYPE_CHECKING:
    from kam_desktop.store.models.account import Account


class Contact(Base):
    """A person at the client, placed on the role map by interest x involvement."""

    __tablename__ = "contact"
    #: whether an account has a leader or a specifier among its present people (the
    #: completeness of every dossier), and its people's names (the portfolio's search), from
    #: the index alone
    __table_args__ = (Index("ix_contact_account_roles", "account_id", "left_on", "interest",
                            "involvement", "name"),)

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
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
    stance: Mapped[Stance] = mapped_column(enum_column(Stance), default=Stance.NEUTRAL)
    #: the last day we checked that the person still holds the position: a dossier's map is
    #: only as good as its people are current
    confirmed_on: Mapped[Optional[date]] = mapped_column(Date)
    #: decision maker, influencer or user, besides the role on the map
    contact_type: Mapped[Optional[ContactType]] = mapped_column(enum_column(ContactType))
    #: the day the person left the client; they stay on record with their history
    left_on: Mapped[Optional[date]] = mapped_column(Date)
    #: where they went (free text: another client, a competitor, a company we don't serve)
    left_to: Mapped[Optional[str]] = mapped_column(String(300))
    #: the same person as a contact of the account they moved to, if we keep one
    successor_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    #: the day of the last diary entry the person attended up to the day it was derived,
    #: and of the next one after that day (store.last_met): none falls between the two
    last_met: Mapped[Optional[date]] = mapped_column(Date, info=DERIVED)
    next_met: Mapped[Optional[date]] = mapped_column(Date, index=True, info=DERIVED)

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
    consent_how: Mapped[Optional[ConsentWay]] = mapped_column(enum_column(ConsentWay))

    contact: Mapped[Contact] = relationship(back_populates="personal")


class TeamMember(Base):
    """One of our people on the account, optionally mirroring a client contact: the one
    place that says who mirrors whom."""

    __tablename__ = "team_member"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[Optional[str]] = mapped_column(String(200))
    #: an executive mirroring a client's leader is top-to-top selling
    level: Mapped[TeamLevel] = mapped_column(enum_column(TeamLevel), default=TeamLevel.SPECIALIST)
    mirrors_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="team")
    mirrors: Mapped[Optional[Contact]] = relationship()


class ErasureLog(Base):
    """That a person's data was erased, by whom and when; never who the person was."""

    __tablename__ = "erasure_log"

    id: Mapped[uuid.UUID] = new_id()
    erased_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    erased_by: Mapped[Optional[str]] = mapped_column(String(200))
    #: the account the person belonged to (it may be deleted later: no foreign key)
    account_id: Mapped[Optional[uuid.UUID]] = mapped_column(Uuid)
