"""Local-only settings stored in the database file (profile, device id). Never synchronised."""

from __future__ import annotations

import json
from typing import Any

from crm_app.db.database import Database
from crm_app.db.models import AppSetting


class LocalSettings:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        with self.db.session() as session:
            row = session.get(AppSetting, key)
            return json.loads(row.value) if row is not None else default

    def set(self, key: str, value: Any) -> None:
        with self.db.session() as session:
            row = session.get(AppSetting, key)
            encoded = json.dumps(value, ensure_ascii=False)
            if row is None:
                session.add(AppSetting(key=key, value=encoded))
            else:
                row.value = encoded

    def remove(self, key: str) -> None:
        with self.db.session() as session:
            row = session.get(AppSetting, key)
            if row is not None:
                session.delete(row)

    def profile(self) -> dict[str, Any]:
        """The staff profile of this laptop: staff_id, name, office, country, language."""
        value = self.get("profile", {})
        return dict(value) if isinstance(value, dict) else {}

    def set_profile(self, profile: dict[str, Any]) -> None:
        self.set("profile", profile)
