"""Change the team passphrase: the shared file is re-encrypted under a new key.

`rekey` rewrites the file (same contents, same team id, a new salt and key) under the lock and
atomically, so a crash leaves the old file or the new one. Every laptop remembers the team id
and salt of the file it last opened; when its passphrase no longer opens a file of the same
team whose salt changed, the passphrase was changed on another laptop, and the user is told
so (`PassphraseChanged`) and asked for the new one, never shown "damaged" or a silent failure.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from pathlib import Path

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.sync import rewrite
from crm_app.sync.fileformat import KeyRing, Keys, SyncFileError, read_header
from crm_app.sync.kdf import KdfParams

STATE_KEY = "file_keys"
HEADER_BYTES = 64 * 1024 + 14


class PassphraseChanged(SyncFileError):
    """The team passphrase was changed on another laptop since this one last synced."""


def _header(path: Path) -> tuple[str, str] | None:
    try:
        with path.open("rb") as handle:
            head = handle.read(HEADER_BYTES)
        header = read_header(head, path.name, complete=False)
    except (OSError, SyncFileError):
        return None
    return header.team, header.salt.hex()


def remember(db: Database, path: Path, when: datetime) -> None:
    """After a successful sync: the team and salt of the file this laptop opened."""
    found = _header(path)
    if found is None:
        return
    with db.engine.begin() as connection:
        changelog.set_state(connection, STATE_KEY, json.dumps(
            {"team": found[0], "salt": found[1], "at": when.isoformat(timespec="seconds")}))


def explain(db: Database, path: Path, error: SyncFileError) -> SyncFileError:
    """`error` (a wrong passphrase) turned into PassphraseChanged when that is what it is."""
    if not str(error).startswith("wrong passphrase"):
        return error
    with db.engine.connect() as connection:
        raw = changelog.get_state(connection, STATE_KEY)
    found = _header(path)
    if not raw or found is None:
        return error
    known = json.loads(raw)
    if known.get("team") != found[0] or known.get("salt") == found[1]:
        return error
    return PassphraseChanged(
        "the team's sync passphrase was changed on another laptop since this laptop last "
        "synced ({day}): the passphrase used here no longer opens {name}. Ask a colleague for "
        "the new passphrase", day=str(known.get('at', ''))[:10], name=path.name)


def rekey(db: Database, path: Path, old: str, new: str, *, when: datetime,
          kdf: KdfParams | None = None, checkpoint: rewrite.Checkpoint | None = None,
          lock_timeout: float = 30.0) -> None:
    """Re-encrypt the shared file under `new` (nothing is changed if `old` is wrong)."""
    if not new or new == old:
        raise SyncFileError("give a new passphrase, different from the current one")
    with db.engine.connect() as connection:
        device = changelog.device_id(connection)
    ring = KeyRing(new, kdf)

    def change(current: rewrite.Opened) -> Keys:
        return ring.keys(secrets.token_bytes(16), None, current.opened.team)

    rewrite.rewrite(path, old, device, change, checkpoint=checkpoint,
                    lock_timeout=lock_timeout)
    remember(db, path, when)
