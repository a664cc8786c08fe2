"""Writing the accounts of a file that are new to the database: their records as rows,
table by table, a batch of accounts at a time, instead of an ORM object per record
(which cost most of an import's time and kept every record of the file in memory).

What the session's events do for a flush of new objects is done here for the rows:
every record is stamped as created, all with one stamp (store.clock); an account whose
file carries no stage history gets its first entry (store.lifecycle_history); and "last
met" is derived for the batch's accounts (store.last_met). The rows are the ones the ORM
would write: the same values, the column defaults where the file leaves a key out.
"""
from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from kam_desktop.services.interchange.reading import ABSENT, Record
from kam_desktop.store import clock, last_met
from kam_desktop.store.kinds import IN_DEPENDENCY_ORDER, kind_of
from kam_desktop.store.lifecycle_history import first_entry
from kam_desktop.store.models import Account

#: accounts written per batch: enough rows per statement, few records held at once
BATCH = 100

_account = Account.__table__


class NewAccounts:
    """The new accounts of one import, written a batch at a time; all stamped alike."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.stamp: clock.Stamp | None = None

    def write(self, accounts: list[Record]) -> None:
        """Insert ``accounts`` (matched: none is in the database) with all their records.
        Each account's id is settled (drawn when the file gives none) and its records are
        let go once written; the account's name and links stay for the holdings."""
        for start in range(0, len(accounts), BATCH):
            batch = accounts[start:start + BATCH]
            rows: dict[str, list[dict]] = defaultdict(list)
            for account in batch:
                for name, mine in _account_rows(self.session, account).items():
                    rows[name] += mine
                account.sections = {}
            self._insert(rows)
            last_met.refresh(self.session.connection(), [account.id for account in batch])

    def _insert(self, rows: dict[str, list[dict]]) -> None:
        connection = self.session.connection()
        if self.stamp is None:
            self.stamp = clock.issue(connection)
        for kind in IN_DEPENDENCY_ORDER:
            table = kind.table
            if table.name not in rows:
                continue
            # in their order (a contact after its boss), so all with the same keys
            self.session.execute(insert(table), _with_defaults(table, rows[table.name]))
            shape = clock.SHAPES.get(table.name)
            if shape is not None:
                clock.stamp_created(connection, table.name,
                                    [row[shape.key] for row in rows[table.name]], self.stamp)


def _with_defaults(table: Any, rows: list[dict]) -> list[dict]:
    """The rows, each with every key some row has: a key the file left out takes the
    column's default, as the ORM's insert of a new object gives it."""
    keys = set().union(*rows)
    missing = [(key, table.c[key].default) for key in keys if any(key not in r for r in rows)]
    for key, default in missing:
        for row in rows:
            if key not in row:
                row[key] = None if default is None else \
                    default.arg(None) if default.is_callable else default.arg
    return rows


def set_holdings(session: Session, pairs: list[tuple[uuid.UUID, uuid.UUID]]) -> None:
    """Point new accounts at their holdings (account id, holding id), once every account
    of the file exists: stamped as a change of ``parent_id`` made after the accounts, as a
    second flush of the ORM would stamp it."""
    if not pairs:
        return
    session.execute(update(_account).where(_account.c.id == bindparam("account"))
                    .values(parent_id=bindparam("holding")),
                    [{"account": account, "holding": holding} for account, holding in pairs])
    connection = session.connection()
    clock.stamp_changed(connection, "account", {account: {"parent_id"} for account, _ in pairs},
                        clock.issue(connection))


def _account_rows(session: Session, account: Record) -> dict[str, list[dict]]:
    """The rows of a new account and of all its records, by table."""
    rows: dict[str, list[dict]] = defaultdict(list)
    account.id = account.id or uuid.uuid4()
    rows["account"].append({"id": account.id, **account.fields})
    for records in account.sections.values():
        _section_rows(account.id, records, rows)
    _people_rows(account, rows)
    if not account.sections.get("lifecycle_history"):  # else the file says where it started
        rows["lifecycle_change"].append({"id": uuid.uuid4(), "account_id": account.id,
                                         **first_entry(session, account.fields.get("lifecycle"),
                                                       account.fields.get("lifecycle_reason"))})
    return rows


def _section_rows(parent_id: uuid.UUID, records: list[Record],
                  rows: dict[str, list[dict]]) -> None:
    for record in records:
        kind = kind_of(record.kind)
        record.id = record.id or uuid.uuid4()
        rows[kind.name].append({"id": record.id, kind.parent: parent_id, **record.fields})
        for children in record.sections.values():
            _section_rows(record.id, children, rows)


def _people_rows(account: Record, rows: dict[str, list[dict]]) -> None:
    """The links between the account's people, which the file makes by name, as the ids
    of their rows; and the contacts' personal notes."""
    contacts = {record.name(): record.id for record in account.sections.get("contacts", ())}
    team = {record.name(): record.id for record in account.sections.get("team", ())}
    by_id = {row["id"]: row for name in ("contact", "team_member", "value_entry")
             for row in rows.get(name, ())}
    for record in account.sections.get("contacts", ()):
        if "reports_to" in record.links:
            by_id[record.id]["reports_to_id"] = contacts.get(record.links["reports_to"])
        if record.personal is not ABSENT and record.personal is not None:
            rows["personal_notes"].append({"contact_id": record.id, **record.personal})
    for record in account.sections.get("team", ()):
        if "mirrors" in record.links:
            by_id[record.id]["mirrors_id"] = contacts.get(record.links["mirrors"])
    for record in account.sections.get("value", ()):
        if "delivered_by" in record.links:
            by_id[record.id]["delivered_by_id"] = team.get(record.links["delivered_by"])
    for record in account.sections.get("diary", ()):
        for name in record.links.get("attendees", ()):
            contact = contacts.get(name)
            rows["diary_attendee"].append({
                "id": uuid.uuid4(), "entry_id": record.id, "contact_id": contact,
                "team_member_id": None if contact is not None else team[name]})
    if "contact" in rows:
        rows["contact"] = _bosses_first(rows["contact"])


def _bosses_first(contacts: list[dict]) -> list[dict]:
    """The contacts, each after the one it reports to (reading refused loops), for the
    foreign key the database checks row by row."""
    by_id = {row["id"]: row for row in contacts}
    ordered: dict[Any, dict] = {}

    def place(row: dict) -> None:
        boss = by_id.get(row.get("reports_to_id"))
        if boss is not None and boss["id"] not in ordered:
            place(boss)
        ordered.setdefault(row["id"], row)

    for row in contacts:
        place(row)
    return list(ordered.values())
