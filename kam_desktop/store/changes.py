"""What a transaction changed, as the transaction itself saw it.

Every flush of a session reports the records it created, changed and deleted; this module
gathers them into a :class:`Changes` notice — the kinds of record and the accounts they
belong to — that the session hands to whoever ran the transaction. A view refreshes on the
notice instead of on what the caller guessed it would touch. A write that bypasses the
ORM's units of work (a bulk insert, the exchange's own SQL) cannot be itemised: its notice
says that anything may have changed.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.store.clock import account_of
from kam_desktop.store.kinds import KINDS

#: past this many changed records, naming their accounts costs more than refreshing all
ITEMISED_RECORDS = 200
_SEEN = "kam_changes"
#: the execution options of a statement whose records were noted one by one
ITEMISED = {"kam_itemised": True}


@dataclass(frozen=True)
class Changes:
    """The kinds of record a transaction changed and the accounts they belong to.
    ``everything``: it could not be itemised, so any view may be stale."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    accounts: frozenset[uuid.UUID] = field(default_factory=frozenset)
    everything: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    def touches(self, account_id: uuid.UUID) -> bool:
        """Whether a view of ``account_id`` may be stale."""
        return self.everything or account_id in self.accounts

    @classmethod
    def anything(cls) -> Changes:
        return cls(everything=True)


class _Seen:
    """The records one session's flushes touched, until the notice is taken. Past
    ITEMISED_RECORDS only their kinds are kept: a large import costs nothing more here."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.records: dict[tuple[str, Any], dict | None] = {}
        self.everything = False

    def note(self, table: str, record_id: Any, known: dict | None = None) -> None:
        """A record written; ``known``: its values, when it may be gone (deleted)."""
        self.kinds.add(table)
        if self.everything:
            return
        if known is not None or (table, record_id) not in self.records:
            self.records[(table, record_id)] = known
        if len(self.records) > ITEMISED_RECORDS:
            self.not_itemised()

    def not_itemised(self) -> None:
        self.everything = True
        self.records.clear()

    def notice(self, session: Session) -> Changes:
        if self.everything:
            return Changes(frozenset(self.kinds), everything=True)
        connection = session.connection()
        accounts = set()
        for (table, record_id), known in self.records.items():
            if table == "account":
                accounts.add(record_id)
                continue
            if KINDS[table].parent is None:  # a portfolio's record (a rate): no account's
                continue
            account = account_of(connection, table, record_id,
                                 known=None if known is None else {(table, record_id): known})
            if account is not None:
                accounts.add(account)
        return Changes(frozenset(self.kinds), frozenset(accounts))


def _seen(session: Session) -> _Seen:
    return session.info.setdefault(_SEEN, _Seen())


def _noted(table: str) -> bool:
    return table in KINDS and table != "erasure_log"  # an erasure's log changes no view


def _key(instance: Any) -> tuple[str, Any] | None:
    table = instance.__table__.name
    if not _noted(table):
        return None
    return table, inspect(instance).mapper.primary_key_from_instance(instance)[0]


def note_rows(session: Session, rows: Iterable[tuple[str, dict]]) -> None:
    """Note rows that a statement run with :data:`ITEMISED` writes (a deletion and its
    restoring): each a table's name and the row's values."""
    seen = _seen(session)
    for table, row in rows:
        if _noted(table):
            (key,) = KINDS[table].table.primary_key.columns
            seen.note(table, row[key.name], dict(row))


def _after_flush(session: Session, _context: Any) -> None:
    seen = _seen(session)
    new = session.new  # built anew on every access: once, not once per record
    for instance in (*new, *session.dirty):
        key = _key(instance)
        if key is not None and (instance in new or session.is_modified(instance)):
            seen.note(*key)


def _deleted(session: Session, instance: Any) -> None:
    key = _key(instance)
    if key is not None:
        _seen(session).note(*key, dict(inspect(instance).dict))


def _bulk(state: Any) -> None:
    if (state.is_insert or state.is_update or state.is_delete) \
            and not state.execution_options.get("kam_itemised"):
        seen = _seen(state.session)
        seen.kinds.add(getattr(getattr(state.statement, "table", None), "name", "?"))
        seen.not_itemised()


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_SEEN, None)


def take_changes(session: Session) -> Changes:
    """The notice of what ``session`` changed since it began (or since the notice was last
    taken), after flushing what is pending. An empty notice when nothing was written
    through the ORM; the caller decides what a write it made otherwise means."""
    session.flush()
    seen = session.info.pop(_SEEN, None)
    return Changes() if seen is None else seen.notice(session)


def notice_changes(sessions: sessionmaker[Session]) -> None:
    """Gather the changes of every session made by ``sessions``."""
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "persistent_to_deleted", _deleted)
    event.listen(sessions, "do_orm_execute", _bulk)
    event.listen(sessions, "after_rollback", _forget)
