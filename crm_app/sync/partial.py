"""How much of a format-2 shared file one sync must read (see docs/sync-format.md).

A laptop that last merged epoch E of a file this one descends from reads only the chunks
changed after E, unless something makes the kept row hashes or its own unsent edits unsafe
to rely on; then it reads every chunk."""

from __future__ import annotations

import json

from sqlalchemy import Connection

from crm_app.db import changelog


def read_partially(connection: Connection, since: int | None, full_write: bool) -> bool:
    """Whether reading only the chunks changed after `since` is enough: not for a full
    comparison or a full write; not when the last sync here wrote locally but did not finish
    (its hashes may name rows the file never received), when rows synced before have no hash
    yet (a database from before row hashes), or when one of this laptop's unsent edits lost
    to a clock far ahead."""
    if since is None or full_write or changelog.get_state(connection, "unfinished_sync"):
        return False
    sent_upto = changelog.get_state(connection, "sent_upto") or ""
    unhashed = connection.exec_driver_sql(
        # `+max_hlc`: not by the max_hlc index (nearly every row is at or before the last
        # sync, so that walked them all) but by the small index of unhashed rows.
        "SELECT 1 FROM sync_row WHERE vh1 IS NULL AND +max_hlc <= ? LIMIT 1",
        (sent_upto,)).first()
    return unhashed is None and all(
        _dominates(entry, sent_upto) for entry in _recent(connection, sent_upto))


def _recent(connection: Connection, sent_upto: str) -> list[tuple[str, str, str]]:
    """(base, fields, max stamp) of the rows edited here since the last sync."""
    return [(str(r[0]), str(r[1]), str(r[2])) for r in connection.exec_driver_sql(
        "SELECT base, fields, max_hlc FROM sync_row WHERE max_hlc > ?", (sent_upto,))]


def _dominates(entry: tuple[str, str, str], sent_upto: str) -> bool:
    """Whether a row edited here replaces the file's version of it as a whole: every field
    written here since the last sync has a stamp after every stamp it replaced. Not so when
    an edit lost to a stamp from a clock far ahead (the HLC does not follow beyond its bound):
    then the file's version must be read and merged, so the loss is listed as a conflict."""
    _base, fields, _newest = entry
    if fields == "{}":
        return True
    for value in json.loads(fields).values():
        stamp, replaced = value[0], value[1]
        if stamp > sent_upto and replaced and any(p > stamp for p in replaced.split("|")):
            return False
    return True
