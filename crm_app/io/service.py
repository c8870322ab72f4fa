"""The use cases the CLI and the dialogs call: read a file into a preview, apply it, undo the
last import, export. Reading never writes; applying is one transaction."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app import fileio
from crm_app.db.database_file import CACHE_KIB
from crm_app.db.import_journal import journal_parts, journal_totals
from crm_app.db.io_models import ImportBatch
from crm_app.domain.errors import DomainError
from crm_app.io.apply import apply_import, undo_last_import
from crm_app.io.drafts import ParsedFile
from crm_app.io.export import ExportFilter, export_to, select_contacts, select_meetings
from crm_app.io.ics import Window, parse_ics
from crm_app.io.preview import ImportPreview, build_preview
from crm_app.io.progress import ImportCancelled, Progress, phase
from crm_app.io.qr import parse_qr_text
from crm_app.io.stream_import import (
    TableFile,
    apply_table,
    open_table,
    preview_table,
    write_table,
)
from crm_app.io.tables import parse_csv_text, parse_table, read_xlsx_rows
from crm_app.io.textfile import decode_file
from crm_app.io.vcard import parse_vcards
from crm_app.services.crm import Crm
from crm_app.services.privacy import audit

IMPORT_FORMATS = ("vcard", "becky", "outlook", "google", "thunderbird", "csv", "xlsx", "ics",
                  "qr")
# .bab: Becky! Internet Mail's address book, vCards whose N holds the nickname
EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".bab": "becky", ".csv": "csv", ".txt": "csv",
              ".tsv": "csv", ".xlsx": "xlsx", ".ics": "ics", ".ical": "ics", ".vcs": "ics"}
TABLE_FORMATS = ("csv", "outlook", "google", "thunderbird", "xlsx")
# Formats read whole (vCard, iCalendar); table files stream at any size.
MAX_FILE_BYTES = 200 * 1024 * 1024
AUDIT_BATCH = 5000


IMPORT_CACHE_KIB = 98304  # 96 MiB while an import writes; the usual cache after


@contextmanager
def import_cache(session: Session) -> Iterator[None]:
    """A bigger page cache for the import's connection while it writes. The rows' random ids
    land all over the indexes, and with the usual 32 MB an encrypted file decrypted the same
    pages again and again: 100,000 rows took 77.7 s, with 96 MiB 52.9 s (64 MiB: 61.7 s; 128
    MiB: 52.0 s for 37 MiB more). Reset on the raw connection, which a failed transaction does
    not touch."""
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    raw.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")


def guess_format(path: Path, data: bytes | None = None) -> str:
    found = EXTENSIONS.get(path.suffix.lower())
    if found:
        return found
    head = (data or b"")[:200].lstrip(b"\xef\xbb\xbf").upper()
    if path.suffix.lower() in {".ldif", ".ldi"} or head.startswith((b"DN:", b"VERSION: 1")):
        # Thunderbird's and LDAP directories' export: named, not "cannot tell the format"
        raise DomainError("{name} is an LDIF address book, which this app does not read; "
                          "export it as vCard (.vcf) or CSV and import that", name=path.name)
    if head.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if head.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if head.startswith(b"PK"):
        return "xlsx"
    raise DomainError("cannot tell the format of {name}; give --format ({formats})",
                      name=path.name, formats="|".join(IMPORT_FORMATS))


def parse_text(text: str, format_name: str, mapping: Mapping[str, str] | None = None,
               repeat_months: int | None = None, encoding: str | None = None,
               progress: Progress | None = None, stop: threading.Event | None = None
               ) -> ParsedFile:
    if format_name in {"vcard", "becky"}:
        return parse_vcards(text, format_name, encoding, progress, stop)
    if format_name == "ics":
        return parse_ics(text, Window.default(months=repeat_months)
                         if repeat_months is not None else None, progress=progress, stop=stop)
    if format_name == "qr":
        return parse_qr_text(text)
    if format_name in {"csv", "outlook", "google", "thunderbird"}:
        return parse_csv_text(text, format_name, mapping)
    raise DomainError("unknown import format {value!r} (use {formats})", value=format_name,
                      formats="|".join(IMPORT_FORMATS))


def read_file(path: Path, format_name: str | None = None,
              mapping: Mapping[str, str] | None = None, encoding: str | None = None,
              repeat_months: int | None = None, progress: Progress | None = None,
              stop: threading.Event | None = None) -> ParsedFile:
    """Parse a file (no database access). A broken file raises DomainError. `encoding`
    overrides the detected one (the preview shows which was used and why); `repeat_months`
    is how far ahead a calendar's repeating events are expanded (default 12 months)."""
    if not path.is_file():
        raise DomainError("no such file: {path}", path=path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DomainError("{name} is larger than {count} MiB", name=path.name,
                          count=MAX_FILE_BYTES // 2**20)
    data = path.read_bytes()
    if not data.strip():
        raise DomainError("{name} is empty", name=path.name)
    fmt = format_name or guess_format(path, data)
    if mapping and fmt not in {"csv", "outlook", "google", "thunderbird", "xlsx"}:
        raise DomainError("a column mapping applies to CSV and .xlsx files, not to {format}",
                          format=fmt)
    if fmt == "xlsx":
        header, rows = read_xlsx_rows(path)
        return parse_table(header, rows, "xlsx", mapping)
    try:
        decoded = decode_file(data, encoding)
    except DomainError as exc:
        raise DomainError("{name}: {reason}", name=path.name, reason=exc) from None
    del data  # the decoded text is all the parsers need; a big file is not held twice
    phase(progress, "read", "records")
    parsed = parse_text(decoded.text, fmt, mapping, repeat_months, encoding, progress, stop)
    parsed.encoding = decoded.encoding
    parsed.encoding_note = "; ".join(n for n in (decoded.note, parsed.encoding_note) if n)
    parsed.warnings[:0] = decoded.warnings
    return parsed


def open_table_file(path: Path, format_name: str | None = None,
                    mapping: Mapping[str, str] | None = None, encoding: str | None = None
                    ) -> TableFile | None:
    """A CSV or .xlsx file opened for streaming (header, mapping, encoding), or None for
    the other formats."""
    if not path.is_file():
        raise DomainError("no such file: {path}", path=path)
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head.strip():
        raise DomainError("{name} is empty", name=path.name)
    fmt = format_name or guess_format(path, head)
    if fmt not in TABLE_FORMATS:
        return None
    return open_table(path, fmt, mapping, encoding)


class _NothingDone(Exception):
    def __init__(self, preview: ImportPreview) -> None:
        super().__init__("nothing to import")
        self.preview = preview


class ImportExport:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def preview(self, parsed: ParsedFile, source: str, on_duplicate: str = "skip",
                progress: Progress | None = None, stop: threading.Event | None = None
                ) -> ImportPreview:
        phase(progress, "checked", "records")
        return build_preview(self.crm.db, parsed, source, on_duplicate, progress, stop)

    def preview_file(self, path: Path, format_name: str | None = None,
                     on_duplicate: str = "skip", mapping: Mapping[str, str] | None = None,
                     encoding: str | None = None, progress: Progress | None = None,
                     stop: threading.Event | None = None, repeat_months: int | None = None
                     ) -> ImportPreview:
        """Table files stream (any size, memory bounded); the other formats are read whole."""
        table = open_table_file(path, format_name, mapping, encoding)
        if table is not None:
            return preview_table(self.crm.db, table, str(path), on_duplicate, progress, stop)
        parsed = read_file(path, format_name, mapping, encoding, repeat_months, progress, stop)
        return self.preview(parsed, str(path), on_duplicate, progress, stop)

    def preview_table(self, table: TableFile, on_duplicate: str = "skip",
                      progress: Progress | None = None, stop: threading.Event | None = None
                      ) -> ImportPreview:
        return preview_table(self.crm.db, table, str(table.path), on_duplicate, progress, stop)

    def preview_text(self, text: str, format_name: str = "qr", on_duplicate: str = "skip"
                     ) -> ImportPreview:
        return self.preview(parse_text(text, format_name), f"({format_name} text)",
                            on_duplicate)

    def import_file(self, path: Path, format_name: str | None = None,
                    on_duplicate: str = "skip", mapping: Mapping[str, str] | None = None,
                    encoding: str | None = None, progress: Progress | None = None,
                    stop: threading.Event | None = None, repeat_months: int | None = None
                    ) -> tuple[ImportPreview, dict[str, Any] | None]:
        """Preview and import in one go (the CLI); a table file is read once. Returns what
        was done and the batch (None when nothing in the file changes anything)."""
        table = open_table_file(path, format_name, mapping, encoding)
        if table is None:
            preview = self.preview_file(path, format_name, on_duplicate, mapping, encoding,
                                        progress, stop, repeat_months)
            if stop is not None and stop.is_set():
                raise ImportCancelled()
            return preview, self.apply(preview) if preview.changes_anything else None
        try:
            with self.crm.db.session() as session, import_cache(session):
                batch, done = write_table(session, table, str(path), on_duplicate,
                                          self.crm.clock, progress, stop)
                if not done.changes_anything:
                    raise _NothingDone(done)
                self._audit_created(session, batch)
                return done, self._describe(batch)
        except _NothingDone as nothing:  # rolled back: not even an empty batch is kept
            return nothing.preview, None

    def apply(self, preview: ImportPreview, progress: Progress | None = None,
              stop: threading.Event | None = None) -> dict[str, Any]:
        if not preview.changes_anything:
            raise DomainError("nothing to import: every row is skipped or refused")
        with self.crm.db.session() as session, import_cache(session):
            if preview.complete:
                batch = apply_import(session, preview, self.crm.clock)
            else:
                batch = apply_table(session, preview, self.crm.clock, progress, stop)
            self._audit_created(session, batch)
            return self._describe(batch)

    @staticmethod
    def _audit_created(session: Session, batch: ImportBatch) -> None:
        """Bulk inserts bypass the session's audit hook: name what the file created."""
        connection = session.connection()
        for journal in journal_parts(session, batch):  # one part of the journal at a time
            for table, ids in (journal.get("created") or {}).items():
                for start in range(0, len(ids), AUDIT_BATCH):  # not 500,000 entries at once
                    audit.record(connection, "imported", table, ids[start:start + AUDIT_BATCH],
                                 at=batch.applied_at)

    def undo_last(self) -> dict[str, Any]:
        with self.crm.db.session() as session:
            return self._describe(undo_last_import(session, self.crm.clock))

    def last_import(self) -> dict[str, Any] | None:
        with self.crm.db.session() as session:
            batch = session.scalars(select(ImportBatch).where(ImportBatch.undone_at.is_(None))
                                    .order_by(ImportBatch.applied_at.desc()).limit(1)).first()
            return self._describe(batch) if batch is not None else None

    def export(self, kind: str, path: Path, flt: ExportFilter | None = None,
               vcard_version: str = "3.0") -> int:
        """Written to a temporary file first, so a failed export leaves no half file."""
        chosen = flt or ExportFilter()
        with fileio.atomic_path(Path(path)) as partial, self.crm.db.session() as session:
            count = export_to(session, kind, partial, chosen, vcard_version)
            # Ids only: who exported which records, for the office's audit log.
            if kind == "ics":
                people = ([c["id"] for c in select_contacts(session, chosen)]
                          if chosen.country or chosen.tag else None)
                audit.record(session.connection(), "exported", "meeting",
                             [m["id"] for m in select_meetings(session, chosen, people)],
                             at=self.crm.clock())
            else:
                audit.record(session.connection(), "exported", "contact",
                             [c["id"] for c in select_contacts(session, chosen)],
                             at=self.crm.clock())
            return count

    @staticmethod
    def _describe(batch: ImportBatch) -> dict[str, Any]:
        created, updated = journal_totals(batch)
        return {"id": batch.id, "applied_at": batch.applied_at.isoformat(),
                "source": batch.source, "format": batch.format, "summary": batch.summary,
                "created": created, "updated": updated,
                "undone_at": batch.undone_at.isoformat() if batch.undone_at else None}
