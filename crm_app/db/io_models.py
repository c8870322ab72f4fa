"""Tables of the import/export work: what the last imports did (for undo), merge history and
pairs a person decided are not duplicates.

They are local to this laptop (not synchronised): the records an import or a merge changes
are ordinary rows whose changes sync carries; these tables only remember how to reverse them.
"""

# Annotations evaluated at class creation, as in crm_app/db/models.py (faster mapping).

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models import Base, new_id


class ImportBatch(Base):
    """One applied import. `journal` lists created ids and the previous values of updated rows."""

    __tablename__ = "import_batch"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    applied_at: Mapped[datetime] = mapped_column(index=True)
    source: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(16), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    journal: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[datetime | None]


class ImportJournalPart(Base):
    """One part of a big import's journal (about one chunk of rows), so the import never
    holds the whole journal in memory; undo reads the batch's journal and then its parts."""

    __tablename__ = "import_journal_part"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(String(36), index=True)
    journal: Mapped[dict[str, Any]] = mapped_column(default=dict)


class MergeRecord(Base):
    """Who merged which contact into which, when, and what to put back on undo."""

    __tablename__ = "merge_record"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    merged_at: Mapped[datetime] = mapped_column(index=True)
    merged_by: Mapped[str] = mapped_column(String(200), default="")
    keep_id: Mapped[str] = mapped_column(String(36), index=True)
    other_id: Mapped[str] = mapped_column(String(36), index=True)
    journal: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[datetime | None]


class DuplicateDismissal(Base):
    """A pair of contacts someone reviewed and chose to keep both; not proposed again."""

    __tablename__ = "duplicate_dismissal"

    pair_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    dismissed_at: Mapped[datetime]
