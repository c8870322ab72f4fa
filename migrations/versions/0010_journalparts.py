"""journalparts: an import's undo journal written in parts, one per chunk of rows

Revision ID: journalparts_1
Revises: valuelabels_1
Create Date: 2026-12-03

A 620,000-row import created about three million records; their ids as one JSON value
(`import_batch.journal`) had to be held in memory until the end. The streamed import now
writes each chunk's journal as a row of `import_journal_part`; undo, the audit of what was
created and the access report read the batch's own journal and then its parts. Local to this
laptop, like `import_batch` (not synchronised).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "journalparts_1"
down_revision: str | None = "valuelabels_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_journal_part",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("journal", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_journal_part")),
    )
    with op.batch_alter_table("import_journal_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_journal_part_batch_id"), ["batch_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_journal_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_journal_part_batch_id"))
    op.drop_table("import_journal_part")
