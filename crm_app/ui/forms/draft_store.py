"""Drafts of unsaved forms, kept in the database's local settings (encrypted with the
database, never synchronised) instead of the plain QSettings file.

Same small interface the editor used on `AppSettings` (value/set_value/contains/remove/sync).
`adopt` moves a draft an older version left in QSettings into the database and deletes it
from QSettings, so the plain file no longer holds what was typed.
"""

from __future__ import annotations

from crm_app.services.settings import LocalSettings
from crm_app.ui.app_settings import AppSettings


class DatabaseDrafts:
    def __init__(self, settings: LocalSettings) -> None:
        self.settings = settings

    def value(self, key: str, default: str = "") -> str:
        found = self.settings.get(key)
        return found if isinstance(found, str) else default

    def set_value(self, key: str, value: str) -> None:
        self.settings.set(key, value)

    def contains(self, key: str) -> bool:
        return isinstance(self.settings.get(key), str)

    def remove(self, key: str) -> None:
        self.settings.remove(key)

    def sync(self) -> None:
        """Each write is its own committed transaction: nothing to flush."""

    def adopt(self, legacy: AppSettings, key: str) -> None:
        """Move `key` from the QSettings file (older versions) into the database."""
        if not legacy.contains(key):
            return
        old = legacy.value(key, "")
        if old and not self.contains(key):
            self.set_value(key, old)
        legacy.remove(key)
        legacy.sync()
