"""The duplicate index of one import: the database's contacts and the file's earlier rows,
with the file's part kept out of Python memory, so a 620,000-row file does not grow it.

The file's emails, phones (with the row's name key, for the switchboard check), vCard UIDs
and the ids a streamed import gave its rows go to temporary tables of the import's own
SQLite connection (on disk for a plain database, SQLite's page cache bounds them; SQLCipher
keeps temporary tables in memory, since its temporary files would not be encrypted). Only
the name blocks stay in memory, as the name key (shared by its blocks) and the row's line
number in an array: about 100 bytes per row. Matches are those of ContactIndex holding the
database's keys and then the file's rows in file order, in the same order.
"""

from __future__ import annotations

import itertools
from array import array
from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from crm_app.services.duplicates import (
    NAME_THRESHOLD,
    PHONE_NAME,
    ContactIndex,
    ContactKey,
    Match,
    _block,
    load_index,
)

_names = itertools.count(1)
LINE = "line:"


def line_of(record_id: str) -> int | None:
    return int(record_id[len(LINE):]) if record_id.startswith(LINE) else None


class FileIndex:
    """ContactIndex.matches over the database's contacts plus the rows added so far."""

    def __init__(self, session: Session, index: ContactIndex | None = None) -> None:
        self.db = index if index is not None else load_index(session)
        raw = session.connection().connection.driver_connection
        assert raw is not None
        self.raw: Any = raw
        self.prefix = f"temp.import_keys_{next(_names)}"
        # per name group: the line numbers of the file's rows, after the database's keys
        self.lines: dict[object, array[int]] = defaultdict(lambda: array("q"))
        cursor = self.raw.cursor()
        try:
            for statement in (
                f"CREATE TABLE {self.prefix}_email (email TEXT NOT NULL, line INTEGER NOT NULL)",
                f"CREATE INDEX {self.prefix}_email_ix ON {self.prefix[5:]}_email (email)",
                f"CREATE TABLE {self.prefix}_phone (phone TEXT NOT NULL, line INTEGER NOT NULL, "
                "name TEXT NOT NULL)",
                f"CREATE INDEX {self.prefix}_phone_ix ON {self.prefix[5:]}_phone (phone)",
                f"CREATE TABLE {self.prefix}_uid (uid TEXT PRIMARY KEY, target TEXT NOT NULL)",
                f"CREATE TABLE {self.prefix}_written (line INTEGER PRIMARY KEY, "
                "target TEXT NOT NULL)",
            ):
                cursor.execute(statement)
        finally:
            cursor.close()
        self.closed = False

    def _all(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return list(self.raw.execute(sql, params))

    def close(self) -> None:
        """Drop the temporary tables (the connection goes back to the pool)."""
        if self.closed:
            return
        self.closed = True
        for table in ("email", "phone", "uid", "written"):
            self.raw.execute(f"DROP TABLE IF EXISTS {self.prefix}_{table}")

    # -- the file's rows ----------------------------------------------------------------------
    def add(self, key: ContactKey) -> None:
        """A row of the file (id "line:N") that later rows may match."""
        line = line_of(key.id)
        assert line is not None, "only the file's rows are added; the database's are loaded"
        if key.emails:
            self.raw.executemany(f"INSERT INTO {self.prefix}_email VALUES (?, ?)",
                                 [(email, line) for email in key.emails])
        if key.phones:
            self.raw.executemany(f"INSERT INTO {self.prefix}_phone VALUES (?, ?, ?)",
                                 [(phone, line, key.name) for phone in key.phones])
        names = self.db.names
        if key.organisation_id and key.name:
            group: object = ("org", key.organisation_id)
            names[group].append(key.name)
            self.lines[group].append(line)
        block = _block(key)
        if block is not None:
            names[block].append(key.name)
            self.lines[block].append(line)

    def first_with_email(self, email: str) -> str | None:
        """The first contact (then row) with this email, as by_email[email][0] gave it."""
        found = self.db.by_email.get(email)
        if found:
            return found[0]
        rows = self._all(f"SELECT line FROM {self.prefix}_email WHERE email = ? "
                         "ORDER BY rowid LIMIT 1", (email,))
        return f"{LINE}{rows[0][0]}" if rows else None

    def set_uid(self, uid: str, target: str, known: dict[str, str]) -> None:
        """uids.setdefault(uid, target), the file's part kept here."""
        if uid not in known:
            self.raw.execute(f"INSERT OR IGNORE INTO {self.prefix}_uid VALUES (?, ?)",
                             (uid, target))

    def uid(self, uid: str, known: dict[str, str]) -> str | None:
        if uid in known:
            return known[uid]
        rows = self._all(f"SELECT target FROM {self.prefix}_uid WHERE uid = ?", (uid,))
        return str(rows[0][0]) if rows else None

    def set_written(self, pairs: list[tuple[int, str]]) -> None:
        """Rows a streamed import wrote: (line, the new contact's id)."""
        self.raw.executemany(f"INSERT OR REPLACE INTO {self.prefix}_written VALUES (?, ?)",
                             pairs)

    def written(self, record_id: str) -> str | None:
        """The contact a streamed import created from the row `record_id` ("line:N")."""
        line = line_of(record_id)
        if line is None:
            return None
        rows = self._all(f"SELECT target FROM {self.prefix}_written WHERE line = ?", (line,))
        return str(rows[0][0]) if rows else None

    # -- lookups ------------------------------------------------------------------------------
    def matches(self, key: ContactKey) -> list[Match]:
        """ContactIndex.matches as if the file's rows were in it after the database's."""
        found: dict[str, Match] = {}
        db = self.db

        def offer(match: Match) -> None:
            if match.record_id != key.id and match.record_id not in found:
                found[match.record_id] = match

        for email in key.emails:
            for other in db.by_email.get(email, ()):
                offer(Match(other, f"same email {email}", 100))
            for (line,) in self._all(f"SELECT line FROM {self.prefix}_email WHERE email = ? "
                                     "ORDER BY rowid", (email,)):
                offer(Match(f"{LINE}{line}", f"same email {email}", 100))
        for phone in key.phones:  # a shared switchboard is no match on its own
            others = [(other, db.name_of.get(other, "")) for other in db.by_phone.get(phone, ())]
            others += [(f"{LINE}{line}", name) for line, name in self._all(
                f"SELECT line, name FROM {self.prefix}_phone WHERE phone = ? ORDER BY rowid",
                (phone,))]
            for other, name in others:
                if key.name and name and fuzz.ratio(key.name, name) >= PHONE_NAME:
                    offer(Match(other, f"same phone {phone}", 100))
        if key.name:
            groups: list[tuple[object, list[ContactKey], str]] = []
            if key.organisation_id:
                groups.append((("org", key.organisation_id),
                               db.by_org.get(key.organisation_id, []), "organisation"))
            block = _block(key)
            if block is not None:
                groups.append((block, db.by_block.get(block, []), "country"))
            for group, candidates, where in groups:
                names = db.names.get(group, [])
                lines = self.lines.get(group)
                for _name, score, index in process.extract(
                    key.name, names, scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD,
                    limit=None,
                ):
                    if index < len(candidates):
                        record_id = candidates[index].id
                    else:
                        assert lines is not None
                        record_id = f"{LINE}{lines[index - len(candidates)]}"
                    offer(Match(record_id, f"similar name ({int(score)}%) in the same {where}",
                                int(score)))
        return sorted(found.values(), key=lambda m: -m.score)
