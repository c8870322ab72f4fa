"""Errors the core raises; each carries one sentence meant for the person at the keyboard.

A message is an English template (its message id, e.g. "there is no {day} {month}") and the
arguments that fill it. `str(error)` is the English sentence (CLI, logs); the desktop client
looks the template up in its catalogue and fills in the same arguments, so the person reads
it in their own language (crm_app/ui/messages.py). A template without arguments is used as
written, braces and all.
"""

from __future__ import annotations

from typing import Any

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class Month(int):
    """A month number given to a message: English name in `str(error)`, the interface
    language's name when the desktop client shows it."""

    def __format__(self, spec: str) -> str:
        return format(MONTHS[int(self) - 1], spec)


def fill(template: str, params: dict[str, Any]) -> str:
    """The template with its arguments; without arguments, the template as written. An
    argument that is itself a field's error gives its sentence without the field."""
    if not params:
        return template
    return template.format(**{name: value.message if isinstance(value, ValidationError)
                              else value for name, value in params.items()})


class Message(str):
    """A sentence the core gives without raising it (a sync warning, a note): the English
    sentence itself, carrying its template (`msgid`) and arguments (`params`) like an error,
    so the desktop client can show it in the interface language."""

    msgid: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        self = super().__new__(cls, fill(template, params))
        self.msgid = template
        self.params = params
        return self


class DomainError(Exception):
    """Base class: a user-facing problem, never a bug."""

    def __init__(self, message: str = "", /, **params: Any) -> None:
        self.msgid = message
        self.params = params
        super().__init__(fill(message, params))


class ValidationError(DomainError):
    """One field's value is not acceptable. `message` is the English sentence without the
    field; `msgid` and `params` the template it came from."""

    def __init__(self, field: str, message: str, /, **params: Any) -> None:
        text = fill(message, params)
        Exception.__init__(self, f"{field}: {text}")
        self.msgid = message
        self.params = params
        self.field = field
        self.message = text


class NotFound(DomainError):
    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__("no {kind} with id {record_id}", kind=kind, record_id=record_id)
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
