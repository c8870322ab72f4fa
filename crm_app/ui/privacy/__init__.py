"""The privacy screens of the app (Tools ▸ Privacy): retention review, subject access
export, audit log export. The work is in `crm_app.services.privacy`."""

from __future__ import annotations

from crm_app.ui.privacy.menus import install

__all__ = ["install"]
