"""Hypothesis on the dialect handling: nested and unterminated cards, company cards, labelled
items, calendars with odd zones/rules/addresses, and mixed-encoding bytes never crash and never
lose a line silently."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import DomainError
from crm_app.io.ics import Window, parse_ics
from crm_app.io.preview import PreviewBuilder
from crm_app.io.textfile import decode_file
from crm_app.io.vcard import parse_vcards, split_cards
from crm_app.services.crm import Crm

FUZZ = settings(max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])
value = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
                max_size=30)
card_line = st.one_of(
    st.builds(lambda n, v: f"{n}:{v}", st.sampled_from(
        ["FN", "N", "ORG", "TITLE", "NOTE", "EMAIL", "TEL", "KIND", "X-ABShowAs", "BDAY", "URL",
         "NICKNAME", "LABEL", "AGENT", "item1.TEL", "item1.X-ABLabel", "X-ANNIVERSARY",
         "PROFILE", "TEL;ext=12", "NOTE;CHARSET=UTF-8"]), value),
    st.sampled_from(["BEGIN:VCARD", "END:VCARD", " folded", "\tfolded", "no colon here"]))
cards = st.lists(card_line, max_size=25).map(
    lambda lines: "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines]))


@FUZZ
@given(text=cards)
def test_card_soup_gives_drafts_or_refusals(crm: Crm, text: str) -> None:
    begins = sum(1 for line in text.splitlines() if line.strip().upper() == "BEGIN:VCARD")
    blocks = list(split_cards(text))
    # every BEGIN is accounted for: a card of its own or a nested card noted on its parent
    assert sum(1 + len(b.nested) for b in blocks) <= begins
    try:
        parsed = parse_vcards(text)
    except DomainError:
        return
    assert len(parsed.contacts) + len(parsed.refused) >= 1
    with crm.db.session() as session:
        builder = PreviewBuilder(session, "merge")
        for draft in parsed.contacts:
            assert builder.contact_row(draft).action in {"create", "skip", "merge", "refuse"}


stamp = st.sampled_from(["20270104T090000", "20270104T090000Z", "20270104", "INVALID", "",
                         "20271301T250000"])
ics_line = st.one_of(
    st.builds(lambda s: f"DTSTART:{s}", stamp), st.builds(lambda s: f"DTEND:{s}", stamp),
    st.builds(lambda s: f"DTSTART;TZID=Nowhere/Zone:{s}", stamp),
    st.sampled_from(["DURATION:PT1H", "DURATION:P999999999999999999W", "DURATION:soon",
                     "RRULE:FREQ=WEEKLY;COUNT=3", "RRULE:FREQ=DAILY", "RRULE:FREQ=NEVER",
                     "RRULE:FREQ=WEEKLY;UNTIL=20270301", "EXDATE:20270111T090000",
                     "ORGANIZER:mailto:a@example.com", "ORGANIZER:mailto:b@example.com",
                     "ATTENDEE;CUTYPE=ROOM:mailto:room@example.com", "ATTENDEE:mailto:x@de",
                     "ATTENDEE;CUTYPE=GROUP:mailto:list@example.com", "ATTENDEE:mailto:",
                     "RECURRENCE-ID:20270111T090000", "SUMMARY:Call, with; commas"]),
    st.builds(lambda v: f"DESCRIPTION:{v}", value))
events = st.lists(st.lists(ics_line, max_size=8), min_size=1, max_size=3).map(
    lambda evs: "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0"] + [
        "\r\n".join(["BEGIN:VEVENT", "UID:fuzz@example.com", *lines, "END:VEVENT"])
        for lines in evs] + ["END:VCALENDAR"]) + "\r\n")


@FUZZ
@given(text=events)
def test_calendar_soup_gives_meetings_or_plain_refusals(text: str) -> None:
    window = Window.default(datetime(2026, 12, 1, tzinfo=UTC))
    try:
        parsed = parse_ics(text, window, "Europe/Rome")
    except DomainError as exc:
        assert "\n" not in str(exc)
        return
    assert parsed.meetings or parsed.refused
    for meeting in parsed.meetings:
        assert meeting.starts_at.tzinfo is not None and 1 <= meeting.duration_minutes <= 1440
        assert all("@" in a.email and a.email != "x@de" for a in meeting.attendees)
    for refusal in parsed.refused:
        assert "Traceback" not in refusal.reason


@FUZZ
@given(lines=st.lists(st.tuples(value, st.sampled_from(["utf-8", "cp1252", "shift_jis"])),
                      min_size=1, max_size=8))
def test_mixed_encodings_decode_without_error(lines: list[tuple[str, str]]) -> None:
    data = b"\n".join(text.encode(enc, errors="replace") for text, enc in lines)
    try:
        decoded = decode_file(data)
    except DomainError as exc:
        assert "binary" in str(exc)
        return
    assert "\x00" not in decoded.text
    assert decoded.text.count("\n") >= data.count(b"\n") - data.count(b"\n ") - 1
    if all(enc == "utf-8" for _, enc in lines):
        assert decoded.text == data.decode("utf-8").replace("\x00", "")


@FUZZ
@given(st.lists(st.binary(max_size=40), max_size=6))
def test_the_code_page_guess_never_crashes_and_its_choice_decodes(samples: list[bytes]) -> None:
    from crm_app.io.codepage import guess

    choice = guess(samples)
    data = b"\n".join(s for s in samples if not s.isascii())
    if choice is not None:
        data.decode(choice.encoding)  # the chosen code page reads every byte
    else:
        assert not data or data.decode("utf-8") is not None


@FUZZ
@given(st.lists(st.text(max_size=20), max_size=4), value, value)
def test_types_from_any_vcard_params_or_column_name_are_short_text(
        types: list[str], custom: str, header: str) -> None:
    from crm_app.domain.value_labels import from_column, from_vcard

    for label in (from_vcard(types, custom), from_vcard(types), from_column(header)):
        assert isinstance(label, str) and len(label) <= 60


@FUZZ
@given(st.lists(st.sampled_from(["TYPE=WORK", "TYPE=CELL", "HOME", "FAX", "TYPE=x-odd",
                                 "PREF", "VOICE"]), max_size=3), value)
def test_a_typed_phone_or_email_card_keeps_a_type_for_what_it_stores(
        params: list[str], label: str) -> None:
    text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", "N:Rossi;Anna;;;",
                        f"item1.TEL;{';'.join(params) or 'TYPE=VOICE'}:+39 02 1234567",
                        f"item1.X-ABLabel:{label}", "EMAIL;TYPE=HOME:anna@example.it",
                        "END:VCARD", ""])
    (draft,) = parse_vcards(text).contacts
    assert set(draft.labels) <= {*draft.phones, *draft.emails}
    assert draft.labels.get("anna@example.it") == "home"
