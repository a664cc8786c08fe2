"""The team server: set it up, and exchange this laptop's changes with it.

The hub is one more replica. A push merges into the hub what this laptop holds that the
hub has not seen (by the hub's seen vector), a pull the same the other way, and
:func:`sync_now` pulls, then pushes. Both use the merge of bundle imports
(:func:`~kam_desktop.services.sync.merge_source`) on the state read straight from the other
database (:mod:`kam_desktop.sync.hub`).

Each merge is one transaction on its target — the hub's under a lock that lets one merge
write at a time, the laptop's after a backup, as a bundle's import — while the source is
read on one snapshot. A sync that fails or is killed half-way leaves each side as it was
or as merged, never in between, and repeating it completes it.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from sqlalchemy import Connection
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.services.sync import ImportResult, finish_import, merge_source
from kam_desktop.store import clock, migrations, server, server_access
from kam_desktop.store.backup import backup_time, list_backups
from kam_desktop.store.database import Database
from kam_desktop.sync import state as sync_state
from kam_desktop.sync.hub import DatabaseSource, unseen_accounts


@dataclass(frozen=True)
class ServerInfo:
    address: str
    replica_id: uuid.UUID
    schema: str


@dataclass
class SyncResult:
    """What a push or a pull changed on its target, per account (``result``), and on
    which server."""

    server: str
    result: ImportResult = field(default_factory=lambda: ImportResult("", ""))

    @property
    def changed(self) -> bool:
        return bool(self.result.accounts or self.result.erased)


def server_url(*, host: str, port: int, database: str, login: str,
               password: str | None = None) -> str:
    """The team server's address from its parts, as Preferences keeps them; a host that
    is a folder (``/var/run/postgresql``) is the server's local socket."""
    socket = host.startswith("/")
    return URL.create("postgresql+psycopg", username=login or None, password=password or None,
                      host=None if socket else host, port=None if socket else port,
                      database=database, query={"host": host} if socket else {}
                      ).render_as_string(hide_password=False)


@contextmanager
def _server(url: str, *, ready: bool = True) -> Iterator[server.Hub]:
    """The team server at ``url`` (set up, unless ``ready`` is False); its faults become
    InputError, which the command line and the window report as bad input."""
    try:
        hub = server.connect(url)
    except server.ServerError as error:
        raise InputError("", error.message) from None
    try:
        if ready:
            server.check_ready(hub)
        yield hub
    except server.ServerError as error:
        raise InputError("", error.message) from None
    finally:
        hub.close()


def init_server(*, url: str) -> ServerInfo:
    """Create the hub's schema on the PostgreSQL database at ``url`` (or bring it up to
    date) and give the hub its replica."""
    with _server(url, ready=False) as hub:
        replica_id = server.initialise(hub)
        return ServerInfo(hub.address, replica_id, migrations.HEAD)


def grant_access(*, url: str, login: str, person: str, head: bool = False) -> str:
    """Put the access rights in force on the hub (again: the same result) and let the
    PostgreSQL login ``login`` work there as ``person`` — a manager, or the head of
    sales; returns the server's address. Run by the hub's owner."""
    login, person = login.strip(), " ".join(person.split())
    if not login:
        raise InputError("--login", Text("must not be empty"))
    if not person:
        raise InputError("--person", Text("must not be empty"))
    with _server(url) as hub, server.reaching(hub), hub.engine.begin() as connection:
        server_access.apply_access(connection)
        server_access.add_user(connection, login=login, person=person, head=head)
        return hub.address


@contextmanager
def _snapshot(db: Database) -> Iterator[Connection]:
    """A read transaction on the laptop's file, so that every reading of a push sees one
    state (SQLite's driver would otherwise let each statement see the latest)."""
    with db.transaction() as session:  # the laptop's own replica, made on first use
        clock.self_replica(session.connection())
    with db.engine.connect() as connection:
        connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.rollback()


def _own_name(connection: Connection) -> str:
    _, own = clock.self_replica(connection)
    return next(r.name for r in sync_state.replicas(connection).values() if r.id == own)


def _result_for(source: DatabaseSource) -> ImportResult:
    manifest = source.manifest
    return ImportResult(manifest.replicas[manifest.source].name, manifest.made_at)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


#: a pull backs the laptop up before it writes unless a backup this recent is there: a
#: team syncing every few minutes would otherwise copy the whole database each time and
#: fill the rotation's newest ten with copies minutes apart (docs/team-server.md)
BACKUP_EVERY = timedelta(hours=1)


def _backed_up_lately(db: Database) -> bool:
    newest = next(iter(list_backups(db.path)), None)
    return newest is not None and \
        backup_time(newest) > datetime.now(timezone.utc) - BACKUP_EVERY


#: told how many accounts a push or a pull is about to merge; may raise to stop it there,
#: before anything is written
Progress = Callable[[int], None]


def push(db: Database, *, url: str, progress: Progress | None = None) -> SyncResult:
    """Merge into the hub what this laptop holds that the hub has not seen."""
    with _server(url) as hub:
        return _push(db, hub, progress)


def _push(db: Database, hub: server.Hub, progress: Progress | None) -> SyncResult:
    outcome = SyncResult(hub.address)
    with _snapshot(db) as laptop, server.merging_into(hub) as target:
        accounts = unseen_accounts(laptop, target)
        if progress is not None:
            progress(len(accounts))
        if not accounts:
            outcome.result = ImportResult(_own_name(laptop), _now())
            return outcome
        source = DatabaseSource(laptop, accounts)
        outcome.result = _result_for(source)
        with Session(bind=target) as session:
            merge_source(session, source, outcome.result, where=hub.address, backup=False)
            session.flush()
    return outcome


def pull(db: Database, *, url: str, progress: Progress | None = None) -> SyncResult:
    """Merge into this laptop what the hub holds that the laptop has not seen."""
    with _server(url) as hub:
        return _pull(db, hub, progress)


def _pull(db: Database, hub: server.Hub, progress: Progress | None) -> SyncResult:
    outcome = SyncResult(hub.address, ImportResult(server.HUB_NAME, _now()))
    with server.reading(hub) as hub_state:
        with db.transaction() as session:
            accounts = unseen_accounts(hub_state, session.connection())
            if progress is not None:
                progress(len(accounts))
            if not accounts:
                return outcome
            source = DatabaseSource(hub_state, accounts)
            outcome.result = _result_for(source)
            merge_source(session, source, outcome.result, where=hub.address,
                         backup=not _backed_up_lately(db))
    finish_import(db.engine, db.path, outcome.result)
    return outcome


def sync_now(db: Database, *, url: str) -> tuple[SyncResult, SyncResult]:
    """Pull, then push: afterwards the hub and this laptop hold the same."""
    with _server(url) as hub:
        return _pull(db, hub, None), _push(db, hub, None)
