"""Files that cloud clients and sync tools leave beside the shared file.

When two laptops save the shared file in a synced folder at once, OneDrive, Dropbox, Google
Drive or Syncthing keep both: "team (Anna's conflicted copy 2026-11-20).crmsync",
"team-LAPTOP-7.crmsync", "team.sync-conflict-20261120-101010-ABC.crmsync", "team (1).crmsync".
Such copies are merged like the file itself, then moved into an archive folder.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

from crm_app.sync.fileformat import is_temp_of
from crm_app.sync.lock import STALE_AFTER, storage_now

ARCHIVE_FOLDER = "crm-sync-archive"
SEPARATORS = (" ", "-", "_", ".", "(", "~")


def find_conflicted_copies(target: Path) -> list[Path]:
    stem, suffix = target.stem, target.suffix
    found = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if entry == target or name.startswith(".") or not entry.is_file():
            continue
        if suffix and not name.endswith(suffix):
            continue
        middle = name[len(stem): len(name) - len(suffix)] if name.startswith(stem) else ""
        if middle and middle.startswith(SEPARATORS) and not middle.endswith(".lock"):
            found.append(entry)
    return sorted(found)


def archive(copy: Path, target: Path) -> Path:
    folder = target.parent / ARCHIVE_FOLDER
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    destination = folder / f"{stamp}-{copy.name}"
    os.replace(copy, destination)
    return destination


def remove_stale_temp_files(target: Path) -> None:
    """Temporary files of a sync that died, once old enough that no live writer owns them."""
    try:
        now = storage_now(target.parent)
    except OSError:
        now = time.time()
    for entry in target.parent.iterdir():
        if is_temp_of(entry, target):
            try:
                if now - entry.stat().st_mtime > STALE_AFTER:
                    entry.unlink(missing_ok=True)
            except OSError:
                continue
