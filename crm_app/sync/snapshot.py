"""The shared state as it travels: per table, the column names once, then one entry per row.

A row entry is `[id, base_stamp, {field: [stamp, replaced]} or 0, erased_stamp or null,
[value, ...], epoch]` with values in the order of `columns`, in SQLite's own storage form (dates
"YYYY-MM-DD", UTC datetimes "YYYY-MM-DD HH:MM:SS.ffffff"), JSON columns as JSON lists. Rows
stay as raw lists until the merge needs one, so a large file is cheap to carry through.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON

from crm_app.db.changelog import synced_columns
from crm_app.db.models import SYNCED_MODELS, Record
from crm_app.sync.digest import row_hash, table_digest
from crm_app.sync.fileformat import FORMAT_VERSION
from crm_app.sync.merge import Row, compact_clocks

RawRow = list[Any]
# How many past writes a file names: a laptop whose last merged version is further back than
# this simply compares every row.
CHAIN_LENGTH = 256
MODEL_BY_TABLE: dict[str, type[Record]] = {m.__tablename__: m for m in SYNCED_MODELS}
# Kept when a row is erased: identity, time stamps of the tombstone, and links' own ids.
KEPT_ON_ERASURE = frozenset({"created_at", "updated_at", "deleted_at"})


def json_columns(model: type[Record]) -> frozenset[str]:
    return frozenset(c.key for c in model.__table__.columns if isinstance(c.type, JSON))


def blank_values(model: type[Record]) -> dict[str, Any]:
    """What an erased row keeps in each column: nothing personal."""
    blank: dict[str, Any] = {}
    for name in synced_columns(model):
        if name in KEPT_ON_ERASURE:
            continue
        column = model.__table__.columns[name]
        if column.foreign_keys and not column.nullable:
            continue  # a link's ends are ids, not personal data, and must stay valid
        if isinstance(column.type, JSON):
            blank[name] = []
        elif column.nullable:
            blank[name] = None
        elif column.type.python_type is str:
            blank[name] = ""
    return blank


def row_from_raw(columns: list[str], raw: RawRow) -> Row:
    entries = raw[2] or {}
    fields = {k: (v[0], v[1]) for k, v in entries.items()}
    items = {k: v[2] for k, v in entries.items() if len(v) > 2 and v[2]}
    return Row(raw[1], fields, raw[3], dict(zip(columns, raw[4], strict=True)), items)


def encode_fields(row: Row) -> dict[str, list[Any]]:
    """`{field: [stamp, replaced]}`, with the item marks of list fields as a third element."""
    return {k: [s, p, row.items[k]] if row.items.get(k) else [s, p]
            for k, (s, p) in sorted(row.fields.items())}


def raw_from_row(row_id: str, columns: list[str], row: Row, epoch: int) -> RawRow:
    fields = encode_fields(row) or 0
    return [row_id, row.base, fields, row.erased, [row.values.get(c) for c in columns], epoch]


def raw_epoch(raw: RawRow) -> int:
    return int(raw[5]) if len(raw) > 5 else 0


def compact(snapshot: Snapshot) -> int:
    """Forget the 'replaced' stamps of rows every known laptop has merged since their last
    change: they only serve to tell a race from a sequence, and no race with those writes
    can still arrive. Returns the number of rows compacted."""
    if not snapshot.devices:
        return 0
    active = [d for d in snapshot.devices.values() if not d.get("retired_at")]
    horizon = min((int(d.get("epoch", 0)) for d in active), default=0)
    done = 0
    for table in snapshot.tables.values():
        for raw in table.rows.values():
            fields = raw[2]
            if not fields or raw_epoch(raw) > horizon:
                continue
            if not any(p for _s, p in fields.values()):
                continue
            stamps = {c: (raw[1], "") for c in table.columns}
            stamps.update({c: (v[0], "") for c, v in fields.items()})
            base, explicit = compact_clocks(stamps)
            raw[1], raw[2] = base, {k: [s, p] for k, (s, p) in sorted(explicit.items())} or 0
            done += 1
    return done


@dataclass
class TableState:
    columns: list[str]
    rows: dict[str, RawRow] = field(default_factory=dict)


@dataclass
class Snapshot:
    """Everything the shared file holds."""

    tables: dict[str, TableState]
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    epoch: int = 0  # how many times the file was written; rows note the epoch of their change
    read_epoch: int = 0  # the epoch as read, before this sync's write
    # [epoch, generation] of the writes this file descends from, oldest first, its own last.
    # Generations are random per write, so a chain is a true ancestry: see docs/sync-format.md.
    chain: list[list[Any]] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # as written, per table
    written_by_format_1: bool = True  # an app before generation chains: no ancestry known
    purged: dict[str, list[str]] = field(default_factory=dict)  # see crm_app/sync/retire.py

    def epoch_of(self, generation: str) -> int | None:
        """The epoch at which `generation` was written, if this file descends from it."""
        for epoch, known in reversed(self.chain):
            if known == generation:
                return int(epoch)
        return None

    def compute_digests(self) -> dict[str, str]:
        return {name: table_digest(row_hash(raw[0], raw[4]) for raw in t.rows.values())
                for name, t in self.tables.items()}

    @classmethod
    def empty(cls) -> Snapshot:
        return cls({m.__tablename__: TableState(synced_columns(m)) for m in SYNCED_MODELS})

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> Snapshot:
        snapshot = cls.empty()
        for name, table in body.get("tables", {}).items():
            target = snapshot.tables.get(name)
            if target is None:
                continue  # a table this version does not know (format rules: never happens)
            columns = list(table["columns"])
            rows = {raw[0]: raw for raw in table["rows"]}
            if columns != target.columns:
                rows = {k: _reshape(columns, target.columns, raw) for k, raw in rows.items()}
            target.rows = rows
        snapshot.devices = dict(body.get("devices", {}))
        snapshot.epoch = int(body.get("epoch", 0))
        chain = body.get("chain")
        if isinstance(chain, list):
            snapshot.chain = [[int(e), str(g)] for e, g in chain]
            snapshot.written_by_format_1 = False
        snapshot.digests = dict(body.get("digests", {}))
        snapshot.purged = {str(t): list(ids) for t, ids in body.get("purged", {}).items()}
        return snapshot

    def to_body(self, generation: str, written_by: str) -> dict[str, Any]:
        # The digests come first so a no-op sync reads them from the first bytes of the body.
        return {
            "digests": self.compute_digests(),
            "format": FORMAT_VERSION,
            "generation": generation,
            "written_by": written_by,
            "epoch": self.epoch,
            "devices": self.devices,
            "chain": [*self.chain, [self.epoch, generation]][-CHAIN_LENGTH:],
            "purged": self.purged,
            "tables": {name: {"columns": t.columns, "rows": list(t.rows.values())}
                       for name, t in self.tables.items()},
        }

    def max_stamp(self) -> str:
        best = ""
        for table in self.tables.values():
            for raw in table.rows.values():
                best = max(best, raw[1], raw[3] or "",
                           *(v[0] for v in (raw[2] or {}).values()))
        return best


def peek_digests(compressed: bytes) -> dict[str, str] | None:
    """The `digests` of a body without decompressing or parsing the rest (None if absent)."""
    head = zlib.decompressobj().decompress(compressed, 64 * 1024)
    prefix = b'{"digests":'
    if not head.startswith(prefix):
        return None
    try:
        found, _end = json.JSONDecoder().raw_decode(head[len(prefix):].decode("utf-8", "replace"))
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def _reshape(old: list[str], new: list[str], raw: RawRow) -> RawRow:
    """A row from an older format: missing columns get None under the row's base stamp."""
    values = dict(zip(old, raw[4], strict=True))
    return [raw[0], raw[1], raw[2], raw[3], [values.get(c) for c in new]]


def dumps_fields(fields: dict[str, tuple[str, str]]) -> str:
    return json.dumps({k: [s, p] for k, (s, p) in sorted(fields.items())},
                      separators=(",", ":"))
