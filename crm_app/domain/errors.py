"""Errors the core raises; each carries one sentence meant for the person at the keyboard."""

from __future__ import annotations


class DomainError(Exception):
    """Base class: a user-facing problem, never a bug."""


class ValidationError(DomainError):
    """One field's value is not acceptable."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(DomainError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class DatabaseVersionError(DomainError):
    """The database file was written by a newer (or unknown) version of the app."""


class DatabaseBusy(DomainError):
    """Another program kept the database locked for longer than we wait (busy_timeout)."""

    def __init__(self) -> None:
        super().__init__("the database is busy in another window; try again")


class DatabaseEncrypted(DomainError):
    """The database file is not plain SQLite (SQLCipher-encrypted, or not a database)."""
