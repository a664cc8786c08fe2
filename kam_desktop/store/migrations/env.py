"""Alembic environment: always run against the engine handed over by the application.

SQLite changes a table by building a new one and dropping the old; with foreign keys on,
that drop would cascade into every child table. So on SQLite migrations run with foreign
keys off, and the foreign-key check must come back clean before they are committed.
PostgreSQL (the team server's hub) alters tables in place, checks foreign keys itself and
runs the whole migration in one transaction."""
from alembic import context

from kam_desktop.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only for `alembic` run by a developer
    from kam_desktop.store.database import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"))


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration broke {len(broken)} references; "
                                   "nothing changed")


with engine.connect() as connection:
    if connection.dialect.name != "sqlite":
        _run(connection)
    else:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # no effect inside a transaction
        connection.commit()
        _run(connection)
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()
