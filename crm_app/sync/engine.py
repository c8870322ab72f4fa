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
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from crm_app.db import changelog
from crm_app.db.database import Database
from crm_app.domain.errors import Message
from crm_app.services import duplicates
from crm_app.sync import bulk, chunks, copies, install, rekey, retire, rowhash, samecopy
from crm_app.sync import kdf as kdfs
from crm_app.sync.conflicts import close_superseded
from crm_app.sync.fileformat import SyncFileError, replace_atomically, write_temp
from crm_app.sync.history import FileHistory
from crm_app.sync.lock import SyncLock
from crm_app.sync.partial import read_partially
from crm_app.sync.reading import Reading, SharedRead, file_signature
from crm_app.sync.report import SyncReport
from crm_app.sync.snapshot import Snapshot, compact
from crm_app.sync.tables import TableMerge, record_conflicts

MAX_ATTEMPTS = 5
UNCOUNTED = "audit_entry"  # synchronised, but left out of the report's counts per kind


class Syncer(Reading, TableMerge, FileHistory):
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
            if file_signature(self.path) != read.signature:
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

    # -- merging --------------------------------------------------------------------------
    def _merge_into_local(self, read: SharedRead, device: str) -> tuple[Snapshot, str]:
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
            self.report.new_conflicts = record_conflicts(connection, conflicts,
                                                          self.wall_clock())
            close_superseded(connection, self.wall_clock())
            changelog.observe_stamp(connection, newest, self.wall_clock())
            applied_hlc = changelog.get_state(connection, "hlc") or ""
            cursor.close()
            self._warn_drift(newest)
            self.checkpoint("before-local-commit")
        self.checkpoint("local-committed")
        return remote, applied_hlc

    # -- writing --------------------------------------------------------------------------
    def _encode(self, snapshot: Snapshot, read: SharedRead, generation: str, device: str,
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

    def _full_write(self, read: SharedRead, snapshot: Snapshot) -> bool:
        """Whether this sync rewrites every row instead of appending what it changed."""
        if read.opened is None or read.copies or self._purged or self._repaired:
            return True
        if read.opened.keys.params.kind != kdfs.ARGON2ID:
            return True  # a file from before Argon2id gets a new key: every chunk sealed again
        return chunks.full_write_due(snapshot) or chunks.erases(snapshot)

    def _load_rows(self, connection: Connection, read: SharedRead, remote: Snapshot,
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



def sync(db: Database, path: Path | str, passphrase: str, **options: Any) -> SyncReport:
    """Merge `db` with the shared file at `path` (created when missing)."""
    return Syncer(db, path, passphrase, **options).run()

