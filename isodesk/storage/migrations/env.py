"""Alembic environment: runs on the app's own connection (cfg.attributes["connection"])."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

import isodesk.storage.models  # noqa: F401  - registers every table
from isodesk.storage.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]  # Alembic's connection, untyped in its API
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Developer CLI: alembic -c isodesk/storage/migrations/alembic.ini ... -x db=path/to.db
    db = context.get_x_argument(as_dictionary=True).get("db", "isodesk-dev.db")
    engine = create_engine(f"sqlite:///{db}", poolclass=pool.NullPool)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("isodesk migrations run online only")
run_migrations_online()
