"""Reading the shared file and the cloud "conflicted copies" beside it, and joining them
into the one remote snapshot a sync merges with this laptop."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from crm_app.db import changelog
from crm_app.db.models import SYNCED_MODELS
from crm_app.domain.errors import Message
from crm_app.sync import copies, rules
from crm_app.sync.fileformat import OpenedFile, SyncFileError, open_file
from crm_app.sync.merge import Conflict, merge_row
from crm_app.sync.snapshot import Snapshot, blank_values, peek_digests, raw_from_row, row_from_raw
from crm_app.sync.state import SyncerState


@dataclass
class SharedRead:
    """The shared file (and conflicted copies) as read at the start of one attempt."""

    opened: OpenedFile | None
    signature: tuple[int, int, int] | None
    copies: list[tuple[Path, OpenedFile]]
    conflicts: list[tuple[str, str, Conflict]] = field(default_factory=list)


def file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


class Reading(SyncerState):
    # -- reading --------------------------------------------------------------------------
    def _read_shared(self) -> SharedRead:
        signature = file_signature(self.path)
        opened: OpenedFile | None = None
        if signature is None and not self.create:
            raise SyncFileError("there is no shared file at {path}; nothing was created",
                                path=self.path)
        if signature is not None and signature[0] > 0:
            opened = open_file(self.path.read_bytes(), self.keyring, self.path.name)
        elif signature is not None:
            self.report.warnings.append(Message("{name} was empty; it was written anew",
                                                name=self.path.name))
        self.checkpoint("read")
        found = copies.find_conflicted_copies(self.path)
        readable: list[tuple[Path, OpenedFile]] = []
        for copy in found:
            try:
                readable.append((copy, open_file(copy.read_bytes(), self.keyring, copy.name)))
            except (SyncFileError, OSError) as exc:
                self.report.warnings.append(Message("conflicted copy not merged: {reason}",
                                                    reason=exc))
            self.checkpoint("read-copy")
        return SharedRead(opened, signature, readable)

    def _nothing_to_do(self, read: SharedRead) -> bool:
        if read.opened is None or read.copies:
            return False
        with self.db.engine.connect() as connection:
            seen = changelog.get_state(connection, "file_generation")
            quiet = changelog.get_state(connection, "quiet_hlc")
            now = changelog.get_state(connection, "hlc")
            digests = changelog.get_state(connection, "digests")
        if not (seen == read.opened.generation and quiet == now and quiet is not None):
            return False
        # Same immutable version, no edit since: provably nothing to do, unless the digests
        # kept here and in the file disagree (then the merge compares every value).
        in_file = peek_digests(read.opened.compressed)
        if digests and in_file is not None and json.loads(digests) != in_file:
            self.report.warnings.append(Message("the shared file's contents differ from this "
                                                "laptop's although nothing changed; compared "
                                                "in full"))
            return False
        return True

    def _remote_snapshot(self, read: SharedRead) -> Snapshot:
        """The shared file joined with its conflicted copies (races between them recorded)."""
        # A format-2 file: its manifest only, for now (`_load_rows` reads the chunks needed).
        snapshot = Snapshot.read(read.opened) if read.opened else Snapshot.empty()
        if read.opened and snapshot.written_by_format_1:
            # A format-1 file names only itself (by the authenticated header's generation).
            snapshot.chain = [[snapshot.epoch, read.opened.generation]]
        if read.copies:
            snapshot.load(read.opened, None)  # copies are joined row by row
        others = []
        for copy, opened in read.copies:
            other = Snapshot.read(opened)
            other.load(opened, None)
            others.append((copy, other))
        snapshot.read_epoch = max([snapshot.epoch, *(o.epoch for _c, o in others)])
        snapshot.epoch = snapshot.read_epoch + 1
        for copy, other in others:
            read.conflicts.extend(join_copy(snapshot, other))
            for dev, info in other.devices.items():
                snapshot.devices.setdefault(dev, info)
            self.report.copies_merged.append(copy.name)
        return snapshot



def join_copy(target: Snapshot, other: Snapshot) -> list[tuple[str, str, Conflict]]:
    """Merge `other` into `target` in place (two versions of the shared file)."""
    conflicts: list[tuple[str, str, Conflict]] = []
    for model in SYNCED_MODELS:
        table = model.__tablename__
        mine, theirs = target.tables[table], other.tables[table]
        blank = blank_values(model)
        for row_id, raw in theirs.rows.items():
            current = mine.rows.get(row_id)
            if current is None:
                mine.rows[row_id] = [*raw[:5], target.epoch]
                continue
            if current[1:4] == raw[1:4]:
                continue
            kept = row_from_raw(mine.columns, current)
            incoming = row_from_raw(theirs.columns, raw)
            outcome = merge_row(kept, incoming, mine.columns, lambda _s: False, blank)
            rules.enforce(table, kept, incoming, outcome, mine.columns)
            conflicts.extend((table, row_id, c) for c in outcome.conflicts)
            mine.rows[row_id] = raw_from_row(row_id, mine.columns, outcome.row, target.epoch)
    return conflicts

