"""Erasing a person: the right to be forgotten, on this laptop.

The contact, their personal questionnaire and their place in diaries go; where a text
of the account mentions them (a diary summary, a next step, a note), the mention becomes
a placeholder. Their rows in the role-map snapshots go too. Other people who reported to them, and our people who mirrored them,
simply lose the link. The erasure log records that it happened, by whom and when, and
nothing about whom. Deleted pages are overwritten (``secure_delete``), the write-ahead
log is emptied, and every backup beside the database is erased the same way and
rewritten, so that no copy on the laptop keeps the data.
"""
from __future__ import annotations

import re
import uuid
from pathlib import Path

from sqlalchemy import Enum, String, and_, inspect, or_, select, text, update
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.backup import list_backups
from kam_desktop.store.database import make_engine
from kam_desktop.store.models import Account, Base, Contact, ErasureLog

PLACEHOLDER = "[…]"
#: the text columns of an account's records where a person may be mentioned by name
_MENTION_TABLES = ("account", "diary_entry", "goal", "plan_action", "opportunity",
                   "value_entry", "ladder_assessment", "switching_barrier", "cooling_reason",
                   "map_snapshot")


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


def erase_contact(session: Session, *, contact_id: uuid.UUID, erased_by: str | None) -> uuid.UUID:
    """Erase the person in this database; returns their account's id. The caller then
    calls :func:`scrub_files` once the transaction is committed."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise InputError("contact", Text("the record no longer exists"))
    account_id = contact.account_id
    _erase_in_connection(session.connection(), contact_id)
    session.add(ErasureLog(erased_by=erased_by, account_id=account_id))
    session.expire_all()
    return account_id


def _erase_in_connection(connection, contact_id: uuid.UUID) -> None:
    contact = Base.metadata.tables["contact"]
    row = connection.execute(select(contact.c.account_id, contact.c.name, contact.c.email,
                                    contact.c.phone).where(contact.c.id == contact_id)).first()
    if row is None:
        return
    pattern = re.compile("|".join(re.escape(m) for m in mentions(row.name, row.email, row.phone)))
    present = set(inspect(connection).get_table_names())  # a backup may predate a table
    for table_name in (t for t in _MENTION_TABLES if t in present):
        table = Base.metadata.tables[table_name]
        columns = [c for c in table.c if isinstance(c.type, String) and not isinstance(c.type, Enum)]
        for record in connection.execute(_of_account(table, columns, row.account_id)).mappings():
            changes = {c.name: pattern.sub(PLACEHOLDER, record[c.name]) for c in columns
                       if isinstance(record[c.name], str) and pattern.search(record[c.name])}
            if changes:
                connection.execute(update(table).where(table.c.id == record["id"]).values(changes))
    if "map_snapshot_entry" in present:
        _erase_from_map_snapshots(connection, contact_id, row.name, row.account_id)
    # the contact goes; the schema deletes their notes and attendance and clears links
    connection.execute(contact.delete().where(contact.c.id == contact_id))


def _erase_from_map_snapshots(connection, contact_id: uuid.UUID, name: str,
                              account_id: uuid.UUID) -> None:
    """Remove the person's rows from the account's map snapshots: those linked to the
    contact, and those left by an earlier deletion of the contact under the same name."""
    entry, snapshot = (Base.metadata.tables[t] for t in ("map_snapshot_entry", "map_snapshot"))
    of_account = select(snapshot.c.id).where(snapshot.c.account_id == account_id)
    connection.execute(entry.delete().where(or_(
        entry.c.contact_id == contact_id,
        and_(entry.c.contact_id.is_(None), entry.c.name == name,
             entry.c.snapshot_id.in_(of_account)))))


def _of_account(table, columns, account_id):
    """The text columns of the rows of ``table`` that belong to the account."""
    query = select(table.c.id, *columns)
    if table.name == "account":
        return query.where(table.c.id == account_id)
    if table.name == "plan_action":
        goal = Base.metadata.tables["goal"]
        return query.join(goal, goal.c.id == table.c.goal_id).where(goal.c.account_id == account_id)
    return query.where(table.c.account_id == account_id)


def scrub_files(engine, db_path: Path, contact_id: uuid.UUID) -> int:
    """Leave no copy behind: empty the write-ahead log, and erase the person from every
    backup, rewriting it. Returns how many backups were scrubbed."""
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    scrubbed = 0
    for backup in list_backups(db_path):
        backup_engine = make_engine(backup)
        try:
            with backup_engine.begin() as connection:
                _erase_in_connection(connection, contact_id)
            with backup_engine.connect() as connection:
                connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                connection.exec_driver_sql("VACUUM")
        finally:
            backup_engine.dispose()
        scrubbed += 1
    return scrubbed
