"""The laptops the shared file knows: `crm sync devices` and `crm sync retire DEVICE`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.sync import retire, rewrite


def list_devices(db: Database, path: Path, passphrase: str) -> list[dict[str, Any]]:
    """One entry per laptop: id, name, last sync, clock offset seen, retired, this laptop."""
    snapshot = rewrite.read(path, passphrase).snapshot
    with db.engine.connect() as connection:
        me = changelog.device_id(connection)
    result = []
    for device, info in sorted(snapshot.devices.items(),
                               key=lambda kv: str(kv[1].get("synced_at", "")), reverse=True):
        ahead = info.get("clock_ahead")
        result.append({
            "device": device,
            "name": str(info.get("name", "")),
            "last_sync": str(info.get("synced_at", "")),
            "clock_ahead_hours": ahead.get("hours") if isinstance(ahead, dict) else None,
            "clock_seen_by": ahead.get("by") if isinstance(ahead, dict) else None,
            "retired_at": info.get("retired_at"),
            "retired_by": info.get("retired_by"),
            "this_laptop": device == me,
        })
    return result


def retire_device(db: Database, path: Path, passphrase: str, device: str, *,
                  when: datetime, checkpoint: rewrite.Checkpoint | None = None,
                  lock_timeout: float = 30.0) -> dict[str, Any]:
    """Retire `device` in the shared file and purge the deleted rows that allows."""
    with db.engine.connect() as connection:
        me = changelog.device_id(connection)
    outcome: dict[str, Any] = {}

    def change(current: rewrite.Opened) -> None:
        snapshot = current.snapshot
        matches = [d for d in snapshot.devices if d == device or d.startswith(device)]
        outcome["purged"] = retire.mark_retired(snapshot, device, me, when)
        outcome["device"] = matches[0] if matches else device
        return None

    rewrite.rewrite(path, passphrase, me, change, checkpoint=checkpoint,
                    lock_timeout=lock_timeout)
    return outcome
