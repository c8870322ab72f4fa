"""All-day meetings in the reports, read back from the PDF: the date or the dates, never a
time of day or a zone; in English and Italian."""

from __future__ import annotations

import re
from typing import Any

import pytest

from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.i18n import Texts
from crm_app.services.crm import Crm
from tests.reports.conftest import pdf_text

CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


@pytest.fixture
def days(crm: Crm) -> dict[str, Any]:
    event = crm.events.create({"name": "BIO Japan", "timezone": "Asia/Tokyo",
                               "start_date": "2026-11-24", "end_date": "2026-11-26"})
    fair = crm.meetings.create({"event_id": event["id"], "subject": "Stand duty",
                                "starts_at": "2026-11-24", "all_day": True,
                                "duration_minutes": 3 * 1440})
    visit = crm.meetings.create({"event_id": event["id"], "subject": "Plant visit",
                                 "starts_at": "2026-12-01", "all_day": True})
    talk = crm.meetings.create({"event_id": event["id"], "subject": "Licensing talk",
                                "starts_at": "2026-11-25 10:30"})
    return {"event": event["id"], "fair": fair["id"], "visit": visit["id"], "talk": talk["id"]}


def meeting_text(crm: Crm, meeting_id: str, lang: str = "en") -> str:
    pdf = build_report(crm, ReportRequest("meeting", record_id=meeting_id,
                                          options=ReportOptions(lang=lang)))
    return pdf_text(pdf)


@pytest.mark.parametrize(("lang", "dates", "length"), [
    ("en", "24–26 November 2026", "3 days"), ("it", "24–26 novembre 2026", "3 giorni")])
def test_a_multi_day_meeting_prints_its_dates_and_no_time(
        crm: Crm, days: dict[str, Any], lang: str, dates: str, length: str) -> None:
    text = meeting_text(crm, days["fair"], lang)
    assert dates in text and length in text
    assert ("Dates" if lang == "en" else "Date") in text
    assert "Asia/Tokyo" not in text and not CLOCK.search(text), text[:400]


@pytest.mark.parametrize(("lang", "day", "length"), [
    ("en", "Tuesday, 1 December 2026", "All day"),
    ("it", "martedì 1° dicembre 2026", "Tutto il giorno")])
def test_a_one_day_meeting_prints_its_day(crm: Crm, days: dict[str, Any], lang: str,
                                          day: str, length: str) -> None:
    text = meeting_text(crm, days["visit"], lang)
    assert day in text and length in text
    assert not CLOCK.search(text)


def test_a_timed_meeting_keeps_its_time_and_zone(crm: Crm, days: dict[str, Any]) -> None:
    text = meeting_text(crm, days["talk"])
    assert "Wednesday, 25 November 2026, 10:30 (Asia/Tokyo)" in text
    assert "30 min" in text


def test_the_event_report_lists_all_day_meetings_by_their_dates(
        crm: Crm, days: dict[str, Any]) -> None:
    text = pdf_text(build_report(crm, ReportRequest("event", record_id=days["event"])))
    assert "24–26 November 2026" in text and "1 December 2026" in text
    assert "25 Nov 2026, 10:30" in text
    assert "24 Nov 2026, 00:00" not in text


def test_ranges_across_months_and_years() -> None:
    from datetime import date

    en, it = Texts("en"), Texts("it")
    assert en.fmt_days(date(2026, 11, 30), date(2026, 12, 2)) == "30 November – 2 December 2026"
    assert it.fmt_days(date(2026, 11, 30), date(2026, 12, 1)) == "30 novembre – 1° dicembre 2026"
    assert en.fmt_days(date(2026, 12, 31), date(2027, 1, 2)) == (
        "31 December 2026 – 2 January 2027")
    assert en.fmt_days(date(2026, 12, 1), date(2026, 12, 1)) == "1 December 2026"
