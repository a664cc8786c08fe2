"""Alembic migrations, shipped inside the package and run at start-up.

Alembic itself is imported only when a database is behind or ahead of ``HEAD``: reading
the revision scripts at every start would cost a noticeable part of a second. SQLAlchemy
is imported when first used: the window's first screen reads ``HEAD`` before it.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent
#: the newest revision in versions/, read from the scripts' names ("0007_….py"), which
#: costs a directory listing instead of Alembic's import (a test checks it against Alembic)
HEAD = max(path.name.partition("_")[0] for path in (HERE / "versions").glob("[0-9]*_*.py"))


class NewerSchemaError(Exception):
    """The database was written by a newer version of the application."""


class ForeignDatabaseError(Exception):
    """The file is an SQLite database of another program: it is left untouched."""


def _config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["engine"] = engine
    return config


def _scripts():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind; raises NewerSchemaError when it is unknown here
    (a newer application wrote it), which must not be touched."""
    current = current_revision(engine)
    if current == HEAD:
        return False
    if current is not None and current not in {s.revision for s in _scripts().walk_revisions()}:
        raise NewerSchemaError(f"the database has schema {current}, which this version of "
                               "KAM Desktop does not know: it was written by a newer version")
    return True


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(_config(engine), revision)
