"""The privacy tables: the audit log and the consent history.

Both are synchronised records defined in `crm_app.db.models` (they must be in
`SYNCED_MODELS`); this module names them for the privacy code.
"""

from __future__ import annotations

from crm_app.db.models import AuditEntry, ConsentEvent

__all__ = ["AuditEntry", "ConsentEvent"]
