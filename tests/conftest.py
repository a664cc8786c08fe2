"""Shared fixtures: a real, migrated SQLite database in a temporary folder per test
(a copy of one migrated once per test process, see fresh_databases.py)."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every run (derandomised, no example database),
# so a CI run cannot fail by chance; KAM_DEEP=1 searches with fresh random examples, and a
# failure it finds is kept as a plain example test.
settings.register_profile("default", derandomize=True, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", max_examples=1000, database=None, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("deep" if os.environ.get("KAM_DEEP") == "1" else "default")

from fresh_databases import fresh_database  # noqa: E402
from kam_desktop.store.database import Database  # noqa: E402


@pytest.fixture(autouse=True)
def collect_between_tests():
    """Once a Qt test has switched automatic garbage collection off (ui.collector), collect
    what is due after every test, on this, the GUI thread: a test that never runs the
    event loop would otherwise leave its garbage to the next one."""
    yield
    if not gc.isenabled():
        from kam_desktop.ui.collector import collect_due

        collect_due()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "portfolio.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Database:
    database = fresh_database(db_path)
    yield database
    database.close()


@pytest.fixture
def add(db):
    """``add(kind, parent_id, **values)``: a record added through the records service,
    in its own transaction; returns its id."""
    from kam_desktop.services.records import add_record

    def add_one(record_kind: str, parent, **values):
        with db.transaction() as session:
            return add_record(session, kind=record_kind, parent_id=parent, values=values)
    return add_one


def run_cli(*args: str, db: Path | None = None, input: str | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``kam-desktop`` as a real process (``python -m kam_desktop``), in an English
    locale unless ``env`` gives another one (its messages follow the locale)."""
    command = [sys.executable, "-m", "kam_desktop"]
    if db is not None:
        command += ["--db", str(db)]
    inherited = {name: value for name, value in os.environ.items()
                 if name not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    full_env = {**inherited, "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(command + list(args), capture_output=True, text=True,
                          input=input, env=full_env, timeout=300)


@pytest.fixture
def cli():
    return run_cli
