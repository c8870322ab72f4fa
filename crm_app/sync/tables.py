"""One pass of the merge over every synchronised table: the rows the file changed and this
laptop's own recent edits, merged field by field and written here in batches per table."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from crm_app.db.models import SYNCED_MODELS, Record
from crm_app.domain import hlc
from crm_app.sync import bulk, rules
from crm_app.sync.local import (
    clock_row,
    load_clocks,
    load_clocks_for,
    load_recent_clocks,
    load_values,
    same_clock,
    write_rows,
)
from crm_app.sync.merge import Conflict, Row, merge_row
from crm_app.sync.report import MASS_DELETE_MINIMUM, MASS_DELETE_SHARE, MassDeletion
from crm_app.sync.snapshot import (
    Snapshot,
    TableState,
    blank_values,
    raw_epoch,
    raw_from_row,
    row_from_raw,
)
from crm_app.sync.state import SyncerState


class TableMerge(SyncerState):
    def _merge_tables(self, cursor: Any, remote: Snapshot, since: int | None, deep: bool,
                      sent_upto: str, is_pending: Callable[[str], bool],
                      conflicts: list[tuple[str, str, Conflict]]) -> str:
        """One pass over every table. Without a known base (`since` None) every row is
        compared; with one, only the rows the file changed since this laptop's last merge,
        and this laptop's own recent edits. `deep` also compares the values of rows whose
        clocks are equal (a copied database, a bug): the digests told us something differs."""
        newest = ""
        clocks = (load_clocks(cursor) if since is None
                  else load_recent_clocks(cursor, sent_upto))
        for model in SYNCED_MODELS:
            table = model.__tablename__
            state = remote.tables[table]
            blank = blank_values(model)
            if since is None:
                local = clocks.get(table, {})
                arrived: Iterable[str] = state.rows
            else:
                arrived = [i for i, raw in state.rows.items() if raw_epoch(raw) > since]
                local = {**load_clocks_for(cursor, table, list(arrived)),
                         **clocks.get(table, {})}
            if self._bulk is not None and not local:
                newest = max(newest, self._load_table(cursor, model, state))
                continue
            all_values = load_values(cursor, model, None) if deep else None
            differing = [i for i, entry in local.items()
                         if i in state.rows and (not same_clock(entry, state.rows[i]) or (
                             all_values is not None and i in all_values
                             and values_of(state.columns, all_values[i])
                             != state.rows[i][4]))]
            only_remote = {i for i in arrived if i not in local}
            only_local = [i for i in local if i not in state.rows]
            if all_values is not None:
                values = all_values
                only_remote -= set(values)  # rows without a clock here: merged as differing
            else:
                values = load_values(cursor, model, [*differing, *only_local])
            received = self._received.setdefault(table, set())
            sent = self._sent.setdefault(table, set())
            written = self._written.setdefault(table, set())
            to_write: dict[str, Row] = {}
            for row_id in only_remote:
                to_write[row_id] = row_from_raw(state.columns, state.rows[row_id])
                if table == "contact" and to_write[row_id].values.get("deleted_at") is None:
                    self._new_contacts.append(row_id)
            for row_id in differing:
                mine = clock_row(local[row_id], values[row_id])
                theirs = row_from_raw(state.columns, state.rows[row_id])
                outcome = merge_row(mine, theirs, state.columns, is_pending, blank)
                rules.enforce(table, mine, theirs, outcome, state.columns)
                conflicts.extend((table, row_id, c) for c in outcome.conflicts)
                if outcome.mine_changed or not outcome.row.same_clocks(mine):
                    to_write[row_id] = outcome.row
                if outcome.theirs_changed:
                    state.rows[row_id] = raw_from_row(row_id, state.columns, outcome.row,
                                                      remote.epoch)
                    sent.add(row_id)
            for row_id in only_local:
                if row_id not in values:
                    continue  # a clock without its row (never expected): nothing to send
                row = clock_row(local[row_id], values[row_id])
                state.rows[row_id] = raw_from_row(row_id, state.columns, row, remote.epoch)
                sent.add(row_id)
            self.checkpoint(f"merged-{table}")
            write_rows(cursor, model, to_write, values, reindex=self._bulk is None)
            if self._bulk is not None:
                self._bulk.defer(model, to_write)
            written.update(to_write)
            newest = max([newest, *(row.max_stamp() for row in to_write.values())])
            for row_id, row in to_write.items():
                before = values.get(row_id)
                if row_id in only_remote or before is None:
                    received.add(row_id)
                elif not same_values(before, row):
                    received.add(row_id)
                    self._changed.setdefault(table, set()).add(row_id)
                    if before.get("deleted_at") is None and row.values.get("deleted_at"):
                        by = hlc.device_of(row.stamp("deleted_at"))
                        self._deleted.setdefault(table, {}).setdefault(by, set()).add(row_id)
            self.checkpoint(f"applied-{table}")
        return newest

    def _load_table(self, cursor: Any, model: type[Record], state: TableState) -> str:
        """A first sync's table: every row of the file is new here (`bulk.write_table`)."""
        assert self._bulk is not None
        table = model.__tablename__
        ids = set(state.rows)
        self._received.setdefault(table, set()).update(ids)
        self._sent.setdefault(table, set())
        self._written.setdefault(table, set()).update(ids)
        if table == "contact":
            self._new_contacts.extend(i for i, raw in state.rows.items()
                                      if raw[4][state.columns.index("deleted_at")] is None)
        self.checkpoint(f"merged-{table}")
        newest = bulk.write_table(cursor, model, state, self._bulk)
        self.checkpoint(f"applied-{table}")
        return newest

    def _guard_mass_deletion(self, cursor: Any, remote: Snapshot) -> None:
        """Joplin lost hundreds of notes to an emptied sync target: a sync that would delete
        most of one kind of record here, all from one laptop, stops (the transaction is
        rolled back) unless the user allowed it."""
        if self.allow_mass_delete:
            return
        for table, by_device in self._deleted.items():
            for device, ids in by_device.items():
                if len(ids) <= MASS_DELETE_MINIMUM:
                    continue
                (live,) = cursor.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()
                total = live + len(ids)  # before this sync
                if len(ids) > MASS_DELETE_SHARE * total:
                    seen = str(remote.devices.get(device, {}).get("synced_at", ""))
                    raise MassDeletion(device, table, len(ids), total, seen)


def values_of(columns: list[str], values: dict[str, Any]) -> list[Any]:
    return [values.get(c) for c in columns]


def same_values(before: dict[str, Any] | None, row: Row) -> bool:
    return before is not None and all(before.get(k) == v for k, v in row.values.items())



def record_conflicts(connection: Connection, conflicts: list[tuple[str, str, Conflict]],
                      now: datetime) -> int:
    if not conflicts:
        return 0
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    before = cursor.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    stamp = now.astimezone(UTC)
    cursor.executemany(
        "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, field, mine_value, mine_hlc, "
        "theirs_value, theirs_hlc, kept, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(table, row_id, c.field, json.dumps(c.mine_value, ensure_ascii=False), c.mine_stamp,
          json.dumps(c.theirs_value, ensure_ascii=False), c.theirs_stamp, c.kept,
          stamp.strftime("%Y-%m-%d %H:%M:%S.%f"))
         for table, row_id, c in conflicts],
    )
    after = cursor.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    cursor.close()
    return int(after - before)

