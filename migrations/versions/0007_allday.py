"""allday: date-only (all-day) and multi-day meetings

Revision ID: allday_1
Revises: consent_1
Create Date: 2026-12-03

- `meeting` gains `all_day` (false for every meeting written before: they all had a time).
  An all-day meeting keeps starts_at at its zone's local midnight and a duration of whole
  days, so older columns keep their meaning.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "allday_1"
down_revision: str | None = "consent_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("all_day", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    # A multi-day meeting would come back as a timed one longer than a day, which the older
    # version refuses to edit: it keeps its first day.
    op.execute("UPDATE meeting SET duration_minutes = 1440 "
               "WHERE all_day AND duration_minutes > 1440")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_column("all_day")
