"""The one way the program writes a file the person chose or keeps (reports, exports, backups).

The data goes to a temporary file beside the target, which is renamed over the target only when
complete, so a crash, a full disk or an error never leaves half a file. New files get the mode
the person's umask gives (0600 only when `secret=True`, e.g. a key file); a file that is
replaced keeps its mode. A target that is not a plain file (a symbolic link, a device such as
/dev/full, a FIFO, a socket or a folder) is refused before anything is written, so renaming can
never replace a device node or follow a link somewhere else.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crm_app.domain.errors import DomainError

_KINDS = (
    (stat.S_ISLNK, "it is a symbolic link"),
    (stat.S_ISDIR, "it is a folder"),
    (stat.S_ISCHR, "it is a device"),
    (stat.S_ISBLK, "it is a device"),
    (stat.S_ISFIFO, "it is a FIFO (named pipe)"),
    (stat.S_ISSOCK, "it is a socket"),
)


class OutputError(DomainError):
    """A file could not be written; the message is one line naming the path."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("cannot write {path}: {reason}", path=path, reason=reason)
        self.path = path
        self.reason = reason


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist"
    return (exc.strerror or type(exc).__name__).lower()


def check_target(path: Path) -> os.stat_result | None:
    """The target's stat when it is an existing plain file, None when it does not exist yet;
    raises OutputError for anything else (or a missing folder)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(path, _reason(exc)) from exc
    if info is not None:
        for test, why in _KINDS:
            if test(info.st_mode):
                raise OutputError(path, f"{why}; give a file name")
    if not path.parent.is_dir():
        raise OutputError(path, f"folder does not exist: {path.parent}")
    return info


def _create_temp(target: Path, mode: int) -> Path:
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            # O_EXCL: never reuse or follow anything already there; the kernel applies umask.
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        os.close(handle)
        return temp
    raise OutputError(target, "no free temporary name beside it")


@contextmanager
def atomic_path(path: Path | str, *, secret: bool = False) -> Iterator[Path]:
    """Yields a temporary path beside `path` to write into (it exists, empty); on success it
    is renamed to `path`, on any error it is removed and OSError becomes OutputError."""
    target = Path(path)
    existing = check_target(target)
    temp: Path | None = None
    try:
        temp = _create_temp(target, 0o600 if secret else 0o666)
        if existing is not None and not secret:
            os.chmod(temp, stat.S_IMODE(existing.st_mode))
        yield temp
        with open(temp, "rb+") as stream:  # the data is on disk before the name points at it
            os.fsync(stream.fileno())
        check_target(target)  # still not a link or a device (it may have appeared meanwhile)
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise OutputError(target, _reason(exc)) from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def write_bytes(path: Path | str, data: bytes, *, secret: bool = False) -> None:
    """Write `data` to `path` whole or not at all (see the module's docstring)."""
    with atomic_path(path, secret=secret) as temp, open(temp, "wb") as stream:
        stream.write(data)


def read_secret_file(path: Path) -> str:
    """A passphrase kept in a file (--passphrase-file, --db-passphrase-file): its first line
    without the line end; an unreadable or empty file is one clear error."""
    try:
        text = path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as exc:
        raise DomainError("cannot read the passphrase file {path}: {reason}", path=path,
                          reason=str(exc.strerror or exc)) from exc
    if not text:
        raise DomainError("the passphrase file {path} is empty", path=path)
    return text
