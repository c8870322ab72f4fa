"""Migration 0003_io creates exactly the io tables of the models, and its downgrade drops them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from crm_app.db.database import Database
from crm_app.db.migrate import alembic_config
from crm_app.db.models import Base

IO_TABLES = {"import_batch", "merge_record", "duplicate_dismissal"}


def _unmanaged(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(("search_", "sqlite_")))


def test_upgrade_matches_models_and_downgrade_drops(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "m.sqlite3")
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True, "include_name": _unmanaged})
            diff = [d for d in compare_metadata(context, Base.metadata)
                    if any(table in str(d) for table in IO_TABLES)]
            assert diff == []
            assert set(inspect(connection).get_table_names()) >= IO_TABLES
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002_sync")
        with db.engine.connect() as connection:
            assert not IO_TABLES & set(inspect(connection).get_table_names())
    finally:
        db.close()

