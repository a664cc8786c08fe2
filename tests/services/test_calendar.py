"""The .ics export, parsed back with a strict RFC 5545 reader written for the test."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from kam_desktop.services.calendar import (
    calendar_items,
    calendar_text,
    escape_text,
    fold,
    write_calendar,
)
from kam_desktop.services.records import add_record

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
LONG_STEP = ("Согласовать с главным инженером ТЗ на пилотную партию; отправить КП, "
             "образцы и расчёт экономии \\ сравнение с конкурентом — до совещания 🚀")


def parse_ics(data: bytes) -> list[dict]:
    """The VEVENTs of an iCalendar file as {name: (params, value)}, checking on the way
    what Outlook, Google and Thunderbird rely on."""
    assert data.endswith(b"\r\n")
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, "bare line break"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
        line.decode("utf-8")  # a fold never cuts a character in two
    logical: list[str] = []
    for line in physical:
        text = line.decode("utf-8")
        if text.startswith((" ", "\t")):
            assert logical, "continuation without a line"
            logical[-1] += text[1:]
        else:
            logical.append(text)
    stack: list[str] = []
    calendar: dict = {}
    events: list[dict] = []
    for line in logical:
        match = re.fullmatch(r"([A-Z0-9-]+)((?:;[A-Z0-9-]+=[^;:,\"]+)*):(.*)", line)
        assert match, f"not a content line: {line!r}"
        name, params, value = match.groups()
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                events.append({})
            continue
        if name == "END":
            assert stack.pop() == value
            continue
        target = events[-1] if stack[-1] == "VEVENT" else calendar
        assert name not in target, f"{name} twice"
        target[name] = (params, value)
    assert stack == []
    assert calendar["VERSION"][1] == "2.0" and calendar["PRODID"][1]
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in event
        assert re.fullmatch(r"\d{8}T\d{6}Z", event["DTSTAMP"][1])
        assert event["DTSTART"][0] == event["DTEND"][0] == ";VALUE=DATE"
        start = datetime.strptime(event["DTSTART"][1], "%Y%m%d").date()
        end = datetime.strptime(event["DTEND"][1], "%Y%m%d").date()
        assert end == start + timedelta(days=1)
        for text in ("SUMMARY", "DESCRIPTION"):
            if text in event:
                event[text] = (event[text][0], unescape(event[text][1]))
    return events


def unescape(value: str) -> str:
    out = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            assert following in "\\;,nN", f"bad escape \\{following}"
            out.append("\n" if following in "nN" else following)
        else:
            assert char not in ";,", f"unescaped {char!r} in TEXT"
            out.append(char)
    return "".join(out)


@pytest.fixture
def accounts(db):
    with db.transaction() as session:
        vector = add_record(session, kind="account", parent_id=None,
                            values={"name": "АО «Вектор», Казань", "owner": "Анна Белоусова"})
        other = add_record(session, kind="account", parent_id=None,
                           values={"name": "Beta Ltd", "owner": "Oleg"})
        step = add_record(session, kind="diary_entry", parent_id=vector, values={
            "date": date(2026, 11, 20), "kind": "meeting", "summary": "Встреча с ЛПР",
            "next_step": LONG_STEP, "next_step_due": date(2026, 11, 27)})
        add_record(session, kind="diary_entry", parent_id=vector, values={
            "date": date(2026, 11, 1), "kind": "call", "summary": "Звонок",
            "next_step": "Уже сделано", "next_step_due": date(2026, 11, 5), "done": True})
        add_record(session, kind="diary_entry", parent_id=vector, values={
            "date": date(2026, 11, 2), "kind": "note", "summary": "Без срока",
            "next_step": "Когда-нибудь"})
        goal = add_record(session, kind="goal", parent_id=vector,
                          values={"client_goal": "Снизить простои", "our_goal": "Сервис 24/7"})
        action = add_record(session, kind="plan_action", parent_id=goal, values={
            "title": "Семинар для сервисной службы", "due": date(2026, 12, 3),
            "owner": "Пётр", "status": "in_progress"})
        add_record(session, kind="plan_action", parent_id=goal, values={
            "title": "Отменённое", "due": date(2026, 12, 4), "status": "dropped"})
        beta_goal = add_record(session, kind="goal", parent_id=other,
                               values={"client_goal": "Grow", "our_goal": "Share 40%"})
        add_record(session, kind="plan_action", parent_id=beta_goal,
                   values={"title": "Visit, with samples", "due": date(2026, 12, 10)})
    return {"vector": vector, "other": other, "step": step, "action": action}


def _export(db, tmp_path, name="steps.ics", now=NOW, **filters) -> list[dict]:
    with db.sessions() as session:
        items = calendar_items(session, language="ru", **filters)
    path = tmp_path / name
    write_calendar(path, items, language="ru", now=now)
    return parse_ics(path.read_bytes())


def test_open_steps_and_actions_become_all_day_events(tmp_path, db, accounts) -> None:
    events = _export(db, tmp_path)
    summaries = [event["SUMMARY"][1] for event in events]
    assert summaries == [f"АО «Вектор», Казань: {LONG_STEP}",
                         "АО «Вектор», Казань: Семинар для сервисной службы",
                         "Beta Ltd: Visit, with samples"]
    step, action, _beta = events
    assert step["DTSTART"][1] == "20261127" and action["DTSTART"][1] == "20261203"
    assert step["DESCRIPTION"][1] == "Следующий шаг по записи дневника от 2026-11-20 (встреча)."
    assert action["DESCRIPTION"][1].split("\n") == [
        "Действие плана развития клиента.", "Цель: Сервис 24/7", "Ответственный: Пётр",
        "Статус: В работе"]
    assert step["UID"][1] == f"next-step-{accounts['step']}@kam-desktop.invalid"
    assert action["UID"][1] == f"plan-action-{accounts['action']}@kam-desktop.invalid"
    assert step["TRANSP"][1] == "TRANSPARENT"


def test_long_cyrillic_lines_are_folded_intact(tmp_path, db, accounts) -> None:
    path = tmp_path / "steps.ics"
    with db.sessions() as session:
        write_calendar(path, calendar_items(session, language="ru"), language="ru", now=NOW)
    data = path.read_bytes()
    assert b"\r\n " in data  # the long summary was folded
    assert not data.startswith(b"\xef\xbb\xbf")
    summary = parse_ics(data)[0]["SUMMARY"][1]
    assert summary.endswith("— до совещания 🚀") and "\\ сравнение" in summary


def test_uids_are_stable_across_exports(tmp_path, db, accounts) -> None:
    first = _export(db, tmp_path, "first.ics")
    with db.transaction() as session:
        add_record(session, kind="diary_entry", parent_id=accounts["other"], values={
            "date": date(2026, 11, 22), "kind": "email", "summary": "Letter",
            "next_step": "Call back", "next_step_due": date(2026, 11, 25)})
    second = _export(db, tmp_path, "second.ics", now=NOW + timedelta(days=1))
    assert {e["UID"][1] for e in first} < {e["UID"][1] for e in second}
    assert len(second) == len(first) + 1
    # a later export carries a higher sequence, so calendars take it as the newer one
    assert int(second[0]["SEQUENCE"][1]) > int(first[0]["SEQUENCE"][1])


def test_filters_by_account_and_owner(tmp_path, db, accounts) -> None:
    only_beta = _export(db, tmp_path, account_ids=[accounts["other"]])
    assert [e["SUMMARY"][1] for e in only_beta] == ["Beta Ltd: Visit, with samples"]
    annas = _export(db, tmp_path, owner="Анна Белоусова")
    assert len(annas) == 2
    assert _export(db, tmp_path, owner="Nobody") == []


def test_text_escaping_and_folding_rules() -> None:
    assert escape_text("a\\b;c,d\r\ne\rf\ng\x01h") == "a\\\\b\\;c\\,d\\ne\\nf\\ngh"
    line = "SUMMARY:" + "я" * 100 + "🚀" * 10
    folded = fold(line).encode("utf-8")
    pieces = folded.split(b"\r\n")[:-1]
    assert all(len(piece) <= 75 for piece in pieces)
    assert all(piece.startswith(b" ") for piece in pieces[1:])
    assert b"".join(p[1:] if i else p for i, p in enumerate(pieces)).decode() == line
    assert fold("SHORT:1") == "SHORT:1\r\n"


def test_an_empty_calendar_is_still_valid() -> None:
    data = calendar_text([], language="en", now=NOW).encode("utf-8")
    assert parse_ics(data) == []
    assert b"X-WR-CALNAME:KAM Desktop: next steps and plan\r\n" in data
