"""Table files (CSV, .xlsx) imported as a stream, so memory does not grow with the file.

The preview reads every row once, checks it against the database and the earlier rows of the
file, and keeps only counts, the first rows and the notable ones (refused, skipped, with
warnings). The import reads the file again, refuses it if its bytes changed since the
preview, and writes it chunk by chunk in one transaction: a later row of the same person
combines into the record an earlier chunk created, as the whole-file path combines it into
the earlier row. Cancel (or any error) rolls the whole import back.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.io_models import ImportBatch
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.errors import DomainError
from crm_app.io.apply import ImportWriter, record_batch
from crm_app.io.drafts import ContactDraft, ParsedFile
from crm_app.io.preview import ImportPreview, PreviewBuilder, PreviewRow, tally_row
from crm_app.io.progress import ImportCancelled as ImportCancelled  # raised by the import
from crm_app.io.progress import Progress, report
from crm_app.io.tables import drafts_of, iter_xlsx_rows, resolve_mapping
from crm_app.io.textfile import rows_of
from crm_app.io.textstream import TextSource, open_text

# Rows the preview keeps to show (the first ones, then up to as many notable ones).
SHOWN_ROWS = 1000
CHUNK = 2000


@dataclass
class TableFile:
    """A CSV or .xlsx file, its format and column mapping, read again on each pass."""

    path: Path
    head: ParsedFile  # format, columns, mapping, encoding and warnings; no rows
    text: TextSource | None  # None for .xlsx
    size: int

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        if self.text is None:
            return iter_xlsx_rows(self.path)[1]
        return rows_of(self.text.lines())[1]

    def drafts(self) -> Iterator[ContactDraft]:
        return drafts_of(self.head, self.rows())

    def changed(self) -> bool:
        if self.text is not None:
            return self.text.changed()
        return self.path.stat().st_size != self.size


def open_table(path: Path, format_name: str, mapping: Mapping[str, str] | None = None,
               encoding: str | None = None) -> TableFile:
    """Read the header and decide encoding, format and mapping; no row is read yet."""
    if format_name == "xlsx":
        header, _rows = iter_xlsx_rows(path, header_only=True)
        head = resolve_mapping(header, "xlsx", mapping)
        return TableFile(path, head, None, path.stat().st_size)
    try:
        text = open_text(path, encoding)
        header, _lines = rows_of(text.lines())
    except DomainError as exc:
        raise DomainError("{name}: {reason}", name=path.name, reason=exc) from None
    head = resolve_mapping(header, format_name, mapping)
    head.encoding, head.encoding_note = text.encoding, text.note
    head.warnings[:0] = text.warnings
    return TableFile(path, head, text, text.size)


def _notable(row: PreviewRow) -> bool:
    return row.action in {"refuse", "skip"} or bool(row.warnings)


_report = report  # rows done (of `total`; 0 while the preview has not counted them yet)


class _Shown:
    """The rows a preview keeps: the first ones, then up to as many refused ones and as
    many other notable ones (skipped, with warnings), so a refusal late in the file shows."""

    def __init__(self, preview: ImportPreview, shown: int) -> None:
        self.preview, self.shown = preview, shown
        self.later: Counter[bool] = Counter()

    def add(self, row: PreviewRow) -> None:
        assert self.preview.tally is not None
        tally_row(self.preview.tally, row)
        refused = row.action == "refuse"
        if len(self.preview.rows) < self.shown:
            self.preview.rows.append(row)
        elif (refused or _notable(row)) and self.later[refused] < self.shown:
            self.preview.rows.append(row)
            self.later[refused] += 1


def _empty_preview(table: TableFile, source: str, on_duplicate: str) -> ImportPreview:
    head = table.head
    return ImportPreview(source=source, format=head.format, on_duplicate=on_duplicate,
                         encoding=head.encoding, encoding_note=head.encoding_note,
                         warnings=list(head.warnings), columns=list(head.columns),
                         mapping=dict(head.mapping), tally=Counter(), source_file=table)


def preview_table(db: Database, table: TableFile, source: str, on_duplicate: str = "skip",
                  progress: Progress | None = None, stop: threading.Event | None = None,
                  shown: int | None = None) -> ImportPreview:
    """What importing the file would do; reads every row, writes nothing."""
    shown = SHOWN_ROWS if shown is None else shown
    preview = _empty_preview(table, source, on_duplicate)
    kept = _Shown(preview, shown)
    with db.session() as session:
        builder = PreviewBuilder(session, on_duplicate)
        builder.keep_rows = shown
        try:
            for count, draft in enumerate(table.drafts(), start=1):
                kept.add(builder.contact_row(draft))
                if count % CHUNK == 0:
                    _report(progress, stop, count, 0, "the check of the rows")
        finally:
            builder.close()
    return preview


def apply_table(session: Session, preview: ImportPreview, clock: Clock = utc_now,
                progress: Progress | None = None, stop: threading.Event | None = None
                ) -> ImportBatch:
    """Read the previewed file again and write it in the caller's transaction."""
    table = preview.source_file
    assert isinstance(table, TableFile)
    if table.changed():
        raise DomainError("{name} changed since its preview; preview it again (nothing was "
                          "imported)", name=table.path.name)
    batch, _written = write_table(session, table, preview.source, preview.on_duplicate, clock,
                                  progress, stop, preview.total())
    return batch


def write_table(session: Session, table: TableFile, source: str, on_duplicate: str,
                clock: Clock = utc_now, progress: Progress | None = None,
                stop: threading.Event | None = None, expected: int = 0,
                shown: int | None = None) -> tuple[ImportBatch, ImportPreview]:
    """Import the file in one pass, in the caller's transaction; the preview returned tells
    what was done (the CLI imports without a separate preview pass)."""
    now = clock()
    writer = ImportWriter(session, now)
    builder = PreviewBuilder(session, on_duplicate)
    done = _empty_preview(table, source, on_duplicate)
    kept = _Shown(done, SHOWN_ROWS if shown is None else shown)
    chunk: list[PreviewRow] = []

    def write() -> None:
        writer.apply_rows(chunk, {})
        builder.chunk_written(chunk)
        chunk.clear()
        writer.journal.write_part(session)  # the undo journal is not kept in memory

    try:
        for count, draft in enumerate(table.drafts(), start=1):
            row = builder.contact_row(draft)
            kept.add(row)
            chunk.append(row)
            if len(chunk) >= CHUNK:
                write()
                _report(progress, stop, count, expected)
    finally:
        builder.close()
    writer.apply_rows(chunk, {})  # the last chunk's journal is the batch's own
    return record_batch(session, now, done, done.counts(), writer.journal), done
