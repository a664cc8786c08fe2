"""Matching the file's records to stored rows, and the checks that need the database
too. This reads the database and writes nothing."""
from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.domain.holdings import circle_through
from kam_desktop.domain.text import Text
from kam_desktop.services import holdings
from kam_desktop.services.errors import InputError
from kam_desktop.services.interchange.format import (
    CONTACTS,
    SECTIONS_BY_KEY,
    TEAM,
    Section,
    key_names,
)
from kam_desktop.services.interchange.reading import Record, walk
from kam_desktop.store.kinds import KINDS, kind_of
from kam_desktop.store.models import Account, Goal, Loss

#: a record that holds sections, when it is another one (whole words, because
#: a translation declines the noun together with "another")
_ANOTHER = {Account: Text("another account"), Goal: Text("another goal"),
            Loss: Text("another loss record")}
#: what a record's id may turn out to be in the database, and the column of its parent
_ID_KINDS: tuple[tuple[type, Any], ...] = tuple(
    (kind.model, kind.table.c[kind.parent] if kind.parent else None)
    for kind in KINDS.values() if "id" in kind.table.primary_key.columns)


def filled_kinds(session: Session) -> list[tuple[type, Any]]:
    """The kinds of records with an id that have rows in the database, asked before an
    import writes any: a kind it finds empty has no row that a later id of the file could
    be (those the import writes itself are checked as the file's ids)."""
    return [(kind, parent) for kind, parent in _ID_KINDS
            if session.execute(select(kind.id).limit(1)).first() is not None]


def match(session: Session, accounts: list[Record], kinds: list[tuple[type, Any]]) -> None:
    """Set the target of every record to the stored row it updates (None for a new one)
    and the removed rows of every section the file has; refuse a file that does not fit
    the database (its ``kinds`` that had rows: filled_kinds). The holdings are matched
    once every account is written (match_holdings)."""
    stored = _stored_ids(session, accounts, kinds)
    for account in accounts:
        _match_account(session, account, accounts, stored)
        for key in account.sections:
            _match_section(SECTIONS_BY_KEY[key], account, stored)
        _check_lifecycle(account)
        _check_people(account)


def _holding_of(session: Session, record: Record) -> Account:
    """The account the file names as ``record``'s holding, by name, else by id. Every
    account of the file is written by now, so the database holds them all."""
    named = record.links["parent"]
    found = session.scalars(select(Account).where(Account.name == named)).one_or_none()
    if found is None:
        try:
            found = session.get(Account, uuid.UUID(named))
        except ValueError:
            pass
    if found is None:
        raise InputError(f"{record.path}.parent", Text(
            "no account named {name} in the file or the database to be the holding",
            name=repr(named)))
    return found


def match_holdings(session: Session, accounts: list[Record]) -> None:
    """Find each holding the file names (``links["holding"]``: an Account) for the
    ``accounts`` written (their ids settled), and refuse one that would make an account
    its own holding, through the file and the database together."""
    parents: dict[Any, Any] = holdings.parent_ids(session)
    named = [record for record in accounts if record.links.get("parent") is not None]
    for record in named:
        record.links["holding"] = _holding_of(session, record)
    for record in accounts:
        if "parent" in record.links:
            holding = record.links.get("holding")
            parents[record.id] = None if holding is None else holding.id
    for record in named:
        circle = circle_through(parents, record.id, record.links["holding"].id)
        if circle:
            shown = [session.get(Account, a).name for a in circle + circle[:1]]
            raise InputError(f"{record.path}.parent", Text(
                "would make the company its own holding: {chain}", chain=" → ".join(shown)))


def _stored_ids(session: Session, accounts: list[Record], kinds: list[tuple[type, Any]]
                ) -> dict[uuid.UUID, tuple[type, Any]]:
    """For each id of the file already in the database: its row's kind and parent id."""
    ids = [record.id for record in walk(accounts) if record.id is not None]
    stored: dict[uuid.UUID, tuple[type, Any]] = {}
    for kind, parent in kinds:
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            if parent is None:
                query = select(kind.id).where(kind.id.in_(chunk))
                stored.update((row_id, (kind, None)) for row_id in session.scalars(query))
            else:
                query = select(kind.id, parent).where(kind.id.in_(chunk))
                stored.update((row_id, (kind, parent_id))
                              for row_id, parent_id in session.execute(query))
    return stored


def _check_stored_id(record: Record, parent: Record | None,
                     stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """An id already in the database must be a row of the same kind and the same parent."""
    if record.id not in stored:
        return
    kind, parent_id = stored[record.id]
    where = f"{record.path}.id"
    if kind is not record.kind:
        raise InputError(where, Text("this id belongs to {kind} in the database, not to {expected}",
                                     kind=kind_of(kind).noun, expected=kind_of(record.kind).noun))
    if parent is not None and (parent.target is None or parent.target.id != parent_id):
        raise InputError(where, Text("this id belongs to {kind} of {another} in the database",
                                     kind=kind_of(kind).noun, another=_ANOTHER[parent.kind]))


def _match_account(session: Session, record: Record, accounts: list[Record],
                   stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """By id, else by name; never so that two accounts would have one name."""
    _check_stored_id(record, None, stored)
    named = session.scalars(select(Account).where(Account.name == record.name())).one_or_none()
    if record.id is not None:
        record.target = session.get(Account, record.id) if record.id in stored else None
    elif named is not None and named.id not in {other.id for other in accounts}:
        record.target = named
    if named is not None and named is not record.target:
        raise InputError(f"{record.path}.name",
                         Text("the database already has another account named {name} (id {id})",
                              name=repr(record.name()), id=named.id))


def _match_section(section: Section, parent: Record,
                   stored: dict[uuid.UUID, tuple[type, Any]]) -> None:
    """Pair the section's records with the parent's stored rows: by id, else by natural
    key. Stored rows left over are to be deleted."""
    records = parent.sections[section.key]
    rows = getattr(parent.target, section.attr) if parent.target is not None else []
    rows_by_id = {row.id: row for row in rows}
    for record in records:
        if record.id is not None:
            _check_stored_id(record, parent, stored)
            record.target = rows_by_id.get(record.id)
    taken = {record.target.id for record in records if record.target is not None}
    free = sorted((row for row in rows if row.id not in taken), key=lambda row: str(row.id))
    for record in records:
        if record.target is not None:
            continue
        key = tuple(record.fields.get(attr) for attr in section.natural_key)
        match = next((row for row in free if section.key_of(row) == key), None)
        if match is not None and record.id is not None:
            raise InputError(f"{record.path}.id",
                             Text("this id is not in the database, but {kind} with the same "
                                  "{what} is, with the id {id}", kind=kind_of(section.kind).noun,
                                  what=key_names(section.natural_key), id=match.id))
        if match is not None:
            record.target = match
            free.remove(match)
    parent.removed += free
    if section.unique_in_database:
        _check_keys_stay_put(section, records)
    for record in records:
        for key in record.sections:
            _match_section(SECTIONS_BY_KEY[key], record, stored)


def _check_keys_stay_put(section: Section, records: list[Record]) -> None:
    """A key may not pass from one kept row to another record in the same import: the
    rows are updated one by one, and the database's unique constraint would fail."""
    holders = {section.key_of(record.target): record for record in records
               if record.target is not None}
    for record in records:
        holder = holders.get(tuple(record.fields[attr] for attr in section.natural_key))
        if holder is not None and holder is not record:
            raise InputError(f"{record.path}.{section.natural_key[0]}",
                             Text("the database has this {what} on the record of {holder}, "
                                  "which the file changes; exchanging {what}s takes two imports",
                                  what=key_names(section.natural_key),
                                  holder=holder.path.rsplit(".", 1)[-1]))


def _effective(record: Record, attr: str) -> Any:
    """A column's value after the import: the file's, else the stored one, else the default."""
    if attr in record.fields:
        return record.fields[attr]
    if record.target is not None:
        return getattr(record.target, attr)
    default = record.kind.__table__.c[attr].default
    return None if default is None else default.arg


def _check_lifecycle(account: Record) -> None:
    lifecycle = _effective(account, "lifecycle")
    if lifecycle.needs_reason and not (_effective(account, "lifecycle_reason") or "").strip():
        raise InputError(f"{account.path}.lifecycle_reason",
                         Text("a {lifecycle} account needs a lifecycle_reason saying why",
                              lifecycle=lifecycle.value))


def _names_after(account: Record, section: Section) -> set[str]:
    """The names of the account's contacts or team after the import."""
    if section.key in account.sections:
        return {record.name() for record in account.sections[section.key]}
    if account.target is None:
        return set()
    return {row.name for row in getattr(account.target, section.attr)}


def _check_people(account: Record) -> None:
    """Every name the file uses for a person must name one of the account's people."""
    contacts = _names_after(account, CONTACTS)
    team = _names_after(account, TEAM)
    for record in account.sections.get("contacts", ()):
        name = record.links.get("reports_to")
        if name is not None and name not in contacts:
            raise InputError(f"{record.path}.reports_to", _not_a_contact(name))
    for record in account.sections.get("team", ()):
        name = record.links.get("mirrors")
        if name is not None and name not in contacts:
            raise InputError(f"{record.path}.mirrors", _not_a_contact(name))
    for record in account.sections.get("value", ()):
        name = record.links.get("delivered_by")
        if name is not None and name not in team:
            raise InputError(f"{record.path}.delivered_by",
                             Text("{name} is not a team member of this account",
                                  name=repr(name)))
    for record in account.sections.get("diary", ()):
        for i, name in enumerate(record.links.get("attendees", ())):
            if name not in contacts and name not in team:
                raise InputError(f"{record.path}.attendees[{i}]",
                                 Text("{person} is neither a contact nor a team member of this "
                                      "account", person=repr(name)))
    _check_reports_to_loops(account)


def _not_a_contact(name: str) -> Text:
    return Text("{name} is not a contact of this account", name=repr(name))


def _check_reports_to_loops(account: Record) -> None:
    records = account.sections.get("contacts")
    if records is None:
        return
    by_row_id = {record.target.id: record for record in records if record.target is not None}
    boss: dict[str, str | None] = {}
    for record in records:
        if "reports_to" in record.links:
            boss[record.name()] = record.links["reports_to"]
        elif record.target is not None and record.target.reports_to_id in by_row_id:
            boss[record.name()] = by_row_id[record.target.reports_to_id].name()
    for record in records:
        chain = [record.name()]
        while (upper := boss.get(chain[-1])) is not None and upper not in chain:
            chain.append(upper)
        if upper == record.name():
            raise InputError(f"{record.path}.reports_to",
                             Text("reports_to goes round in a circle: {chain}",
                                  chain=" → ".join([*chain, upper])))
