"""A database copied on the same computer (same install id) must not keep the device id.

The install id tells computers apart; two database files on one computer need more. This
computer keeps, beside its install id, which database file syncs under which device id
(`db-devices.json`: real path -> device id). A database whose device id is bound to another
file that still exists is a copy: it takes a new device id before its first sync (its edits
not yet sent are stamped again under it, as for a copy from another computer). A database
whose old file is gone was moved: it keeps its id, and the binding follows it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from crm_app import fileio
from crm_app.db import changelog

FILE_NAME = "db-devices.json"


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def check(connection: Connection, db_path: Path, bindings: Path, install_id: str,
          wall: datetime) -> str | None:
    """Give a same-computer copy a new device id; returns the copied device id when it did."""
    known = _load(bindings)
    me = _key(db_path)
    device = changelog.device_id(connection)
    elsewhere = [p for p, d in known.items() if d == device and p != me and Path(p).is_file()]
    if not elsewhere:
        return None
    # Force the rebinding: the same steps as a database from another computer.
    changelog.set_state(connection, "install_id", f"copy-of-{install_id}"[:64])
    copied_from = changelog.bind_device(connection, install_id, wall)
    return copied_from or device


def remember(db_path: Path, bindings: Path, device: str) -> None:
    """After a sync: this file syncs as `device` (bindings of vanished files dropped)."""
    known = {p: d for p, d in _load(bindings).items() if Path(p).is_file()}
    me = _key(db_path)
    if known.get(me) == device:
        return
    known[me] = device
    bindings.parent.mkdir(parents=True, exist_ok=True)
    fileio.write_bytes(bindings, json.dumps(known, indent=1, sort_keys=True).encode("utf-8"))


def bindings_for(install_file: Path) -> Path:
    """Beside the install id: one per install id file (so test computers stay apart)."""
    return install_file.with_name(f"{install_file.name}.{FILE_NAME}")
