"""The shared file on disk: a small plain header, then one AES-256-GCM encrypted body.

Layout (all integers big-endian), documented in docs/sync-format.md:

    magic "CRMSYNC\\0" | format version u16 | header length u32 | header JSON | ciphertext

The header names the key derivation (scrypt parameters, salt), the nonce, the body length and a
key check value, so a wrong passphrase is told apart from a damaged file before decrypting.
The magic, version and header are the AEAD's associated data: changing any byte is detected.
The body is zlib-compressed JSON (see `crm_app/sync/snapshot.py`).

"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crm_app.domain.errors import DomainError

MAGIC = b"CRMSYNC\x00"
FORMAT_VERSION = 1
PREFIX = struct.Struct(">8sHI")
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
KEY_CHECK_LABEL = b"crm-sync key check v1"
WRITE_CHUNK = 256 * 1024

Checkpoint = Callable[[str], None]


class SyncFileError(DomainError):
    """The shared file cannot be used; nothing was changed, locally or in the file."""


@dataclass(frozen=True)
class Keys:
    salt: bytes
    encryption: bytes
    check: bytes


def derive_keys(passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
                p: int = SCRYPT_P) -> Keys:
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return Keys(salt, material[:32], material[32:])


def key_check(keys: Keys) -> bytes:
    return hmac.new(keys.check, KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


class KeyRing:
    """Keys derived from one passphrase, cached per salt for the length of one sync."""

    def __init__(self, passphrase: str) -> None:
        if not passphrase:
            raise SyncFileError("the sync passphrase is empty")
        self.passphrase = passphrase
        self._keys: dict[tuple[bytes, int, int, int], Keys] = {}

    def keys(self, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> Keys:
        cache_key = (salt, n, r, p)
        if cache_key not in self._keys:
            self._keys[cache_key] = derive_keys(self.passphrase, salt, n, r, p)
        return self._keys[cache_key]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def encode_file(body: dict[str, Any], keys: Keys, generation: str, *, level: int = 1) -> bytes:
    """The whole file. `generation` (random, new at every write) is also in the header so a
    sync can tell 'nothing changed since I last looked' without parsing the body."""
    plain = zlib.compress(orjson.dumps(body), level)
    nonce = secrets.token_bytes(12)
    header = {"generation": generation,
        "cipher": "AES-256-GCM", "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": _b64(keys.salt), "nonce": _b64(nonce), "key_check": _b64(key_check(keys)),
        "compression": "zlib", "body_length": len(plain) + 16,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    return prefix + AESGCM(keys.encryption).encrypt(nonce, plain, prefix)


@dataclass(frozen=True)
class OpenedFile:
    """An authenticated file whose body is still compressed (parsed only when needed)."""

    generation: str
    keys: Keys
    compressed: bytes
    name: str

    def body(self) -> dict[str, Any]:
        try:
            body = orjson.loads(zlib.decompress(self.compressed))
        except (zlib.error, orjson.JSONDecodeError) as exc:  # authentic, yet unreadable
            raise SyncFileError(f"{self.name} is damaged (its contents cannot be read)") from exc
        if not isinstance(body, dict) or int(body.get("format", 0)) > FORMAT_VERSION:
            raise SyncFileError(
                f"{self.name} was written by a newer version of the app; update the app")
        return body


def open_file(data: bytes, keyring: KeyRing, name: str) -> OpenedFile:
    """Check and decrypt; one clear SyncFileError for every way a file can be unusable."""
    if len(data) < PREFIX.size:
        raise SyncFileError(f"{name} is truncated or is not a CRM sync file")
    magic, version, header_length = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise SyncFileError(f"{name} is not a CRM sync file")
    if version > FORMAT_VERSION:
        raise SyncFileError(
            f"{name} was written by a newer version of the app (sync format {version}, this "
            f"app reads up to {FORMAT_VERSION}); update the app, then sync again")
    end = PREFIX.size + header_length
    if len(data) < end:
        raise SyncFileError(f"{name} is truncated (its header is incomplete)")
    try:
        header = json.loads(data[PREFIX.size:end])
        salt, nonce = _unb64(header["salt"]), _unb64(header["nonce"])
        expected_check = _unb64(header["key_check"])
        body_length = int(header["body_length"])
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        generation = str(header["generation"])
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncFileError(f"{name} is damaged (unreadable header)") from exc
    if len(data) < end + body_length:
        raise SyncFileError(
            f"{name} is truncated ({len(data) - end} of {body_length} bytes of data); "
            "it may still be uploading: try again later")
    if len(data) > end + body_length:
        raise SyncFileError(f"{name} is damaged (unexpected bytes after the data)")
    keys = keyring.keys(salt, n, r, p)
    if not hmac.compare_digest(key_check(keys), expected_check):
        raise SyncFileError(f"wrong passphrase for {name}")
    try:
        plain = AESGCM(keys.encryption).decrypt(nonce, data[end:], data[:end])
    except InvalidTag as exc:
        raise SyncFileError(f"{name} has been tampered with or damaged "
                            "(its authentication check failed)") from exc
    return OpenedFile(generation, keys, plain, name)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def is_temp_of(candidate: Path, target: Path) -> bool:
    return candidate.name.startswith(f".{target.name}.") and candidate.name.endswith(".tmp")


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_temp(target: Path, data: bytes, checkpoint: Checkpoint) -> Path:
    """Write `data` beside `target`, flushed to disk; the caller renames it into place."""
    temp = temp_path_for(target)
    try:
        with open(temp, "xb") as handle:
            for start in range(0, len(data), WRITE_CHUNK):
                handle.write(data[start:start + WRITE_CHUNK])
                handle.flush()
                checkpoint("write-chunk")
            os.fsync(handle.fileno())
        checkpoint("temp-synced")
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def replace_atomically(temp: Path, target: Path, checkpoint: Checkpoint) -> None:
    """Rename over the old file. Retries: cloud clients briefly hold files open (Windows)."""
    import time

    for attempt in range(5):
        try:
            os.replace(temp, target)
            break
        except PermissionError:
            if attempt == 4:
                temp.unlink(missing_ok=True)
                raise
            time.sleep(0.2 * (attempt + 1))
    checkpoint("renamed")
    fsync_folder(target.parent)
