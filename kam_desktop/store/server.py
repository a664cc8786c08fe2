"""The team server: a PostgreSQL database that holds the portfolio as one more replica
(a hub each laptop pushes its changes to and pulls the others' from).

Its schema is the laptops' schema, made by the same Alembic history. Its own replica
(``is_self``) is named :data:`HUB_NAME`; it writes nothing of its own but what merges
bring. The driver is psycopg 3, imported by SQLAlchemy only when a server is used.
"""
from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote

from sqlalchemy import Connection, Engine, create_engine, inspect, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)

from kam_desktop.domain.text import Text
from kam_desktop.store import clock, migrations
from kam_desktop.store.models import SyncReplica

HUB_NAME = "team server"
#: seconds to wait for the server to answer a connection
CONNECT_TIMEOUT = 10
#: the key of the advisory lock that lets one merge at a time write to the hub
_MERGE_LOCK = 0x4B414D5359
_replica = SyncReplica.__table__


class ServerError(Exception):
    """The team server cannot be used: a bad address, no answer, not set up."""

    def __init__(self, message: Text) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Hub:
    """An open team server: its engine, and its address as shown (without a password)."""

    engine: Engine
    address: str

    def close(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Hub:
    """An engine on the PostgreSQL database at ``url``
    (``postgresql+psycopg://user@host/database``, or ``…@/database?host=/socket/folder``).
    Nothing is connected yet; a bad address raises ServerError."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ServerError(Text("{url} is not a database address such as "
                               "postgresql+psycopg://user@host/database", url=repr(url))) from None
    if parsed.get_backend_name() != "postgresql" or parsed.get_driver_name() not in (
            "psycopg", "postgresql"):
        raise ServerError(Text("{url} is not a database address such as "
                               "postgresql+psycopg://user@host/database",
                               url=repr(_shown(parsed))))
    parsed = parsed.set(drivername="postgresql+psycopg")
    if not parsed.database:
        raise ServerError(Text("{url} names no database", url=repr(_shown(parsed))))
    try:
        # a few connections kept while the command runs (its checks and merges reuse
        # them), all closed by Hub.close
        engine = create_engine(parsed, pool_size=2, max_overflow=2, connect_args={
            "connect_timeout": CONNECT_TIMEOUT,
            # the merge reads large results through server-side cursors, which PostgreSQL
            # would otherwise plan for their first rows: walking a whole table's primary
            # key to find the few rows of the accounts a sync brings
            "options": "-c cursor_tuple_fraction=1"})
    except (NoSuchModuleError, ImportError) as error:  # psycopg missing from the install
        raise ServerError(Text("cannot reach the team server {server}: {reason}",
                               server=parsed.database, reason=str(error))) from None
    return Hub(engine, _shown(parsed))


def _shown(url: URL) -> str:
    """The address as the user wrote it, without its password."""
    return unquote(url.render_as_string(hide_password=True))


#: SQLSTATE classes of faults of the server or the connection, not of our statements:
#: connection exceptions, invalid authorisation, insufficient resources, operator
#: intervention (a server shutting down)
_SERVER_FAULTS = ("08", "28", "53", "57")
_PERMISSION_DENIED = "42501"
#: SQLSTATE class of a transaction the server rolled back: a serialisation failure or a
#: deadlock with another session (the sync left both sides as they were: run it again)
_ROLLED_BACK = "40"


@contextmanager
def reaching(hub: Hub) -> Iterator[None]:
    """Turn the server's refusals (no answer, refused login, no permission, connection
    lost, a transaction rolled back for a concurrent one) into one ServerError naming the
    server."""
    try:
        yield
    except DBAPIError as error:
        if not type(error.orig).__module__.startswith("psycopg"):
            raise  # the laptop's own database: its faults are reported as such
        state = getattr(error.orig, "sqlstate", None) or ""
        if state == _PERMISSION_DENIED or state[:2] == _ROLLED_BACK:
            reason = (str(error.orig).strip().splitlines() or [type(error.orig).__name__])[0]
            raise ServerError(Text("the team server {server} refused: {reason}",
                                   server=hub.address, reason=reason)) from None
        if isinstance(error, (OperationalError, InterfaceError)) \
                or state[:2] in _SERVER_FAULTS:
            raise ServerError(_unreachable(hub.address, str(error.orig))) from None
        raise


#: what PostgreSQL (in English, its default) and libpq say when a connection fails; a
#: server speaking another language is quoted as it spoke
_NO_DATABASE = re.compile(r'database "(?P<name>[^"]*)" does not exist')
_NO_LOGIN = re.compile(r'role "(?P<name>[^"]*)" does not exist')
_WRONG_PASSWORD = re.compile(r'password authentication failed for user "(?P<name>[^"]*)"')
_NO_ANSWER = re.compile(r"Connection refused|No such file or directory|could not translate "
                        r"host|timeout expired|Network is unreachable|No route to host")


def _unreachable(server: str, said: str) -> Text:
    """Why a connection to the team server failed, in our words where we know them."""
    if found := _NO_DATABASE.search(said):
        return Text("the team server {server} has no database {name}", server=server,
                    name=found["name"])
    if found := _NO_LOGIN.search(said):
        return Text("the team server {server} does not know the login {name}",
                    server=server, name=found["name"])
    if found := _WRONG_PASSWORD.search(said):
        return Text("the team server {server} refused the password of {name}",
                    server=server, name=found["name"])
    if _NO_ANSWER.search(said):
        return Text("no team server answers at {server}", server=server)
    reason = (said.strip().splitlines() or ["?"])[0]
    return Text("cannot reach the team server {server}: {reason}", server=server,
                reason=reason)


def initialise(hub: Hub) -> uuid.UUID:
    """Create (or bring up to date) the hub's schema through the migrations and give the
    hub its replica; returns the hub's replica id. A database holding another program's
    tables is refused untouched."""
    with reaching(hub):
        with hub.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        if tables and "alembic_version" not in tables:
            raise ServerError(Text("the database {server} holds tables of another program; "
                                   "KAM Desktop leaves it untouched", server=hub.address))
        try:
            if migrations.needs_upgrade(hub.engine):
                migrations.upgrade(hub.engine)
        except migrations.NewerSchemaError:
            raise ServerError(_newer(hub)) from None
        with hub.engine.begin() as connection:
            _, replica_id = clock.self_replica(connection)
            connection.execute(update(_replica).where(_replica.c.is_self.is_(True))
                               .values(name=HUB_NAME))
        return replica_id


def _newer(hub: Hub) -> Text:
    return Text("the team server {server} was set up by a newer version of KAM Desktop; "
                "update KAM Desktop", server=hub.address)


def check_ready(hub: Hub) -> None:
    """Raise ServerError unless the hub's schema is this version's and it has its
    replica (``server init`` was run)."""
    with reaching(hub):
        try:
            current = migrations.current_revision(hub.engine)
            behind = current is not None and migrations.needs_upgrade(hub.engine)
        except migrations.NewerSchemaError:
            raise ServerError(_newer(hub)) from None
        if current is None:
            raise ServerError(Text("the team server {server} is not set up: run kam-desktop "
                                   "server init first", server=hub.address))
        if behind:
            raise ServerError(Text("the team server {server} has an older schema: run "
                                   "kam-desktop server init to bring it up to date",
                                   server=hub.address))
        with hub.engine.connect() as connection:
            if connection.execute(select(_replica.c.no).where(
                    _replica.c.is_self.is_(True))).first() is None:
                raise ServerError(Text("the team server {server} is not set up: run "
                                       "kam-desktop server init first", server=hub.address))


@contextmanager
def merging_into(hub: Hub) -> Iterator[Connection]:
    """A transaction that writes to the hub: one merge at a time (a transaction-level
    advisory lock; each statement sees what merges before it committed). Committed at the
    end, rolled back on any error — or by the server, when the connection is lost."""
    with reaching(hub), hub.engine.connect() as connection, connection.begin():
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MERGE_LOCK})
        yield connection


@contextmanager
def reading(hub: Hub) -> Iterator[Connection]:
    """A read-only transaction on one snapshot of the hub: every reading of a pull sees
    the same state, and merges go on meanwhile."""
    with reaching(hub), hub.engine.connect().execution_options(
            isolation_level="REPEATABLE READ") as connection, connection.begin():
        connection.execute(text("SET TRANSACTION READ ONLY"))
        yield connection
