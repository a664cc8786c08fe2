"""Importing an interchange document a batch of accounts at a time: read, matched, and
only then written, change by change, so that what is equal to the stored value is not
written at all."""
from __future__ import annotations

import gc
import itertools
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from kam_desktop.services.interchange.format import (
    ACCOUNT_SECTIONS,
    CONTACTS,
    SECTIONS_BY_KEY,
    TEAM,
    Section,
)
from kam_desktop.services.interchange.inserting import BATCH, NewAccounts, set_holdings
from kam_desktop.services.interchange.matching import filled_kinds, match, match_holdings
from kam_desktop.services.interchange.reading import (
    ABSENT,
    Record,
    accounts_of,
    check_across,
    parse_account,
    walk,
)
from kam_desktop.services.interchange.source import stream_accounts
from kam_desktop.store.database import collection_paused
from kam_desktop.store.models import Account, Contact, DiaryAttendee, DiaryEntry, PersonalNotes


@dataclass(frozen=True)
class ImportSummary:
    """The accounts of an imported file (by name, in file order), by what happened to them."""

    added: list[str]
    updated: list[str]
    unchanged: list[str]


def import_document(session: Session, document: dict) -> ImportSummary:
    """Add or update the accounts of an interchange document (see import_file)."""
    with collection_paused():
        return _import(session, iter(accounts_of(document)))


def import_file(session: Session, path: Path) -> ImportSummary:
    """Add or update the accounts of the interchange file at ``path``, read and written a
    batch of accounts at a time.

    Each account is checked (InputError says where and what is wrong) before it is
    written; a fault found after some accounts are written leaves them to the caller's
    transaction to roll back, so that nothing of a refused file is kept. Absent keys and
    sections leave what is stored as it is; a section present in the file replaces the
    stored one record by record. The accounts the database does not have yet are written
    as rows (inserting.py).
    """
    with collection_paused():
        return _import(session, stream_accounts(path))


def _import(session: Session, values: Iterator[Any]) -> ImportSummary:
    with closing(_FileIds()) as ids:
        accounts, changed = _write_batches(session, values, ids)
    return _finish(session, accounts, changed)


def _write_batches(session: Session, values: Iterator[Any], ids: _FileIds
                   ) -> tuple[list[Record], dict[Record, bool]]:
    """Every account of the file, its records let go once written; and for the stored
    ones whether anything about them changed."""
    kinds = filled_kinds(session)
    new = NewAccounts(session)
    accounts: list[Record] = []
    changed: dict[Record, bool] = {}
    numbered = enumerate(values)
    while batch := [parse_account(value, f"accounts[{i}]")
                    for i, value in itertools.islice(numbered, BATCH)]:
        check_across(accounts, batch, ids.given)
        ids.add(walk(batch))
        match(session, batch, kinds)
        stored = [account for account in batch if account.target is not None]
        for account in stored:
            if account.id is None:  # matched by its name: the file may not give its id again
                account.id = account.target.id
                ids.add([account])
        changed.update(_write_stored(session, stored))
        new.write([account for account in batch if account.target is None])
        accounts += map(_settled, batch)
        # the collector is paused: the batch's garbage (its statements' cycles, the stored
        # rows let go of) is collected here, among the objects made since the last batch
        gc.collect(0)
    return accounts, changed


class _FileIds:
    """The ids the file has given so far, each with where, in a private temporary SQLite
    database (on disk, beside the cache) rather than in memory: a portfolio's file gives
    about 200 per account, and an import holds only one batch of accounts at a time."""

    def __init__(self) -> None:
        self.connection = sqlite3.connect("")  # "": deleted when closed
        self.connection.execute("CREATE TABLE given (id BLOB PRIMARY KEY, path TEXT NOT NULL)"
                                " WITHOUT ROWID")

    def given(self, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        """Those of ``ids`` the file has given already, with where."""
        found: dict[uuid.UUID, str] = {}
        for start in range(0, len(ids), 500):
            chunk = [row_id.bytes for row_id in ids[start:start + 500]]
            query = f"SELECT id, path FROM given WHERE id IN ({', '.join('?' * len(chunk))})"
            found.update((uuid.UUID(bytes=row_id), path)
                         for row_id, path in self.connection.execute(query, chunk))
        return found

    def add(self, records: Iterable[Record]) -> None:
        """Note the ids of ``records``."""
        self.connection.executemany("INSERT INTO given VALUES (?, ?)", (
            (record.id.bytes, record.path) for record in records if record.id is not None))

    def close(self) -> None:
        self.connection.close()


def _write_stored(session: Session, stored: list[Record]) -> dict[Record, bool]:
    """Update the stored accounts of a batch; whether anything about each changed."""
    removed = [list(_all_removed([account])) for account in stored]
    if any(removed):
        # deletions first, so that their names and periods are free for the rows that
        # remain; the database's own cascades then show in the rows read afterwards
        for row in (row for rows in removed for row in rows):
            session.delete(row)
        session.flush()
        session.expire_all()
    changed = {account: _write_account(account) or bool(gone)
               for account, gone in zip(stored, removed)}
    session.flush()
    return changed


def _settled(account: Record) -> Record:
    """What is kept of a written account: its path, id, name and holding."""
    account.fields = {"name": account.name()}
    account.links = {key: value for key, value in account.links.items() if key == "parent"}
    account.sections, account.removed, account.target = {}, [], None
    return account


def _finish(session: Session, accounts: list[Record], changed: dict[Record, bool]
            ) -> ImportSummary:
    """Point the accounts at their holdings, now that every account exists."""
    match_holdings(session, accounts)
    set_holdings(session, [(account.id, _holding_id(account)) for account in accounts
                           if account not in changed and _holding_id(account) is not None])
    for account in changed:
        changed[account] |= _write_holding(session, account)
    summary = ImportSummary([], [], [])
    for account in accounts:
        names = summary.added if account not in changed else \
            summary.updated if changed[account] else summary.unchanged
        names.append(account.name())
    session.flush()
    return summary


def _holding_id(account: Record) -> Any:
    """The id of the holding the file names for ``account`` (matching.match_holdings)."""
    holding = account.links.get("holding")
    return None if holding is None else holding.id


def _write_holding(session: Session, account: Record) -> bool:
    """Point a stored account at the holding the file names."""
    if "parent" not in account.links:
        return False
    return _assign(session.get(Account, account.id), {"parent_id": _holding_id(account)})


def _assign(row: Any, values: dict[str, Any]) -> bool:
    """Set the values that differ from the row's; True if any did. Equal values are
    not assigned, so that an unchanged row is not written at all."""
    changed = False
    for attr, value in values.items():
        if getattr(row, attr) != value:
            setattr(row, attr, value)
            changed = True
    return changed


def _link(row: Any, attr: str, person: Any) -> bool:
    """Point the relationship ``attr`` at ``person`` (or nobody) unless it already does."""
    if getattr(row, f"{attr}_id") == (None if person is None else person.id):
        return False
    setattr(row, attr, person)
    return True


def _write_section(parent: Any, section: Section, records: list[Record]) -> bool:
    changed = False
    for record in records:
        if record.target is None:
            record.target = section.kind(id=record.id or uuid.uuid4())
            getattr(parent, section.attr).append(record.target)
            changed = True
        changed |= _assign(record.target, record.fields)
        for key, children in record.sections.items():
            changed |= _write_section(record.target, SECTIONS_BY_KEY[key], children)
    return changed


def _people_by_name(account: Record, section: Section) -> dict[str, Any]:
    if section.key in account.sections:
        return {record.name(): record.target for record in account.sections[section.key]}
    return {row.name: row for row in getattr(account.target, section.attr)}


def _write_personal(contact: Record) -> bool:
    notes = contact.target.personal
    if contact.personal is ABSENT or (contact.personal is None and notes is None):
        return False
    if contact.personal is None:
        contact.target.personal = None  # deletes the notes (delete-orphan)
        return True
    if notes is None:
        contact.target.personal = PersonalNotes()
        _assign(contact.target.personal, contact.personal)
        return True
    return _assign(notes, contact.personal)


def _write_attendees(entry: DiaryEntry, people: list[Any]) -> bool:
    def key(person: Any) -> tuple:
        return (person.id, None) if isinstance(person, Contact) else (None, person.id)

    wanted = {key(person): person for person in people}
    present = {(a.contact_id, a.team_member_id): a for a in entry.attendees}
    for attendee_key, attendee in present.items():
        if attendee_key not in wanted:
            entry.attendees.remove(attendee)
    for person_key, person in wanted.items():
        if person_key not in present:
            attendee = DiaryAttendee(id=uuid.uuid4())
            if isinstance(person, Contact):
                attendee.contact = person
            else:
                attendee.team_member = person
            entry.attendees.append(attendee)
    return wanted.keys() != present.keys()


def _write_links(account: Record) -> bool:
    """The links between people, once every contact and team member exists."""
    contacts = _people_by_name(account, CONTACTS)
    team = _people_by_name(account, TEAM)
    changed = False
    for record in account.sections.get("contacts", ()):
        if "reports_to" in record.links:
            changed |= _link(record.target, "reports_to", contacts.get(record.links["reports_to"]))
        changed |= _write_personal(record)
    for record in account.sections.get("team", ()):
        if "mirrors" in record.links:
            changed |= _link(record.target, "mirrors", contacts.get(record.links["mirrors"]))
    for record in account.sections.get("value", ()):
        if "delivered_by" in record.links:
            changed |= _link(record.target, "delivered_by", team.get(record.links["delivered_by"]))
    for record in account.sections.get("diary", ()):
        if "attendees" in record.links:
            people = [contacts.get(name) or team[name] for name in record.links["attendees"]]
            changed |= _write_attendees(record.target, people)
    return changed


def _write_account(account: Record) -> bool:
    """Update one stored account; True if anything about it changed."""
    changed = _assign(account.target, account.fields)
    for section in ACCOUNT_SECTIONS:
        if section.key in account.sections:
            changed |= _write_section(account.target, section, account.sections[section.key])
    return _write_links(account) or changed


def _all_removed(records: list[Record]) -> Iterator[Any]:
    for record in walk(records):
        yield from record.removed
