"""consent: scope, expiry and history of a contact's lawful basis; the audit log synchronised

Revision ID: consent_1
Revises: addresses_1
Create Date: 2026-12-02

- `contact` gains `consent_scope` and `consent_expires`;
- `consent_event` holds the consent history (a synchronised table);
- `audit_entry` becomes a synchronised table: it gains the columns every synchronised row has
  (`created_at`, `updated_at` from its `at`, `deleted_at`), and the entries written before
  get a change record here so that the next sync sends them. Still append-only.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "consent_1"
down_revision: str | None = "addresses_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
)


def _drop_triggers() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")


def _stamp_existing_entries() -> None:
    """One new clock stamp (the format of crm_app.domain.hlc, frozen here) for every entry
    written before the log was synchronised."""
    bind = op.get_bind()
    ids = [r[0] for r in bind.execute(sa.text("SELECT id FROM audit_entry"))]
    if not ids:
        return
    state = dict(bind.execute(sa.text(
        "SELECT key, value FROM sync_state WHERE key IN ('device_id', 'hlc')")).fetchall())
    device = state.get("device_id") or secrets.token_hex(6)
    millis, counter = int(time.time() * 1000), 0
    if state.get("hlc"):
        last_millis, last_counter, _device = str(state["hlc"]).split(".")
        if int(last_millis) >= millis:
            millis, counter = int(last_millis), int(last_counter, 16) + 1
    stamp = f"{millis:016d}.{counter:04x}.{device}"
    for key, value in (("device_id", device), ("hlc", stamp)):
        bind.execute(sa.text("INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"k": key, "v": value})
    bind.execute(sa.text(
        "INSERT OR IGNORE INTO sync_row (table_name, row_id, base, fields, max_hlc) "
        "VALUES ('audit_entry', :r, :s, '{}', :s)"), [{"r": i, "s": stamp} for i in ids])


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_scope", sa.String(length=300), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("consent_expires", sa.Date(), nullable=True))

    op.create_table(
        "consent_event",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("basis", sa.String(length=32), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("scope", sa.String(length=300), nullable=False),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"],
                                name=op.f("fk_consent_event_contact_id_contact")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_event")),
    )
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.create_index("ix_consent_event_contact", ["contact_id", "at"], unique=False)
        batch_op.create_index(batch_op.f("ix_consent_event_deleted_at"), ["deleted_at"],
                              unique=False)

    _drop_triggers()
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE audit_entry SET created_at = at, updated_at = at")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("created_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.alter_column("updated_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_deleted_at"), ["deleted_at"],
                              unique=False)
    _stamp_existing_entries()
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    _drop_triggers()
    op.execute("DELETE FROM sync_row WHERE table_name IN ('audit_entry', 'consent_event')")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_deleted_at"))
        batch_op.drop_column("deleted_at")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
    for statement in TRIGGERS:
        op.execute(statement)
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_event_deleted_at"))
        batch_op.drop_index("ix_consent_event_contact")
    op.drop_table("consent_event")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("consent_expires")
        batch_op.drop_column("consent_scope")
