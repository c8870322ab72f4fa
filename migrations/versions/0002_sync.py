"""sync: change log, clocks, conflicts

Revision ID: 0002_sync
Revises: 0001_initial
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_sync"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The synchronised tables as of this revision (frozen here, not imported from the app).
LEGACY_TABLES = (
    "staff_member", "tag", "organisation", "event", "contact", "meeting", "follow_up", "note",
    "contact_tag", "organisation_tag", "event_delegate", "meeting_participant",
)


def upgrade() -> None:
    op.create_table(
        "sync_row",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("base", sa.String(length=48), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("max_hlc", sa.String(length=48), nullable=False),
        sa.Column("erased", sa.String(length=48), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_row")),
    )
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        batch_op.create_index("ix_sync_row_max_hlc", ["max_hlc"], unique=False)
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("mine_value", sa.Text(), nullable=False),
        sa.Column("mine_hlc", sa.String(length=48), nullable=False),
        sa.Column("theirs_value", sa.Text(), nullable=False),
        sa.Column("theirs_hlc", sa.String(length=48), nullable=False),
        sa.Column("kept", sa.String(length=8), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
        sa.UniqueConstraint("table_name", "row_id", "field", "mine_hlc", "theirs_hlc",
                            name="uq_sync_conflict_identity"),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_row_id"), ["row_id"], unique=False)


    # Rows written before sync existed count as written at their own updated_at by a
    # device "000000000000", so any later edit wins and they are sent at the first sync.
    for table in LEGACY_TABLES:
        op.execute(
            "INSERT INTO sync_row (table_name, row_id, base, fields, max_hlc, erased) "
            f"SELECT '{table}', id, stamp, '{{}}', stamp, NULL FROM (SELECT id, printf("
            "'%016d.0000.000000000000', CAST((julianday(updated_at) - 2440587.5) * 86400000 "
            f"AS INTEGER)) AS stamp FROM {table})"
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_row_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_state")
    with op.batch_alter_table("sync_row", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_row_max_hlc")
    op.drop_table("sync_row")
