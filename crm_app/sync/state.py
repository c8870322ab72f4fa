"""What one sync keeps while it works: the state shared by the parts of `Syncer`
(`crm_app.sync.engine`), which are split by concern into `reading` (the shared file and its
conflicted copies), `tables` (the merge of each table with this laptop's rows) and `history`
(where this laptop stands in the file's history, and clock warnings)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_app.db.database import Database
from crm_app.domain.clock import Clock, utc_now
from crm_app.sync import bulk
from crm_app.sync.fileformat import KeyRing
from crm_app.sync.kdf import KdfParams
from crm_app.sync.lock import SyncLock
from crm_app.sync.report import SyncReport

Checkpoint = Callable[[str], None]


class SyncerState:
    """One sync's settings and what it gathers as it goes (reset at each attempt)."""

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

