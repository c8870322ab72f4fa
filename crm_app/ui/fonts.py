"""Bundled fonts for scripts this computer has no font for (names must never show as boxes).

Windows and macOS ship fonts for every script; a minimal Linux may not. For each writing
system that no installed family covers, the matching face bundled for the PDF reports
(resources/fonts) is added to the application, so lists, forms and the calendar draw it.
Qt names no writing system for Ethiopic, so its face is not checked here (the reports
still print it)."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from crm_app.paths import resource_path

WS = QFontDatabase.WritingSystem
BUNDLED: tuple[tuple[QFontDatabase.WritingSystem, str], ...] = (
    (WS.SimplifiedChinese, "DroidSansFallbackFull.ttf"),
    (WS.Japanese, "DroidSansFallbackFull.ttf"),
    (WS.Korean, "NanumSquareR.ttf"),
    (WS.Arabic, "NotoSansArabic-Regular.ttf"),
    (WS.Hebrew, "NotoSansHebrew-Regular.ttf"),
    (WS.Devanagari, "NotoSansDevanagari-Regular.ttf"),
    (WS.Bengali, "NotoSansBengali-Regular.ttf"),
    (WS.Tamil, "NotoSansTamil-Regular.ttf"),
    (WS.Thai, "NotoSansThai-Regular.ttf"),
    (WS.Georgian, "NotoSansGeorgian-Regular.ttf"),
    (WS.Armenian, "NotoSansArmenian-Regular.ttf"),
)


def add_missing_script_fonts() -> list[str]:
    """Add the bundled face of every writing system no installed font covers; returns the
    files added. Needs a QGuiApplication."""
    added: list[str] = []
    for system, name in BUNDLED:
        if name in added or QFontDatabase.families(system):
            continue
        path = resource_path("fonts", name)
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) >= 0:
            added.append(name)
    return added
