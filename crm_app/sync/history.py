"""Where this laptop stands in the shared file's history (the epoch it last merged, a file
restored from a backup) and warnings about clocks set wrong on this or another laptop."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import Connection

from crm_app.db import changelog
from crm_app.domain import hlc
from crm_app.domain.errors import Message
from crm_app.sync.reading import SharedRead
from crm_app.sync.snapshot import Snapshot
from crm_app.sync.state import SyncerState

DRIFT_WARNING = hlc.MAX_DRIFT


class FileHistory(SyncerState):
    def _incremental_base(self, connection: Connection, read: SharedRead,
                          remote: Snapshot) -> int | None:
        """The epoch up to which this laptop already merged every row of this file: known
        only when the file descends from the version this laptop last merged (its random
        generation is in the file's chain). Otherwise None: compare every row. Also tells
        the user when the file is older than one this laptop saw (restored from a backup)."""
        if read.opened is None:
            return None
        seen = changelog.get_state(connection, "file_generation")
        since = remote.epoch_of(seen) if seen else None
        if seen and since is None and not remote.written_by_format_1:
            self._warn_not_descendant(connection, remote)
        if read.copies:
            return None
        return since

    def _warn_not_descendant(self, connection: Connection, remote: Snapshot) -> None:
        seen_chain = json.loads(changelog.get_state(connection, "seen_chain") or "[]")
        seen_epoch = int(changelog.get_state(connection, "seen_epoch") or 0)
        seen_at = changelog.get_state(connection, "seen_at")
        when = (Message(" on {day:%d %b %Y}", day=datetime.fromisoformat(seen_at))
                if seen_at else Message(""))
        own = remote.chain[-1][1] if remote.chain else ""
        older = any(g == own for _e, g in seen_chain) or remote.read_epoch < seen_epoch
        if older:
            self.report.warnings.append(Message(
                "the shared file is older than the one this laptop synced{when}; it may have "
                "been restored from a backup. Everything it lacks was sent again from this "
                "laptop", when=when))
        else:
            self.report.warnings.append(Message(
                "the shared file does not contain the version this laptop synced{when} "
                "(another laptop's copy replaced it, or it was restored from a backup); every "
                "record was compared and what it lacked was sent again", when=when))

    def _warn_drift(self, newest: str) -> None:
        if not newest:
            return
        stamp = hlc.parse(newest)
        ahead = stamp.when - self.wall_clock()
        if ahead > DRIFT_WARNING:
            hours = int(ahead.total_seconds() // 3600)
            self._ahead[stamp.device] = hours
            self.report.warnings.append(Message(
                "laptop {device} wrote changes dated {when:%Y-%m-%d %H:%M} UTC, "
                "{hours} hours ahead of this laptop's clock: check the date and time "
                "settings of both. This laptop's clock was moved at most "
                "{most} hours ahead; edits made here "
                "after those changes that still lose to them are listed as conflicts",
                device=stamp.device, when=stamp.when, hours=hours,
                most=int(DRIFT_WARNING.total_seconds() // 3600)))

    def _warn_if_this_clock_is_off(self, remote: Snapshot, device: str) -> None:
        """Another laptop saw this laptop's changes dated in its future: say so here."""
        note = remote.devices.get(device, {}).get("clock_ahead")
        if isinstance(note, dict):
            self.report.warnings.append(Message(
                "this laptop's clock seems to be {hours} hours ahead (laptop {by} received "
                "changes from here dated in its future on {day}); check the date, time and "
                "time zone settings", hours=note.get('hours'), by=note.get('by'),
                day=str(note.get('at', ''))[:10]))
