"""Where the team passphrase comes from: a file, the environment, the OS keyring, or a prompt.

Kept in the OS keyring (one entry per shared file). When no keyring backend exists (a bare
Linux box, a locked-down laptop), or the only one forgets (null) or keeps passwords in a file
(keyrings.alt), the user is told that it will not be remembered: we never fall back to storing
it in plain text. A passphrase read from CRM_SYNC_PASSPHRASE is removed from the environment.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from crm_app import fileio
from crm_app.domain.errors import DomainError, Message

SERVICE = "crm-app-sync"
ENV_VAR = "CRM_SYNC_PASSPHRASE"
NOT_REMEMBERED = Message("no system keyring is available on this computer: the passphrase "
                         "will not be remembered and will be asked again next time")


@dataclass(frozen=True)
class Passphrase:
    value: str
    source: str  # "file", "environment", "keyring", "prompt"


def _active_backend() -> KeyringBackend | None:
    """The backend a `set_password` would use: a chainer's first (highest priority) one."""
    backend = keyring.get_keyring()
    chained = getattr(backend, "backends", None)
    if chained is not None:
        return chained[0] if chained else None
    return backend


def keyring_problem() -> str | None:
    """Why the passphrase cannot be kept safely here, or None when a real keyring exists.
    A backend that forgets (fail, null) or keeps passwords in a file (keyrings.alt) is not
    taken as a keyring: the user is told instead."""
    backend = _active_backend()
    if backend is None or isinstance(backend, fail.Keyring | null.Keyring):
        return NOT_REMEMBERED
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module.startswith("keyring.backends.null"):
        return Message("the keyring on this computer ({backend} of keyrings.alt) keeps "
                       "passwords in a file, not in a system keyring: the passphrase was not "
                       "saved and will be asked again next time",
                       backend=type(backend).__name__)
    return None


def keyring_usable() -> bool:
    return keyring_problem() is None


def _account(shared_file: Path) -> str:
    return str(shared_file.expanduser().absolute())


def stored(shared_file: Path) -> str | None:
    if not keyring_usable():
        return None
    try:
        value = keyring.get_password(SERVICE, _account(shared_file))
    except keyring.errors.KeyringError:
        return None
    return value or None


def remember(shared_file: Path, passphrase: str) -> str | None:
    """Store in the keyring; returns a message for the user when that is not possible."""
    problem = keyring_problem()
    if problem is not None:
        return problem
    try:
        keyring.set_password(SERVICE, _account(shared_file), passphrase)
    except keyring.errors.KeyringError as exc:
        return Message("the passphrase could not be saved in the keyring ({reason}); it will "
                       "be asked again", reason=str(exc))
    return None


def forget(shared_file: Path) -> None:
    if keyring_usable():
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, _account(shared_file))


def find(shared_file: Path, passphrase_file: Path | None,
         prompt: Callable[[], str | None] | None) -> Passphrase:
    if passphrase_file is not None:
        text = fileio.read_secret_file(passphrase_file)
        return Passphrase(text, "file")
    # Taken out of the environment once read, so programs this one starts (a browser, a PDF
    # viewer, a shell) do not inherit the team passphrase.
    from_environment = os.environ.pop(ENV_VAR, "")
    if from_environment:
        return Passphrase(from_environment, "environment")
    kept = stored(shared_file)
    if kept:
        return Passphrase(kept, "keyring")
    if prompt is not None:
        typed = prompt()
        if typed:
            return Passphrase(typed, "prompt")
    raise DomainError("no sync passphrase: give --passphrase-file FILE, set "
                      "{variable}, or run the sync once from a terminal to type it",
                      variable=ENV_VAR)
