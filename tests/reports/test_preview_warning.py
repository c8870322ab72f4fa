"""The app's preview says which characters printed as U+FFFD, beside the PDF."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_app.reports import ReportRequest
from crm_app.services.crm import Crm
from crm_app.ui.reports import ReportPreview


def open_preview(qtbot: Any, crm: Crm, request: ReportRequest) -> ReportPreview:
    preview = ReportPreview(crm, request)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    return preview


def test_warning_shown_beside_the_preview(qtbot: Any, crm: Crm, fair: dict[str, Any]) -> None:
    meeting = fair["meetings"][1]
    crm.meetings.update(meeting, {"subject": "Launch 🚀"})
    preview = open_preview(qtbot, crm, ReportRequest("meeting", record_id=meeting))
    assert not preview.glyph_warning.isHidden()
    assert "🚀 (U+1F680)" in preview.glyph_warning.text()
    assert "Launch" in preview.glyph_warning.text()
    assert len(preview.warnings) == 1


def test_no_warning_when_every_character_prints(qtbot: Any, crm: Crm,
                                                fair: dict[str, Any]) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("meeting", record_id=fair["meetings"][0]))
    assert preview.glyph_warning.isHidden() and preview.warnings == ()
