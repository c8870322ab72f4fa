"""rowhash: each change record keeps the hash of its row's values as last synced

Revision ID: rowhash_1
Revises: allday_1
Create Date: 2026-12-03

- `sync_row` gains `vh1`..`vh4`, the four 32-bit parts of the row's 128-bit content hash as
  this laptop last merged it with the shared file (NULL until the next sync hashes it), and
  an index of the rows not hashed yet. See crm_app/sync/rowhash.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "rowhash_1"
down_revision: str | None = "allday_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTS = ("vh1", "vh2", "vh3", "vh4")


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds nullable columns without copying the table.
    for name in PARTS:
        op.add_column("sync_row", sa.Column(name, sa.Integer(), nullable=True))
    op.create_index("ix_sync_row_unhashed", "sync_row", ["table_name"],
                    sqlite_where=sa.text("vh1 IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_sync_row_unhashed", table_name="sync_row")
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        for name in PARTS:
            batch_op.drop_column(name)
