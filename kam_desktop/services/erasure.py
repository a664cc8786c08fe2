"""Erasing a person: the right to be forgotten, on this laptop.

The contact, their personal questionnaire and their place in diaries go; where a text
of the account mentions them (a diary summary, a next step, a note), the mention becomes
a placeholder. Their rows in the role-map snapshots go too. Other people who reported to them, and our people who mirrored them,
simply lose the link. The erasure log records that it happened, by whom and when, and
nothing about whom. Deleted pages are overwritten (``secure_delete``), the write-ahead
log is emptied, and every backup beside the database is erased the same way and
rewritten, so that no copy on the laptop keeps the data.

For the exchange between laptops the erasure leaves a tombstone that wins over any edit
anywhere, the rewritten texts are stamped as real changes, and the conflict log loses the
person's entries and every mention of them.
"""
from __future__ import annotations

import difflib
import re
import uuid
from pathlib import Path
from collections.abc import Iterator
from typing import Any, NamedTuple

from sqlalchemy import Enum, String, and_, inspect, or_, select, text, update
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.contacts import same_person
from kam_desktop.services.errors import InputError
from kam_desktop.store import clock
from kam_desktop.store.backup import list_backups
from kam_desktop.store.database import Database, make_engine
from kam_desktop.store.models import Account, Base, Contact, ErasureLog, SyncTombstone

PLACEHOLDER = "[…]"
#: the text columns of an account's records where a person may be mentioned by name
_MENTION_TABLES = ("account", "diary_entry", "goal", "plan_action", "opportunity",
                   "value_entry", "ladder_assessment", "switching_barrier", "cooling_reason",
                   "map_snapshot", "handover", "loss", "win_back_action", "group_potential")
#: the tables whose rows belong to an account through a parent record: (its column, table)
_THROUGH_PARENT = {"plan_action": ("goal_id", "goal"), "win_back_action": ("loss_id", "loss")}


def find_contact(session: Session, *, account_name: str, contact_name: str) -> uuid.UUID:
    """The id of ``contact_name`` at ``account_name``; InputError names what is missing."""
    account_id = session.scalar(select(Account.id).where(Account.name == account_name))
    if account_id is None:
        raise InputError("account", Text("no account is called {name}", name=repr(account_name)))
    contact_id = session.scalar(select(Contact.id).where(
        Contact.account_id == account_id, Contact.name == contact_name))
    if contact_id is None:
        raise InputError("contact", Text("{account} has no contact called {name}",
                                            account=account_name, name=repr(contact_name)))
    return contact_id


def mentions(name: str, email: str | None, phone: str | None) -> list[str]:
    """The ways a text may name the person: the full name, "Surname I. O." and
    "Surname I.O.", the e-mail and the phone, longest first."""
    words = name.split()
    found = {name, email or "", phone or ""}
    if len(words) >= 2:
        initials = [f"{w[0]}." for w in words[1:]]
        found |= {f"{words[0]} {' '.join(initials)}", f"{words[0]} {''.join(initials)}"}
    return sorted((m for m in found if m.strip()), key=len, reverse=True)


def erase_person(db: Database, *, contact_id: uuid.UUID, erased_by: str | None) -> int:
    """The whole erasure the user asks for: the person with their records at our other
    accounts (the same person, followed where they moved), committed, then every copy in
    the write-ahead log and the backups scrubbed. Returns how many backups were scrubbed."""
    with db.sessions() as session:
        records = [record_id for record_id, _ in same_person(session, contact_id)]
    with db.transaction() as session:
        for record_id in records:
            erase_contact(session, contact_id=record_id, erased_by=erased_by)
    return max(scrub_files(db.engine, db.path, record_id) for record_id in records)


def erase_contact(session: Session, *, contact_id: uuid.UUID, erased_by: str | None,
                  stamp: clock.Stamp | None = None) -> uuid.UUID:
    """Erase the person in this database; returns their account's id. The caller then
    calls :func:`scrub_files` once the transaction is committed. ``stamp`` is the
    erasure's own stamp when it arrived from another laptop."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise InputError("contact", Text("the record no longer exists"))
    account_id = contact.account_id
    session.flush()
    erase_again(session.connection(), contact_id=contact_id, account_id=account_id,
                stamp=stamp)
    session.add(ErasureLog(erased_by=erased_by, account_id=account_id))
    session.expire_all()
    return account_id


def erase_again(connection, *, contact_id: uuid.UUID, account_id: uuid.UUID,
                stamp: clock.Stamp | None = None) -> bool:
    """Erase the person through ``connection`` and leave the erasure's tombstone, without
    a new entry in the erasure log: the erasure itself, or one already logged that is
    applied again (to a restored backup). Returns whether the person was here; the
    caller then calls :func:`scrub_files` once the transaction is committed."""
    identity = _identity(connection, contact_id)
    if identity is not None:
        _TO_SCRUB[contact_id] = identity
    rewritten = _erase_in_connection(connection, contact_id)
    new_stamp = clock.issue(connection)
    for table_name, changes in rewritten.items():
        clock.stamp_changed(connection, table_name, changes, new_stamp)
    clock.write_tombstone(connection, "contact", contact_id, account_id, stamp or new_stamp,
                          erased=True)
    clock.drop_orphan_stamps(connection)
    return identity is not None


class Identity(NamedTuple):
    """Who an erased person was, held in memory only while their traces are scrubbed."""

    account_id: uuid.UUID
    #: the ways a text may name them, longest first (see :func:`mentions`)
    mentions: tuple[str, ...]
    #: their name, when it is known (map snapshots keep rows by name)
    name: str | None = None

    def pattern(self) -> re.Pattern | None:
        return re.compile("|".join(map(re.escape, self.mentions))) if self.mentions else None


def _identity(connection, contact_id: uuid.UUID) -> Identity | None:
    contact = Base.metadata.tables["contact"]
    row = connection.execute(select(contact.c.account_id, contact.c.name, contact.c.email,
                                    contact.c.phone).where(contact.c.id == contact_id)).first()
    if row is None:
        return None
    return Identity(row.account_id, tuple(mentions(row.name, row.email, row.phone)), row.name)


#: who was just erased, kept in memory only until :func:`scrub_files` has used it (a
#: backup may hold a mention of the person without holding the person)
_TO_SCRUB: dict[uuid.UUID, Identity] = {}


def _identity_in_backups(db_path: Path, contact_id: uuid.UUID) -> Identity | None:
    for backup in list_backups(db_path):
        backup_engine = make_engine(backup)
        try:
            with backup_engine.connect() as connection:
                if inspect(connection).has_table("contact"):
                    found = _identity(connection, contact_id)
                    if found is not None:
                        return found
        finally:
            backup_engine.dispose()
    return None


def _mention_columns(connection) -> Iterator[tuple[Any, list]]:
    """The tables where a person may be mentioned, with their text columns (a backup may
    predate a table)."""
    present = set(inspect(connection).get_table_names())
    for table_name in (t for t in _MENTION_TABLES if t in present):
        table = Base.metadata.tables[table_name]
        yield table, [c for c in table.c
                      if isinstance(c.type, String) and not isinstance(c.type, Enum)]


def _blanked_words(connection, backup: Path, account_id: uuid.UUID) -> set[str]:
    """What the erasure blanked in the account's texts here that ``backup`` still holds
    in full: each stretch of a backup's text that the current text replaces by the
    placeholder and nothing else. An erased person who was deleted on this laptop before
    (or never came to it) is known here only by the blanks other laptops left."""
    current: dict[tuple[str, uuid.UUID, str], str] = {}
    for table, columns in _mention_columns(connection):
        for record in connection.execute(_of_account(table, columns, account_id)).mappings():
            current.update(((table.name, record["id"], c.name), record[c.name]) for c in columns
                           if isinstance(record[c.name], str) and PLACEHOLDER in record[c.name])
    if not current:
        return set()
    found: set[str] = set()
    backup_engine = make_engine(backup)
    try:
        with backup_engine.connect() as old:
            for table, columns in _mention_columns(old):
                for record in old.execute(_of_account(table, columns, account_id)).mappings():
                    for column in columns:
                        now = current.get((table.name, record["id"], column.name))
                        if now is not None and isinstance(record[column.name], str):
                            found |= _replaced_by_placeholder(record[column.name], now)
        return found
    finally:
        backup_engine.dispose()


def _replaced_by_placeholder(before: str, after: str) -> set[str]:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return {before[i1:i2].strip() for op, i1, i2, j1, j2 in matcher.get_opcodes()
            if op == "replace" and after[j1:j2] == PLACEHOLDER and before[i1:i2].strip()}


def texts_naming(connection, contact_id: uuid.UUID) -> list[tuple[str, uuid.UUID, str, str]]:
    """The texts of the person's account that name them — what an erasure would blank —
    as (table, record id, column, text)."""
    identity = _identity(connection, contact_id)
    if identity is None:
        return []
    return [(table.name, record_id, column, value)
            for table, record_id, column, value in _texts_naming(connection, identity)]


def _texts_naming(connection, identity: Identity) -> Iterator[tuple[Any, uuid.UUID, str, str]]:
    pattern = identity.pattern()
    if pattern is None:
        return
    for table, columns in _mention_columns(connection):
        for record in connection.execute(
                _of_account(table, columns, identity.account_id)).mappings():
            for column in columns:
                value = record[column.name]
                if isinstance(value, str) and pattern.search(value):
                    yield table, record["id"], column.name, value


def _erase_in_connection(connection, contact_id: uuid.UUID,
                         identity: Identity | None = None) -> dict[str, dict[uuid.UUID, set]]:
    """Erase the person through ``connection``; returns the fields of other records whose
    texts were rewritten (table -> record id -> fields). ``identity`` (account, name,
    e-mail, phone) stands in for a contact no longer in this database."""
    contact = Base.metadata.tables["contact"]
    row = identity or _identity(connection, contact_id)
    if row is None:
        return {}
    pattern = row.pattern()
    changes: dict[tuple[Any, uuid.UUID], dict[str, str]] = {}
    for table, record_id, column, value in _texts_naming(connection, row):
        changes.setdefault((table, record_id), {})[column] = pattern.sub(PLACEHOLDER, value)
    rewritten: dict[str, dict[uuid.UUID, set]] = {}
    for (table, record_id), values in changes.items():
        connection.execute(update(table).where(table.c.id == record_id).values(values))
        rewritten.setdefault(table.name, {})[record_id] = set(values)
    present = set(inspect(connection).get_table_names())
    if "sync_conflict" in present:
        _erase_from_conflict_log(connection, contact_id, row.account_id, pattern)
    if "map_snapshot_entry" in present:
        _erase_from_map_snapshots(connection, contact_id, {row.name, *row.mentions} - {None},
                                  row.account_id)
    # the contact goes; the schema deletes their notes and attendance and clears links
    connection.execute(contact.delete().where(contact.c.id == contact_id))
    return rewritten


def _erase_from_conflict_log(connection, contact_id: uuid.UUID, account_id: uuid.UUID,
                             pattern: re.Pattern | None) -> None:
    """Drop the log entries about the person's own records, and blank every mention of
    them in the values the account's other entries keep."""
    tables = Base.metadata.tables
    conflict = tables["sync_conflict"]
    own = [contact_id]
    own += connection.execute(select(tables["diary_attendee"].c.id).where(
        tables["diary_attendee"].c.contact_id == contact_id)).scalars().all()
    own += connection.execute(select(tables["map_snapshot_entry"].c.id).where(
        tables["map_snapshot_entry"].c.contact_id == contact_id)).scalars().all()
    connection.execute(conflict.delete().where(conflict.c.record_id.in_(own)))
    if pattern is None:
        return
    for entry in connection.execute(select(conflict.c.id, conflict.c.winner_value,
                                           conflict.c.loser_value)
                                    .where(conflict.c.account_id == account_id)).all():
        changes = {name: pattern.sub(PLACEHOLDER, value)
                   for name, value in (("winner_value", entry.winner_value),
                                       ("loser_value", entry.loser_value))
                   if isinstance(value, str) and pattern.search(value)}
        if changes:
            connection.execute(update(conflict).where(conflict.c.id == entry.id).values(changes))


def _erase_from_map_snapshots(connection, contact_id: uuid.UUID, names: set[str],
                              account_id: uuid.UUID) -> None:
    """Remove the person's rows from the account's map snapshots: those linked to the
    contact, and those left by an earlier deletion of the contact under their name."""
    entry, snapshot = (Base.metadata.tables[t] for t in ("map_snapshot_entry", "map_snapshot"))
    of_account = select(snapshot.c.id).where(snapshot.c.account_id == account_id)
    connection.execute(entry.delete().where(or_(
        entry.c.contact_id == contact_id,
        and_(entry.c.contact_id.is_(None), entry.c.name.in_(names),
             entry.c.snapshot_id.in_(of_account)))))


def _of_account(table, columns, account_id):
    """The text columns of the rows of ``table`` that belong to the account."""
    query = select(table.c.id, *columns)
    if table.name == "account":
        return query.where(table.c.id == account_id)
    if table.name in _THROUGH_PARENT:
        column, parent_name = _THROUGH_PARENT[table.name]
        parent = Base.metadata.tables[parent_name]
        return query.join(parent, parent.c.id == table.c[column]).where(
            parent.c.account_id == account_id)
    return query.where(table.c.account_id == account_id)


def forget_absent(engine, db_path: Path, contact_id: uuid.UUID) -> int:
    """A person erased on another laptop who is no longer (or never was) in this database:
    learn how the texts here named them, from a backup that still holds them or from the
    blanks the erasure left elsewhere, blank those mentions in the account's texts and
    conflict log here, then scrub the files. Returns how many backups were scrubbed."""
    held = _identity_in_backups(db_path, contact_id)
    with engine.connect() as connection:
        account_id = connection.execute(select(SyncTombstone.account_id).where(
            SyncTombstone.table_name == "contact",
            SyncTombstone.record_id == contact_id)).scalar_one()
        blanked = set().union(*(_blanked_words(connection, backup, account_id)
                                for backup in list_backups(db_path)))
    if held is None and not blanked:  # no file here names them any more
        with engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return 0
    known = set(held.mentions) if held else set()
    identity = Identity(account_id, tuple(sorted(known | blanked, key=len, reverse=True)),
                        held.name if held else None)
    with engine.begin() as connection:
        rewritten = _erase_in_connection(connection, contact_id, identity)
        if rewritten:
            stamp = clock.issue(connection)
            for table_name, changes in rewritten.items():
                clock.stamp_changed(connection, table_name, changes, stamp)
    return scrub_files(engine, db_path, contact_id, identity)


def scrub_files(engine, db_path: Path, contact_id: uuid.UUID,
                identity: Identity | None = None) -> int:
    """Leave no copy behind: empty the write-ahead log, and erase the person from every
    backup, rewriting it; their mentions go from backups that no longer hold the person
    too. ``identity`` is who they were (found in the backups when not given). Returns how
    many backups were scrubbed."""
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    identity = identity or _TO_SCRUB.pop(contact_id, None) \
        or _identity_in_backups(db_path, contact_id)
    scrubbed = 0
    for backup in list_backups(db_path):
        backup_engine = make_engine(backup)
        try:
            with backup_engine.begin() as connection:
                _erase_in_connection(connection, contact_id, identity)
            with backup_engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                connection.exec_driver_sql("VACUUM")
        finally:
            backup_engine.dispose()
        scrubbed += 1
    return scrubbed
