"""Opening a database file: engine, SQLite pragmas, migrations, session factory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from crm_app.db import changelog, migrate, search_index


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)
    event.listen(engine, "connect", _set_pragmas)
    return engine


class Database:
    """One open database file. Sessions are short: one per use case (unit of work)."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.session_factory = sessionmaker(engine, expire_on_commit=False)
        search_index.install(self.session_factory)
        changelog.install(self.session_factory)

    @classmethod
    def open(
        cls, path: Path | str, *, migrate_to_head: bool = True, keep_backups: int = 5
    ) -> Database:
        """Open (creating if needed) and bring the file to the current schema.

        A file from a newer app version raises DatabaseVersionError and is left untouched.
        """
        file = Path(path).expanduser()
        file.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(file)
        try:
            if migrate_to_head:
                migrate.upgrade_to_head(engine, file, keep_backups=keep_backups)
        except BaseException:
            engine.dispose()
            raise
        return cls(file, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error."""
        with self.session_factory() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
