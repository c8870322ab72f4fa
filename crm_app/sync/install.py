"""This computer's install id: a random value kept outside the database, beside the user's
settings. The database remembers the install id it was last synced on; a database file copied
to another computer finds a different one and takes a new device id before it syncs, so two
laptops never write stamps under the same name."""

from __future__ import annotations

import secrets
from pathlib import Path

from crm_app.paths import user_dirs

FILE_NAME = "install-id"


def default_path() -> Path:
    return Path(user_dirs().user_config_dir) / FILE_NAME


def read_or_create(path: Path) -> str:
    """The id stored at `path`, created on first use (unreadable or empty: a new one)."""
    try:
        current = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        current = ""
    if len(current) == 32 and all(c in "0123456789abcdef" for c in current):
        return current
    fresh = secrets.token_hex(16)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    temp.write_text(fresh + "\n", encoding="ascii")
    temp.replace(path)
    return fresh
