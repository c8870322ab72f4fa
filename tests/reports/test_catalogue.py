"""The report wording comes from the Qt Linguist catalogue: every marked text has a report
context and a finished Italian translation, and a missing or unfinished entry falls back to
the English source instead of printing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_app.reports import catalogue, i18n

MARKED = [*i18n._LABELS.values(), *i18n._VALUES.values(), *i18n._PLURALS.values()]


def test_every_report_text_has_a_context_and_an_italian_translation() -> None:
    italian = catalogue.report_catalogue("it")
    assert len(MARKED) > 100
    missing = [m for m in MARKED if m not in italian]
    assert missing == []
    assert all(context.startswith("report.") for context, _ in MARKED)
    # Texts that read differently in Italian really are translated.
    assert catalogue.translate("it", i18n._LABELS["meeting_report"]) != "Meeting report"


def test_a_missing_or_unfinished_entry_prints_the_english_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "crm_xx.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="xx">'
        "<context><name>report.meeting</name>"
        "<message><source>Meeting report</source>"
        '<translation type="unfinished">Half done</translation></message>'
        "<message><source>Duration</source><translation>Dauer</translation></message>"
        "</context><context><name>MainWindow</name>"
        "<message><source>Meeting report</source><translation>Not a report text</translation>"
        "</message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(catalogue, "catalogue_file", lambda lang: tmp_path / f"crm_{lang}.ts")
    catalogue.report_catalogue.cache_clear()
    try:
        assert catalogue.translate("xx", i18n._LABELS["meeting_report"]) == "Meeting report"
        assert catalogue.translate("xx", i18n._LABELS["duration"]) == "Dauer"
        assert catalogue.translate("yy", i18n._LABELS["duration"]) == "Duration"
    finally:
        catalogue.report_catalogue.cache_clear()
