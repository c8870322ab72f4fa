"""addresses: structured postal addresses of contacts (several per contact)

Revision ID: addresses_1
Revises: privacy_1
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "addresses_1"
down_revision: str | None = "privacy_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "contact_address",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("street", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=32), nullable=False),
        sa.Column("region", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"],
                                name=op.f("fk_contact_address_contact_id_contact")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_address")),
    )
    with op.batch_alter_table("contact_address", schema=None) as batch_op:
        batch_op.create_index("ix_contact_address_contact", ["contact_id", "position"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_contact_address_deleted_at"), ["deleted_at"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_address_deleted_at"))
        batch_op.drop_index("ix_contact_address_contact")
    op.drop_table("contact_address")
