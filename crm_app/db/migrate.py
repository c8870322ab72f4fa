"""Schema migrations at open: refuse newer files, back up, then upgrade to head."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from crm_app import fileio
from crm_app.domain.errors import DatabaseVersionError, DomainError
from crm_app.paths import migrations_path

if TYPE_CHECKING:  # Alembic is imported only when a migration (or a full check) is needed
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=(.*)$", re.MULTILINE)

# Derived tables (full-text index) are managed by hand in the migrations, not by autogenerate.
UNMANAGED_PREFIXES = ("search_", "sqlite_")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


@cache
def scanned_heads() -> frozenset[str]:
    """The head revision(s) read from the scripts' `revision` / `down_revision` lines, without
    loading Alembic (tests/core/test_cli_process.py checks it equals Alembic's answer)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (migrations_path() / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            found = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(found)
    return frozenset(revisions - parents)


def at_head(path: Path, key: str | None = None) -> bool:
    """True when the file's alembic_version already names the head: opening it needs no
    Alembic at all. Any doubt (no file, no table, a lock, a wrong key) answers False: the full
    check runs (and says what is wrong). An encrypted file is read with its key."""
    if not path.is_file():
        return False
    try:
        if key is None:
            uri = path.resolve().as_uri() + "?mode=ro"
            with closing(sqlite3.connect(uri, uri=True, timeout=10)) as connection:
                rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        else:
            rows = _encrypted_versions(path, key)
    except (sqlite3.Error, DomainError):
        return False
    current = {str(row[0]) for row in rows}
    return bool(current) and current == scanned_heads()


def _encrypted_versions(path: Path, key: str) -> list[tuple[object, ...]]:
    from crm_app.db import cipher

    try:
        with closing(cipher.connect(path, key, read_only=True)) as connection:
            return list(connection.execute("SELECT version_num FROM alembic_version"))
    except cipher.DatabaseError:
        return []


def current_revisions(connection: Connection) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    return set(MigrationContext.configure(connection).get_current_heads())


def check_version(connection: Connection) -> bool:
    """True when an upgrade is needed; raises when the file is from a newer version."""
    from alembic.script import ScriptDirectory

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


def backup_file(path: Path, keep: int, key: str | None = None) -> Path | None:
    """Consistent copy through SQLite's backup API (safe with WAL); keeps the newest `keep`.
    With `key` (an encrypted file) both ends are keyed: the copy is encrypted with it too."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{path.stem}-{stamp}{path.suffix}"
    # Written beside the target and renamed when complete (crm_app.fileio): a crash during the
    # copy never leaves a half backup that looks whole. Same mode bits as the database itself.
    with fileio.atomic_path(target) as partial:
        partial.chmod(path.stat().st_mode & 0o777)
        if key is None:
            with closing(sqlite3.connect(path)) as source, \
                    closing(sqlite3.connect(partial)) as dest:
                source.backup(dest)
        else:
            from crm_app.db import cipher

            with closing(cipher.connect(path, key)) as source, \
                    closing(cipher.connect(partial, key, check=False)) as dest:
                source.backup(dest)
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix}"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)
    return target


def upgrade_to_head(engine: Engine, path: Path, *, keep_backups: int = 5,
                    key: str | None = None) -> bool:
    """Returns True when a migration ran."""
    if at_head(path, key):
        return False
    from alembic import command

    with engine.connect() as connection:
        needed = check_version(connection)
        has_schema = bool(current_revisions(connection))
    if not needed:
        return False
    if has_schema:
        backup_file(path, keep_backups, key)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return True
