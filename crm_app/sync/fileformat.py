"""The shared file on disk: a small plain header, then one AES-256-GCM encrypted body.

Layout (all integers big-endian), documented in docs/sync-format.md:

    magic "CRMSYNC\\0" | format version u16 | header length u32 | header JSON | ciphertext

The header names the key derivation (Argon2id or, in older files, scrypt, with its parameters
and salt), the team id, the nonce, the body length and a key check value, so a wrong
passphrase is told apart from a damaged file before decrypting. The header is not secret and
anyone with write access to the share can forge it: `read_header` bounds every field before
any of them is used.
The magic, version and header are the AEAD's associated data: changing any byte is detected.

Format 1: the body is one zlib-compressed JSON document holding every row (see
`crm_app/sync/snapshot.py`). Format 2 (written since issue 10): the encrypted part is a small
manifest (devices, chain, digests, and a list of chunks), followed by the chunks, each
compressed and encrypted on its own, so a sync decrypts only the chunks written since it last
looked and a writer copies the others' ciphertext as it is (`crm_app/sync/chunks.py`).

"""

from __future__ import annotations

import base64
import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from crm_app.domain.errors import DomainError, Message
from crm_app.sync import kdf
from crm_app.sync.kdf import KdfParams

MAGIC = b"CRMSYNC\x00"
FORMAT_VERSION = 2  # the newest this app reads and writes; format 1 is read, then upgraded
FORMAT_1 = 1
CHUNK_LABEL = b"crm-sync chunk v2|"  # + the chunk's id: a chunk cannot pass for another
PREFIX = struct.Struct(">8sHI")
KEY_CHECK_LABEL = b"crm-sync key check v1"
WRITE_CHUNK = 256 * 1024
MAX_HEADER = 64 * 1024  # a real header is about 400 bytes
MAX_BODY = 4 * 1024**3
NONCE_LENGTH, KEY_CHECK_LENGTH = 12, 16
MIN_SALT, MAX_SALT = 16, 64
MAX_ID = 64  # generation and team ids

Checkpoint = Callable[[str], None]


class SyncFileError(DomainError):
    """The shared file cannot be used; nothing was changed, locally or in the file."""


# Every laptop keeps all it merged, so a damaged file loses nothing that a new one cannot hold.
RECOVERY = Message("nothing was changed here; restore it from a backup, or move it aside and "
                   "sync again to start a new file from this laptop's data")


def damaged(name: str, detail: str | Message) -> SyncFileError:
    """The one message for every way a file's structure can be wrong (forged, cut, random).
    `detail` is a template without arguments, or a Message."""
    return SyncFileError("the shared file {name} is damaged or is not a CRM sync file "
                         "({detail})", name=name,
                         detail=detail if isinstance(detail, Message) else Message(detail))


@dataclass(frozen=True)
class Keys:
    salt: bytes
    encryption: bytes
    check: bytes
    params: KdfParams = kdf.LEGACY_SCRYPT
    team: str = ""  # the same for every version of one team's file (see `Header.team`)
    ring: KeyRing | None = field(default=None, compare=False, repr=False)


def derive_keys(passphrase: str, salt: bytes, params: KdfParams = kdf.LEGACY_SCRYPT,
                team: str = "") -> Keys:
    material = params.derive(passphrase, salt)
    return Keys(salt, material[:32], material[32:], params, team or _salt_team(salt))


def key_check(keys: Keys) -> bytes:
    return hmac.new(keys.check, KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


def _salt_team(salt: bytes) -> str:
    """Files written before the team id existed: their salt never changed, so it names them."""
    return "salt-" + hashlib.sha256(salt).hexdigest()[:16]


class KeyRing:
    """Keys derived from one passphrase, cached per salt for the length of one sync.

    `new_kdf` is what new (or upgraded) files use; None tunes Argon2id on this laptop the
    first time it is needed. Tests pass cheap parameters here."""

    def __init__(self, passphrase: str, new_kdf: KdfParams | None = None) -> None:
        if not passphrase:
            raise SyncFileError("the sync passphrase is empty")
        self.passphrase = passphrase
        self._new_kdf = new_kdf
        self._keys: dict[tuple[bytes, KdfParams], Keys] = {}

    def new_kdf(self) -> KdfParams:
        if self._new_kdf is None:
            self._new_kdf = kdf.tuned()
        return self._new_kdf

    def keys(self, salt: bytes, params: KdfParams | None = None, team: str = "") -> Keys:
        """Keys for `salt`; without `params`, those of a new file (with a new team id)."""
        if params is None:
            params, team = self.new_kdf(), team or secrets.token_hex(8)
        cache_key = (salt, params)
        if cache_key not in self._keys:
            derived = derive_keys(self.passphrase, salt, params, team)
            self._keys[cache_key] = Keys(derived.salt, derived.encryption, derived.check,
                                         params, derived.team, self)
        return self._keys[cache_key]

    def for_writing(self, keys: Keys) -> Keys:
        """The keys to write with: an old or weaker derivation is replaced (new salt, the
        current KDF), the team id kept, so old files move to the new format as they are
        rewritten."""
        if not keys.params.weaker_than(self.new_kdf()):
            return keys
        return self.keys(secrets.token_bytes(16), self.new_kdf(), keys.team)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(header: dict[str, Any], key: str, low: int, high: int) -> bytes:
    text = header.get(key)
    if not isinstance(text, str) or len(text) > 4 * high:
        raise ValueError(key)
    value = base64.b64decode(text.encode("ascii"), validate=True)
    if not low <= len(value) <= high:
        raise ValueError(key)
    return value


def encode_file(body: dict[str, Any], keys: Keys, generation: str, *, level: int = 1) -> bytes:
    """The whole file. `generation` (random, new at every write) is also in the header so a
    sync can tell 'nothing changed since I last looked' without parsing the body."""
    if keys.ring is not None:
        keys = keys.ring.for_writing(keys)
    plain = zlib.compress(orjson.dumps(body), level)
    nonce = secrets.token_bytes(NONCE_LENGTH)
    header = {"generation": generation, "team": keys.team,
        "cipher": "AES-256-GCM", **keys.params.header(),
        "salt": _b64(keys.salt), "nonce": _b64(nonce), "key_check": _b64(key_check(keys)),
        "compression": "zlib", "body_length": len(plain) + 16,
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = PREFIX.pack(MAGIC, FORMAT_1, len(header_bytes)) + header_bytes
    return prefix + AESGCM(keys.encryption).encrypt(nonce, plain, prefix)


def encode_chunked(manifest: dict[str, Any], keys: Keys, generation: str,
                   region: bytes) -> bytes:
    """A format-2 file: the header, the encrypted manifest, then `region`, the chunks already
    sealed with `keys` (by `seal_chunk`), at the offsets the manifest gives."""
    plain = zlib.compress(orjson.dumps(manifest), 1)
    nonce = secrets.token_bytes(NONCE_LENGTH)
    header = {"generation": generation, "team": keys.team,
        "cipher": "AES-256-GCM", **keys.params.header(),
        "salt": _b64(keys.salt), "nonce": _b64(nonce), "key_check": _b64(key_check(keys)),
        "compression": "zlib", "body_length": len(plain) + 16, "data_length": len(region),
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    prefix = PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    return b"".join((prefix, AESGCM(keys.encryption).encrypt(nonce, plain, prefix), region))


def seal_chunk(keys: Keys, chunk_id: str, rows: list[Any]) -> tuple[str, bytes]:
    """(nonce, ciphertext) of one chunk of rows; its id is bound in as associated data."""
    nonce = secrets.token_bytes(NONCE_LENGTH)
    plain = zlib.compress(orjson.dumps(rows), 1)
    return _b64(nonce), AESGCM(keys.encryption).encrypt(
        nonce, plain, CHUNK_LABEL + chunk_id.encode("ascii"))


@dataclass(frozen=True)
class OpenedFile:
    """An authenticated file whose body is still compressed (parsed only when needed)."""

    generation: str
    keys: Keys
    compressed: bytes  # format 1: the body; format 2: the manifest
    name: str
    version: int = FORMAT_1
    data: bytes = b""  # format 2: the whole file, chunks from `region` on
    region: int = 0
    # format 2: every chunk's decrypted (still compressed) bytes by id, checked at open
    sealed_open: dict[str, bytes] = field(default_factory=dict)

    @property
    def team(self) -> str:
        return self.keys.team

    def plain(self) -> dict[str, Any]:
        """The decrypted body (format 1) or manifest (format 2), parsed."""
        try:
            body = orjson.loads(zlib.decompress(self.compressed))
        except (zlib.error, orjson.JSONDecodeError) as exc:  # authentic, yet unreadable
            raise SyncFileError("{name} is damaged (its contents cannot be read)",
                                  name=self.name) from exc
        if not isinstance(body, dict) or int(body.get("format", 0)) > FORMAT_VERSION:
            raise SyncFileError("{name} was written by a newer version of the app; update "
                                "the app", name=self.name)
        return body

    def body(self) -> dict[str, Any]:
        """Everything the file holds in the format-1 layout (every row of every table):
        for format 2, every chunk decrypted and each row's newest version kept."""
        body = self.plain()
        if self.version == FORMAT_1:
            return body
        tables = {name: {"columns": columns, "rows": []}
                  for name, columns in body.get("columns", {}).items()}
        by_table: dict[str, dict[str, list[Any]]] = {}
        for ref in body.get("chunks", []):
            newest = by_table.setdefault(str(ref[1]), {})
            for raw in self.chunk_rows(ref):
                keep_newest(newest, raw)
        for name, rows in by_table.items():
            if name in tables:
                tables[name]["rows"] = list(rows.values())
        return {**{k: v for k, v in body.items() if k not in ("chunks", "columns")},
                "tables": tables}

    def chunk_rows(self, ref: list[Any]) -> list[Any]:
        """The rows of one chunk listed in the manifest: `[id, table, lo, hi, rows, offset,
        length, nonce, digest]` (see docs/sync-format.md)."""
        chunk_id = str(ref[0])
        plain = self.sealed_open.get(chunk_id)
        if plain is None:
            plain = open_chunk(self.data, self.region, self.keys, ref, self.name)
        try:
            rows = orjson.loads(zlib.decompress(plain))
        except (ValueError, zlib.error, orjson.JSONDecodeError) as exc:
            raise damaged(self.name, "a chunk cannot be read") from exc
        if not isinstance(rows, list):
            raise damaged(self.name, "a chunk holds no rows")
        return rows


def open_chunk(data: bytes, region: int, keys: Keys, ref: list[Any], name: str) -> bytes:
    """One chunk's compressed rows, its authentication tag checked."""
    try:
        chunk_id, offset, length = str(ref[0]), int(ref[5]), int(ref[6])
    except (IndexError, TypeError, ValueError) as exc:
        raise damaged(name, "its list of chunks is unreadable") from exc
    start = region + offset
    if offset < 0 or length < 16 or start + length > len(data):
        raise damaged(name, "a chunk lies outside the file")
    try:
        nonce = base64.b64decode(str(ref[7]), validate=True)
        return AESGCM(keys.encryption).decrypt(
            nonce, data[start:start + length], CHUNK_LABEL + chunk_id.encode("ascii"))
    except (InvalidTag, ValueError, IndexError) as exc:
        raise SyncFileError("{name} has been tampered with or damaged (a chunk failed its "
                            "authentication check); {recovery}", name=name,
                            recovery=RECOVERY) from exc


def _open_every_chunk(data: bytes, region: int, keys: Keys, manifest: bytes,
                      name: str) -> dict[str, bytes]:
    """Every chunk is checked when the file is opened, not only those a sync reads: a damaged
    chunk is then refused by every laptop at once, and never copied forward by an append."""
    try:
        refs = orjson.loads(zlib.decompress(manifest)).get("chunks", [])
    except (zlib.error, orjson.JSONDecodeError, AttributeError) as exc:
        raise SyncFileError("{name} is damaged (its contents cannot be read)",
                            name=name) from exc
    if not isinstance(refs, list):
        raise damaged(name, "its list of chunks is unreadable")
    opened: dict[str, bytes] = {}
    for ref in refs:
        if not isinstance(ref, list):
            raise damaged(name, "its list of chunks is unreadable")
        chunk_id = str(ref[0]) if ref else ""
        if chunk_id in opened:
            raise damaged(name, "two chunks share one id")
        opened[chunk_id] = open_chunk(data, region, keys, ref, name)
    return opened


def keep_newest(rows: dict[str, list[Any]], raw: list[Any]) -> None:
    """Format 2 may hold older versions of a row in older chunks: the highest epoch wins
    (one write gives each row it changes that write's epoch, so no two versions share one)."""
    current = rows.get(raw[0])
    if current is None or int(raw[5]) > int(current[5]):
        rows[raw[0]] = raw


@dataclass(frozen=True)
class Header:
    """The plain header, every field checked and bounded; `end` is where the data starts."""

    generation: str
    team: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    key_check: bytes
    end: int
    version: int = FORMAT_1
    body_length: int = 0


def read_header(data: bytes, name: str, *, complete: bool = True) -> Header:
    """Check the prefix and every header field before anything is derived or decrypted.
    Structural failures give `damaged`; only a newer format has its own message.
    `complete=False` reads only the header (the data's length is not checked)."""
    if len(data) < PREFIX.size:
        raise damaged(name, "truncated")
    magic, version, header_length = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise damaged(name, "no sync file signature")
    if version > FORMAT_VERSION:
        raise SyncFileError(
            "{name} was written by a newer version of the app (sync format {version}, this "
            "app reads up to {readable}); update the app, then sync again", name=name,
            version=version, readable=FORMAT_VERSION)
    if version < 1 or header_length > MAX_HEADER:
        raise damaged(name, "unreadable header")
    end = PREFIX.size + header_length
    if len(data) < end:
        raise damaged(name, "truncated: its header is incomplete")
    try:
        header = json.loads(data[PREFIX.size:end])
        if not isinstance(header, dict):
            raise ValueError("header")
        params = kdf.from_header(header)
        if header.get("cipher") != "AES-256-GCM" or header.get("compression") != "zlib":
            raise ValueError("cipher")
        salt = _unb64(header, "salt", MIN_SALT, MAX_SALT)
        nonce = _unb64(header, "nonce", NONCE_LENGTH, NONCE_LENGTH)
        expected_check = _unb64(header, "key_check", KEY_CHECK_LENGTH, KEY_CHECK_LENGTH)
        body_length, generation = header.get("body_length"), header.get("generation")
        team = header.get("team", "") or _salt_team(salt)
        if type(body_length) is not int or not 16 <= body_length <= MAX_BODY:
            raise ValueError("body_length")
        data_length = header.get("data_length", 0) if version > FORMAT_1 else 0
        if type(data_length) is not int or not 0 <= data_length <= MAX_BODY:
            raise ValueError("data_length")
        if not all(isinstance(v, str) and 0 < len(v) <= MAX_ID for v in (generation, team)):
            raise ValueError("ids")
    except (ValueError, RecursionError) as exc:  # JSON, base64, UTF-8 and bounds
        raise damaged(name, "unreadable header") from exc
    total = body_length + data_length
    if complete and len(data) < end + total:
        raise damaged(name, Message("truncated: {got} of {total} bytes of data; it may still "
                                    "be uploading: try again later", got=len(data) - end,
                                    total=total))
    if complete and len(data) > end + total:
        raise damaged(name, "unexpected bytes after the data")
    return Header(str(generation), str(team), params, salt, nonce, expected_check, end,
                  version, body_length)


def open_file(data: bytes, keyring: KeyRing, name: str) -> OpenedFile:
    """Check and decrypt; one clear SyncFileError for every way a file can be unusable."""
    header = read_header(data, name)
    keys = keyring.keys(header.salt, header.params, header.team)
    if not hmac.compare_digest(key_check(keys), header.key_check):
        raise SyncFileError("wrong passphrase for {name}", name=name)
    region = header.end + header.body_length
    try:
        plain = AESGCM(keys.encryption).decrypt(header.nonce, data[header.end:region],
                                                data[:header.end])
    except InvalidTag as exc:
        raise SyncFileError("{name} has been tampered with or damaged (its authentication "
                            "check failed); {recovery}", name=name, recovery=RECOVERY) from exc
    if header.version == FORMAT_1:
        return OpenedFile(header.generation, keys, plain, name)
    chunks = _open_every_chunk(data, region, keys, plain, name)
    return OpenedFile(header.generation, keys, plain, name, header.version, data, region,
                      chunks)


def peek_team(path: Path) -> str | None:
    """The team id in a file's header, reading only the header; None when unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(PREFIX.size)
            if len(head) == PREFIX.size:
                head += handle.read(min(PREFIX.unpack_from(head)[2], MAX_HEADER))
        return read_header(head, path.name, complete=False).team
    except (OSError, SyncFileError):
        return None


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


def write_error(target: Path, exc: OSError,
                action: Literal["write", "use"] = "write") -> SyncFileError:
    """One line for a write the storage refused (full disk, read-only or immutable file)."""
    reasons = {errno.ENOSPC: "no space left on device", errno.EDQUOT: "disk quota exceeded",
               errno.EROFS: "the drive is read-only", errno.EACCES: "permission denied",
               errno.EPERM: "the file or folder may not be changed (read-only, immutable "
                            "or in use by another program)"}
    reason = reasons.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    if action == "use":
        return SyncFileError("cannot use the shared file {target}: {reason}", target=target,
                             reason=reason)
    return SyncFileError("cannot write the shared file {target}: {reason}", target=target,
                         reason=reason)


def _write_all(handle: BinaryIO, data: bytes, checkpoint: Checkpoint) -> None:
    for start in range(0, len(data), WRITE_CHUNK):
        handle.write(data[start:start + WRITE_CHUNK])
        handle.flush()
        checkpoint("write-chunk")
    os.fsync(handle.fileno())


def write_temp(target: Path, data: bytes, checkpoint: Checkpoint) -> Path:
    """Write `data` beside `target`, flushed to disk; the caller renames it into place.
    A refused write removes the partial file and raises one clear SyncFileError."""
    temp = temp_path_for(target)
    try:
        with open(temp, "xb") as handle:
            _write_all(handle, data, checkpoint)
        checkpoint("temp-synced")
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from exc
        raise
    return temp


def replace_atomically(temp: Path, target: Path, checkpoint: Checkpoint) -> None:
    """Rename over the old file. Retries: cloud clients briefly hold files open (Windows)."""
    import time

    for attempt in range(5):
        try:
            os.replace(temp, target)
            break
        except OSError as exc:
            # Only Windows cloud clients hold a file open for a moment; elsewhere a refused
            # rename (read-only, immutable) will not pass by waiting.
            if not isinstance(exc, PermissionError) or os.name != "nt" or attempt == 4:
                with contextlib.suppress(OSError):
                    temp.unlink(missing_ok=True)
                raise write_error(target, exc) from exc
            time.sleep(0.2 * (attempt + 1))
    checkpoint("renamed")
    with contextlib.suppress(OSError):  # the rename happened; a folder fsync is best effort
        fsync_folder(target.parent)
