"""A typed `QT_TRANSLATE_NOOP` (PySide6's returns `object`); pyside6-lupdate finds calls to
it by name, so strings marked with this one are extracted just the same."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    return source_text
