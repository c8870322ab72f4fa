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
from crm_app.sync.digest import MODULUS, row_hash, table_digest
from crm_app.sync.fileformat import FORMAT_1, OpenedFile, keep_newest
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
            # An entry is [stamp, replaced] or, for a list field, [stamp, replaced, items]; the
            # items' marks serve racing writes only, so they go with the replaced stamps.
            if not any(entry[1] for entry in fields.values()):
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
    # Format 2 (crm_app/sync/chunks.py): the file's chunks, its columns per table, and what
    # its last full write held. `complete` is False while only the rows changed after some
    # epoch are loaded; `before` keeps the rows as read, to update the digests by difference.
    version: int = FORMAT_1
    chunks: list[list[Any]] = field(default_factory=list)
    file_columns: dict[str, list[str]] = field(default_factory=dict)
    full: dict[str, int] = field(default_factory=dict)
    complete: bool = True
    before: dict[str, dict[str, RawRow]] = field(default_factory=dict)
    before_complete: bool = True

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

    @classmethod
    def read(cls, opened: OpenedFile) -> Snapshot:
        """A format-1 file parsed whole; a format-2 file's manifest only (see `load`)."""
        plain = opened.plain()
        if opened.version == FORMAT_1:
            return cls.from_body(plain)
        snapshot = cls.from_body({k: v for k, v in plain.items() if k != "tables"})
        snapshot.version = opened.version
        snapshot.chunks = [list(ref) for ref in plain.get("chunks", [])]
        snapshot.file_columns = {str(t): list(c) for t, c in plain.get("columns", {}).items()}
        snapshot.full = {str(k): int(v) for k, v in plain.get("full", {}).items()}
        snapshot.complete = False
        return snapshot

    def load(self, opened: OpenedFile | None, since: int | None) -> None:
        """Decrypt the chunks holding rows changed after epoch `since` and keep those rows
        (every row when `since` is None). Every version newer than `since` lies in a chunk
        whose highest epoch is newer, so the newest version found is the row's current one;
        older rows are skipped, as a laptop that merged epoch `since` already has them.
        Rows already here with a newer epoch (this sync's merge) are kept."""
        if self.complete or opened is None:
            return
        for ref in self.chunks:
            if since is not None and int(ref[3]) <= since:
                continue
            state = self.tables.get(str(ref[1]))
            if state is None:
                continue
            columns = self.file_columns.get(str(ref[1]), state.columns)
            for raw in opened.chunk_rows(ref):
                if since is not None and raw_epoch(raw) <= since:
                    continue
                if columns != state.columns:
                    raw = [*_reshape(columns, state.columns, raw), raw_epoch(raw)]
                keep_newest(state.rows, raw)
        if since is None:
            self.complete = True

    def remember_before(self) -> None:
        self.before = {name: dict(t.rows) for name, t in self.tables.items()}
        self.before_complete = self.complete

    def merged_digests(self, stored: Any) -> dict[str, str]:
        """The digests of the file about to be written. From a format-2 file they are updated
        by difference: the rows this sync changed (those of the new epoch) leave their old
        hash and bring their new one. An old version not loaded here is the one this laptop
        merged at its last sync, whose hash this laptop kept: `stored(table, ids)` gives it
        (ids it lacks were never in the file). Otherwise every row is hashed."""
        if self.version == FORMAT_1 or set(self.digests) != set(self.tables):
            return self.compute_digests()
        result = {}
        for name, state in self.tables.items():
            total = int(self.digests[name], 16)
            changed = [raw for raw in state.rows.values() if raw_epoch(raw) == self.epoch]
            before = self.before.get(name, {})
            # With every row read, a row missing from `before` was not in the file at all.
            unloaded = ([] if self.before_complete else
                        [raw[0] for raw in changed if raw[0] not in before])
            old = stored(name, unloaded) if unloaded else {}
            for raw in changed:
                previous = before.get(raw[0])
                total -= (row_hash(raw[0], previous[4]) if previous is not None
                          else old.get(raw[0], 0))
                total += row_hash(raw[0], raw[4])
            result[name] = f"{total % MODULUS:032x}"
        return result

    def to_body(self, generation: str, written_by: str) -> dict[str, Any]:
        # The digests come first so a no-op sync reads them from the first bytes of the body.
        return {
            "digests": self.compute_digests(),
            "format": FORMAT_1,
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
