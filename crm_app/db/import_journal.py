"""Reading an import batch's undo journal: the batch row's own value and, for a streamed
import, the parts written chunk by chunk (`import_journal_part`), one part in memory at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.io_models import ImportBatch, ImportJournalPart


def _part_ids(session: Session, batch: ImportBatch, newest_first: bool) -> list[int]:
    if not (batch.journal or {}).get("parts"):
        return []
    order = ImportJournalPart.id.desc() if newest_first else ImportJournalPart.id
    return list(session.scalars(select(ImportJournalPart.id).where(
        ImportJournalPart.batch_id == batch.id).order_by(order)))


def _part(session: Session, part_id: int) -> dict[str, Any]:
    journal = session.scalar(select(ImportJournalPart.journal).where(
        ImportJournalPart.id == part_id))
    return dict(journal or {})


def journal_parts(session: Session, batch: ImportBatch) -> Iterator[dict[str, Any]]:
    """The journal in the order it was written: the parts, then the batch's own value."""
    for part_id in _part_ids(session, batch, newest_first=False):
        yield _part(session, part_id)
    yield batch.journal or {}


def reversed_parts(session: Session, batch: ImportBatch) -> Iterator[dict[str, Any]]:
    """The journal, last written first."""
    yield batch.journal or {}
    for part_id in _part_ids(session, batch, newest_first=True):
        yield _part(session, part_id)


def journal_totals(batch: ImportBatch) -> tuple[dict[str, int], int]:
    """(created records per table, updated records) of a batch, without reading its parts."""
    journal = batch.journal or {}
    if "totals" in journal:
        return dict(journal["totals"]["created"]), int(journal["totals"]["updated"])
    return ({k: len(v) for k, v in journal.get("created", {}).items()},
            len(journal.get("updated", [])))
