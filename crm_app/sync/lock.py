"""A lock file beside the shared file, so two syncs at the same moment take turns.

A lock is stale when the storage's own clock says it was last refreshed more than
`STALE_AFTER` seconds ago: we compare its modification time with that of a probe file we
just wrote there, so a laptop with a wrong clock neither breaks a live lock nor waits forever
on a dead one (the approach of Joplin's LockHandler). A long sync refreshes its lock. A lock
left by a crashed process on this same computer is broken at once.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import time
from pathlib import Path
from types import TracebackType

from crm_app.domain.errors import DomainError

STALE_AFTER = 180.0


class SyncBusy(DomainError):
    """Another laptop holds a live lock on the shared file."""


def lock_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


def storage_now(folder: Path) -> float:
    """The storage's idea of 'now': the mtime of a file we create there."""
    probe = folder / f".crm-probe-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        probe.write_bytes(b"")
        return probe.stat().st_mtime
    finally:
        probe.unlink(missing_ok=True)


class SyncLock:
    def __init__(self, target: Path, device: str, *, timeout: float = 30.0) -> None:
        self.path = lock_path_for(target)
        self.device = device
        self.timeout = timeout
        self.token = secrets.token_hex(8)
        self.held = False

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            if self._try_create():
                self.held = True
                return
            if self._break_if_stale():
                continue
            if time.monotonic() >= deadline:
                raise SyncBusy(f"another sync is using the shared file ({self._holder()}); "
                               "try again in a minute")
            time.sleep(0.2)

    def _try_create(self) -> bool:
        info = {"device": self.device, "host": socket.gethostname(), "pid": os.getpid(),
                "token": self.token, "since": time.time()}
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def _break_if_stale(self) -> bool:
        try:
            age = storage_now(self.path.parent) - self.path.stat().st_mtime
        except FileNotFoundError:
            return True  # released meanwhile: try again at once
        if age <= STALE_AFTER and not self._holder_died():
            return False
        # Rename first so that of two laptops breaking the same stale lock only one wins.
        grave = self.path.with_name(f"{self.path.name}.stale-{secrets.token_hex(4)}")
        try:
            os.replace(self.path, grave)
        except FileNotFoundError:
            return True
        grave.unlink(missing_ok=True)
        return True

    def _holder_died(self) -> bool:
        """A lock of a process on this very computer that no longer runs (a crash)."""
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        if info.get("host") != socket.gethostname() or not isinstance(info.get("pid"), int):
            return False
        if info["pid"] == os.getpid():
            return False
        try:
            os.kill(info["pid"], 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False

    def _holder(self) -> str:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            return f"locked by {info.get('host', '?')}, device {info.get('device', '?')}"
        except (OSError, ValueError):
            return "locked"

    def refresh(self) -> None:
        if self.held:
            os.utime(self.path)

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if info.get("token") == self.token:  # never remove a lock someone else took over
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
