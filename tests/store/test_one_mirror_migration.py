"""Migration 0011: the contacts' "our counterpart" texts become account-team members
mirroring them, on a real SQLite file saved at the revision before, and the result still
exchanges."""
from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from sqlalchemy import select

from kam_desktop.services import sync
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.integrity import check_database
from kam_desktop.store.models import Contact, SyncClock, SyncConflict, TeamMember

NORTH, SOUTH = uuid.uuid4(), uuid.uuid4()
ORLOV, KIM, ZUEV, LEBEDEV, EMPTY, ORLOVA = (uuid.uuid4() for _ in range(6))
SMIRNOVA, ERSHOV = uuid.uuid4(), uuid.uuid4()
OLD_STAMP = [1 << 40, 1]
#: the schema the version before wrote
BEFORE = "0010"


def _saved_before(path: Path) -> None:
    """A portfolio written by the version before: counterparts as texts, a replica that
    has stamped its writes (a counterpart among them)."""
    engine = make_engine(path)
    migrations.upgrade(engine, BEFORE)
    engine.dispose()
    now = "2026-12-01 10:00:00.000000"
    with closing(sqlite3.connect(path)) as db, db:  # closed: nothing left in the WAL
        for account, name in ((NORTH, "Север"), (SOUTH, "Юг")):
            db.execute("INSERT INTO account (id, name, category, lifecycle, currency, "
                       "created_at, updated_at) VALUES (?, ?, 'key', 'key', 'RUB', ?, ?)",
                       (account.hex, name, now, now))
        for contact, account, name, counterpart in (
                (ORLOV, NORTH, "Орлов", "Смирнова Анна"),
                (KIM, NORTH, "Ким", "  смирнова   анна "),
                (ZUEV, NORTH, "Зуев", "Петров"),
                (LEBEDEV, NORTH, "Лебедев", "Ершов"),
                (EMPTY, NORTH, "Пустов", "   "),
                (ORLOVA, SOUTH, "Орлова", "Петров")):
            db.execute("INSERT INTO contact (id, account_id, name, interest, involvement, "
                       "stance, our_counterpart) VALUES (?, ?, ?, 8, 8, 'neutral', ?)",
                       (contact.hex, account.hex, name, counterpart))
        for member, name, mirrors in ((SMIRNOVA, "Смирнова Анна", None),
                                      (ERSHOV, "Ершов", LEBEDEV.hex)):
            db.execute("INSERT INTO team_member (id, account_id, name, department, mirrors_id)"
                       " VALUES (?, ?, ?, 'Продажи', ?)", (member.hex, NORTH.hex, name, mirrors))
        db.execute("INSERT INTO sync_replica (no, id, name, is_self, clock) "
                   "VALUES (1, ?, 'old laptop', 1, ?)", (uuid.uuid4().hex, OLD_STAMP[0]))
        db.execute("INSERT INTO sync_clock (table_name, record_id, stamps) VALUES "
                   "('contact', ?, ?)", (ORLOV.hex, json.dumps(
                       {"*": [OLD_STAMP[0] - 5, 1], "our_counterpart": OLD_STAMP})))
        db.execute("INSERT INTO sync_clock (table_name, record_id, stamps) VALUES "
                   "('team_member', ?, ?)", (SMIRNOVA.hex, json.dumps({"*": OLD_STAMP})))


def _team(path: Path) -> dict[tuple[uuid.UUID, str], tuple]:
    database = open_database(path)
    try:
        with database.sessions() as session:
            return {(m.account_id, m.name): (m.id, m.mirrors_id, m.level.value, m.department)
                    for m in session.scalars(select(TeamMember))}
    finally:
        database.close()


def test_counterpart_texts_become_team_members_mirroring_the_contacts(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _saved_before(path)

    team = _team(path)

    mirrors = {key: value[1] for key, value in team.items()}
    assert mirrors == {
        # contacts in name order: the member of that name, mirroring nobody, is reused…
        (NORTH, "Смирнова Анна"): KIM,
        # …and, as one member mirrors one contact, a second one is made for the next
        (NORTH, "Смирнова Анна (2)"): ORLOV,
        (NORTH, "Петров"): ZUEV,
        (NORTH, "Ершов"): LEBEDEV,  # already mirrored: nothing to do
        (SOUTH, "Петров"): ORLOVA,  # another account's team, another member
    }
    assert team[(NORTH, "Смирнова Анна")][0] == SMIRNOVA
    assert team[(NORTH, "Ершов")][3] == "Продажи"
    assert {value[2] for value in team.values()} == {"specialist"}
    database = open_database(path)
    try:
        assert check_database(database.engine).ok
        assert "our_counterpart" not in Contact.__table__.columns
        with sqlite3.connect(path) as raw:
            columns = [row[1] for row in raw.execute("PRAGMA table_info(contact)")]
        assert "our_counterpart" not in columns
        with database.sessions() as session:
            stamps = {(c.table_name, c.record_id): c.stamps
                      for c in session.scalars(select(SyncClock))}
    finally:
        database.close()
    assert stamps[("contact", ORLOV)] == {"*": [OLD_STAMP[0] - 5, 1]}
    # the reused member's new mirror and every created member are stamped after the old writes
    smirnova = stamps[("team_member", SMIRNOVA)]
    assert smirnova["*"] == OLD_STAMP and smirnova["mirrors_id"][0] > OLD_STAMP[0]
    created = [team[key][0] for key in team if key[1] in ("Петров", "Смирнова Анна (2)")]
    assert all(stamps[("team_member", i)]["*"][0] > OLD_STAMP[0] for i in created)


def test_two_laptops_migrating_the_same_data_agree_and_exchange_cleanly(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "portfolio.sqlite3", tmp_path / "b" / "portfolio.sqlite3"
    first.parent.mkdir()
    second.parent.mkdir()
    _saved_before(first)
    shutil.copy(first, second)

    assert _team(first) == _team(second)  # the same ids: no duplicate after an exchange

    bundle = tmp_path / "a.kamsync"
    sender = open_database(first)
    try:
        with sender.sessions.begin() as session:
            sync.export_bundle(session, path=bundle, allow_unlocked=True)
    finally:
        sender.close()
    receiver = open_database(second)
    try:
        with receiver.sessions.begin() as session:
            sync.import_bundle(session, path=bundle, backup=False)
            assert session.scalars(select(SyncConflict)).all() == []
    finally:
        receiver.close()
    after = _team(second)
    assert after == _team(first)
    assert len(after) == 5
