"""Open next steps and plan actions as an iCalendar file (RFC 5545) for Outlook,
Google Calendar and Thunderbird.

Each item is an all-day VEVENT on its due date (``DTSTART;VALUE=DATE`` with the next
day as the exclusive ``DTEND``, shown as free time): VTODO would be the purer choice,
but Google Calendar does not import tasks and Outlook puts them out of sight. The UID
is derived from the record's own UUID, so importing a later export updates the same
event instead of adding a second one; ``SEQUENCE`` grows with each export so that a
client that compares it takes the newer version. Lines end in CRLF and are folded at
75 octets without cutting a UTF-8 character in two.
"""
from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop import __version__
from kam_desktop.domain.enums import ActionStatus
from kam_desktop.domain.glossary import check_language, name
from kam_desktop.services.files import write_atomically
from kam_desktop.store.models import Account, DiaryEntry, Goal, PlanAction

PRODID = f"-//KAM Desktop//KAM Desktop {__version__}//EN"
#: the namespace of the UIDs (a constant: the UIDs must never change)
UID_DOMAIN = "kam-desktop.invalid"
_SEQUENCE_EPOCH = datetime(2025, 1, 1, tzinfo=timezone.utc)
_LINE_OCTETS = 75

WORDS = {
    "ru": {"calendar": "KAM Desktop: следующие шаги и план",
           "step": "Следующий шаг по записи дневника от {date} ({kind}).",
           "action": "Действие плана развития клиента.",
           "goal": "Цель: {goal}", "owner": "Ответственный: {owner}",
           "status": "Статус: {status}"},
    "en": {"calendar": "KAM Desktop: next steps and plan",
           "step": "Next step from the diary entry of {date} ({kind}).",
           "action": "An action of the account development plan.",
           "goal": "Goal: {goal}", "owner": "Owner: {owner}",
           "status": "Status: {status}"},
}


@dataclass(frozen=True)
class CalendarItem:
    uid: str
    day: date
    summary: str
    description: str
    #: "next_step" or "action"
    kind: str


def calendar_items(session: Session, *, language: str,
                   account_ids: Sequence[uuid.UUID] | None = None,
                   owner: str | None = None) -> list[CalendarItem]:
    """Open next steps of the diary and open plan actions that have a due date, of the
    given accounts (all by default) whose owner is ``owner`` (anyone by default)."""
    words = WORDS[check_language(language)]

    def only(query):
        if account_ids is not None:
            query = query.where(Account.id.in_(list(account_ids)))
        if owner is not None:
            query = query.where(Account.owner == owner)
        return query

    items = []
    for entry in session.execute(only(
            select(DiaryEntry.id, DiaryEntry.date, DiaryEntry.kind, DiaryEntry.next_step,
                   DiaryEntry.next_step_due, Account.name.label("account")).join(Account)
            .where(DiaryEntry.done.is_(False), DiaryEntry.next_step_due.is_not(None),
                   DiaryEntry.next_step.is_not(None)))):
        if not entry.next_step.strip():
            continue
        items.append(CalendarItem(
            uid=f"next-step-{entry.id}@{UID_DOMAIN}", day=entry.next_step_due,
            summary=f"{entry.account}: {entry.next_step.strip()}",
            description=words["step"].format(date=entry.date.isoformat(),
                                             kind=name(language, entry.kind).lower()),
            kind="next_step"))
    for action in session.execute(only(
            select(PlanAction.id, PlanAction.title, PlanAction.owner, PlanAction.due,
                   PlanAction.status, Goal.our_goal, Account.name.label("account"))
            .join(Goal, PlanAction.goal_id == Goal.id).join(Account, Goal.account_id == Account.id)
            .where(PlanAction.due.is_not(None),
                   PlanAction.status.in_([ActionStatus.PLANNED, ActionStatus.IN_PROGRESS])))):
        lines = [words["action"], words["goal"].format(goal=action.our_goal)]
        if action.owner:
            lines.append(words["owner"].format(owner=action.owner))
        lines.append(words["status"].format(status=name(language, action.status)))
        items.append(CalendarItem(
            uid=f"plan-action-{action.id}@{UID_DOMAIN}", day=action.due,
            summary=f"{action.account}: {action.title}", description="\n".join(lines),
            kind="action"))
    items.sort(key=lambda item: (item.day, item.summary.casefold(), item.uid))
    return items


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks
    escaped; other control characters, which TEXT may not hold, dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(c for c in text if c in "\n\t" or not (ord(c) < 32 or ord(c) == 127))
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> str:
    """A content line folded into pieces of at most 75 octets (the leading space of a
    continuation counts), each ending in CRLF, never inside a UTF-8 character."""
    pieces = []
    current = ""
    size = 0
    limit = _LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size, limit = " ", 1, _LINE_OCTETS
        current += char
        size += octets
    pieces.append(current)
    return "".join(piece + "\r\n" for piece in pieces)


def calendar_text(items: Sequence[CalendarItem], *, language: str, now: datetime) -> str:
    """The iCalendar document of ``items``, stamped with ``now`` (UTC)."""
    words = WORDS[check_language(language)]
    now = now.astimezone(timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    sequence = max(0, int((now - _SEQUENCE_EPOCH).total_seconds() // 60))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(words['calendar'])}"]
    for item in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{item.uid}",
            f"DTSTAMP:{stamp}",
            f"SEQUENCE:{sequence}",
            f"DTSTART;VALUE=DATE:{item.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(item.day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(item.summary)}",
            f"DESCRIPTION:{escape_text(item.description)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)


def write_calendar(path: Path, items: Sequence[CalendarItem], *, language: str,
                   now: datetime | None = None) -> None:
    """Write the calendar file in one step (UTF-8, no byte-order mark)."""
    data = calendar_text(items, language=language,
                         now=now or datetime.now(timezone.utc)).encode("utf-8")
    write_atomically(path, lambda file: file.write(data))
