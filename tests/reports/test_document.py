"""The PDF as a document: metadata, reference lines, dates and Italian wording."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pypdf

from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.i18n import Texts
from crm_app.services.crm import Crm
from tests.reports.conftest import pdf_text as raw_text


def pdf_text(pdf: bytes) -> str:
    """Words separated by single spaces: labels and values sit in separate cells."""
    return " ".join(raw_text(pdf).split())

STAMP = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_meeting_report_metadata_reference_and_distribution(crm: Crm,
                                                           fair: dict[str, Any]) -> None:
    pdf = build_report(crm, ReportRequest("meeting", record_id=fair["meetings"][0],
                                          options=ReportOptions(generated_at=STAMP)))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    info = reader.metadata
    assert info is not None
    assert info.title == "Meeting report — Distribution partnership — BIO Japan 2026"
    assert info.author == "ITA – Italian Trade Agency, Tokyo office"
    assert info.subject == "BJ2026-001 Distribution partnership"
    assert "BIO Japan 2026" in str(info["/Keywords"])
    assert info.creation_date is not None
    assert str(reader.trailer["/Root"]["/Lang"]) == "en-GB"
    text = pdf_text(pdf)
    assert "Reference BJ2026-001" in text
    assert "Prepared by Giulia Rossi, ITA – Italian Trade Agency, Tokyo office" in text
    assert "Distribution headquarters; the companies at the meeting" in text


def test_italian_document_language_and_wording(crm: Crm, fair: dict[str, Any]) -> None:
    pdf = build_report(crm, ReportRequest("followups", options=ReportOptions(lang="it")))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert str(reader.trailer["/Root"]["/Lang"]) == "it-IT"
    text = pdf_text(pdf)
    assert "Elenco dei follow-up" in text and "Filtri nessuno" in text
    assert "Azioni di seguito" not in text and "azioni di seguito" not in text
    assert "6 aperti, 1 scaduti" not in text  # the clock says 20 Nov: nothing overdue yet
    assert "6 aperti, 0 scaduti" in text


def test_dates_unambiguous_four_digit_years_and_first_of_month() -> None:
    from datetime import date

    en, it = Texts("en"), Texts("it")
    assert en.fmt_date(date(2026, 10, 2)) == "2 Oct 2026"
    assert it.fmt_date(date(2026, 10, 2)) == "2 ott 2026"
    assert it.fmt_date(date(2026, 12, 1), "long") == "1° dicembre 2026"
    assert it.fmt_date(date(2026, 12, 11), "long") == "11 dicembre 2026"
    assert en.fmt_date(date(2026, 12, 1), "long") == "1 December 2026"
    moment = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert it.fmt_datetime(moment) == "24 nov 2026, 09:00"  # not 24/11/26
    assert en.number(1806) == "1,806" and it.number(1806) == "1.806"


def test_letter_paper_event_report_in_english(crm: Crm, fair: dict[str, Any]) -> None:
    text = pdf_text(build_report(crm, ReportRequest("event", record_id=fair["event"],
                                                    options=ReportOptions(paper="letter"))))
    assert "24 Nov 2026, 09:00" in text  # the meeting list: no 24/11/2026 vs 11/24/2026
    assert "24 November 2026 – 26 November 2026 (Asia/Tokyo)" in text


def test_minutes_keep_their_paragraphs_and_italian_plural_headings(crm: Crm,
                                                                   fair: dict[str, Any]) -> None:
    from crm_app.reports.base import ReportRenderer
    from crm_app.reports.model import Branding

    renderer = ReportRenderer(Branding("Office"), ReportOptions())
    flowables = renderer.text_block("minutes", "First paragraph.\n\nSecond one.\n \nThird.")
    texts = [f.getPlainText() for f in flowables if hasattr(f, "getPlainText")]
    assert texts[-3:] == ["First paragraph.", "Second one.", "Third."]
    text = pdf_text(build_report(crm, ReportRequest("event", record_id=fair["event"],
                                                    options=ReportOptions(lang="it"))))
    assert "Responsabile aperti in corso completati annullati scaduti" in text
