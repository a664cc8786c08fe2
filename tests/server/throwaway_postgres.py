"""A throw-away PostgreSQL cluster in a temporary folder, for the team-server tests and
benchmarks/bench_server.py.

It listens only on a Unix socket in its folder, runs as an unprivileged user —
``postgres`` when we run as root (PostgreSQL refuses to run as root) — and is stopped and
removed when the ``with`` block ends, failures included. Durability is switched off
(``fsync``, ``synchronous_commit``): nothing here outlives the run.
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
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "kam"


class Unavailable(Exception):
    """PostgreSQL cannot be run here; the message says why."""


class NotStarted(Exception):
    """initdb or pg_ctl failed; the message holds their output and the server's log."""


def server_programs() -> Path | None:
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


@dataclass
class Cluster:
    """A running PostgreSQL cluster reachable through the socket in ``folder``."""

    folder: Path
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    _hub_template: str | None = None

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}"

    def admin(self, database: str = "postgres"):
        import psycopg

        return psycopg.connect(dbname=database, user=SUPERUSER, host=str(self.folder),
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


@contextmanager
def running_cluster() -> Iterator[Cluster]:
    """Start a cluster, yield it, stop and remove it. Raises Unavailable when PostgreSQL
    or psycopg is missing, NotStarted when the cluster does not start."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise Unavailable("the psycopg package is not installed") from None
    programs = server_programs()
    if programs is None:
        raise Unavailable("initdb and pg_ctl are neither on the PATH nor in "
                          "/usr/lib/postgresql/*/bin (apt-get install postgresql)")
    run_as: dict = {}
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root, and there is no 'postgres' user to run "
                              "it as") from None
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
        try:
            run(str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync")
            run(str(programs / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-o",
                f"-c listen_addresses='' -c unix_socket_directories='{folder}' "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start")
        except subprocess.CalledProcessError as error:
            details = (error.stderr or b"").decode(errors="replace").strip()
            if log.exists():
                details += "\n" + log.read_text(errors="replace")[-2000:]
            raise NotStarted(details) from None
        started = True
        yield Cluster(folder)
    finally:
        if started:
            subprocess.run([str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate",
                            "-w", "stop"], capture_output=True, cwd=folder, **run_as)
        shutil.rmtree(folder, ignore_errors=True)
