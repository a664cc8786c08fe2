"""The account development plan: opportunities, goals and dated actions."""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.domain.enums import ActionStatus, OpportunityClass, OpportunityStatus
from kam_desktop.store.models.base import Base, Money, enum_column, new_id, account_fk

if TYPE_CHECKING:
    from kam_desktop.store.models.account import Account


class Opportunity(Base):
    __tablename__ = "opportunity"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    title: Mapped[str] = mapped_column(String(300))
    opportunity_class: Mapped[OpportunityClass] = mapped_column(enum_column(OpportunityClass))
    benefit: Mapped[Optional[Decimal]] = mapped_column(Money)
    cost: Mapped[Optional[Decimal]] = mapped_column(Money)
    people: Mapped[Optional[int]] = mapped_column(Integer)
    days: Mapped[Optional[int]] = mapped_column(Integer)
    status: Mapped[OpportunityStatus] = mapped_column(
        enum_column(OpportunityStatus), default=OpportunityStatus.IDEA
    )
    #: the goal of the account plan the opportunity serves
    goal_id: Mapped[Optional[uuid.UUID]] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )

    account: Mapped[Account] = relationship(back_populates="opportunities")


class Goal(Base):
    """A goal of the account development plan, mirroring one of the client's goals."""

    __tablename__ = "goal"

    id: Mapped[uuid.UUID] = new_id()
    account_id: Mapped[uuid.UUID] = account_fk()
    client_goal: Mapped[str] = mapped_column(Text)
    our_goal: Mapped[str] = mapped_column(Text)
    measure: Mapped[Optional[str]] = mapped_column(Text)
    deadline: Mapped[Optional[date]] = mapped_column(Date, index=True)
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

    id: Mapped[uuid.UUID] = new_id()
    goal_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    owner: Mapped[Optional[str]] = mapped_column(String(200))
    due: Mapped[Optional[date]] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), default=ActionStatus.PLANNED)

    goal: Mapped[Goal] = relationship(back_populates="actions")
