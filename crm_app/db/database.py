"""Opening a database file: engine, SQLite pragmas, migrations, session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crm_app.db import changelog, migrate, search_index
from crm_app.db.database_file import BUSY_TIMEOUT_MS as BUSY_TIMEOUT_MS
from crm_app.db.database_file import PLAIN_MAGIC as PLAIN_MAGIC
from crm_app.db.database_file import busy_timeout_ms as busy_timeout_ms
from crm_app.db.database_file import file_state as file_state
from crm_app.db.database_file import set_pragmas
from crm_app.domain.errors import DatabaseBusy, DatabaseEncrypted, DomainError


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    set_pragmas(dbapi_connection)


def is_busy(exc: BaseException) -> bool:
    """SQLite gave up waiting for another connection's lock."""
    text = str(getattr(exc, "orig", exc))
    return "database is locked" in text or "database is busy" in text


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True,
                           connect_args={"timeout": busy_timeout_ms() / 1000})
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """One open database file. Sessions are short: one per use case (unit of work)."""

    def __init__(self, path: Path, engine: Engine, *, encrypted: bool = False) -> None:
        self.path = path
        self.encrypted = encrypted
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        search_index.install(self.session_factory)
        changelog.install(self.session_factory)

    @classmethod
    def open(
        cls, path: Path | str, *, key: str | None = None, migrate_to_head: bool = True,
        keep_backups: int = 5,
    ) -> Database:
        """Open (creating if needed) and bring the file to the current schema.

        `key` opens (or creates) a SQLCipher-encrypted file: a passphrase, or a raw key in
        SQLCipher's `x'<64 hex>'` form (crm_app/services/dbkeys.py). Every connection of the
        engine is keyed, and so is the backup taken before a migration. Without a key an
        encrypted file raises DatabaseLocked; a wrong key raises cipher.WrongPassphrase. In
        both cases, as for a file from a newer app version (DatabaseVersionError), the file
        is left untouched.
        """
        file = Path(path).expanduser()
        state = file_state(file)
        if state == "encrypted" and key is None:
            raise DatabaseLocked(file)
        if state == "plain" and key is not None:
            raise DomainError("{file} is not encrypted: open it without a key, or encrypt it "
                              "first (crm db encrypt)", file=file)
        file.parent.mkdir(parents=True, exist_ok=True)
        if key is None:
            engine = make_engine(file)
        else:
            from crm_app.db import cipher  # sqlcipher3 is loaded only for an encrypted file

            engine = cipher.make_engine(file, key)
        try:
            if migrate_to_head:
                migrate.upgrade_to_head(engine, file, keep_backups=keep_backups, key=key)
        except OperationalError as exc:
            engine.dispose()
            if is_busy(exc):
                raise DatabaseBusy() from exc
            raise
        except BaseException:
            engine.dispose()
            raise
        return cls(file, engine, encrypted=key is not None)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error. The write lock is
        taken at the first change (pysqlite's implicit BEGIN), so a transaction holds it only
        from its first write to its commit; a lock held elsewhere past the busy timeout
        becomes DatabaseBusy."""
        try:
            with self.session_factory() as session, session.begin():
                yield session
        except OperationalError as exc:
            if is_busy(exc):
                raise DatabaseBusy() from exc
            raise

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DatabaseLocked(DatabaseEncrypted):
    """An encrypted file opened without its key."""

    def __init__(self, file: Path) -> None:
        super().__init__(
            "{file} is encrypted (or is not a CRM database): unlock it with the recovery "
            "passphrase (--db-passphrase-file FILE or CRM_DB_PASSPHRASE) or from the OS keyring",
            file=file)
