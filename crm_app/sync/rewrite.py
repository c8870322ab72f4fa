"""Rewrite the shared file outside a sync (retire a laptop, change the passphrase).

The same safety as a sync: the lock is held, the new version goes to a temporary file in the
same folder and is renamed over the old one only if nobody replaced the file meanwhile, so a
crash at any point leaves the old file or the new one, never neither."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crm_app.sync.fileformat import (
    KeyRing,
    Keys,
    OpenedFile,
    SyncFileError,
    encode_file,
    open_file,
    replace_atomically,
    write_temp,
)
from crm_app.sync.lock import SyncLock
from crm_app.sync.snapshot import Snapshot

Checkpoint = Callable[[str], None]


@dataclass
class Opened:
    opened: OpenedFile
    snapshot: Snapshot


def read(path: Path, passphrase: str) -> Opened:
    """The shared file opened and parsed (one clear error when missing)."""
    if not path.is_file():
        raise SyncFileError("there is no shared file at {path}", path=path)
    opened = open_file(path.read_bytes(), KeyRing(passphrase), path.name)
    return Opened(opened, Snapshot.from_body(opened.body()))


def rewrite(path: Path, passphrase: str, device: str,
            change: Callable[[Opened], Keys | None], *,
            checkpoint: Checkpoint | None = None, lock_timeout: float = 30.0) -> Opened:
    """Open the file under the lock, let `change` edit the snapshot (and return new keys, or
    None to keep them), then write the new version atomically. Returns what was written."""
    step = checkpoint or (lambda _name: None)
    lock = SyncLock(path, device, timeout=lock_timeout)
    lock.acquire()
    try:
        step("locked")
        before = _signature(path)
        current = read(path, passphrase)
        step("read")
        keys = change(current) or current.opened.keys
        snapshot = current.snapshot
        snapshot.read_epoch = snapshot.epoch
        snapshot.epoch += 1
        generation = secrets.token_hex(8)
        data = encode_file(snapshot.to_body(generation, device), keys, generation)
        step("encoded")
        temp = write_temp(path, data, step)
        if _signature(path) != before:
            temp.unlink(missing_ok=True)
            raise SyncFileError("the shared file changed meanwhile (another laptop synced "
                                "without the lock); nothing was changed, try again")
        replace_atomically(temp, path, step)
        snapshot.chain = [*snapshot.chain, [snapshot.epoch, generation]]
        return current
    finally:
        lost = lock.lost
        lock.release()
        if lost:
            step("lock-lost")


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)
