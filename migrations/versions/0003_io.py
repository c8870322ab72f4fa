"""import/export: import batches (undo), merge history and dismissed duplicate pairs

Revision ID: 0003_io
Revises: 0002_sync
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_io"
down_revision: str | None = "0002_sync"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("journal", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batch_applied_at"), ["applied_at"], unique=False)

    op.create_table(
        "merge_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=200), nullable=False),
        sa.Column("keep_id", sa.String(length=36), nullable=False),
        sa.Column("other_id", sa.String(length=36), nullable=False),
        sa.Column("journal", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merge_record_keep_id"), ["keep_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_merged_at"), ["merged_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_merge_record_other_id"), ["other_id"], unique=False)

    op.create_table(
        "duplicate_dismissal",
        sa.Column("pair_key", sa.String(length=80), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pair_key", name=op.f("pk_duplicate_dismissal")),
    )


def downgrade() -> None:
    op.drop_table("duplicate_dismissal")
    with op.batch_alter_table("merge_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_merge_record_other_id"))
        batch_op.drop_index(batch_op.f("ix_merge_record_merged_at"))
        batch_op.drop_index(batch_op.f("ix_merge_record_keep_id"))
    op.drop_table("merge_record")
    with op.batch_alter_table("import_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batch_applied_at"))
    op.drop_table("import_batch")
