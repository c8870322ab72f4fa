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


def test_allday_migration_marks_older_meetings_timed_and_comes_back_down(db_path: Path) -> None:
    """0007: meetings written before have a time (all_day false); down again, a multi-day
    all-day meeting keeps its first day, as the older version allows at most 24 hours."""
    engine = make_engine(db_path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "consent_1")
        connection.exec_driver_sql(
            "INSERT INTO meeting (id, created_at, updated_at, starts_at, timezone, "
            "duration_minutes, place, subject, status, agenda, minutes, outcome, interest, "
            "next_steps) VALUES ('m1', '2026-01-01', '2026-01-01', '2026-03-10 08:00:00', "
            "'Europe/Rome', 45, '', 'Before', 'confirmed', '', '', '', '', '')")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "allday_1")
        assert connection.exec_driver_sql(
            "SELECT all_day, duration_minutes FROM meeting WHERE id = 'm1'").fetchone() == (0, 45)
        connection.exec_driver_sql(
            "INSERT INTO meeting (id, created_at, updated_at, starts_at, timezone, all_day, "
            "duration_minutes, place, subject, status, agenda, minutes, outcome, interest, "
            "next_steps) VALUES ('m2', '2026-01-01', '2026-01-01', '2026-03-09 23:00:00', "
            "'Europe/Rome', 1, 4320, '', 'Fair', 'confirmed', '', '', '', '', '')")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "consent_1")
        assert "all_day" not in {c["name"] for c in inspect(connection).get_columns("meeting")}
        assert dict(connection.exec_driver_sql(
            "SELECT id, duration_minutes FROM meeting").fetchall()) == {"m1": 45, "m2": 1440}
    engine.dispose()


def test_valuelabels_migration_gives_older_contacts_no_types_and_comes_back_down(
        db_path: Path) -> None:
    """0009: contacts written before have no types and no vCard UID; the ORM reads them."""
    engine = make_engine(db_path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "rowhash_1")
        connection.exec_driver_sql(
            "INSERT INTO contact (id, created_at, updated_at, given_name, family_name, "
            "given_name_latin, family_name_latin, honorific, job_title, emails, phones, "
            "language, consent_basis, consent_source, consent_note, consent_scope, notes, "
            "sort_key) VALUES ('c1', '2026-01-01', '2026-01-01', 'Anna', 'Rossi', '', '', '', "
            "'', '[\"anna@example.it\"]', '[]', '', '', '', '', '', '', 'rossi')")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "valuelabels_1")
        assert connection.exec_driver_sql(
            "SELECT value_labels, card_uid, card_rev FROM contact").fetchone() == ("[]", "", "")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "rowhash_1")
        names = {c["name"] for c in inspect(connection).get_columns("contact")}
        assert not names & {"value_labels", "card_uid", "card_rev"}
        assert connection.exec_driver_sql("SELECT emails FROM contact").fetchone() == (
            '["anna@example.it"]',)
    engine.dispose()
