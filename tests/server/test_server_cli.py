"""``kam-desktop server init`` and ``sync push|pull|now --server`` as real processes
against a real PostgreSQL server: what they print and their exit codes (killed ones:
test_hub_kill.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from sync_support import dump  # noqa: E402

from kam_desktop.store.database import open_database  # noqa: E402


def _dump_of(path: Path) -> dict:
    db = open_database(path)
    try:
        return dump(db)
    finally:
        db.close()


def test_init_push_pull_and_now(cli, hub_url, tmp_path):
    # postgresql:// is taken as postgresql+psycopg://
    init = cli("server", "init", hub_url.replace("postgresql+psycopg://", "postgresql://"))
    assert init.returncode == 0, init.stderr
    assert init.stdout.startswith("Team server ready: postgresql+psycopg://kam@/hub_")
    assert "?host=/" in init.stdout  # the address as written, not URL-encoded
    alice, bob = tmp_path / "alice.sqlite3", tmp_path / "bob.sqlite3"
    assert cli("demo", "--accounts", "3", db=alice).returncode == 0

    pushed = cli("sync", "push", "--server", hub_url, db=alice)
    assert pushed.returncode == 0, pushed.stderr
    lines = pushed.stdout.splitlines()
    assert lines[0].startswith("Pushed to postgresql+psycopg://")
    assert lines[0].endswith(": 3 account(s) added, 0 updated, 0 deleted, 0 conflict(s)")
    assert len(lines) == 4 and all(line.startswith("  added: ") for line in lines[1:])

    again = cli("sync", "push", "--server", hub_url, db=alice)
    assert again.stdout.startswith("Nothing to push: ") and again.returncode == 0

    pulled = cli("sync", "now", "--server", hub_url, db=bob)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.splitlines()[0].endswith(": 3 account(s) added, 0 updated, 0 "
                                                  "deleted, 0 conflict(s)")
    assert "Nothing to push: " in pulled.stdout
    russian = cli("--lang", "ru", "sync", "pull", "--server", hub_url, db=bob)
    assert russian.returncode == 0 and russian.stdout.startswith("Нечего получать")
    assert _dump_of(alice) == _dump_of(bob)


@pytest.mark.parametrize("server", [
    "not an address",
    "sqlite:///somewhere.sqlite3",
    "postgresql+psycopg://kam@/hub?host=/no/such/folder",
])
def test_a_bad_or_unreachable_server_is_one_line_and_exit_2(cli, tmp_path, server):
    laptop = tmp_path / "laptop.sqlite3"
    for command in (("server", "init", server), ("sync", "push", "--server", server),
                    ("sync", "pull", "--server", server)):
        run = cli(*command, db=laptop)
        assert run.returncode == 2, run
        assert run.stdout == "" and len(run.stderr.splitlines()) == 1, run.stderr
        assert run.stderr.startswith("kam-desktop: error: ")
        assert "Traceback" not in run.stderr


def test_a_failed_connection_says_why_in_our_words(cli, postgres, hub_url, tmp_path):
    """The server's own words for a missing database or login, and libpq's for no
    server at all, become one sentence naming what is wrong."""
    laptop = tmp_path / "laptop.sqlite3"
    url = make_url(hub_url)
    cases = {
        url.set(database="no_such_hub").render_as_string(False): "has no database no_such_hub",
        url.set(username="stranger").render_as_string(False): "does not know the login stranger",
        f"postgresql+psycopg://kam@/hub?host={tmp_path}": "no team server answers at",
    }
    for server, said in cases.items():
        run = cli("sync", "pull", "--server", server, db=laptop)
        assert run.returncode == 2 and len(run.stderr.splitlines()) == 1, run.stderr
        assert said in run.stderr and "Traceback" not in run.stderr, run.stderr


def test_a_login_without_permission_is_one_line_and_exit_2(cli, postgres, hub_url):
    with postgres.admin() as connection:
        connection.execute("CREATE ROLE visitor LOGIN")
    try:
        run = cli("server", "init", hub_url.replace("//kam@", "//visitor@"))
        assert run.returncode == 2 and len(run.stderr.splitlines()) == 1, run.stderr
        assert "refused: permission denied" in run.stderr
    finally:
        with postgres.admin() as connection:
            connection.execute("DROP OWNED BY visitor")
            connection.execute("DROP ROLE visitor")


def test_a_database_without_the_hub_schema_is_refused(cli, hub_url, tmp_path):
    run = cli("sync", "pull", "--server", hub_url, db=tmp_path / "laptop.sqlite3")
    assert run.returncode == 2
    assert "is not set up: run kam-desktop server init first" in run.stderr
