"""rowhash: each change record keeps the hash of its row's values as last synced

Revision ID: rowhash_1
Revises: allday_1
Create Date: 2026-12-03

- `sync_row` gains `vh1`..`vh4`, the four 32-bit parts of the row's 128-bit content hash as
  this laptop last merged it with the shared file (NULL until the next sync hashes it), and
  an index of the rows not hashed yet.
- `sync_digest` keeps, per table, the sums of those parts, kept current by triggers on
  `sync_row`, so reading this laptop's digests costs nothing however large the database.
See crm_app/sync/rowhash.py.
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


def _add(delta: str) -> str:
    """Add `delta` (with {i} for the part) to each sum of the row's table."""
    sets = ", ".join(f"s{i} = s{i} + {delta.format(i=i)}" for i in range(1, 5))
    return f"UPDATE sync_digest SET {sets} WHERE table_name = {{row}}.table_name;"


# The sync makes a table's sync_digest row (rowhash.ensure) before it sets any hash there.
# REPLACE would delete rows without firing the delete trigger: sync_row is written with
# upserts instead.
TRIGGERS = (
    "CREATE TRIGGER sync_row_hash_insert AFTER INSERT ON sync_row WHEN new.vh1 IS NOT NULL "
    "BEGIN " + _add("new.vh{i}").format(row="new") + " END",
    "CREATE TRIGGER sync_row_hash_delete AFTER DELETE ON sync_row WHEN old.vh1 IS NOT NULL "
    "BEGIN " + _add("-old.vh{i}").format(row="old") + " END",
    "CREATE TRIGGER sync_row_hash_update AFTER UPDATE OF vh1, vh2, vh3, vh4 ON sync_row "
    "BEGIN " + _add("coalesce(new.vh{i}, 0) - coalesce(old.vh{i}, 0)").format(row="new")
    + " END",
)


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite adds nullable columns without copying the table.
    for name in PARTS:
        op.add_column("sync_row", sa.Column(name, sa.Integer(), nullable=True))
    op.create_index("ix_sync_row_unhashed", "sync_row", ["table_name"],
                    sqlite_where=sa.text("vh1 IS NULL"))
    op.create_table(
        "sync_digest",
        sa.Column("table_name", sa.String(40), nullable=False),
        *(sa.Column(f"s{i}", sa.Integer(), nullable=False, server_default="0")
          for i in range(1, 5)),
        sa.PrimaryKeyConstraint("table_name", name=op.f("pk_sync_digest")),
    )
    op.execute("INSERT INTO sync_digest (table_name) SELECT DISTINCT table_name FROM sync_row")
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for name in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS sync_row_hash_{name}")
    op.drop_table("sync_digest")
    op.drop_index("ix_sync_row_unhashed", table_name="sync_row")
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        for name in PARTS:
            batch_op.drop_column(name)
