"""Names in every script the reports print also draw in the app on a computer without fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QApplication

from crm_app.ui.fonts import BUNDLED, add_missing_script_fonts


def test_every_writing_system_has_a_font_after_start(qapp: QApplication) -> None:
    add_missing_script_fonts()
    missing = [system.name for system, _file in BUNDLED if not QFontDatabase.families(system)]
    assert missing == []


def test_a_thai_and_a_japanese_name_have_glyphs(qapp: QApplication) -> None:
    add_missing_script_fonts()
    for system, text in ((QFontDatabase.WritingSystem.Thai, "สมชาย"),
                         (QFontDatabase.WritingSystem.Japanese, "阿部")):
        family = QFontDatabase.families(system)[0]
        metrics = QFontMetrics(QFont(family))
        assert all(metrics.inFontUcs4(ord(ch)) for ch in text), (family, text)
