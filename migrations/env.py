"""Alembic environment. The app passes its own connection (cookbook: "Sharing a Connection")."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from crm_app.db import models
from crm_app.db.migrate import include_name

config = context.config
target_metadata = models.Base.metadata

def run_migrations(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    url = config.get_main_option("sqlalchemy.url") or "sqlite:///crm.sqlite3"
    with create_engine(url).begin() as own_connection:
        run_migrations(own_connection)
