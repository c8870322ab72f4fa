"""The local database encrypted at rest with SQLCipher 4 (the `sqlcipher3` wheel, FTS5 built in).

An encrypted file is an ordinary SQLite database whose every page (and every WAL frame) is
encrypted with a key derived from the passphrase; nothing of it reads as plain text. This
module opens such files for SQLAlchemy (`make_engine`, `open_database`), converts a plain file
to an encrypted one and back (`sqlcipher_export` through ATTACH), and verifies a converted copy
(integrity check, every table's row count, the full-text index) before it replaces anything.

`Database.open(path, key=...)` uses `make_engine` for every connection of an encrypted file;
the key is a passphrase or, for databases made by this app, a random raw key (`x'<64 hex>'`,
no key derivation per connection) kept in the OS keyring and wrapped by the recovery
passphrase (crm_app/services/dbkeys.py).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as sqlcipher  # type: ignore[import-untyped]

from crm_app import fileio
from crm_app.db import migrate
from crm_app.db.database_file import PLAIN_MAGIC as PLAIN_MAGIC
from crm_app.domain.errors import DomainError

if TYPE_CHECKING:  # SQLAlchemy only for an engine: `crm report` connects without it
    from sqlalchemy import Engine

    from crm_app.db.database import Database

ENV_VAR = "CRM_DB_PASSPHRASE"


DatabaseError = sqlcipher.DatabaseError  # what a damaged or unreadable file raises


class WrongPassphrase(DomainError):
    def __init__(self, path: Path) -> None:
        super().__init__("cannot open {path}: the database passphrase is wrong, or the file "
                         "is not an encrypted CRM database; nothing was changed", path=path)


class VerifyFailed(DomainError):
    """A converted copy does not match its source; the source was left as it was."""


# -- what a file is ---------------------------------------------------------------------------


def is_plain(path: Path) -> bool:
    """A non-empty file that starts with SQLite's plain-text header."""
    try:
        with path.open("rb") as stream:
            return stream.read(len(PLAIN_MAGIC)) == PLAIN_MAGIC
    except FileNotFoundError:
        return False


def is_encrypted(path: Path) -> bool:
    """A non-empty file without the plain header: under SQLCipher every byte looks random."""
    return path.is_file() and path.stat().st_size > 0 and not is_plain(path)


def check_passphrase(passphrase: str) -> str:
    if not passphrase:
        raise DomainError("the database passphrase is empty")
    if "\x00" in passphrase:
        raise DomainError("the database passphrase cannot contain a NUL character")
    return passphrase


def _quoted(passphrase: str) -> str:
    # PRAGMA key takes no bound parameters: quote it as an SQL string literal.
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


# -- connections ------------------------------------------------------------------------------


def connect(path: Path, passphrase: str, *, check: bool = True, read_only: bool = False) -> Any:
    """A DB-API connection to an encrypted file (created if missing, unless read_only);
    raises WrongPassphrase."""
    if read_only:
        connection = sqlcipher.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                       check_same_thread=False, timeout=10)
    else:
        connection = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        # SQLCipher logs a failed HMAC check to stderr; the user gets our sentence instead.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {_quoted(passphrase)}")
        if check:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        connection.close()
        raise WrongPassphrase(path) from exc
    except BaseException:
        connection.close()
        raise
    return connection


def connect_plain(path: Path) -> Any:
    """A connection without a key (a plain file), through the same library."""
    connection = sqlcipher.connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    return connection


def make_engine(path: Path, passphrase: str) -> Engine:
    """An engine whose every connection is keyed; the same pragmas as a plain database."""
    from sqlalchemy import create_engine, event

    from crm_app.db.database import _set_pragmas

    check_passphrase(passphrase)
    # Each new connection derives the key once (PBKDF2, about 0.1 s) and checks it by reading
    # the schema: a wrong passphrase raises WrongPassphrase at the first use of the engine.
    engine = create_engine(
        "sqlite+pysqlite://", module=sqlcipher, future=True,
        creator=lambda: connect(path, passphrase),
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def open_database(path: Path | str, passphrase: str, *, keep_backups: int = 5) -> Database:
    """`Database.open` with a key (kept for callers of the first version of this module)."""
    from crm_app.db.database import Database

    return Database.open(path, key=passphrase, keep_backups=keep_backups)


def backup_file(path: Path, passphrase: str, keep: int) -> Path | None:
    """migrate.backup_file for an encrypted file: the copy is encrypted with the same key."""
    return migrate.backup_file(path, keep, passphrase)


@contextlib.contextmanager
def _closing(connection: Any) -> Iterator[Any]:
    try:
        yield connection
    finally:
        connection.close()


# -- conversion -------------------------------------------------------------------------------


def _export(source: Any, target: Path, target_key: str) -> None:
    """Copy every table, index, trigger and virtual table of `source` into `target`."""
    (version,) = source.execute("PRAGMA user_version").fetchone()
    source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), target_key))
    try:
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
    finally:
        source.execute("DETACH DATABASE converted")


def table_counts(connection: Any) -> dict[str, int]:
    """Rows of every real table (FTS shadow tables included: they hold the index)."""
    names = [r[0] for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " ORDER BY name")]
    return {n: int(connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
            for n in names}


def verify(connection: Any, expected: dict[str, int], path: Path) -> None:
    """Integrity check, row counts equal to `expected`, and the FTS index consistent."""
    result = [r[0] for r in connection.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise VerifyFailed("the converted copy {path} failed its integrity check "
                           "({reason}); the original was not changed", path=path,
                           reason="; ".join(map(str, result[:3])))
    counts = table_counts(connection)
    if counts != expected:
        differ = sorted(k for k in set(counts) | set(expected)
                        if counts.get(k) != expected.get(k))
        raise VerifyFailed("the converted copy {path} lost rows in {tables}; "
                           "the original was not changed", path=path, tables=", ".join(differ))
    has_fts = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'search_fts'").fetchone()
    if has_fts:
        try:
            connection.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        except sqlcipher.DatabaseError as exc:
            raise VerifyFailed("the search index of {path} is damaged ({reason}); the original "
                               "was not changed", path=path, reason=str(exc)) from exc
        finally:
            connection.rollback()  # the check is an INSERT: it opened a transaction


def _settle(connection: Any) -> None:
    """Fold the WAL into the main file and leave rollback-journal mode, so no -wal file of
    the old format lies beside the file that replaces it."""
    # Another process with the file open holds SQLite's WAL lock: leaving WAL fails then.
    # (Connections of this same process do not conflict: close the Database first.)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        (mode,) = connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlcipher.OperationalError:
        mode = "busy"
    if str(mode).lower() != "delete":
        raise DomainError("the database is in use (close the app and any sync first); "
                          "nothing was changed")


def _temp_beside(path: Path, tag: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f".{path.name}.{tag}-{stamp}")


def _fsync(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def shred(path: Path) -> None:
    """Overwrite with zeros, then remove. Best effort: SSDs and copy-on-write file systems
    may keep the old blocks (docs/privacy.md says so)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with path.open("rb+") as stream:
        remaining = size
        block = b"\x00" * 65536
        while remaining > 0:
            stream.write(block[: min(remaining, len(block))])
            remaining -= len(block)
        stream.flush()
        os.fsync(stream.fileno())
    path.unlink()


def export_encrypted(source_path: Path, target: Path, passphrase: str) -> dict[str, int]:
    """Write an encrypted, verified copy of the plain file `source_path` to `target`."""
    key = check_passphrase(passphrase)
    if not is_plain(source_path):
        raise DomainError("{path} is not a plain SQLite database", path=source_path)
    with _closing(connect_plain(source_path)) as source:
        expected = table_counts(source)
        _export(source, target, key)
    with _closing(connect(target, key)) as copy:
        verify(copy, expected, target)
    _fsync(target)
    return expected


def export_plain(source_path: Path, target: Path, passphrase: str) -> dict[str, int]:
    """Write a plain, verified copy of the encrypted file `source_path` to `target`."""
    with _closing(connect(source_path, passphrase)) as source:
        expected = table_counts(source)
        _export(source, target, "")
    with _closing(connect_plain(target)) as copy:
        verify(copy, expected, target)
    _fsync(target)
    return expected


def encrypt_in_place(path: Path, passphrase: str,
                     progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Replace a plain database by an encrypted one holding the same rows.

    Order, so that a crash at any point leaves a usable file: verified encrypted copy beside
    the file; the plain file hard-linked aside; the copy renamed over the file (atomic); the
    result re-opened with the key; only then the plain file and its WAL overwritten and removed.
    `progress(done, 4)` is called after each of those steps.
    """
    step = progress or (lambda _done, _total: None)
    check_passphrase(passphrase)
    if is_encrypted(path):
        raise DomainError("{path} is already encrypted", path=path)
    if not is_plain(path):
        raise DomainError("{path} is not a SQLite database", path=path)
    with _closing(connect_plain(path)) as plain:
        _settle(plain)
    if any(p.exists() for p in _sidecars(path)):
        raise DomainError("{path} has a journal beside it (is the app running?); "
                          "nothing was changed", path=path)
    step(1, 4)
    temp = _temp_beside(path, "encrypting")
    try:
        counts = export_encrypted(path, temp, passphrase)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    step(2, 4)
    aside = _temp_beside(path, "plain")
    try:
        os.link(path, aside)  # the plain file stays reachable until the swap is checked
        os.replace(temp, path)
    except OSError:  # no hard links (FAT, some network shares): two renames instead
        aside.unlink(missing_ok=True)
        os.replace(path, aside)
        os.replace(temp, path)
    with _closing(connect(path, passphrase)) as check:
        verify(check, counts, path)
        check.execute("PRAGMA journal_mode = WAL").fetchall()
    step(3, 4)
    shred(aside)
    step(4, 4)
    return counts


def encrypt_backups(path: Path, passphrase: str) -> list[Path]:
    """Encrypt the plain pre-migration backups of `path` (backups/<stem>-*<suffix>)."""
    folder = path.parent / "backups"
    done = []
    for backup in sorted(folder.glob(f"{path.stem}-*{path.suffix}")):
        if is_plain(backup):
            encrypt_in_place(backup, passphrase)
            with _closing(connect(backup, passphrase)) as connection:
                connection.execute("PRAGMA journal_mode = DELETE").fetchall()
            done.append(backup)
    return done


def decrypt_to(path: Path, target: Path, passphrase: str) -> dict[str, int]:
    """A plain copy of the encrypted database at `target` (which must not exist yet)."""
    if not is_encrypted(path):
        raise DomainError("{path} is not an encrypted database", path=path)
    if target.exists():
        raise DomainError("{path} already exists; choose a new file", path=target)
    if not target.parent.is_dir():
        raise DomainError("folder {folder} does not exist", folder=target.parent)
    temp = _temp_beside(target, "decrypting")
    try:
        counts = export_plain(path, temp, passphrase)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return counts


# -- where the passphrase comes from ----------------------------------------------------------


def find_passphrase(passphrase_file: Path | None) -> str | None:
    """--db-passphrase-file, else CRM_DB_PASSPHRASE (the sync passphrase's order); None if
    neither is given. The keyring comes after these (crm_app/services/dbkeys.find_key)."""
    if passphrase_file is not None:
        text = fileio.read_secret_file(passphrase_file)
        return check_passphrase(text)
    value = os.environ.get(ENV_VAR)
    return check_passphrase(value) if value else None
