"""Content digests that prove two copies hold the same data, whatever their clocks say.

A table's digest is the sum (mod 2^128) of a 128-bit hash of each row's id and values, so it
does not depend on row order and both sides compute it from what they actually store. Clocks
are left out on purpose: compaction rewrites them in the file but not locally, and a copied
database can give two different values the same clock; only the values matter to the user.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

import orjson

MODULUS = 1 << 128
MASK = 0xFFFFFFFF


def row_hash(row_id: str, values: Sequence[Any]) -> int:
    data = orjson.dumps([row_id, list(values)], option=orjson.OPT_NON_STR_KEYS)
    return int.from_bytes(hashlib.blake2b(data, digest_size=16).digest(), "big")


def hash_parts(value: int) -> tuple[int, int, int, int]:
    """A hash as four 32-bit parts, which SQLite can add up without overflow."""
    return (value >> 96) & MASK, (value >> 64) & MASK, (value >> 32) & MASK, value & MASK


def table_digest(hashes: Iterable[int]) -> str:
    return f"{sum(hashes) % MODULUS:032x}"


def content_key(value: Any) -> bytes:
    """A total order on values, the same on every laptop: breaks ties between equal stamps."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS)
