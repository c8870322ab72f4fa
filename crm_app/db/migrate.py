"""Schema migrations at open: refuse newer files, back up, then upgrade to head."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from crm_app.domain.errors import DatabaseVersionError
from crm_app.paths import migrations_path

# Derived tables (full-text index) are managed by hand in the migrations, not by autogenerate.
UNMANAGED_PREFIXES = ("search_", "sqlite_")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def check_version(connection: Connection) -> bool:
    """True when an upgrade is needed; raises when the file is from a newer version."""
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    current = current_revisions(connection)
    unknown = current - known
    if unknown:
        raise DatabaseVersionError(
            "this database was written by a newer version of the app "
            f"(schema {', '.join(sorted(unknown))}); update the app to open it. "
            "The file was not changed."
        )
    return current != set(script.get_heads())


def backup_file(path: Path, keep: int) -> Path | None:
    """Consistent copy through SQLite's backup API (safe with WAL); keeps the newest `keep`."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)
    return target


def upgrade_to_head(engine: Engine, path: Path, *, keep_backups: int = 5) -> bool:
    """Returns True when a migration ran."""
    with engine.connect() as connection:
        needed = check_version(connection)
        has_schema = bool(current_revisions(connection))
    if not needed:
        return False
    if has_schema:
        backup_file(path, keep_backups)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return True
