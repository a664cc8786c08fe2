from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from kam_desktop.store import migrations
from kam_desktop.store.backup import (
    KEEP_LATEST,
    backup_time,
    backups_to_keep,
    list_backups,
    make_backup,
)
from kam_desktop.store.database import open_database
from kam_desktop.store.integrity import check_database
from kam_desktop.store.models import Account, Base


def test_every_connection_has_the_pragmas(db) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_an_empty_database_is_migrated_to_exactly_the_models(db) -> None:
    assert migrations.current_revision(db.engine) == migrations.head_revision()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_foreign_keys_are_enforced(db) -> None:
    with db.engine.connect() as connection:
        try:
            connection.execute(text(
                "INSERT INTO contact (id, account_id, name, interest, involvement, stance) "
                "VALUES ('00000000000000000000000000000001', '0000000000000000000000000000ffff',"
                " 'x', 1, 1, 'neutral')"))
        except Exception as error:
            assert "FOREIGN KEY" in str(error)
        else:
            raise AssertionError("a contact of a missing account was accepted")


def test_a_database_behind_the_schema_is_backed_up_then_migrated(db_path: Path) -> None:
    database = open_database(db_path)
    with database.transaction() as session:
        session.add(Account(name="Альфа"))
    command.downgrade(migrations._config(database.engine), "base")
    with database.engine.begin() as connection:  # keep some data the migration must not lose
        connection.execute(text("CREATE TABLE keep (x)"))
    database.close()

    reopened = open_database(db_path)
    assert migrations.current_revision(reopened.engine) == migrations.head_revision()
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].name.endswith("-pre-migration.sqlite3")
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT count(*) FROM keep").fetchone() == (0,)
    reopened.close()


def test_backup_is_a_consistent_copy(db) -> None:
    with db.transaction() as session:
        session.add(Account(name="ООО «Ромашка»"))
    path = make_backup(db.engine, db.path)
    assert path.parent == db.path.parent / "backups"
    with sqlite3.connect(path) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT name FROM account").fetchall() == [("ООО «Ромашка»",)]
    assert not list(path.parent.glob("*.partial"))


def test_backups_rotate_as_they_are_made(db) -> None:
    start = datetime(2026, 1, 1, 9, tzinfo=timezone.utc)
    stamps = [start + timedelta(days=day, hours=hour) for day in range(70) for hour in (0, 4, 8)]
    for stamp in stamps:
        make_backup(db.engine, db.path, now=stamp)
    kept = {backup_time(path) for path in list_backups(db.path)}
    assert kept == backups_to_keep(stamps, stamps[-1])
    # the newest ten reach back into the previous week: 8 weeks, 6 of them older
    assert len(kept) == KEEP_LATEST + 6


def test_rotation_rule_keeps_newest_ten_and_newest_of_each_of_eight_weeks() -> None:
    now = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)  # a Monday
    stamps = [now - timedelta(days=d) for d in range(0, 120)]
    keep = backups_to_keep(stamps, now)
    assert set(sorted(stamps, reverse=True)[:10]) <= keep
    older = keep - set(sorted(stamps, reverse=True)[:10])
    # the Sundays ending the weeks the newest ten do not reach, back to 7 weeks ago
    assert {s.date() for s in older} == {(now - timedelta(weeks=w, days=1)).date()
                                         for w in range(2, 7)}
    assert backups_to_keep([], now) == set()


def test_check_reports_a_healthy_database(db) -> None:
    result = check_database(db.engine)
    assert result.ok and result.schema_revision == migrations.head_revision()


def test_check_finds_a_broken_foreign_key(db) -> None:
    with db.engine.connect() as connection:
        connection.execute(text("PRAGMA foreign_keys=OFF"))
        connection.execute(text(
            "INSERT INTO revenue (id, account_id, period, amount) VALUES "
            "('00000000000000000000000000000001', '0000000000000000000000000000ffff', '2025', 1)"))
        connection.commit()
    result = check_database(db.engine)
    assert not result.ok
    assert any("revenue" in problem for problem in result.problems)


def test_accounts_keep_their_uuid(db) -> None:
    with db.transaction() as session:
        session.add(Account(name="Бета"))
    with db.sessions() as session:
        account = session.scalars(select(Account)).one()
        assert account.id.version == 4


def test_the_start_s_reads_load_no_code_they_do_not_run(tmp_path) -> None:
    """An up-to-date SQLite file is opened and the window's first reads run without
    SQLAlchemy's PostgreSQL dialect or Alembic (importing the dialect alone costs some
    50 ms of every start: a PostgreSQL option named in a model loads it), nor the
    dashboard's charts or the readers of imported tables (some 25 ms, the deals' figures
    and the exchange rates once imported them)."""
    path = tmp_path / "portfolio.sqlite3"
    open_database(path).close()  # made and migrated here; opened below as a start opens it
    code = f"""
import sys
from datetime import date
from kam_desktop.services.portfolio import list_accounts
from kam_desktop.services.today import today_items
from kam_desktop.store.database import open_database
database = open_database({str(path)!r})
with database.sessions() as session:
    list_accounts(session, today=date(2026, 12, 7), completeness=True)
    today_items(session, today=date(2026, 12, 7))
database.close()
print(sorted(name for name in sys.modules if "postgresql" in name or name.startswith("alembic")
             or name in ("kam_desktop.domain.analytics", "kam_desktop.services.column_mapping",
                         "kam_desktop.services.tabular")))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
