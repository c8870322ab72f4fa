"""The meeting report read back from the PDF: every script, sides, follow-ups, footer."""

from __future__ import annotations

import io
import re
import time
from datetime import UTC, datetime
from typing import Any

import pypdf
import pytest

from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.sample import FOREIGN_PEOPLE, ITALIAN_PEOPLE, STAFF
from crm_app.services.crm import Crm
from tests.reports.conftest import flat, font_descriptors, pdf_pages, pdf_text

STAMP = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def meeting_pdf(crm: Crm, meeting_id: str, **options: Any) -> bytes:
    return build_report(crm, ReportRequest("meeting", record_id=meeting_id,
                                           options=ReportOptions(generated_at=STAMP, **options)))


def test_names_in_every_script_are_printed(crm: Crm, fair: dict[str, Any]) -> None:
    text = flat(pdf_text(meeting_pdf(crm, fair["meetings"][0])))
    for given, family, *_rest, title, organisation, _sectors in FOREIGN_PEOPLE:
        # Chinese, Japanese and Korean names print family name first, without a space
        assert given in text and family in text, (given, family)
        assert flat(title) in text
        assert flat(organisation) in text
    for name in ("山田太郎", "王伟", "김민준", "Мария", "Иванова", "Παπαδοπούλου",
                 "Wiśniewski-Żółć", "Łódź"):
        assert name in text
    assert "Taro" in text and "Yamada" in text  # Latin transliteration beside the original


def test_right_to_left_names_read_back_in_logical_order(crm: Crm, fair: dict[str, Any]) -> None:
    """Arabic is shaped (presentation forms) and reordered for display; a PDF reader's text
    extraction puts it back in reading order, which only works if both steps were right."""
    text = pdf_text(meeting_pdf(crm, fair["meetings"][0]))
    assert "محمد العتيبي" in text
    assert "شركة الدواء السعودية" in text
    assert "דוד כהן" in text
    assert "טבע מדיקל" in text


def test_sides_staff_and_notes(crm: Crm, fair: dict[str, Any]) -> None:
    text = pdf_text(meeting_pdf(crm, fair["meetings"][0]))
    for heading in ("Foreign stakeholders", "Italian companies", "Agency staff", "Agenda",
                    "Minutes", "Outcome", "Next steps", "Follow-ups"):
        assert heading in text
    for _given, family, _title, company in ITALIAN_PEOPLE:
        assert family in text and company.split()[0] in text
    for name, office, email in STAFF:
        assert name in text and email in text and office in text
    assert "ITA – Italian Trade Agency, Tokyo office" in text  # from the staff profile
    assert "Regulatory pathway in Japan" in text
    assert "+39 02 1234 5678" in text  # stored as E.164, printed grouped


def test_time_shown_in_the_event_time_zone(crm: Crm, fair: dict[str, Any]) -> None:
    stored = crm.meetings.get(fair["meetings"][0])["starts_at"]
    assert stored.startswith("2026-11-24T00:00")  # 09:00 in Tokyo is midnight UTC
    text = pdf_text(meeting_pdf(crm, fair["meetings"][0]))
    assert "Tuesday, 24 November 2026, 09:00 (Asia/Tokyo)" in text


def test_followups_with_owner_due_status_and_overdue(crm: Crm, fair: dict[str, Any],
                                                     clock: Any) -> None:
    clock.advance(days=5)  # 25 Nov: the dossier (due 21 Nov) is overdue
    text = pdf_text(meeting_pdf(crm, fair["meetings"][0]))
    flat_text = flat(text)
    assert flat("Send the EU regulatory dossier") in flat_text
    assert flat("Arrange a call with headquarters") in flat_text
    assert flat("Share pricing for the pilot") in flat_text
    assert "21 Nov 2026" in text and "8 Dec 2026" in text
    assert "OVERDUE" in text and text.count("OVERDUE") == 1
    assert "in progress" in text and "Marco Bianchi" in text


def test_footer_page_x_of_y_stamp_and_notice(crm: Crm, fair: dict[str, Any],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """"Generated" is the laptop's local time with its zone (here Rome, UTC+1 in November)."""
    monkeypatch.setenv("TZ", "Europe/Rome")
    time.tzset()
    try:
        pages = pdf_pages(meeting_pdf(crm, fair["meetings"][0]))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Contains personal data" in page
        assert "Generated 20 Nov 2026, 10:00 CET (UTC+01:00)" in page


def test_italian_text_and_letter_paper(crm: Crm, fair: dict[str, Any]) -> None:
    pdf = meeting_pdf(crm, fair["meetings"][0], lang="it", paper="letter")
    pages = pdf_pages(pdf)
    text = "\n".join(pages)
    assert "Resoconto dell'incontro" in text and "Controparti estere" in text
    assert "martedì 24 novembre 2026, 09:00" in text
    assert f"Pagina 1 di {len(pages)}" in pages[0]
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_every_font_is_embedded(crm: Crm, fair: dict[str, Any]) -> None:
    fonts = font_descriptors(meeting_pdf(crm, fair["meetings"][0]))
    assert fonts and all(fonts.values()), fonts
    families = {name.split("+", 1)[-1].lstrip("/") for name in fonts}
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular",
            "DroidSansFallback", "NanumSquareR"} <= families


def test_batch_numbers_each_meeting_on_its_own(crm: Crm, fair: dict[str, Any]) -> None:
    pdf = build_report(crm, ReportRequest("meetings", event_id=fair["event"],
                                          options=ReportOptions(generated_at=STAMP)))
    pages = pdf_pages(pdf)
    numbers = [re.search(r"Page (\d+) of (\d+)", p) for p in pages]
    assert all(numbers)
    pairs = [(int(m.group(1)), int(m.group(2))) for m in numbers if m]
    assert sum(1 for page, _ in pairs if page == 1) == len(fair["meetings"])
    # each report counts 1..n on its own
    index = 0
    while index < len(pairs):
        total = pairs[index][1]
        assert pairs[index:index + total] == [(k, total) for k in range(1, total + 1)]
        index += total
    # one bookmark per meeting: event code + number in start order, then the subject
    outline = [item.title for item in pypdf.PdfReader(io.BytesIO(pdf)).outline]
    assert outline == [f"BJ2026-00{n} — {s}" for n, s in enumerate(
        ("Distribution partnership", "Investment round", "Licensing opportunity",
         "Clinical trial cooperation"), start=1)]


def test_unknown_meeting_is_a_clear_error(crm: Crm, fair: dict[str, Any]) -> None:
    from crm_app.domain.errors import NotFound

    with pytest.raises(NotFound):
        meeting_pdf(crm, "no-such-meeting")
    crm.meetings.delete(fair["meetings"][1])
    with pytest.raises(NotFound):
        meeting_pdf(crm, fair["meetings"][1])


def test_same_data_same_bytes(crm: Crm, fair: dict[str, Any]) -> None:
    """A pure function of the data: without a generation stamp (which also dates the file)
    two builds are identical byte for byte."""
    request = ReportRequest("meeting", record_id=fair["meetings"][0])
    first = build_report(crm, request)
    assert first == build_report(crm, request)
    assert "Generated" not in pdf_text(first)


def test_the_counterparts_work_address_is_printed(crm: Crm, fair: dict[str, Any]) -> None:
    """Under the organisation, where a letter or a visit goes; the home address stays out."""
    meeting = crm.meetings.get(fair["meetings"][0])
    contact_id = next(p["contact_id"] for p in meeting["participants"]
                      if p.get("contact_id") and p["role"] == "foreign")
    crm.contacts.update(contact_id, {"addresses": [
        {"kind": "home", "street": "Privatweg 9", "city": "Kamakura"},
        {"kind": "work", "street": "2-3-1 Minatomirai", "city": "Yokohama",
         "postcode": "220-0012", "country": "JP"}]})
    text = flat(pdf_text(meeting_pdf(crm, fair["meetings"][0])))
    assert flat("2-3-1 Minatomirai, 220-0012 Yokohama, Japan") in text
    assert "Privatweg" not in text


def test_private_details_stay_out_of_the_report(crm: Crm, fair: dict[str, Any]) -> None:
    """A report goes to headquarters and the companies: a counterpart with only a home
    address, and a home phone and email beside work ones, shows only the work ones."""
    from crm_app.db.models import Contact

    meeting = crm.meetings.get(fair["meetings"][0])
    contact_id = next(p["contact_id"] for p in meeting["participants"]
                      if p.get("contact_id") and p["role"] == "foreign")
    crm.contacts.update(contact_id, {"addresses": [
        {"kind": "home", "street": "Privatweg 9", "city": "Kamakura"},
        {"kind": "other", "street": "Ferienhaus 3", "city": "Karuizawa"}]})
    with crm.db.session() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.emails = ["hanako.private@example.org", "h.suzuki@example.co.jp"]
        contact.phones = ["+81312345678", "+819011112222"]
        contact.value_labels = [["hanako.private@example.org", "home"],
                                ["h.suzuki@example.co.jp", "work"],
                                ["+81312345678", "home"], ["+819011112222", "mobile"]]
    text = flat(pdf_text(meeting_pdf(crm, fair["meetings"][0])))
    assert "Privatweg" not in text and "Ferienhaus" not in text
    assert "hanako.private" not in text and "(home)" not in text
    assert flat("h.suzuki@example.co.jp (work)") in text and "(mobile)" in text
    with crm.db.session() as session:  # nothing was taken from the record itself
        kept = session.get(Contact, contact_id)
        assert kept is not None and len(kept.emails) == 2 and len(kept.phones) == 2


def test_each_email_and_phone_is_printed_with_its_type(crm: Crm, fair: dict[str, Any]) -> None:
    """The type an import kept (contact.value_labels), in the report's language."""
    from crm_app.db.models import Contact

    meeting = crm.meetings.get(fair["meetings"][0])
    contact_id = next(p["contact_id"] for p in meeting["participants"]
                      if p.get("contact_id") and p["role"] == "foreign")
    with crm.db.session() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.phones = ["+81312345678", "+819011112222"]
        contact.value_labels = [[contact.emails[0], "work"], ["+819011112222", "mobile"],
                                ["+81312345678", "Reception desk"]]
        email = contact.emails[0]
    text = flat(pdf_text(meeting_pdf(crm, fair["meetings"][0])))
    assert flat(f"{email} (work)") in text
    assert "(mobile)" in text and flat("(Reception desk)") in text
    italian = pdf_text(meeting_pdf(crm, fair["meetings"][0], lang="it"))
    italian = flat(italian.replace("-\n", ""))  # narrow columns hyphenate "(lavo-ro)"
    assert "(lavoro)" in italian and "(cellulare)" in italian

