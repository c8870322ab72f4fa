"""One sync: merge this laptop's database and the shared file, then write both back.

Order of work, chosen so that a crash at any point leaves each side either before or after:
1. take the lock file; read the shared file and any cloud "conflicted copies" beside it;
2. in one local transaction: merge, write what this laptop receives, record conflicts;
3. write the merged file to a temporary file in the same folder, flush it, and rename it over
   the old one, unless another writer replaced the file meanwhile (then go back to 1);
4. note locally what was sent, archive the merged conflicted copies, release the lock.
A crash after 2 leaves local data 'after' and the file 'before': the next sync sends again
(merging is idempotent). Nothing is marked as sent before the rename has happened.
"""

from __future__ import annotations

import gc
import json
import os
import secrets
import socket
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.db.models import SYNCED_MODELS, Record
from crm_app.domain import hlc
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import Message
from crm_app.services import duplicates
from crm_app.sync import bulk, chunks, copies, install, rekey, retire, rowhash, rules, samecopy
from crm_app.sync import kdf as kdfs
from crm_app.sync.conflicts import close_superseded
from crm_app.sync.fileformat import (
    KeyRing,
    OpenedFile,
    SyncFileError,
    open_file,
    replace_atomically,
    write_temp,
)
from crm_app.sync.kdf import KdfParams
from crm_app.sync.local import (
    clock_row,
    load_clocks,
    load_clocks_for,
    load_recent_clocks,
    load_values,
    same_clock,
    write_rows,
)
from crm_app.sync.lock import SyncLock
from crm_app.sync.merge import Conflict, Row, merge_row
from crm_app.sync.partial import read_partially
from crm_app.sync.report import MASS_DELETE_MINIMUM, MASS_DELETE_SHARE, MassDeletion, SyncReport
from crm_app.sync.snapshot import (
    Snapshot,
    TableState,
    blank_values,
    compact,
    peek_digests,
    raw_epoch,
    raw_from_row,
    row_from_raw,
)

Checkpoint = Callable[[str], None]
DRIFT_WARNING = hlc.MAX_DRIFT
MAX_ATTEMPTS = 5
UNCOUNTED = "audit_entry"  # synchronised, but left out of the report's counts per kind


@dataclass
class _Read:
    """The shared file (and conflicted copies) as read at the start of one attempt."""

    opened: OpenedFile | None
    signature: tuple[int, int, int] | None
    copies: list[tuple[Path, OpenedFile]]
    conflicts: list[tuple[str, str, Conflict]] = field(default_factory=list)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


class Syncer:
    def __init__(self, db: Database, path: Path | str, passphrase: str, *,
                 checkpoint: Checkpoint | None = None, lock_timeout: float = 30.0,
                 wall_clock: Clock = utc_now, kdf: KdfParams | None = None,
                 install_id_file: Path | None = None,
                 allow_mass_delete: bool = False, create: bool = True,
                 keyring: KeyRing | None = None) -> None:
        self.db = db
        self.path = Path(path).expanduser().absolute()
        # kdf: for new files; None tunes Argon2id. An app syncing every few minutes passes
        # the same `keyring` each time, so the file's key is derived once per session (the
        # derivation is tuned to take about half a second).
        self.keyring = keyring if keyring is not None else KeyRing(passphrase, kdf)
        self.wall_clock = wall_clock
        self.install_id_file = install_id_file  # None: this computer's, beside the settings
        self.allow_mass_delete = allow_mass_delete
        self.create = create  # False: a missing file is an error, never created here
        self._install_id = ""
        self._deleted: dict[str, dict[str, set[str]]] = {}  # table -> deleting device -> ids
        self._changed: dict[str, set[str]] = {}
        self.lock_timeout = lock_timeout
        self._checkpoint = checkpoint
        self._lock: SyncLock | None = None
        self._new_contacts: list[str] = []
        self._received: dict[str, set[str]] = {}
        self._sent: dict[str, set[str]] = {}
        self._local_digests: dict[str, str] = {}
        self._written: dict[str, set[str]] = {}  # rows this sync wrote here, per table
        self._repaired = False  # the digests differed: every row was compared
        self._bulk: bulk.BulkLoad | None = None  # a first sync's load (crm_app.sync.bulk)
        self._purged = False  # this sync purged tombstones: the file must be written
        self._ahead: dict[str, int] = {}  # laptops whose changes came dated in our future
        self.report = SyncReport()

    def checkpoint(self, name: str) -> None:
        if self._lock is not None:
            self._lock.heartbeat()  # a long sync keeps its lock fresh
        if self._checkpoint is not None:
            self._checkpoint(name)

    # -- entry point ----------------------------------------------------------------------
    def run(self) -> SyncReport:
        folder = self.path.parent
        if not folder.is_dir():
            raise SyncFileError("the folder {folder} does not exist or is not reachable "
                                "(is the drive or share connected?)", folder=folder)
        if self.path.is_dir():
            raise SyncFileError("{path} is a folder; give the path of the shared file",
                                path=self.path)
        if not os.access(folder, os.W_OK):
            raise SyncFileError("cannot write in {folder} (read-only location); "
                                "choose a folder where you may save files", folder=folder)
        install_file = self.install_id_file or install.default_path()
        install_id = install.read_or_create(install_file)
        self._install_id = install_id
        bindings = samecopy.bindings_for(install_file)
        with self.db.engine.begin() as connection:
            copied_from = changelog.bind_device(connection, install_id, self.wall_clock())
            copied_from = copied_from or samecopy.check(
                connection, self.db.path, bindings, install_id, self.wall_clock())
            device = changelog.device_id(connection)
        if copied_from is not None:
            self.report.warnings.append(Message(
                "this database is a copy of device {source}'s (copied from another computer "
                "or on this one); this laptop now syncs as device {device}, so both copies' "
                "edits are kept", source=copied_from, device=device))
        self._lock = SyncLock(self.path, device, timeout=self.lock_timeout)
        try:
            self._lock.acquire()
        except PermissionError as exc:
            raise SyncFileError("cannot write in {folder} (read-only location)",
                                folder=folder) from exc
        # A sync builds millions of small lists at once; the cyclic collector would walk them
        # again and again (they hold no cycles), so it pauses for the sync's length.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.checkpoint("locked")
            copies.remove_stale_temp_files(self.path)
            report = self._run_locked(device)
        except SyncFileError as exc:
            raise rekey.explain(self.db, self.path, exc) from exc
        finally:
            if self._lock.lost:
                self.report.warnings.append(Message(
                    "this sync's lock on the shared file was broken or taken over by another "
                    "laptop while it worked; the file was checked before it was replaced, "
                    "but sync again to be sure"))
            self._lock.release()
            if collecting:
                gc.enable()
        report.possible_duplicates = _flag_duplicates(self.db, self._new_contacts)
        rekey.remember(self.db, self.path, self.wall_clock())
        samecopy.remember(self.db.path, bindings, device)
        return report

    def _run_locked(self, device: str) -> SyncReport:
        for _attempt in range(MAX_ATTEMPTS):
            read = self._read_shared()
            if self._nothing_to_do(read):
                self.report.up_to_date = True
                self._finish(read.opened.generation if read.opened else "", None, [], None)
                return self.report
            self._lock_refresh()
            snapshot, applied_hlc = self._merge_into_local(read, device)
            # Nothing to send: leave the file alone, unless this laptop is not yet listed
            # in it (compaction must wait for every laptop that may hold unsent edits).
            if (read.opened is not None and not any(self._sent.values()) and not read.copies
                    and not self._purged
                    and device in snapshot.devices):
                self._finish(read.opened.generation, applied_hlc, [], snapshot.read_epoch,
                             chain=snapshot.chain)
                return self.report
            generation = secrets.token_hex(8)
            data = self._encode(snapshot, read, generation, device, applied_hlc)
            temp = write_temp(self.path, data, self.checkpoint)
            if _signature(self.path) != read.signature:
                temp.unlink(missing_ok=True)  # someone wrote meanwhile, ignoring the lock
                self.report.warnings.append(Message("the shared file changed during the "
                                                    "sync; merged again"))
                self.checkpoint("retry")
                continue
            self.report.created_file = read.opened is None and read.signature is None
            replace_atomically(temp, self.path, self.checkpoint)
            self._finish(generation, applied_hlc, [c for c, _ in read.copies], snapshot.epoch,
                         written=True, chain=[*snapshot.chain, [snapshot.epoch, generation]])
            return self.report
        raise SyncFileError("the shared file kept changing while this laptop was writing it; "
                            "try again in a minute")

    def _lock_refresh(self) -> None:
        if self._lock is not None:
            self._lock.refresh()

    # -- reading --------------------------------------------------------------------------
    def _read_shared(self) -> _Read:
        signature = _signature(self.path)
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
        return _Read(opened, signature, readable)

    def _nothing_to_do(self, read: _Read) -> bool:
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

    def _remote_snapshot(self, read: _Read) -> Snapshot:
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
            read.conflicts.extend(_join(snapshot, other))
            for dev, info in other.devices.items():
                snapshot.devices.setdefault(dev, info)
            self.report.copies_merged.append(copy.name)
        return snapshot

    # -- merging --------------------------------------------------------------------------
    def _merge_into_local(self, read: _Read, device: str) -> tuple[Snapshot, str]:
        remote = self._remote_snapshot(read)
        self._warn_if_this_clock_is_off(remote, device)
        self.checkpoint("parsed")
        self.report.received, self.report.sent = {}, {}
        self._received = {}
        self._sent = {}
        self._deleted, self._changed = {}, {}
        self._written = {}
        self._repaired = self._purged = False
        self._bulk = None
        self._new_contacts = []
        with self.db.engine.begin() as connection:
            changelog.set_state(connection, "sync_started", self.wall_clock().isoformat())
            cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            rowhash.ensure(cursor)  # the digest triggers add to these rows as rows are written
            sent_upto = changelog.get_state(connection, "sent_upto") or ""

            def is_pending(stamp: str) -> bool:
                return stamp.endswith(device) and stamp > sent_upto

            since = self._incremental_base(connection, read, remote)
            returning = retire.returning_note(remote, device)
            if returning is not None:
                self.report.warnings.append(returning)
                since = None
            full = self._load_rows(connection, read, remote, since)
            # Tombstones every active laptop merged leave the file and this laptop together,
            # at a full write. (A returning laptop writes the file too: that is how it rejoins.)
            self._purged = ((full and bool(retire.purge_tombstones(remote)))
                            or returning is not None)
            retire.apply_purged(cursor, remote)
            conflicts = list(read.conflicts)
            in_file = sum(len(state.rows) for state in remote.tables.values())
            if since is None and not read.copies and bulk.wanted(cursor, in_file):
                self._bulk = bulk.start(cursor)
            try:
                newest = self._merge_tables(cursor, remote, since, False, sent_upto,
                                            is_pending, conflicts)
            except BaseException:
                if self._bulk is not None:  # the rollback restores indexes and triggers
                    bulk.restore_settings(cursor, self._bulk)
                    self._bulk = None
                raise
            loaded = self._bulk is not None
            if self._bulk is not None:
                bulk.finish(cursor, self._bulk)
                self._bulk = None
                self.checkpoint("bulk-finished")
            # The proof from the data itself: after the merge both sides must hold the same
            # values. If not, compare every row (values too, not only clocks) and say so.
            if self._purged or read.copies:  # rows left the file or were joined: hash all
                remote.digests = remote.compute_digests()
            else:
                remote.digests = remote.merged_digests(
                    lambda table, ids: rowhash.stored(cursor, table, ids))
            if not loaded:  # else every clock here came with its hash from this sync
                rowhash.refresh(cursor, self._written, sent_upto)
            local_digests = rowhash.digests(cursor)
            if local_digests != remote.digests:
                remote.load(read.opened, None)
                self._repaired = True
                newest = max(newest, self._merge_tables(cursor, remote, None, True, sent_upto,
                                                        is_pending, conflicts))
                rowhash.refresh(cursor, {}, sent_upto, everything=True)
                rowhash.recount(cursor)
                local_digests = rowhash.digests(cursor)
                remote.digests = remote.compute_digests()
                differing = [t for t, d in remote.digests.items()
                             if local_digests.get(t) != d]
                self.report.warnings.append(
                    Message("this laptop and the shared file held different data although "
                            "their change records matched; every record was compared and "
                            "repaired")
                    if not differing else
                    Message("this laptop and the shared file still differ in: {tables}",
                            tables=", ".join(differing)))
            self._local_digests = local_digests
            self._guard_mass_deletion(cursor, remote)
            # The audit log travels like any table but is not counted as records.
            self._received.pop(UNCOUNTED, None)
            self.report.received = {t: len(ids) for t, ids in self._received.items() if ids}
            self.report.changed = {t: len(ids) for t, ids in self._changed.items() if ids}
            self.report.created = {t: n - len(self._changed.get(t, ()))
                                   for t, n in self.report.received.items()
                                   if n - len(self._changed.get(t, ()))}
            self.report.deleted = {t: sum(len(i) for i in by.values())
                                   for t, by in self._deleted.items() if by}
            self.report.conflicts = {}
            for table, _row, _c in conflicts:
                self.report.conflicts[table] = self.report.conflicts.get(table, 0) + 1
            self.report.sent = {t: len(ids) for t, ids in self._sent.items()
                                if ids and t != UNCOUNTED}
            self.report.new_conflicts = _record_conflicts(connection, conflicts,
                                                          self.wall_clock())
            close_superseded(connection, self.wall_clock())
            changelog.observe_stamp(connection, newest, self.wall_clock())
            applied_hlc = changelog.get_state(connection, "hlc") or ""
            cursor.close()
            self._warn_drift(newest)
            self.checkpoint("before-local-commit")
        self.checkpoint("local-committed")
        return remote, applied_hlc

    def _merge_tables(self, cursor: Any, remote: Snapshot, since: int | None, deep: bool,
                      sent_upto: str, is_pending: Callable[[str], bool],
                      conflicts: list[tuple[str, str, Conflict]]) -> str:
        """One pass over every table. Without a known base (`since` None) every row is
        compared; with one, only the rows the file changed since this laptop's last merge,
        and this laptop's own recent edits. `deep` also compares the values of rows whose
        clocks are equal (a copied database, a bug): the digests told us something differs."""
        newest = ""
        clocks = (load_clocks(cursor) if since is None
                  else load_recent_clocks(cursor, sent_upto))
        for model in SYNCED_MODELS:
            table = model.__tablename__
            state = remote.tables[table]
            blank = blank_values(model)
            if since is None:
                local = clocks.get(table, {})
                arrived: Iterable[str] = state.rows
            else:
                arrived = [i for i, raw in state.rows.items() if raw_epoch(raw) > since]
                local = {**load_clocks_for(cursor, table, list(arrived)),
                         **clocks.get(table, {})}
            if self._bulk is not None and not local:
                newest = max(newest, self._load_table(cursor, model, state))
                continue
            all_values = load_values(cursor, model, None) if deep else None
            differing = [i for i, entry in local.items()
                         if i in state.rows and (not same_clock(entry, state.rows[i]) or (
                             all_values is not None and i in all_values
                             and _values_of(state.columns, all_values[i])
                             != state.rows[i][4]))]
            only_remote = {i for i in arrived if i not in local}
            only_local = [i for i in local if i not in state.rows]
            if all_values is not None:
                values = all_values
                only_remote -= set(values)  # rows without a clock here: merged as differing
            else:
                values = load_values(cursor, model, [*differing, *only_local])
            received = self._received.setdefault(table, set())
            sent = self._sent.setdefault(table, set())
            written = self._written.setdefault(table, set())
            to_write: dict[str, Row] = {}
            for row_id in only_remote:
                to_write[row_id] = row_from_raw(state.columns, state.rows[row_id])
                if table == "contact" and to_write[row_id].values.get("deleted_at") is None:
                    self._new_contacts.append(row_id)
            for row_id in differing:
                mine = clock_row(local[row_id], values[row_id])
                theirs = row_from_raw(state.columns, state.rows[row_id])
                outcome = merge_row(mine, theirs, state.columns, is_pending, blank)
                rules.enforce(table, mine, theirs, outcome, state.columns)
                conflicts.extend((table, row_id, c) for c in outcome.conflicts)
                if outcome.mine_changed or not outcome.row.same_clocks(mine):
                    to_write[row_id] = outcome.row
                if outcome.theirs_changed:
                    state.rows[row_id] = raw_from_row(row_id, state.columns, outcome.row,
                                                      remote.epoch)
                    sent.add(row_id)
            for row_id in only_local:
                if row_id not in values:
                    continue  # a clock without its row (never expected): nothing to send
                row = clock_row(local[row_id], values[row_id])
                state.rows[row_id] = raw_from_row(row_id, state.columns, row, remote.epoch)
                sent.add(row_id)
            self.checkpoint(f"merged-{table}")
            write_rows(cursor, model, to_write, values, reindex=self._bulk is None)
            if self._bulk is not None:
                self._bulk.defer(model, to_write)
            written.update(to_write)
            newest = max([newest, *(row.max_stamp() for row in to_write.values())])
            for row_id, row in to_write.items():
                before = values.get(row_id)
                if row_id in only_remote or before is None:
                    received.add(row_id)
                elif not _same_values(before, row):
                    received.add(row_id)
                    self._changed.setdefault(table, set()).add(row_id)
                    if before.get("deleted_at") is None and row.values.get("deleted_at"):
                        by = hlc.device_of(row.stamp("deleted_at"))
                        self._deleted.setdefault(table, {}).setdefault(by, set()).add(row_id)
            self.checkpoint(f"applied-{table}")
        return newest

    def _load_table(self, cursor: Any, model: type[Record], state: TableState) -> str:
        """A first sync's table: every row of the file is new here (`bulk.write_table`)."""
        assert self._bulk is not None
        table = model.__tablename__
        ids = set(state.rows)
        self._received.setdefault(table, set()).update(ids)
        self._sent.setdefault(table, set())
        self._written.setdefault(table, set()).update(ids)
        if table == "contact":
            self._new_contacts.extend(i for i, raw in state.rows.items()
                                      if raw[4][state.columns.index("deleted_at")] is None)
        self.checkpoint(f"merged-{table}")
        newest = bulk.write_table(cursor, model, state, self._bulk)
        self.checkpoint(f"applied-{table}")
        return newest

    def _guard_mass_deletion(self, cursor: Any, remote: Snapshot) -> None:
        """Joplin lost hundreds of notes to an emptied sync target: a sync that would delete
        most of one kind of record here, all from one laptop, stops (the transaction is
        rolled back) unless the user allowed it."""
        if self.allow_mass_delete:
            return
        for table, by_device in self._deleted.items():
            for device, ids in by_device.items():
                if len(ids) <= MASS_DELETE_MINIMUM:
                    continue
                (live,) = cursor.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
                total = live + len(ids)  # before this sync
                if len(ids) > MASS_DELETE_SHARE * total:
                    seen = str(remote.devices.get(device, {}).get("synced_at", ""))
                    raise MassDeletion(device, table, len(ids), total, seen)

    def _incremental_base(self, connection: Connection, read: _Read,
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

    # -- writing --------------------------------------------------------------------------
    def _encode(self, snapshot: Snapshot, read: _Read, generation: str, device: str,
                seen: str) -> bytes:
        for other, hours in self._ahead.items():
            if other in snapshot.devices and other != device:
                snapshot.devices[other]["clock_ahead"] = {
                    "by": device, "hours": hours,
                    "at": self.wall_clock().isoformat(timespec="seconds")}
        snapshot.devices[device] = {
            "name": socket.gethostname()[:64],
            "synced_at": self.wall_clock().isoformat(timespec="seconds"),
            "seen": seen,
            "epoch": snapshot.epoch,
        }
        if read.opened is not None and not self._full_write(read, snapshot):
            data = chunks.write_append(snapshot, read.opened, generation, device)
            self.checkpoint("encoded")
            return data
        snapshot.load(read.opened, None)  # every row (those not read yet are unchanged)
        compact(snapshot)
        keys = read.opened.keys if read.opened else self.keyring.keys(secrets.token_bytes(16))
        if keys.ring is not None:
            keys = keys.ring.for_writing(keys)
        self.checkpoint("encoded")
        return chunks.write_full(snapshot, keys, generation, device)

    def _full_write(self, read: _Read, snapshot: Snapshot) -> bool:
        """Whether this sync rewrites every row instead of appending what it changed."""
        if read.opened is None or read.copies or self._purged or self._repaired:
            return True
        if read.opened.keys.params.kind != kdfs.ARGON2ID:
            return True  # a file from before Argon2id gets a new key: every chunk sealed again
        return chunks.full_write_due(snapshot) or chunks.erases(snapshot)

    def _load_rows(self, connection: Connection, read: _Read, remote: Snapshot,
                   since: int | None) -> bool:
        """Read the chunks this sync needs: those changed after `since`, or every one for a
        full comparison, a full write, or a laptop whose rows have no hashes yet. Returns
        whether a full write is due."""
        full = self._full_write(read, remote)
        partial = read_partially(connection, since, full)
        remote.load(read.opened, since if partial else None)
        remote.remember_before()
        changelog.set_state(connection, "unfinished_sync", "1")
        return full

    def _finish(self, generation: str, applied_hlc: str | None, merged: list[Path],
                epoch: int | None, *, written: bool = False,
                chain: list[list[Any]] | None = None) -> None:
        with self.db.engine.begin() as connection:
            if epoch is not None:
                changelog.set_state(connection, "file_epoch", str(epoch))
                if written:
                    changelog.set_state(connection, "my_epoch", str(epoch))
            if applied_hlc is not None:
                changelog.set_state(connection, "sent_upto", applied_hlc)
                # No local edit since this value means the next sync may skip work.
                current = changelog.get_state(connection, "hlc")
                changelog.set_state(connection, "quiet_hlc",
                                    applied_hlc if current == applied_hlc else "")
            changelog.set_state(connection, "file_generation", generation)
            changelog.set_state(connection, "unfinished_sync", "")
            changelog.set_state(connection, "install_id", self._install_id)
            if chain is not None:
                changelog.set_state(connection, "seen_chain", json.dumps(chain))
                changelog.set_state(connection, "seen_epoch", str(chain[-1][0]))
                changelog.set_state(connection, "seen_at", self.wall_clock().isoformat())
            if self._local_digests:
                changelog.set_state(connection, "digests", json.dumps(self._local_digests))
            self.report.finished_at = self.wall_clock().isoformat(timespec="seconds")
            self.report.open_conflicts = int(connection.exec_driver_sql(
                "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL").scalar() or 0)
            changelog.set_state(connection, "last_sync", json.dumps(
                {"path": str(self.path), **self.report.as_dict()}))
        self.checkpoint("marked")
        for copy in merged:
            copies.archive(copy, self.path)
            self.checkpoint("archived")


MAX_DUPLICATE_CHECKS = 500  # a first pull brings everything: that is for Find duplicates


def _flag_duplicates(db: Database, new_contacts: list[str]) -> list[dict[str, str]]:
    if not new_contacts or len(new_contacts) > MAX_DUPLICATE_CHECKS:
        return []
    fresh = set(new_contacts)
    with db.session() as session:
        keys = duplicates.load_keys(session)
        dismissed = duplicates.dismissed_pairs(session)
    index = duplicates.ContactIndex(k for k in keys if k.id not in fresh)
    flagged = []
    for key in keys:
        if key.id not in fresh:
            continue
        for match in index.matches(key):
            if duplicates.pair_key(key.id, match.record_id) not in dismissed:
                flagged.append({"received": key.id, "existing": match.record_id,
                                "reason": match.reason})
                break
    return flagged


def _values_of(columns: list[str], values: dict[str, Any]) -> list[Any]:
    return [values.get(c) for c in columns]


def _same_values(before: dict[str, Any] | None, row: Row) -> bool:
    return before is not None and all(before.get(k) == v for k, v in row.values.items())


def _join(target: Snapshot, other: Snapshot) -> list[tuple[str, str, Conflict]]:
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


def _record_conflicts(connection: Connection, conflicts: list[tuple[str, str, Conflict]],
                      now: datetime) -> int:
    if not conflicts:
        return 0
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    before = cursor.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    stamp = now.astimezone(UTC)
    cursor.executemany(
        "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, field, mine_value, mine_hlc, "
        "theirs_value, theirs_hlc, kept, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(table, row_id, c.field, json.dumps(c.mine_value, ensure_ascii=False), c.mine_stamp,
          json.dumps(c.theirs_value, ensure_ascii=False), c.theirs_stamp, c.kept,
          stamp.strftime("%Y-%m-%d %H:%M:%S.%f"))
         for table, row_id, c in conflicts],
    )
    after = cursor.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    cursor.close()
    return int(after - before)


def sync(db: Database, path: Path | str, passphrase: str, **options: Any) -> SyncReport:
    """Merge `db` with the shared file at `path` (created when missing)."""
    return Syncer(db, path, passphrase, **options).run()
