"""Alembic environment. Uses the connection handed over by desktop.data.migrate, or
the URL in the configuration when run from the alembic command line."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import models
from migrations.schema_filter import include_object

config = context.config
target_metadata = models.Base.metadata


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_with(conn)
