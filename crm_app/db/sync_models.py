"""Tables of the sync engine. All local to this laptop: none of them is itself synchronised.

`sync_row` is the field-level change log in compacted form: for every synchronised row, the
hybrid-logical-clock stamp (which names the device) of the last write to each field. A row's
fields usually share one stamp (`base`, set when the row was created or compacted); only the
fields written later carry their own entry in `fields`, as `[stamp, previous_stamp]`.
"""

# Annotations evaluated at class creation, as in crm_app/db/models.py (faster mapping).

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models import Base


class SyncRow(Base):
    __tablename__ = "sync_row"
    __table_args__ = (
        Index("ix_sync_row_max_hlc", "max_hlc"),
        Index("ix_sync_row_unhashed", "table_name", sqlite_where=text("vh1 IS NULL")),
    )

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base: Mapped[str] = mapped_column(String(48))
    # JSON object {field: [stamp, previous_stamp]} for fields written after `base`.
    fields: Mapped[str] = mapped_column(Text, default="{}")
    max_hlc: Mapped[str] = mapped_column(String(48))
    # Stamp of a GDPR erasure: the row's personal data is gone and may never come back.
    erased: Mapped[str | None] = mapped_column(String(48))
    # The row's content hash as last synced, in four 32-bit parts (crm_app/sync/rowhash.py).
    vh1: Mapped[int | None] = mapped_column(Integer)
    vh2: Mapped[int | None] = mapped_column(Integer)
    vh3: Mapped[int | None] = mapped_column(Integer)
    vh4: Mapped[int | None] = mapped_column(Integer)


class SyncDigest(Base):
    """Per table, the sums of `sync_row`'s hash parts, kept by triggers (migration rowhash_1)."""

    __tablename__ = "sync_digest"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    s1: Mapped[int] = mapped_column(Integer, server_default="0")
    s2: Mapped[int] = mapped_column(Integer, server_default="0")
    s3: Mapped[int] = mapped_column(Integer, server_default="0")
    s4: Mapped[int] = mapped_column(Integer, server_default="0")


class SyncState(Base):
    """Key/value state of this laptop's sync: device id, clock, what was last sent/seen."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """A same-field concurrent edit: the winner is applied, the loser kept here to flip."""

    __tablename__ = "sync_conflict"
    __table_args__ = (
        UniqueConstraint("table_name", "row_id", "field", "mine_hlc", "theirs_hlc",
                         name="uq_sync_conflict_identity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    mine_value: Mapped[str] = mapped_column(Text)  # JSON
    mine_hlc: Mapped[str] = mapped_column(String(48))
    theirs_value: Mapped[str] = mapped_column(Text)  # JSON
    theirs_hlc: Mapped[str] = mapped_column(String(48))
    kept: Mapped[str] = mapped_column(String(8))  # "mine" or "theirs"
    detected_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
