"""Key derivation for the shared file: Argon2id for new files, scrypt still read.

The parameters travel in the file's plain header, which anyone who can write to the share
can change, so every value read is bounded before use (`from_header`): a forged header can
cost a laptop at most `MAX_MEMORY_KIB` of memory and never crashes it. New files use Argon2id
with 64 MiB and a pass count tuned on the laptop that creates the file (about half a second,
as KeePassXC tunes its own rounds); the count is stored in the header so other laptops use
the same. Tests pass cheap parameters to `KeyRing` explicitly; nothing global changes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crm_app.domain.errors import DomainError

ARGON2ID, SCRYPT = "argon2id", "scrypt"
MAX_MEMORY_KIB = 256 * 1024  # 256 MiB: more than any file we write needs
MIN_SCRYPT_N, MAX_SCRYPT_N = 2**10, 2**20
MAX_SCRYPT_R, MAX_SCRYPT_P = 32, 16
MAX_ARGON_PASSES, MAX_ARGON_LANES = 16, 16
MAX_ARGON_WORK = 16 * 64 * 1024  # memory (KiB) x passes: a forged header costs seconds, not minutes
NEW_MEMORY_KIB = 64 * 1024
TARGET_SECONDS = 0.5
MIN_PASSES = 2
KEY_LENGTH = 64  # 32 bytes encryption key, 32 bytes key-check key


class BadKdfParams(ValueError):
    """The header's key-derivation fields are missing, of the wrong type or out of bounds."""


@dataclass(frozen=True)
class KdfParams:
    kind: str
    cost: int  # argon2id: memory in KiB; scrypt: n
    passes: int  # argon2id: time cost t; scrypt: r
    lanes: int  # argon2id and scrypt: p

    def header(self) -> dict[str, Any]:
        if self.kind == SCRYPT:
            return {"kdf": SCRYPT, "n": self.cost, "r": self.passes, "p": self.lanes}
        return {"kdf": ARGON2ID, "m": self.cost, "t": self.passes, "p": self.lanes}

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        secret = passphrase.encode("utf-8")
        if self.kind == SCRYPT:
            return Scrypt(salt=salt, length=KEY_LENGTH, n=self.cost, r=self.passes,
                          p=self.lanes).derive(secret)
        try:
            return Argon2id(salt=salt, length=KEY_LENGTH, iterations=self.passes,
                            lanes=self.lanes, memory_cost=self.cost).derive(secret)
        except UnsupportedAlgorithm as exc:  # cryptography built against an old OpenSSL
            raise DomainError("this computer's cryptography library has no Argon2id (it needs "
                              "OpenSSL 3.2 or later): update the app's Python packages") from exc

    def weaker_than(self, other: KdfParams) -> bool:
        """True when a file with these parameters should be re-keyed with `other` on write."""
        return self.kind != other.kind or self.cost < other.cost


LEGACY_SCRYPT = KdfParams(SCRYPT, 2**15, 8, 1)  # what format-1 files written before used


def _int(header: dict[str, Any], key: str, low: int, high: int) -> int:
    value = header.get(key)
    # bool is an int in Python, and a float like 1e400 would overflow: exact ints only.
    if type(value) is not int or not low <= value <= high:
        raise BadKdfParams(f"{key} out of bounds")
    return value


def from_header(header: dict[str, Any]) -> KdfParams:
    """Checked parameters, or BadKdfParams; nothing is allocated before the checks pass."""
    kind = header.get("kdf")
    if kind == SCRYPT:
        n = _int(header, "n", MIN_SCRYPT_N, MAX_SCRYPT_N)
        if n & (n - 1):
            raise BadKdfParams("n is not a power of two")
        r = _int(header, "r", 1, MAX_SCRYPT_R)
        p = _int(header, "p", 1, MAX_SCRYPT_P)
        if 128 * n * r // 1024 > MAX_MEMORY_KIB or 128 * n * r * p // 1024 > MAX_ARGON_WORK:
            raise BadKdfParams("scrypt memory or work out of bounds")
        return KdfParams(SCRYPT, n, r, p)
    if kind == ARGON2ID:
        p = _int(header, "p", 1, MAX_ARGON_LANES)
        m = _int(header, "m", 8 * p, MAX_MEMORY_KIB)
        t = _int(header, "t", 1, MAX_ARGON_PASSES)
        if m * t > MAX_ARGON_WORK:
            raise BadKdfParams("argon2id work out of bounds")
        return KdfParams(ARGON2ID, m, t, p)
    raise BadKdfParams("unknown key derivation")


def tuned(memory_kib: int = NEW_MEMORY_KIB, target: float = TARGET_SECONDS) -> KdfParams:
    """Argon2id parameters for a new file: one timed pass here, then as many passes as fit
    in `target` seconds (at least MIN_PASSES, at most MAX_ARGON_PASSES)."""
    probe = KdfParams(ARGON2ID, memory_kib, 1, 1)
    started = time.perf_counter()
    probe.derive("tuning", b"\x00" * 16)
    elapsed = max(time.perf_counter() - started, 1e-3)
    passes = max(MIN_PASSES, min(MAX_ARGON_PASSES, int(target / elapsed)))
    return KdfParams(ARGON2ID, memory_kib, passes, 1)
