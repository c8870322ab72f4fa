"""Field-level change recording for sync, in the same transaction as the edit.

Owned by the sync work: `install` registers session listeners on every session factory the
app opens; `record_inserts` is the bulk path (demo data, imports) that bypasses the ORM flush.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from crm_app.db.models import Record


def install(factory: sessionmaker[Session]) -> None:
    """Register the change tracker on a session factory (no-op until sync lands)."""


def record_inserts(
    session: Session, model: type[Record], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Record bulk-inserted rows as changes (no-op until sync lands)."""
