"""A throw-away PostgreSQL server for the team-server tests.

One cluster per test session (so one per pytest-xdist worker), in its own temporary
folder, listening only on a Unix socket in that folder; a fresh database per test. The
cluster runs as an unprivileged user — ``postgres`` when the tests run as root, as CI
does (PostgreSQL refuses to run as root) — and is stopped at the end, failures included.

Without PostgreSQL the tests skip, saying why; in CI (``CI=true``) they fail instead,
because there ``.ci/run`` installs it.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "kam"


def _server_programs() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: on the PATH, else the newest
    /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                     key=lambda folder: int(Path(folder).parent.name)
                     if Path(folder).parent.name.isdigit() else 0)
    for folder in reversed(folders):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"PostgreSQL is needed in CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL is not available: {reason}")


@dataclass
class Cluster:
    """A running PostgreSQL cluster reachable through the socket in ``folder``."""

    folder: Path
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _hub_template: str | None = None

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}"

    def admin(self):
        import psycopg

        return psycopg.connect(dbname="postgres", user=SUPERUSER, host=str(self.folder),
                               autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        name = f"hub_{os.getpid()}_{next(self._names)}"
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"'
                               + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def new_hub(self) -> str:
        """A new database set up as a hub (``server init``), copied from one set up
        once: running the migrations for every hub would take most of a test's time.
        Every such hub has the same replica id — use one per test."""
        if self._hub_template is None:
            from kam_desktop.services.server import init_server

            template = self.new_database()
            init_server(url=self.url(template))
            self._hub_template = template
        return self.new_database(template=self._hub_template)

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg package is not installed")
    programs = _server_programs()
    if programs is None:
        _unavailable("initdb and pg_ctl are neither on the PATH nor in "
                     "/usr/lib/postgresql/*/bin (apt-get install postgresql)")
    run_as: dict = {}
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            _unavailable("running as root, and there is no 'postgres' user to run it as")
        run_as = {"user": owner.pw_uid, "group": owner.pw_gid}
    # a short path of its own: a socket's path is limited to about 100 characters, and
    # pytest's folders are private to the user running the tests
    folder = Path(tempfile.mkdtemp(prefix="kam-pg-"))
    if run_as:
        os.chown(folder, run_as["user"], run_as["group"])
    data, log = folder / "data", folder / "server.log"

    def run(*command: str) -> None:
        subprocess.run(command, check=True, capture_output=True, cwd=folder, **run_as)

    started = False
    try:
        run(str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync")
        run(str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o",
            f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start")
        started = True
        yield Cluster(folder)
    except subprocess.CalledProcessError as error:
        details = (error.stderr or b"").decode(errors="replace").strip()
        if log.exists():
            details += "\n" + log.read_text(errors="replace")[-2000:]
        pytest.fail(f"the test PostgreSQL did not start: {details}", pytrace=False)
    finally:
        if started:
            subprocess.run([str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate",
                            "-w", "stop"], capture_output=True, cwd=folder, **run_as)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def hub_url(postgres: Cluster) -> Iterator[str]:
    """The URL of a new, empty database on the test server (dropped afterwards)."""
    name = postgres.new_database()
    yield postgres.url(name)
    postgres.drop_database(name)


@pytest.fixture
def hub(postgres: Cluster) -> Iterator[str]:
    """The URL of a new hub, set up as ``server init`` does (dropped afterwards)."""
    name = postgres.new_hub()
    yield postgres.url(name)
    postgres.drop_database(name)
