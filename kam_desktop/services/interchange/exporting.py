"""Exporting: stored accounts as an interchange document, and a document written to
a file."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kam_desktop.domain.enums import Stage
from kam_desktop.domain.roles import role_for
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.files import write_atomically
from kam_desktop.services.interchange.format import (
    ACCOUNT_SECTIONS,
    ACTIONS,
    FORMAT,
    INVOLVEMENT,
    KEY_OF_COLUMN,
    STRATEGY_KEYS,
    VERSION,
    WIN_BACK,
    Section,
    plain_columns,
)
from kam_desktop.services.interchange.values import float_out, money_out, writer_of
from kam_desktop.store.models import (
    Account,
    Contact,
    DiaryAttendee,
    DiaryEntry,
    Goal,
    InvolvementShare,
    Loss,
    PersonalNotes,
    TeamMember,
    ValueEntry,
)

_EXPORT_LOADS = (
    selectinload(Account.revenue),
    selectinload(Account.ladder),
    selectinload(Account.contacts).selectinload(Contact.personal),
    selectinload(Account.contacts).selectinload(Contact.reports_to),
    selectinload(Account.team).selectinload(TeamMember.mirrors),
    selectinload(Account.diary).selectinload(DiaryEntry.attendees)
    .selectinload(DiaryAttendee.contact),
    selectinload(Account.diary).selectinload(DiaryEntry.attendees)
    .selectinload(DiaryAttendee.team_member),
    selectinload(Account.opportunities),
    selectinload(Account.goals).selectinload(Goal.actions),
    selectinload(Account.value_entries).selectinload(ValueEntry.delivered_by),
    selectinload(Account.statistics),
    selectinload(Account.involvement),
    selectinload(Account.switching_barriers),
    selectinload(Account.cooling_reasons),
    selectinload(Account.losses).selectinload(Loss.actions),
)


def export_document(session: Session, account_names: Sequence[str] | None = None) -> dict:
    """The whole portfolio, or the accounts named, as an interchange document."""
    query = select(Account).options(*_EXPORT_LOADS)
    if account_names is not None:
        query = query.where(Account.name.in_(list(account_names)))
    accounts = sorted(session.scalars(query).all(), key=lambda account: account.name)
    found = {account.name for account in accounts}
    for name in account_names or ():
        if name not in found:
            raise InputError("", Text("there is no account named {name}", name=repr(name)))
    holdings = _holding_names(session, accounts)
    return {"format": FORMAT, "version": VERSION,
            "accounts": [_export_account(account, holdings.get(account.parent_id))
                         for account in accounts]}


def _holding_names(session: Session, accounts: Sequence[Account]) -> dict[Any, str]:
    """The names of the accounts' holdings: the file names an account's parent by name."""
    ids = {account.parent_id for account in accounts if account.parent_id is not None}
    return {a: name for a, name in session.execute(
        select(Account.id, Account.name).where(Account.id.in_(ids)))}


def write_document(path: Path, document: dict) -> None:
    """Write ``document`` as UTF-8 JSON. The file is replaced in one step, so a failure
    leaves either the old file or the new one, never half of one."""
    data = (_to_json(document) + "\n").encode("utf-8")  # a bad document writes nothing
    write_atomically(Path(path), lambda file: file.write(data))


def _to_json(value: Any, indent: str = "") -> str:
    """Like ``json.dumps(indent=2, ensure_ascii=False)``, but writes a Decimal digit for
    digit (the json module cannot, and going through float would round it)."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{_to_json(str(key))}: {_to_json(item, inner)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        items = [inner + _to_json(item, inner) for item in value]
        return "[\n" + ",\n".join(items) + f"\n{indent}]"
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be written as JSON")
        return format(value, "f")
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


# ---------------------------------------------------------------------------
# Each kind of record


def _plain_out(row: Any) -> dict:
    """The record's id and every column the file carries, as the file writes them."""
    return {"id": str(row.id), **{
        KEY_OF_COLUMN.get(column.name, column.name): writer_of(column)(getattr(row, column.name))
        for column in plain_columns(type(row))}}


def _export_contact(row: Contact) -> dict:
    return {
        **_plain_out(row),
        "reports_to": row.reports_to.name if row.reports_to is not None else None,
        "role": role_for(row.interest, row.involvement).value,
        "personal": None if row.personal is None else
        {column.name: writer_of(column)(getattr(row.personal, column.name))
         for column in plain_columns(PersonalNotes)},
    }


def _export_team_member(row: TeamMember) -> dict:
    return {**_plain_out(row), "mirrors": row.mirrors.name if row.mirrors is not None else None}


def _export_value_entry(row: ValueEntry) -> dict:
    return {**_plain_out(row),
            "delivered_by": row.delivered_by.name if row.delivered_by is not None else None}


def _export_diary_entry(row: DiaryEntry) -> dict:
    attendees = [a.contact.name if a.contact is not None else a.team_member.name
                 for a in row.attendees]
    return {**_plain_out(row), "attendees": sorted(attendees)}


def _export_goal(row: Goal) -> dict:
    return {
        **_plain_out(row),
        "strategy": {key: getattr(row, f"strategy_{key}") for key in STRATEGY_KEYS},
        "resources": {
            "people": row.resource_people,
            "days": row.resource_days,
            "budget": money_out(row.resource_budget),
        },
        "actions": _export_section(ACTIONS, row.actions),
    }


def _export_loss(row: Loss) -> dict:
    return {**_plain_out(row), WIN_BACK.key: _export_section(WIN_BACK, row.actions)}


#: the kinds of records that hold more than their columns
_EXPORTERS: dict[type, Callable[[Any], dict]] = {
    Contact: _export_contact,
    TeamMember: _export_team_member,
    DiaryEntry: _export_diary_entry,
    Goal: _export_goal,
    Loss: _export_loss,
    ValueEntry: _export_value_entry,
}


def _export_involvement(rows: list[InvolvementShare]) -> dict:
    """One record per share -> {stage: {department: percent}}; a share whose department
    has a role at the stage is {"percent": …, "role": …}."""
    by_stage: dict[str, dict[str, Any]] = {}
    for stage in Stage:
        shares = sorted((row.department, row.percent, row.role_text)
                        for row in rows if row.stage == stage)
        if shares:
            by_stage[stage.value] = {
                dept: {"percent": float_out(pct), "role": role} if role else float_out(pct)
                for dept, pct, role in shares}
    return by_stage


def _export_section(section: Section, rows: list[Any]) -> Any:
    if section is INVOLVEMENT:
        return _export_involvement(rows)

    def order(row: Any) -> tuple:
        return tuple("" if v is None else v for v in section.key_of(row)) + (str(row.id),)
    export = _EXPORTERS.get(section.kind, _plain_out)
    return [export(row) for row in sorted(rows, key=order)]


def _export_account(row: Account, holding: str | None) -> dict:
    return {**_plain_out(row), "parent": holding, **{section.key: _export_section(section, getattr(row, section.attr))
                                  for section in ACCOUNT_SECTIONS}}
