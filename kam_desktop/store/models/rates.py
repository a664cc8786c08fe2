"""Exchange rates: a portfolio-level table that belongs to no account."""
from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from kam_desktop.store.models.base import Base, new_id


class ExchangeRate(Base):
    """How many units of ``base`` one unit of ``currency`` was worth in a period: a year
    ("2025"), a quarter ("2025-Q3") or a day ("2025-03-14", a central bank's daily rate).
    A portfolio-level table: rates belong to no account (domain.money reads them)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (UniqueConstraint("currency", "base", "period"),)

    id: Mapped[uuid.UUID] = new_id()
    currency: Mapped[str] = mapped_column(String(3))
    base: Mapped[str] = mapped_column(String(3))
    period: Mapped[str] = mapped_column(String(10))
    rate: Mapped[Decimal] = mapped_column(Numeric(20, 8, asdecimal=True))
