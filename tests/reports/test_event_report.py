"""The event report for headquarters, from a small fair up to 200 meetings."""

from __future__ import annotations

from typing import Any

from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.collect import event_data
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm
from tests.reports.conftest import flat, font_descriptors, pdf_pages, pdf_text


def test_sections_charts_and_hot_leads(crm: Crm, fair: dict[str, Any]) -> None:
    pdf = build_report(crm, ReportRequest("event", record_id=fair["event"]))
    text = pdf_text(pdf)
    for heading in ("BIO Japan 2026", "Meetings per day", "Meetings per country",
                    "Meetings per sector", "Meetings and outcomes", "Hot leads",
                    "Follow-up status", "Italian delegation"):
        assert heading in text, heading
    # chart axis labels are text in the PDF: days, countries, sectors
    for label in ("24 Nov", "25 Nov", "26 Nov", "Japan", "Saudi Arabia", "medtech"):
        assert label in text, label
    assert "Farmaceutici Lombardi S.p.A." in text
    assert flat("Agreement in principle on a pilot") in flat(text)
    assert all(font_descriptors(pdf).values())


def test_counts_behind_the_charts(crm: Crm, fair: dict[str, Any]) -> None:
    data = event_data(crm, fair["event"])
    assert len(data.meetings) == 4
    first = data.meetings[0]
    assert set(first.countries) == {"JP", "RU", "SA", "CN", "KR", "GR", "IL", "PL"}
    assert "investment" in first.sectors and "pharma" in first.sectors
    assert len(data.followups) == 6


def test_italian_wording(crm: Crm, fair: dict[str, Any]) -> None:
    text = pdf_text(build_report(crm, ReportRequest("event", record_id=fair["event"],
                                                    options=ReportOptions(lang="it"))))
    assert "Incontri per giorno" in text and "Contatti caldi" in text
    assert "24 novembre 2026" in text and "Giappone" in text


def test_two_hundred_meetings_build(crm: Crm) -> None:
    ids = seed_sample_fair(crm, meetings=200)
    pages = pdf_pages(build_report(crm, ReportRequest("event", record_id=ids["event"])))
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    text = "\n".join(pages)
    assert text.count("Distribution") >= 200 // 6
    assert "Total" in text
