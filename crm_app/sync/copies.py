"""Files that cloud clients and sync tools leave beside the shared file.

When two laptops save the shared file in a synced folder at once, the sync tool keeps both,
naming the second by its own rule (read from each project's code or documentation):

- Dropbox: "team (Giulia's conflicted copy 2026-11-24).crmsync" (a " (1)" may follow the date);
- Nextcloud desktop (`Utility::makeConflictFileName`): "team (conflicted copy [user ]2026-11-24
  101500).crmsync", and before 2.5 "team_conflict-20261124-101500.crmsync";
- Syncthing (`conflictName` in lib/model/folder_sendrecv.go):
  "team.sync-conflict-20261124-101500-ABCDEFG.crmsync" (the short id of the device);
- OneDrive: the computer's name appended, "team-LAPTOP.crmsync", "team-LAPTOP-2.crmsync";
- Google Drive: "team (1).crmsync".

Only these names are taken: "team-old.crmsync" or "team (backup).crmsync" are the user's own.
Such copies are merged like the file itself, then moved into an archive folder, unless the
copy belongs to another team (its header names another team id): that is never merged.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from datetime import UTC, datetime
from pathlib import Path

from crm_app.domain.errors import Message
from crm_app.sync.fileformat import is_temp_of, peek_team
from crm_app.sync.lock import STALE_AFTER, storage_now

ARCHIVE_FOLDER = "crm-sync-archive"
_DATE, _TIME = r"\d{4}-\d{2}-\d{2}", r"\d{6}"
# Inserted between the stem and the suffix of the shared file's name.
CONFLICT_MARKERS = (
    # Dropbox ("Giulia's conflicted copy DATE") and Nextcloud ("conflicted copy [user ]DATE TIME")
    rf" \((?:[^()/]+['’]s )?conflicted copy (?:[^()/]+ )?{_DATE}(?: {_TIME})?(?: \(\d+\))?\)",
    rf"_conflict-\d{{8}}-{_TIME}",  # Nextcloud and ownCloud before 2.5
    rf"\.sync-conflict-\d{{8}}-{_TIME}-[A-Z0-9]{{7}}",  # Syncthing
    r"-(?=[0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{0,14}(?:-\d+)?",  # OneDrive: a Windows computer name
    r" \(\d{1,3}\)",  # Google Drive
)


def _pattern(target: Path) -> re.Pattern[str]:
    stem, suffix = re.escape(target.stem), re.escape(target.suffix)
    return re.compile(rf"{stem}(?:{'|'.join(CONFLICT_MARKERS)}){suffix}")


def _candidates(target: Path) -> list[Path]:
    pattern = _pattern(target)
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return []
    return sorted(e for e in entries
                  if e != target and pattern.fullmatch(e.name) and e.is_file())


def _split_by_team(target: Path) -> tuple[list[Path], list[Path]]:
    """(copies of this team's file, copies of another team's file). A copy whose header
    cannot be read is kept in the first list: merging it reports why it is unusable."""
    found = _candidates(target)
    if not found:
        return [], []
    team = peek_team(target)
    ours: list[Path] = []
    theirs: list[Path] = []
    for copy in found:
        other = peek_team(copy) if team is not None else None
        (theirs if other is not None and other != team else ours).append(copy)
    return ours, theirs


def find_conflicted_copies(target: Path) -> list[Path]:
    return _split_by_team(target)[0]


def foreign_copies(target: Path) -> list[Path]:
    """Files named like conflicted copies that belong to another team's shared file."""
    return _split_by_team(target)[1]


def foreign_copy_notes(target: Path) -> list[str]:
    return [Message("{copy} is named like a conflicted copy of {target} but belongs to "
                    "another team's shared file (it was created separately); it was not "
                    "merged: move it elsewhere", copy=copy.name, target=target.name)
            for copy in foreign_copies(target)]


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
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            if is_temp_of(entry, target):
                try:
                    if now - entry.stat().st_mtime > STALE_AFTER:
                        entry.unlink(missing_ok=True)
                except OSError:
                    continue
