"""What every part of the demo generator shares: the weighted draws, money and quarters,
the account being built, and the rows written so far."""
from __future__ import annotations

import math
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from typing import Any

from kam_desktop.domain.enums import Category, Lifecycle, Motivation, Role
from kam_desktop.services.demo.rules import (
    ACTION_STATUS_WEIGHTS,
    DIARY_KIND_WEIGHTS,
    DIARY_PER_MONTH,
    EXTRA_ROLE_WEIGHTS,
    HISTORY_DAYS,
    LOST_ACTION_STATUS_WEIGHTS,
    MOTIVATION_WEIGHTS,
    OPPORTUNITY_STATUS_WEIGHTS,
    STANCE_WEIGHTS,
)
from kam_desktop.services.demo.words import _words
from kam_desktop.store.models import Base

@dataclass(frozen=True)
class _Weighted:
    items: tuple
    cum_weights: tuple[float, ...]


def _weighted(pairs: Sequence[tuple[Any, float]]) -> _Weighted:
    total, cum = 0.0, []
    for _, weight in pairs:
        total += weight
        cum.append(total)
    return _Weighted(tuple(item for item, _ in pairs), tuple(cum))


def _money(amount: float, step: int = 1) -> Decimal:
    """``amount`` RUB rounded to a multiple of ``step`` roubles, with two decimals."""
    if step == 1:
        return Decimal(round(amount * 100)).scaleb(-2)
    return Decimal(round(amount / step) * step * 100).scaleb(-2)


def _quarters_back(today: date, count: int) -> list[tuple[int, int]]:
    """The last ``count`` completed quarters as (year, quarter), oldest first."""
    year, quarter = today.year, (today.month - 1) // 3 + 1
    result = []
    for _ in range(count):
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
        result.append((year, quarter))
    return result[::-1]


def _integer_shares(weights: Sequence[float], total: int) -> list[int]:
    """Whole shares of ``total`` in proportion to ``weights``, each at least 1, summing
    exactly to ``total`` (largest remainder)."""
    scale = total / sum(weights)
    raw = [weight * scale for weight in weights]
    shares = [max(1, math.floor(value)) for value in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - math.floor(raw[i]), reverse=True)
    index = 0
    while sum(shares) < total:
        shares[by_remainder[index % len(raw)]] += 1
        index += 1
    while sum(shares) > total:
        shares[shares.index(max(shares))] -= 1
    return shares


@dataclass
class _Person:
    """A client contact as the later generators need it."""

    id: uuid.UUID
    short_name: str  # «Петров И. В.»
    role: Role


@dataclass
class _Client:
    """What the generators of one account share."""

    id: uuid.UUID
    category: Category
    lifecycle: Lifecycle
    motivation: Motivation
    potential: float
    owner: str
    domain: str
    phone_code: str
    industry: str
    #: the day the account went quiet (sleeping) or was lost, and why; None when active
    quiet_since: date | None = None
    quiet_reason: str | None = None
    #: how a lost account was lost (words._LossStory); None for the others
    loss: Any = None
    #: the day we first met a prospect; None for the others, known for the whole history
    first_contact: date | None = None
    contacts: list[_Person] = field(default_factory=list)
    team: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, name), the KAM first


class _Draws:
    """The state every part of the generator shares, and its small draws; the parts add
    their rows to ``rows`` (table -> list of row dicts)."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.words = words = _words()
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}
        self.used_names: set[str] = set()
        self.used_inns: set[str] = set()
        #: the ERP's document numbers of the deals so far
        self.deal_number = 0
        #: what must come out in proportion even in a small demo is dealt from shuffled
        #: decks (see deal): the accounts' stories, value kinds, ladder gaps
        self.decks: dict[str, list[Any]] = {}
        self.created_at = datetime.combine(today - timedelta(days=HISTORY_DAYS), time(9),
                                           tzinfo=timezone.utc)
        self.updated_at = datetime.combine(today, time(0), tzinfo=timezone.utc)
        self.quarters = _quarters_back(today, 4 * 4)
        self.years = tuple(range(today.year - 3, today.year))
        self.recent_quarters = set(_quarters_back(today, 4))
        self.w_forms = _weighted([((form["short"], form["full"]), form["weight"])
                                  for form in words.legal_forms])
        self.w_cities = _weighted([(city, city["weight"]) for city in words.cities])
        self.w_motivation = {key: _weighted(pairs) for key, pairs in MOTIVATION_WEIGHTS.items()}
        self.w_extra_role = _weighted(EXTRA_ROLE_WEIGHTS)
        self.w_stance = _weighted(STANCE_WEIGHTS)
        self.w_per_month = _weighted(DIARY_PER_MONTH)
        self.w_diary_kind = _weighted(DIARY_KIND_WEIGHTS)
        self.w_opportunity = _weighted(OPPORTUNITY_STATUS_WEIGHTS)
        self.w_action = _weighted(ACTION_STATUS_WEIGHTS)
        self.w_lost_action = _weighted(LOST_ACTION_STATUS_WEIGHTS)

    # small draws

    def pick(self, weighted: _Weighted) -> Any:
        return self.rng.choices(weighted.items, cum_weights=weighted.cum_weights)[0]

    def deal(self, deck: str, cards: Sequence[tuple[Any, int]]) -> Any:
        """The next card of the named deck: each card as many times as its count, shuffled,
        and a new deck when it runs out — so every card comes out in proportion."""
        remaining = self.decks.setdefault(deck, [])
        if not remaining:
            remaining.extend(card for card, count in cards for _ in range(count))
            self.rng.shuffle(remaining)
        return remaining.pop()

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))

    def worked_with(self, client: _Client) -> tuple[date, date]:
        """The first and last day we worked with the client: since the first meeting for a
        prospect, until it went quiet for a sleeping or lost account."""
        first = client.first_contact or self.today - timedelta(days=HISTORY_DAYS)
        return first, client.quiet_since or self.today

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, (last - first).days))

    def add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)
