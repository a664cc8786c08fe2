"""When we last met each account and each of its people, kept beside them.

Today and the portfolio need, per contact and per account, the day of the last diary entry
dated up to today. Derived at every start from the whole diary that is a join of every
attendee with every entry; stored, it is a column read with the contact or the account.

A diary holds entries dated in the future (a planned meeting), so one stored day goes
stale when such a day arrives. Each record therefore keeps two days: ``last_met``, the
latest dated on or before the day they were derived, and ``next_met``, the earliest dated
after it; no entry falls between them. The pair answers "last met as of ``today``" for
every ``today`` from ``last_met`` up to the day before ``next_met`` (:func:`fresh`);
readers derive the few records outside that range again (:func:`last_met_of_accounts`,
:func:`last_met_of_contacts`), and opening the database rewrites those whose planned
meeting has come (:func:`catch_up`).

Every write keeps the pairs true in its own transaction: ORM flushes through the session
events of :func:`track_last_met`; writes that bypass the ORM (undoable deletion and its
undo, the exchange's merge, the demo) call :func:`refresh` for the accounts they touched.
The columns are derived (``models.DERIVED``): no bundle or file carries them.
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, event, exists, func, inspect, or_, \
    select, update
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop.store.clock import account_of
from kam_desktop.store.models import Account, Contact, DiaryAttendee, DiaryEntry

_account = Account.__table__
_contact = Contact.__table__
_entry = DiaryEntry.__table__
_attendee = DiaryAttendee.__table__
#: tables whose rows decide someone's "last met"
_DIARY = ("account", "contact", "diary_entry", "diary_attendee")
_CHUNK = 500
_PENDING = "kam_last_met"


def fresh(last: Any, next_: Any, today: date) -> ColumnElement[bool]:
    """Whether a stored pair answers "last met as of ``today``" (SQL)."""
    return and_(or_(last.is_(None), last <= today), or_(next_.is_(None), next_ > today))


def _attended():
    """The days of the entries someone attended (a select of one column)."""
    return select(_entry.c.date).select_from(
        _attendee.join(_entry, _entry.c.id == _attendee.c.entry_id))


def _contact_dates(contact_id: Any):
    return _attended().where(_attendee.c.contact_id == contact_id)


def _account_dates(account_id: Any):
    return select(_entry.c.date).where(_entry.c.account_id == account_id)


def _latest(dates, today: date):
    return dates.with_only_columns(func.max(_entry.c.date)).where(_entry.c.date <= today) \
        .scalar_subquery()


def _earliest_after(dates, today: date):
    return dates.with_only_columns(func.min(_entry.c.date)).where(_entry.c.date > today) \
        .scalar_subquery()


def _chunks(ids: list) -> Iterable[list]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def refresh(connection: Connection, account_ids: Iterable[uuid.UUID] | None = None, *,
            today: date | None = None) -> None:
    """Derive the pairs of these accounts and of their contacts again from the diary
    (``None``: of every account)."""
    today = today or date.today()
    to_contacts = update(_contact).values(
        last_met=_latest(_contact_dates(_contact.c.id), today),
        next_met=_earliest_after(_contact_dates(_contact.c.id), today))
    # the account's own bookkeeping (updated_at) stays: no field of it changed
    to_accounts = update(_account).values(
        last_met=_latest(_account_dates(_account.c.id), today),
        next_met=_earliest_after(_account_dates(_account.c.id), today),
        updated_at=_account.c.updated_at)
    if account_ids is None:
        connection.execute(to_contacts)
        connection.execute(to_accounts)
        return
    for chunk in _chunks(sorted(set(account_ids), key=str)):
        connection.execute(to_contacts.where(_contact.c.account_id.in_(chunk)))
        connection.execute(to_accounts.where(_account.c.id.in_(chunk)))


def catch_up(connection: Connection, today: date | None = None) -> None:
    """Rewrite the pairs whose planned meeting's day has come (an index seek on
    ``next_met``: cheap at every start). A day stored ahead of ``today`` (the computer's
    clock was put back) is left to the readers, which derive it again."""
    today = today or date.today()
    due = select(_account.c.id).where(_account.c.next_met <= today).union(
        select(_contact.c.account_id).where(_contact.c.next_met <= today))
    accounts = connection.execute(due).scalars().all()
    if accounts:
        refresh(connection, accounts, today=today)


def _derived(connection: Connection, ids: list[uuid.UUID], today: date, dates, key
             ) -> dict[uuid.UUID, date | None]:
    found: dict[uuid.UUID, date | None] = dict.fromkeys(ids)
    for chunk in _chunks(ids):
        found.update(connection.execute(
            dates.with_only_columns(key, func.max(_entry.c.date))
            .where(key.in_(chunk), _entry.c.date <= today).group_by(key)).all())
    return found


def last_met_of_accounts(connection: Connection, ids: list[uuid.UUID],
                         today: date) -> dict[uuid.UUID, date | None]:
    """The day of each account's last diary entry up to ``today``, from the diary itself
    (for the few whose stored pair is not :func:`fresh`)."""
    return _derived(connection, ids, today, select(_entry.c.date), _entry.c.account_id)


def last_met_of_contacts(connection: Connection, ids: list[uuid.UUID],
                         today: date) -> dict[uuid.UUID, date | None]:
    """The day of the last diary entry up to ``today`` each contact attended, from the
    diary itself."""
    return _derived(connection, ids, today, _attended(), _attendee.c.contact_id)


def last_met_by_account(connection: Connection, today: date,
                        *conditions: ColumnElement[bool]) -> dict[uuid.UUID, date | None]:
    """The day each account (of those meeting ``conditions``) was last met up to
    ``today``: its stored day, derived again only where that is not fresh."""
    stored = connection.execute(select(
        _account.c.id, _account.c.last_met,
        fresh(_account.c.last_met, _account.c.next_met, today)).where(*conditions)).all()
    found = {account_id: last for account_id, last, is_fresh in stored if is_fresh}
    stale = [account_id for account_id, _, is_fresh in stored if not is_fresh]
    found.update(last_met_of_accounts(connection, stale, today))
    return found


# --- the check -----------------------------------------------------------------------------


def _wrong(table, dates) -> ColumnElement[bool]:
    """A stored pair that is not two consecutive days of the diary: ``next_met`` is the
    first day after ``last_met`` (after nothing when it is empty), ``last_met`` is a day
    of the diary, and nothing comes before ``next_met`` when ``last_met`` is empty."""
    last, next_ = table.c.last_met, table.c.next_met
    first_after = dates.with_only_columns(func.min(_entry.c.date)) \
        .where(or_(last.is_(None), _entry.c.date > last)).scalar_subquery()
    return or_(next_.is_distinct_from(first_after),
               and_(last.is_not(None), ~exists(dates.where(_entry.c.date == last))),
               and_(last.is_(None), exists(dates.where(_entry.c.date < next_))))


def mismatches(connection: Connection) -> list[str]:
    """A line for each account and contact whose stored "last met" disagrees with the
    diary (none on a sound database)."""
    found = [f"last met: account {account_id} disagrees with its diary"
             for account_id in connection.execute(select(_account.c.id).where(
                 _wrong(_account, _account_dates(_account.c.id)))).scalars()]
    found += [f"last met: contact {contact_id} disagrees with the diary"
              for contact_id in connection.execute(select(_contact.c.id).where(
                  _wrong(_contact, _contact_dates(_contact.c.id)))).scalars()]
    return found


# --- the session events --------------------------------------------------------------------


def _pending(session: Session) -> dict:
    return session.info.setdefault(_PENDING, {"records": set(), "deleted": {}})


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Find the accounts of the records about to be deleted while they are still there
    (an expired record could not say whose it was once it is gone)."""
    records = _pending(session)["records"]
    for instance in session.deleted:
        if isinstance(instance, DiaryEntry):
            records.add(("account", instance.account_id))
        elif isinstance(instance, DiaryAttendee):
            records.add(("diary_entry", instance.entry_id))


def _after_flush(session: Session, _context: Any) -> None:
    records = _pending(session)["records"]
    new = session.new  # built anew on every access: once, not once per record
    for instance in (*new, *session.dirty):
        # each by its owner, which the flush has filled in: the attendees of one entry
        # are one record to look up, and an entry's account needs no look-up at all
        if isinstance(instance, DiaryAttendee):
            records.add(("diary_entry", instance.entry_id))
        elif isinstance(instance, DiaryEntry) and (instance in new or _moved(instance)):
            records.add(("account", instance.account_id))


def _moved(entry: DiaryEntry) -> bool:
    state = inspect(entry)
    return any(state.attrs[name].history.has_changes() for name in ("date", "account_id"))


def _deleted(session: Session, instance: Any) -> None:
    """A record the flush deleted, with the values it had (an attendee removed from its
    entry's list is deleted within the flush, after :func:`_before_flush`)."""
    if isinstance(instance, (DiaryEntry, DiaryAttendee)):
        _pending(session)["deleted"][(instance.__table__.name, instance.id)] = \
            dict(inspect(instance).dict)


def _after_flush_postexec(session: Session, _context: Any) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending and (pending["records"] or pending["deleted"]):
        refresh_for(session.connection(), [*pending["records"], *pending["deleted"]],
                    known=pending["deleted"])


def _discard(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)


def refresh_for(connection: Connection, records: Iterable[tuple[str, uuid.UUID]],
                known: dict[tuple[str, Any], dict] | None = None) -> None:
    """:func:`refresh` the accounts of these records (table, id) that bear on "last met";
    ``known`` holds the values of those already deleted."""
    accounts = {account_of(connection, table, record_id, known=known)
                for table, record_id in records if table in _DIARY}
    accounts.discard(None)
    if accounts:
        refresh(connection, accounts)


def refresh_rows(connection: Connection, rows: Iterable[tuple[str, dict]]) -> None:
    """:func:`refresh_for` rows given with their values (a deletion's snapshot)."""
    known = {(table, row["id"]): row for table, row in rows
             if table in _DIARY and "id" in row}
    refresh_for(connection, known, known=known)


def track_last_met(sessions: sessionmaker[Session]) -> None:
    """Keep "last met" true in every flush of sessions made by ``sessions``."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "persistent_to_deleted", _deleted)
    event.listen(sessions, "after_flush_postexec", _after_flush_postexec)
    event.listen(sessions, "after_rollback", _discard)
