"""Typed access to the laptop's UI settings (window geometry, column layout, language...).

QSettings in INI format: readable, no pickling, one file per user. Tests give their own file
in `tmp_path` so the person's settings are never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from crm_app.paths import APP_AUTHOR, APP_NAME

T = TypeVar("T", str, int, bool, float, bytes, list[str])


class AppSettings:
    """`value(key, default)` returns a value of the default's type (or the default)."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._qsettings = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME
            )
        else:
            self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._qsettings.fileName()

    @overload
    def value(self, key: str, default: T) -> T: ...
    @overload
    def value(self, key: str, default: None = None) -> str | None: ...

    def value(self, key: str, default: object = None) -> object:
        raw = self._qsettings.value(key, None)
        if raw is None:
            return default
        try:
            return _convert(raw, default)
        except (TypeError, ValueError):
            return default

    def set_value(self, key: str, value: object) -> None:
        if isinstance(value, bytes):
            value = QByteArray(value)
        self._qsettings.setValue(key, value)

    def remove(self, key: str) -> None:
        self._qsettings.remove(key)

    def contains(self, key: str) -> bool:
        return bool(self._qsettings.contains(key))

    def sync(self) -> None:
        self._qsettings.sync()

    # -- named settings used across the app --------------------------------------------------
    @property
    def language(self) -> str:
        return self.value("ui/language", "")

    @language.setter
    def language(self, code: str) -> None:
        self.set_value("ui/language", code)

    @property
    def person_profile(self) -> dict[str, str]:
        """Who uses this laptop (name, office, country, language), for every database file."""
        return {key: self.value(f"person/{key}", "")
                for key in ("name", "office", "country", "language")
                if self.value(f"person/{key}", "")}

    @person_profile.setter
    def person_profile(self, profile: dict[str, str]) -> None:
        for key in ("name", "office", "country", "language"):
            self.set_value(f"person/{key}", profile.get(key, ""))

    @property
    def database_path(self) -> str:
        return self.value("data/database_path", "")

    @database_path.setter
    def database_path(self, path: str) -> None:
        self.set_value("data/database_path", path)


def _convert(raw: object, default: object) -> object:
    if default is None:
        return raw if isinstance(raw, str) else str(raw)
    if isinstance(default, bool):
        if isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return bool(raw)
    if isinstance(default, int):
        return int(str(raw))
    if isinstance(default, float):
        return float(str(raw))
    if isinstance(default, bytes):
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, bytes):
            return raw
        raise TypeError("not bytes")
    if isinstance(default, list):
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(v) for v in raw] if isinstance(raw, list | tuple) else default
    return str(raw)
