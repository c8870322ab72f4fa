"""The use cases the CLI and the dialogs call: read a file into a preview, apply it, undo the
last import, export. Reading never writes; applying is one transaction."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_app import fileio
from crm_app.db.io_models import ImportBatch
from crm_app.domain.errors import DomainError
from crm_app.io.apply import apply_import, undo_last_import
from crm_app.io.drafts import ParsedFile
from crm_app.io.export import ExportFilter, export_to, select_contacts, select_meetings
from crm_app.io.ics import parse_ics
from crm_app.io.preview import ImportPreview, build_preview
from crm_app.io.qr import parse_qr_text
from crm_app.io.tables import parse_csv_text, parse_table, read_xlsx_rows
from crm_app.io.textfile import decode_file
from crm_app.io.vcard import parse_vcards
from crm_app.services.crm import Crm
from crm_app.services.privacy import audit

IMPORT_FORMATS = ("vcard", "outlook", "google", "thunderbird", "csv", "xlsx", "ics", "qr")
EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".txt": "csv",
              ".tsv": "csv", ".xlsx": "xlsx", ".ics": "ics", ".ical": "ics"}
MAX_FILE_BYTES = 200 * 1024 * 1024


def guess_format(path: Path, data: bytes | None = None) -> str:
    found = EXTENSIONS.get(path.suffix.lower())
    if found:
        return found
    head = (data or b"")[:200].lstrip(b"\xef\xbb\xbf").upper()
    if head.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if head.startswith(b"BEGIN:VCALENDAR"):
        return "ics"
    if head.startswith(b"PK"):
        return "xlsx"
    raise DomainError(f"cannot tell the format of {path.name}; give --format "
                      f"({'|'.join(IMPORT_FORMATS)})")


def parse_text(text: str, format_name: str, mapping: Mapping[str, str] | None = None
               ) -> ParsedFile:
    if format_name == "vcard":
        return parse_vcards(text)
    if format_name == "ics":
        return parse_ics(text)
    if format_name == "qr":
        return parse_qr_text(text)
    if format_name in {"csv", "outlook", "google", "thunderbird"}:
        return parse_csv_text(text, format_name, mapping)
    raise DomainError(f"unknown import format {format_name!r} (use {'|'.join(IMPORT_FORMATS)})")


def read_file(path: Path, format_name: str | None = None,
              mapping: Mapping[str, str] | None = None, encoding: str | None = None
              ) -> ParsedFile:
    """Parse a file (no database access). A broken file raises DomainError. `encoding`
    overrides the detected one (the preview shows which was used and why)."""
    if not path.is_file():
        raise DomainError(f"no such file: {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise DomainError(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MiB")
    data = path.read_bytes()
    if not data.strip():
        raise DomainError(f"{path.name} is empty")
    fmt = format_name or guess_format(path, data)
    if mapping and fmt not in {"csv", "outlook", "google", "thunderbird", "xlsx"}:
        raise DomainError(f"a column mapping applies to CSV and .xlsx files, not to {fmt}")
    if fmt == "xlsx":
        header, rows = read_xlsx_rows(path)
        return parse_table(header, rows, "xlsx", mapping)
    try:
        decoded = decode_file(data, encoding)
    except DomainError as exc:
        raise DomainError(f"{path.name}: {exc}") from None
    del data  # the decoded text is all the parsers need; a big file is not held twice
    parsed = parse_text(decoded.text, fmt, mapping)
    parsed.encoding, parsed.encoding_note = decoded.encoding, decoded.note
    parsed.warnings[:0] = decoded.warnings
    return parsed


class ImportExport:
    def __init__(self, crm: Crm) -> None:
        self.crm = crm

    def preview(self, parsed: ParsedFile, source: str, on_duplicate: str = "skip"
                ) -> ImportPreview:
        return build_preview(self.crm.db, parsed, source, on_duplicate)

    def preview_file(self, path: Path, format_name: str | None = None,
                     on_duplicate: str = "skip", mapping: Mapping[str, str] | None = None,
                     encoding: str | None = None) -> ImportPreview:
        return self.preview(read_file(path, format_name, mapping, encoding), str(path),
                            on_duplicate)

    def preview_text(self, text: str, format_name: str = "qr", on_duplicate: str = "skip"
                     ) -> ImportPreview:
        return self.preview(parse_text(text, format_name), f"({format_name} text)",
                            on_duplicate)

    def apply(self, preview: ImportPreview) -> dict[str, Any]:
        if not preview.changes_anything:
            raise DomainError("nothing to import: every row is skipped or refused")
        with self.crm.db.session() as session:
            batch = apply_import(session, preview, self.crm.clock)
            # Bulk inserts bypass the session's audit hook: name what the file created.
            connection = session.connection()
            for table, ids in (batch.journal.get("created") or {}).items():
                audit.record(connection, "imported", table, ids, at=batch.applied_at)
            return self._describe(batch)

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
        created = {k: len(v) for k, v in batch.journal.get("created", {}).items()}
        return {"id": batch.id, "applied_at": batch.applied_at.isoformat(),
                "source": batch.source, "format": batch.format, "summary": batch.summary,
                "created": created, "updated": len(batch.journal.get("updated", [])),
                "undone_at": batch.undone_at.isoformat() if batch.undone_at else None}
