"""The audit log: who (staff member, laptop) did what to which record, and when.

It holds no personal values: only record ids, table and field names and the action, so it can
be kept, exported and (later) synchronised after the person it is about was erased. Rows are
never updated or deleted: triggers in the migration refuse it. Local to this laptop for now.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_app.db.models import Base, new_id


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_row", "row_id", "at"),)

    # A UUID, not a counter: entries of several laptops can later be merged as a set.
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(index=True)
    device_id: Mapped[str] = mapped_column(String(40), default="")
    staff_id: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(16))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = mapped_column(default=list)
