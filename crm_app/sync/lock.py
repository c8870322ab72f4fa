"""A lock file beside the shared file, so two syncs at the same moment take turns.

A lock is stale when the storage's own clock says it was last refreshed more than
`STALE_AFTER` seconds ago: we compare its modification time with that of a probe file we
just wrote there, so a laptop with a wrong clock neither breaks a live lock nor waits forever
on a dead one (the approach of Joplin's LockHandler). A lock dated in the storage's future is
re-dated by the storage's clock rather than trusted. A long sync refreshes its lock through
`heartbeat()` at its checkpoints (no thread); a lock that vanishes meanwhile is taken again. A
lock is broken only if it still carries the token that was judged stale. A lock left by a
crashed process on this same computer is broken at once.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from crm_app.domain.errors import DomainError
from crm_app.sync.fileformat import write_error

STALE_AFTER = 180.0
HEARTBEAT_EVERY = STALE_AFTER / 4
FUTURE_SLACK = 60.0  # a lock dated further ahead than this was not dated by this storage


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
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)


def _read_info(path: Path) -> dict[str, Any]:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return info if isinstance(info, dict) else {}


class SyncLock:
    def __init__(self, target: Path, device: str, *, timeout: float = 30.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.path = lock_path_for(target)
        self.target = target
        self.device = device
        self.timeout = timeout
        self.token = secrets.token_hex(8)
        self.held = False
        self.lost = False  # our lock was taken over while we worked (see `heartbeat`)
        self._monotonic = monotonic
        self._refreshed = 0.0

    def acquire(self) -> None:
        deadline = self._monotonic() + self.timeout
        while True:
            if self._try_create():
                self.held = True
                self._refreshed = self._monotonic()
                return
            if self._break_if_stale():
                continue
            if self._monotonic() >= deadline:
                raise SyncBusy("another sync is using the shared file ({holder}); "
                               "try again in a minute", holder=self._holder())
            time.sleep(0.2)

    def _try_create(self) -> bool:
        info = {"device": self.device, "host": socket.gethostname(), "pid": os.getpid(),
                "token": self.token, "since": time.time()}
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise write_error(self.target, exc) from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(info, handle)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            # A full disk lets the file be created but not written: an empty lock left here
            # would block every later sync, so it goes.
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)
            raise write_error(self.target, exc) from exc
        return True

    def _break_if_stale(self) -> bool:
        try:
            now = storage_now(self.path.parent)
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            return True  # released meanwhile: try again at once
        except OSError as exc:
            raise write_error(self.target, exc) from exc
        if mtime > now + FUTURE_SLACK:
            # Dated by a clock ahead of this storage's (a sync client that keeps the mtime
            # of a laptop whose clock is wrong): re-date it by the storage's clock, so it
            # goes stale STALE_AFTER from now unless its holder is alive and refreshes it.
            with contextlib.suppress(OSError):
                os.utime(self.path, (now, now))
            return False
        if now - mtime <= STALE_AFTER and not self._holder_died():
            return False
        # Rename first so that of two laptops breaking the same stale lock only one wins;
        # then check it is the lock we judged (same token), not one taken just now.
        judged = _read_info(self.path).get("token")
        grave = self.path.with_name(f"{self.path.name}.stale-{secrets.token_hex(4)}")
        try:
            os.replace(self.path, grave)
        except FileNotFoundError:
            return True
        except OSError as exc:
            raise write_error(self.target, exc) from exc
        if _read_info(grave).get("token") != judged:
            with contextlib.suppress(OSError):
                os.link(grave, self.path)  # put the fresh lock back (fails if one exists)
        with contextlib.suppress(OSError):
            grave.unlink(missing_ok=True)
        return True

    def _holder_died(self) -> bool:
        """A lock of a process on this very computer that no longer runs (a crash)."""
        info = _read_info(self.path)
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
        info = _read_info(self.path)
        if not info:
            return "locked"
        return f"locked by {info.get('host', '?')}, device {info.get('device', '?')}"

    def refresh(self) -> None:
        """Mark the lock alive now. A lock that vanished meanwhile (deleted by hand, or by a
        sync client) is taken again; one another laptop took over is left alone."""
        if not self.held:
            return
        self._refreshed = self._monotonic()
        token = _read_info(self.path).get("token")
        if token == self.token:
            with contextlib.suppress(OSError):
                os.utime(self.path)
            return
        if token is None and not self.path.exists():
            with contextlib.suppress(DomainError):
                if self._try_create():
                    return
        self.lost = True  # the engine's check of the file before its rename still guards

    def heartbeat(self) -> None:
        """Cheap to call at every checkpoint: refreshes only every HEARTBEAT_EVERY seconds."""
        if self.held and self._monotonic() - self._refreshed >= HEARTBEAT_EVERY:
            self.refresh()

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if _read_info(self.path).get("token") == self.token:  # never remove another's lock
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()
