"""The key of an encrypted local database: random, kept in the OS keyring, wrapped by a
recovery passphrase in a key file beside the database.

- The SQLCipher key is 32 random bytes, given in SQLCipher's raw form `x'<64 hex>'` (no key
  derivation on each connection).
- The OS keyring holds it (service `crm-app-db`, one entry per database file), so the app and
  `crm` open the database without asking anything.
- `<database>.key` beside the database (JSON) holds the same key encrypted with AES-256-GCM
  under a key derived from the recovery passphrase by Argon2id. It is what opens the database
  on another laptop or after the keyring is lost: copy it with the database. It holds nothing
  else and is useless without the passphrase. Backups of the database use the same key.
- Where the key comes from, in the order of the sync passphrase (crm_app/sync/passphrase.py):
  a passphrase file (`--db-passphrase-file`), `CRM_DB_PASSPHRASE`, the keyring, a prompt.
  A passphrase opens the key file; a database encrypted before key files existed (`crm db
  encrypt` of the first version) takes the passphrase itself as its SQLCipher key.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_app import fileio
from crm_app.db import cipher
from crm_app.db.database_file import file_state
from crm_app.domain.errors import DomainError, Message
from crm_app.sync import kdf

if TYPE_CHECKING:  # finding a key loads no SQLAlchemy (`crm report` reads without it)
    from crm_app.db.database import Database

SERVICE = "crm-app-db"
ENV_VAR = cipher.ENV_VAR
FORMAT = "crm-db-key"
VERSION = 1
# Argon2id, 64 MiB, 2 passes: about 0.3 s on a laptop, once per unlock with the passphrase.
NEW_KDF = kdf.KdfParams(kdf.ARGON2ID, 64 * 1024, 2, 1)
MIN_LENGTH = 10
_AAD = b"crm-db-key v1"
_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L, U: read aloud and typed again

Prompt = Callable[[], str | None]


@dataclass(frozen=True)
class Unlocked:
    key: str  # what Database.open(key=...) takes
    source: str  # "file", "environment", "keyring", "prompt", "given"


def key_file(path: Path) -> Path:
    return path.with_name(path.name + ".key")


def new_raw_key() -> str:
    return "x'" + secrets.token_hex(32).upper() + "'"


def recovery_key() -> str:
    """A generated recovery passphrase: 8 groups of 5 characters, about 196 bits."""
    groups = ["".join(secrets.choice(_ALPHABET) for _ in range(5)) for _ in range(8)]
    return "-".join(groups)


def check_new_passphrase(passphrase: str) -> str:
    cipher.check_passphrase(passphrase)
    if len(passphrase) < MIN_LENGTH:
        raise DomainError("choose a recovery passphrase of at least {count} characters",
                          count=MIN_LENGTH)
    return passphrase


def strength(passphrase: str) -> str:
    """"weak", "fair" or "strong": length and kinds of characters (a hint, not a gate)."""
    kinds = sum(any(test(c) for c in passphrase) for test in (
        str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    words = len(passphrase.split())
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and kinds >= 3) or words >= 4:
        return "strong"
    if len(passphrase) >= MIN_LENGTH and kinds >= 2:
        return "fair"
    return "weak"


# -- the key file -----------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wrap(raw_key: str, passphrase: str, params: kdf.KdfParams | None = None) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or NEW_KDF
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapping = params.derive(passphrase, salt)[:32]
    sealed = AESGCM(wrapping).encrypt(nonce, raw_key.encode("ascii"), _AAD)
    return {"format": FORMAT, "version": VERSION, **params.header(), "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(sealed)}


def unwrap(data: dict[str, Any], passphrase: str, path: Path) -> str:
    """The raw key, or WrongPassphrase (also for a damaged or forged key file)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise DomainError("{file} is not a CRM database key file", file=key_file(path))
    try:
        params = kdf.from_header(data)
        salt, nonce, sealed = (base64.b64decode(str(data[k]), validate=True)
                               for k in ("salt", "nonce", "wrapped"))
        wrapping = params.derive(passphrase, salt)[:32]
        raw = AESGCM(wrapping).decrypt(nonce, sealed, _AAD).decode("ascii")
    except (InvalidTag, ValueError, KeyError, kdf.BadKdfParams) as exc:
        raise cipher.WrongPassphrase(path) from exc
    return raw


def read_key_file(path: Path) -> dict[str, Any] | None:
    file = key_file(path)
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise DomainError("cannot read the key file {file}: {reason}", file=file,
                          reason=exc) from exc
    if not isinstance(data, dict):
        raise DomainError("{file} is not a CRM database key file", file=file)
    return data


def write_key_file(path: Path, raw_key: str, passphrase: str,
                   params: kdf.KdfParams | None = None) -> Path:
    file = key_file(path)
    text = json.dumps(wrap(raw_key, passphrase, params), indent=2) + "\n"
    fileio.write_bytes(file, text.encode("utf-8"), secret=True)
    return file


def key_from_passphrase(path: Path, passphrase: str) -> str:
    """What a recovery passphrase opens: the key in the key file, or (no key file) itself."""
    data = read_key_file(path)
    if data is None:
        return cipher.check_passphrase(passphrase)
    return unwrap(data, passphrase, path)


# -- the OS keyring ---------------------------------------------------------------------------


def _account(path: Path) -> str:
    return str(path.expanduser().absolute())


def keyring_problem() -> str | None:
    """None when a real system keyring keeps the key; else the sentence for the user."""
    from crm_app.sync import passphrase

    problem = passphrase.keyring_problem()
    if problem is None:
        return None
    return Message("no system keyring is available on this computer: the database key is "
                   "not remembered, and the recovery passphrase is asked at each start "
                   "(or read from {variable} / --db-passphrase-file)", variable=ENV_VAR)


def stored_key(path: Path) -> str | None:
    if keyring_problem() is not None:
        return None
    import keyring.errors

    try:
        value = keyring.get_password(SERVICE, _account(path))
    except keyring.errors.KeyringError:
        return None
    return value or None


def remember_key(path: Path, raw_key: str) -> str | None:
    """Keep the key in the keyring; a sentence for the user when that is not possible."""
    problem = keyring_problem()
    if problem is not None:
        return problem
    import keyring.errors

    try:
        keyring.set_password(SERVICE, _account(path), raw_key)
    except keyring.errors.KeyringError as exc:
        return Message("the database key could not be saved in the keyring ({reason})",
                       reason=str(exc))
    return None


def forget_key(path: Path) -> None:
    if keyring_problem() is None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(SERVICE, _account(path))


# -- finding the key --------------------------------------------------------------------------


def find_key(path: Path, passphrase_file: Path | None = None,
             prompt: Prompt | None = None) -> Unlocked:
    """The key of the encrypted database `path`: passphrase file, CRM_DB_PASSPHRASE, keyring,
    prompt. A key found by a typed passphrase is kept in the keyring (when there is one), so
    it is typed once per laptop; one from a file or the environment is not stored."""
    if passphrase_file is not None:
        return Unlocked(key_from_passphrase(path, fileio.read_secret_file(passphrase_file)),
                        "file")
    from_environment = os.environ.get(ENV_VAR, "")
    if from_environment:
        return Unlocked(key_from_passphrase(path, from_environment), "environment")
    kept = stored_key(path)
    if kept:
        return Unlocked(kept, "keyring")
    if prompt is not None:
        typed = prompt()
        if typed:
            found = key_from_passphrase(path, typed)
            if read_key_file(path) is not None:
                remember_key(path, found)
            return Unlocked(found, "prompt")
    raise DomainError("{path} is encrypted: give --db-passphrase-file FILE, set {variable} to "
                      "the recovery passphrase, or type it at a terminal", path=path,
                      variable=ENV_VAR)


def open_database(path: Path, passphrase_file: Path | None = None,
                  prompt: Prompt | None = None, key: str | None = None) -> Database:
    """Database.open with the key found for an encrypted file (plain files open as before)."""
    from crm_app.db.database import Database

    file = path.expanduser()
    if file_state(file) != "encrypted":
        return Database.open(file)
    return Database.open(file, key=key or find_key(file, passphrase_file, prompt).key)


@dataclass(frozen=True)
class Created:
    database: Database
    key: str
    generated_recovery: str | None  # shown once when the person chose no passphrase
    keyring_note: str | None  # why the key is not in the keyring, or None


def create_encrypted(path: Path, recovery: str | None,
                     params: kdf.KdfParams | None = None) -> Created:
    """A new encrypted database at `path`: random key, key file, keyring entry."""
    file = path.expanduser()
    if file_state(file) != "missing":
        raise DomainError("{file} already exists", file=file)
    generated = None
    if recovery is None:
        generated = recovery = recovery_key()
    check_new_passphrase(recovery)
    from crm_app.db.database import Database

    raw = new_raw_key()
    file.parent.mkdir(parents=True, exist_ok=True)
    write_key_file(file, raw, recovery, params)
    try:
        database = Database.open(file, key=raw)
    except BaseException:
        key_file(file).unlink(missing_ok=True)
        raise
    return Created(database, raw, generated, remember_key(file, raw))


def encrypt_existing(path: Path, recovery: str | None, params: kdf.KdfParams | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Created:
    """Encrypt the plain database `path` (and its plain backups) with a new random key."""
    file = path.expanduser()
    if file_state(file) != "plain":
        raise DomainError("{file} is not a plain database", file=file)
    generated = None
    if recovery is None:
        generated = recovery = recovery_key()
    check_new_passphrase(recovery)
    raw = new_raw_key()
    # The key file first: from the moment the encrypted copy replaces the plain file, the
    # recovery passphrase opens it (a key file beside a plain database opens nothing).
    write_key_file(file, raw, recovery, params)
    try:
        cipher.encrypt_in_place(file, raw, progress=progress)
    except BaseException:
        if file_state(file) == "plain":
            key_file(file).unlink(missing_ok=True)
        raise
    cipher.encrypt_backups(file, raw)
    from crm_app.db.database import Database

    database = Database.open(file, key=raw)
    return Created(database, raw, generated, remember_key(file, raw))


# -- checking who is at the keyboard (the app lock) -------------------------------------------


def opens(path: Path, key: str) -> bool:
    """Whether `key` opens the encrypted database `path` (a read-only probe connection)."""
    try:
        with contextlib.closing(cipher.connect(path.expanduser(), key, read_only=True)):
            return True
    except DomainError:
        return False


def verify_passphrase(path: Path, passphrase: str) -> bool:
    """Whether the recovery passphrase opens this database: it unwraps the key file (or, for
    a database without one, is itself the key) and that key opens the file. Changes nothing."""
    try:
        key = key_from_passphrase(path.expanduser(), passphrase)
    except DomainError:
        return False
    return opens(path, key)


def verify_keyring(path: Path) -> bool:
    """Whether this computer's keyring still gives a key that opens the database. It proves
    the keyring of the signed-in account can be read now, not that a password was typed."""
    key = stored_key(path.expanduser())
    return key is not None and opens(path, key)
