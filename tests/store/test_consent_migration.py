"""A database at schema 0008 with a questionnaire migrates to one that records the
person's consent: the notes stay, the consent starts unknown."""
from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

from kam_desktop.domain.enums import ConsentWay
from kam_desktop.store import migrations
from kam_desktop.store.database import make_engine, open_database
from kam_desktop.store.models import PersonalNotes


def _database_at_0008(path: Path) -> tuple[str, str]:
    engine = make_engine(path)
    migrations.upgrade(engine, "0008")
    engine.dispose()
    account, contact = uuid.uuid4().hex, uuid.uuid4().hex
    with sqlite3.connect(path) as raw:
        raw.execute("INSERT INTO account (id, name, category, lifecycle, currency, created_at, "
                    "updated_at) VALUES (?, 'Альфа', 'key', 'key', 'RUB', "
                    "'2026-01-05 10:00:00', '2026-01-05 10:00:00')", (account,))
        raw.execute("INSERT INTO contact (id, account_id, name, interest, involvement, stance) "
                    "VALUES (?, ?, 'Иванов Пётр', 7, 8, 'supporter')", (contact, account))
        raw.execute("INSERT INTO personal_notes (contact_id, education, interests) "
                    "VALUES (?, 'МГУ', 'рыбалка')", (contact,))
    return account, contact


def test_notes_of_a_0008_database_are_kept_and_consent_starts_unknown(tmp_path: Path) -> None:
    path = tmp_path / "portfolio.sqlite3"
    _, contact = _database_at_0008(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)

    database = open_database(path)
    try:
        assert migrations.current_revision(database.engine) == migrations.HEAD
        with database.transaction() as session:
            notes = session.get(PersonalNotes, uuid.UUID(contact))
            assert (notes.education, notes.interests) == ("МГУ", "рыбалка")
            assert (notes.consent_on, notes.consent_how) == (None, None)
            notes.consent_on, notes.consent_how = date(2026, 3, 2), ConsentWay.IN_WRITING
        with database.sessions() as session:
            notes = session.get(PersonalNotes, uuid.UUID(contact))
            assert (notes.consent_on, notes.consent_how) == (date(2026, 3, 2),
                                                             ConsentWay.IN_WRITING)
    finally:
        database.close()
