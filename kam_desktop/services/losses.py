"""Lost clients: recording a loss, the competitors it may name, the list of losses and
their analysis by cause and by competitor over time.

A loss is a record of the account (kind ``loss``) with its win-back plan (kind
``win_back_action``); they are edited like every other record (services.records). What
is particular to them is here: recording a loss makes the account lost, and the
dashboard and the command line read them aggregated.
"""
from __future__ import annotations

import datetime
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, cast, extract, func, select
from sqlalchemy.orm import Session

from kam_desktop.domain.enums import Lifecycle, LossCause
from kam_desktop.domain.text import Text
from kam_desktop.services import records
from kam_desktop.services.errors import InputError
from kam_desktop.store.models import Account, LadderAssessment, Loss, WinBackAction

Id = uuid.UUID


def becoming_lost(lifecycle: Lifecycle | str, details: str) -> dict[str, Any]:
    """The account's changes that go with a new loss: an account not yet lost becomes
    lost, its reason the loss's own words (a reason for another stage no longer holds);
    a lost account stays as it is."""
    if Lifecycle(lifecycle) is Lifecycle.LOST:
        return {}
    return {"lifecycle": Lifecycle.LOST.value, "lifecycle_reason": details}


def record_loss(session: Session, *, account_id: Id, values: dict[str, Any]) -> Id:
    """Add a loss to the account and make the account lost; returns the loss's id."""
    account = session.get(Account, account_id)
    if account is None:
        raise InputError("account", Text("the record no longer exists"))
    loss_id = records.add_record(session, kind="loss", parent_id=account_id, values=values)
    details = session.get(Loss, loss_id).details
    records.update_record(session, kind="account", record_id=account_id,
                          changes=becoming_lost(account.lifecycle, details))
    return loss_id


def account_named(session: Session, name: str) -> Id:
    account_id = session.scalar(select(Account.id).where(Account.name == name))
    if account_id is None:
        raise InputError("account", Text("there is no account named {name}", name=repr(name)))
    return account_id


def latest_loss(session: Session, account_id: Id) -> Id | None:
    """The account's most recent loss (the one a new win-back action belongs to)."""
    return session.scalar(select(Loss.id).where(Loss.account_id == account_id)
                          .order_by(Loss.date.desc()).limit(1))


def competitors_named(session: Session, account_id: Id | None = None) -> list[str]:
    """The competitors a loss form offers: those on the account's ladder assessments
    first, then every other named in the portfolio (ladders and losses), each once.

    The portfolio's assessments repeat the same few lists of competitors: each list is
    read (and decoded) once, as text, newest first, and no account's id is read."""
    own: list[str] = []
    for competitors in session.scalars(
            select(LadderAssessment.competitors).where(LadderAssessment.account_id == account_id)
            .order_by(LadderAssessment.date.desc())):
        own.extend(competitors or {})
    listed = cast(LadderAssessment.competitors, String)
    others: list[str] = []
    for text in session.scalars(
            select(listed).where(LadderAssessment.account_id != account_id)
            .group_by(listed).order_by(func.max(LadderAssessment.date).desc())):
        others.extend(json.loads(text) or {})
    others += session.scalars(select(Loss.competitor).where(Loss.competitor.is_not(None))
                              .distinct().order_by(Loss.competitor))
    seen: dict[str, str] = {}
    for name in [*own, *sorted(others, key=str.casefold)]:
        seen.setdefault(" ".join(name.split()).casefold(), name.strip())
    return [name for name in seen.values() if name]


@dataclass(frozen=True)
class LossLine:
    """One loss as the list shows it."""

    id: Id
    account_id: Id
    account: str
    date: datetime.date
    cause: LossCause
    details: str
    competitor: str | None
    could_have_done: str | None
    win_back_possible: bool
    #: win-back actions not done yet, and the earliest due date among them
    open_actions: int
    next_due: datetime.date | None

    def as_json(self) -> dict:
        return {"id": str(self.id), "account": self.account, "date": self.date.isoformat(),
                "cause": self.cause.value, "details": self.details,
                "competitor": self.competitor, "could_have_done": self.could_have_done,
                "win_back_possible": self.win_back_possible,
                "open_win_back_actions": self.open_actions,
                "next_win_back_due": self.next_due.isoformat() if self.next_due else None}


def list_losses(session: Session) -> list[LossLine]:
    """Every loss of the portfolio, newest first."""
    open_actions = {loss_id: (count, due) for loss_id, count, due in session.execute(
        select(WinBackAction.loss_id, func.count(WinBackAction.id), func.min(WinBackAction.due))
        .where(WinBackAction.done.is_(False)).group_by(WinBackAction.loss_id))}
    rows = session.execute(
        select(Loss, Account.name).join(Account, Account.id == Loss.account_id)
        .order_by(Loss.date.desc(), Account.name)).all()
    return [LossLine(loss.id, loss.account_id, name, loss.date, loss.cause, loss.details,
                     loss.competitor, loss.could_have_done, loss.win_back_possible,
                     *open_actions.get(loss.id, (0, None)))
            for loss, name in rows]


@dataclass(frozen=True)
class LossBucket:
    """The losses of one year with one cause, or to one competitor."""

    year: int
    key: str  #: a cause's value, or a competitor's name ("" for an unknown one)
    count: int
    accounts: tuple[Id, ...]


@dataclass(frozen=True)
class LossAnalysis:
    years: tuple[int, ...]
    by_cause: tuple[LossBucket, ...]
    by_competitor: tuple[LossBucket, ...]
    #: the competitors in the order of their losses, most first ("" for unknown)
    competitors: tuple[str, ...]
    #: losses that can be won back, and how many of them have an open win-back action
    win_back_possible: int
    win_back_planned: int

    @property
    def total(self) -> int:
        return sum(bucket.count for bucket in self.by_cause)


def _buckets(session: Session, key_column) -> list[LossBucket]:
    """Counted in the database per year, key and account; folded here per year and key."""
    year = cast(extract("year", Loss.date), Integer)
    counts: dict[tuple[int, str], int] = defaultdict(int)
    accounts: dict[tuple[int, str], list[Id]] = defaultdict(list)
    for found_year, key, account_id, count in session.execute(
            select(year, key_column, Loss.account_id, func.count(Loss.id))
            .group_by(year, key_column, Loss.account_id)):
        bucket = (int(found_year), key.value if isinstance(key, LossCause) else (key or ""))
        counts[bucket] += count
        accounts[bucket].append(account_id)
    return [LossBucket(found_year, key, counts[(found_year, key)],
                       tuple(accounts[(found_year, key)]))
            for found_year, key in sorted(counts)]


def loss_analysis(session: Session) -> LossAnalysis:
    """The portfolio's losses counted per year by cause and by competitor."""
    by_cause = _buckets(session, Loss.cause)
    by_competitor = _buckets(session, Loss.competitor)
    totals: dict[str, int] = defaultdict(int)
    for bucket in by_competitor:
        totals[bucket.key] += bucket.count
    competitors = sorted(totals, key=lambda name: (name == "", -totals[name], name.casefold()))
    possible = session.scalar(select(func.count(Loss.id))
                              .where(Loss.win_back_possible.is_(True))) or 0
    planned = session.scalar(
        select(func.count(func.distinct(WinBackAction.loss_id))).join(Loss)
        .where(Loss.win_back_possible.is_(True), WinBackAction.done.is_(False))) or 0
    return LossAnalysis(tuple(sorted({b.year for b in by_cause})), tuple(by_cause),
                        tuple(by_competitor), tuple(competitors), possible, planned)
