"""valuelabels: the type of each email and phone, and the vCard identity of a contact

Revision ID: valuelabels_1
Revises: rowhash_1
Create Date: 2026-12-03

- `contact` gains `value_labels`: a JSON list of [value, label] pairs, one per email or phone
  that has a type ("work", "home", "mobile", "fax", "other" or a label of the file's own, such
  as Apple's "Assistant"). `emails` and `phones` stay plain lists, so their set merge in sync
  is unchanged; this column is a list too, so racing edits on two laptops merge pair by pair.
- `card_uid` / `card_rev`: the UID and REV of the vCard a contact was imported from, so the
  same card imported again (or exported again by the phone) finds the contact it made.
Older rows get an empty list and empty texts: nothing had a type or a UID before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "valuelabels_1"
down_revision: str | None = "rowhash_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with a constant default: SQLite adds it without copying the table.
    op.add_column("contact", sa.Column("value_labels", sa.JSON(), nullable=False,
                                       server_default="[]"))
    op.add_column("contact", sa.Column("card_uid", sa.String(300), nullable=False,
                                       server_default=""))
    op.add_column("contact", sa.Column("card_rev", sa.String(40), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in ("card_rev", "card_uid", "value_labels"):
            batch_op.drop_column(name)
