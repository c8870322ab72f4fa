"""Where the shared file was last found, so a missing file is not silently replaced.

A laptop that synced before and now finds no file is most likely looking at an unmounted
share or a USB stick under another drive letter: creating a new, empty shared file there would
split the team in two. The CLI then needs `--create` and the app asks; the first sync of a
laptop may create the file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crm_app.db import changelog
from crm_app.db.database import Database


@dataclass(frozen=True)
class LastPlace:
    path: str  # where this laptop last synced
    when: str  # ISO time of that sync ("" when unknown)

    def describe(self, now_missing: Path) -> str:
        when = f" on {self.when[:10]}" if self.when else ""
        if not self.path:
            return (f"there is no shared file at {now_missing}, although this laptop synced "
                    "before: is the drive or share connected?")
        if Path(self.path) == now_missing:
            return (f"the shared file {now_missing} is missing, although this laptop synced "
                    f"with it there{when}: is the drive or share connected?")
        return (f"there is no shared file at {now_missing}; this laptop last synced with "
                f"{self.path}{when}: is that drive connected, perhaps under another letter "
                "or mount point?")


def last_place(db: Database) -> LastPlace | None:
    with db.engine.connect() as connection:
        raw = changelog.get_state(connection, "last_sync")
        seen = changelog.get_state(connection, "file_generation")
    try:
        last = json.loads(raw) if raw else None
    except ValueError:
        last = None
    if isinstance(last, dict) and last.get("path"):
        return LastPlace(str(last["path"]), str(last.get("finished_at") or ""))
    return LastPlace("", "") if seen else None


def missing_after_sync(db: Database, path: Path) -> LastPlace | None:
    """Where this laptop last synced, when `path` does not exist but this laptop synced
    before (None: the file exists, or this is the first sync, which may create it)."""
    if path.exists():
        return None
    return last_place(db)
