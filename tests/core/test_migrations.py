"""Migrations: built schema equals the models, up/down/up works, newer files are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from crm_app.db import models
from crm_app.db.database import Database, make_engine
from crm_app.db.migrate import alembic_config, head_revisions, include_name
from crm_app.domain.errors import DatabaseVersionError


def test_migrated_database_matches_the_models(db_path: Path) -> None:
    Database.open(db_path).close()
    engine = make_engine(db_path)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": include_name, "compare_type": True}
        )
        diff = compare_metadata(context, models.Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrade_downgrade_upgrade(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert {"contact", "meeting", "search_fts", "search_doc"} <= tables


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(db_path: Path) -> None:
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseVersionError, match="newer version"):
        Database.open(db_path)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_an_older_database_is_backed_up_then_upgraded(db_path: Path) -> None:
    engine = make_engine(db_path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001_initial")
        connection.exec_driver_sql(
            "INSERT INTO app_setting (key, value) VALUES ('marker', '\"kept\"')"
        )
    engine.dispose()
    db = Database.open(db_path, keep_backups=2)
    backups = list((db_path.parent / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_initial",
        )
        assert raw.execute("SELECT value FROM app_setting").fetchone() == ('"kept"',)
    with db.engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    db.close()
    assert current == head_revisions()


def test_an_up_to_date_database_is_not_backed_up_again(db_path: Path) -> None:
    Database.open(db_path).close()
    Database.open(db_path).close()
    assert not (db_path.parent / "backups").exists()
