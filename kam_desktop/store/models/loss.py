"""A lost client: the structured record of the loss and the plan to win the client back.

Seed 004 calls the study of clients who leave for other suppliers the most important
one: the cause, who won and what we could have done are kept as data, so the dashboard
can count them, not as one free text."""
from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import LossCause
from kam_desktop.store.models.base import Base, account_fk, enum_column, new_id

if TYPE_CHECKING:
    from kam_desktop.store.models.account import Account


class Loss(Base):
    """The client left us on ``date``: why, for whom, and whether it can be won back."""

    __tablename__ = "loss"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    date: Mapped[date] = mapped_column(Date, index=True)
    cause: Mapped[LossCause] = mapped_column(enum_column(LossCause))
    #: what happened, in words (for the cause "other" the only explanation)
    details: Mapped[str] = mapped_column(Text)
    #: the supplier who won the client; None when unknown
    competitor: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    could_have_done: Mapped[Optional[str]] = mapped_column(Text)
    win_back_possible: Mapped[bool] = mapped_column(Boolean, default=False)

    account: Mapped[Account] = relationship(back_populates="losses")
    actions: Mapped[list[WinBackAction]] = relationship(
        back_populates="loss", cascade="all, delete-orphan", passive_deletes=True,
        order_by="WinBackAction.due")


class WinBackAction(Base):
    """A dated step of the plan to win a lost client back."""

    __tablename__ = "win_back_action"

    id: Mapped[uuid.UUID] = new_id()
    loss_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("loss.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(200))
    due: Mapped[Optional[date]] = mapped_column(Date, index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)

    loss: Mapped[Loss] = relationship(back_populates="actions")
