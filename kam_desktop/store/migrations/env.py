"""Alembic environment: always run against the engine handed over by the application."""
from alembic import context

from kam_desktop.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only for `alembic` run by a developer
    from kam_desktop.store.database import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url").removeprefix("sqlite:///"))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
