"""The account diary: meetings and calls, and who was there."""
from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import DiaryKind
from kam_desktop.store.models.base import Base, enum_column, new_id, account_fk

if TYPE_CHECKING:
    from kam_desktop.store.models.account import Account
    from kam_desktop.store.models.people import Contact, TeamMember

#: an entry with a next step written, as SQL (the condition of a partial index)
STEP_WRITTEN = "next_step IS NOT NULL AND next_step != ''"


class DiaryEntry(Base):
    __tablename__ = "diary_entry"
    #: open next steps by due date, for the portfolio and the Today list; an account's
    #: days, for deriving when it was last met (store.last_met) from the index alone; the
    #: last entry of a kind per account (the plan reviews Today lists) without a scan; the
    #: accounts with a next step written, open or done, from a small partial index (the
    #: completeness of every dossier; a query must repeat its condition to use it). The
    #: index is partial on PostgreSQL too (migration 0022), but naming a PostgreSQL option
    #: here would load SQLAlchemy's whole PostgreSQL dialect on every start (some 50 ms)
    __table_args__ = (Index("ix_diary_entry_open_steps", "done", "next_step_due"),
                      Index("ix_diary_entry_account_date", "account_id", "date"),
                      Index("ix_diary_entry_kind_account_date", "kind", "account_id", "date"),
                      Index("ix_diary_entry_step_accounts", "done", "account_id",
                            sqlite_where=text(STEP_WRITTEN)))

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[DiaryKind] = mapped_column(enum_column(DiaryKind))
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
    #: a contact's entries from the index alone, for deriving when they were last met
    __table_args__ = (Index("ix_diary_attendee_contact_entry", "contact_id", "entry_id"),)

    id: Mapped[uuid.UUID] = new_id()
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
