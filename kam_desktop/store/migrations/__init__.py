"""Alembic migrations, shipped inside the package and run at start-up."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def _config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class NewerSchemaError(Exception):
    """The database was written by a newer version of the application."""


def needs_upgrade(engine: Engine) -> bool:
    """True when the schema is behind; raises NewerSchemaError when it is unknown here
    (a newer application wrote it), which must not be touched."""
    current = current_revision(engine)
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    if current is not None and current not in known:
        raise NewerSchemaError(f"the database has schema {current}, which this version of "
                               "KAM Desktop does not know: it was written by a newer version")
    return current != head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(_config(engine), revision)
