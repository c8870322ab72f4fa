"""Writing the shared file in format 2: a manifest, then chunks encrypted one by one.

A full write puts every row in fresh chunks, per table and sorted by the epoch of their last
change, so the rows a laptop has not seen yet sit in the last chunks. An append copies every
chunk of the file it read as it is (ciphertext and all) and adds chunks holding only the rows
this write changed: a sync that sends one edit writes one small chunk and a new manifest,
instead of serialising the whole office again. Older versions of those rows stay behind in
older chunks until the next full write, which a few conditions call for (`full_write_due`):
many appended rows, many appends, a new key, tombstones to purge, or personal data erased.
"""

from __future__ import annotations

import secrets
from typing import Any

from crm_app.sync.fileformat import FORMAT_VERSION, Keys, OpenedFile, encode_chunked, seal_chunk
from crm_app.sync.snapshot import CHAIN_LENGTH, RawRow, Snapshot, raw_epoch

CHUNK_ROWS = 4000
# A full write is due after this many appends, or once the rows appended since the last
# full write exceed this share of it (older versions then weigh on every full read).
FULL_EVERY = 64
APPENDED_SHARE = 0.3
APPENDED_MINIMUM = 20_000


def full_write_due(snapshot: Snapshot) -> bool:
    """Whether the next write should rewrite every row (decided from the manifest alone, so
    a sync knows before merging whether it must read every chunk)."""
    if snapshot.version < FORMAT_VERSION or not snapshot.full:
        return True
    appended = snapshot.chunks[snapshot.full.get("chunks", 0):]
    appended_rows = sum(int(ref[4]) for ref in appended)
    return (snapshot.epoch - snapshot.full.get("epoch", 0) >= FULL_EVERY
            or appended_rows > max(APPENDED_MINIMUM,
                                   APPENDED_SHARE * snapshot.full.get("rows", 0)))


def changed_rows(snapshot: Snapshot) -> dict[str, list[RawRow]]:
    """The rows this write changed: those given the new epoch."""
    return {name: rows for name, t in snapshot.tables.items()
            if (rows := [raw for raw in t.rows.values() if raw_epoch(raw) == snapshot.epoch])}


def erases(snapshot: Snapshot) -> bool:
    """An erasure must not leave the erased person's older versions in older chunks."""
    for name, rows in changed_rows(snapshot).items():
        before = snapshot.before.get(name, {})
        for raw in rows:
            if raw[3] and (raw[0] not in before or not before[raw[0]][3]):
                return True
    return False


def _manifest(snapshot: Snapshot, generation: str, written_by: str,
              chunks: list[list[Any]], full: dict[str, int]) -> dict[str, Any]:
    return {
        "digests": snapshot.digests,
        "format": FORMAT_VERSION,
        "generation": generation,
        "written_by": written_by,
        "epoch": snapshot.epoch,
        "devices": snapshot.devices,
        "chain": [*snapshot.chain, [snapshot.epoch, generation]][-CHAIN_LENGTH:],
        "purged": snapshot.purged,
        "columns": {name: t.columns for name, t in snapshot.tables.items()},
        "chunks": chunks,
        "full": full,
    }


def _seal(keys: Keys, table: str, rows: list[RawRow], offset: int,
          out: list[bytes]) -> list[list[Any]]:
    """Seal `rows` (already in epoch order) in chunks; returns their manifest entries."""
    refs = []
    for start in range(0, len(rows), CHUNK_ROWS):
        part = rows[start:start + CHUNK_ROWS]
        chunk_id = secrets.token_hex(8)
        nonce, sealed = seal_chunk(keys, chunk_id, part)
        refs.append([chunk_id, table, raw_epoch(part[0]), raw_epoch(part[-1]), len(part),
                     offset, len(sealed), nonce])
        offset += len(sealed)
        out.append(sealed)
    return refs


def write_full(snapshot: Snapshot, keys: Keys, generation: str, written_by: str) -> bytes:
    """Every row in new chunks. `snapshot` must be complete and its digests current."""
    assert snapshot.complete, "a full write needs every row"
    out: list[bytes] = []
    refs: list[list[Any]] = []
    offset = total = 0
    for name, table in snapshot.tables.items():
        rows = sorted(table.rows.values(), key=raw_epoch)
        total += len(rows)
        refs.extend(_seal(keys, name, rows, offset, out))
        offset = sum(len(part) for part in out)
    full = {"epoch": snapshot.epoch, "rows": total, "chunks": len(refs)}
    manifest = _manifest(snapshot, generation, written_by, refs, full)
    return encode_chunked(manifest, keys, generation, b"".join(out))


def write_append(snapshot: Snapshot, opened: OpenedFile, generation: str,
                 written_by: str) -> bytes:
    """The chunks of `opened` copied as they are, plus chunks of the rows this write changed.
    The keys stay those of `opened` (its chunks are sealed with them)."""
    old = opened.data[opened.region:]
    out: list[bytes] = [old]
    refs = [list(ref) for ref in snapshot.chunks]
    offset = len(old)
    for name, rows in changed_rows(snapshot).items():
        refs.extend(_seal(opened.keys, name, rows, offset, out))
        offset = sum(len(part) for part in out)
    manifest = _manifest(snapshot, generation, written_by, refs, snapshot.full)
    return encode_chunked(manifest, opened.keys, generation, b"".join(out))
