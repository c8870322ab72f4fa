"""The importers on real files from other projects' test suites (tests/io/fixtures/outside,
sources in SOURCES.md): none crashes, and what the acceptance run found lost is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport, read_file
from crm_app.services.crm import Crm

OUTSIDE = Path(__file__).parent / "fixtures" / "outside"
FILES = sorted(p for p in OUTSIDE.iterdir() if p.name != "SOURCES.md")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_outside_file_previews_or_is_refused_in_one_line(io: ImportExport,
                                                              path: Path) -> None:
    try:
        preview = io.preview_file(path)
    except DomainError as exc:
        assert "\n" not in str(exc) and str(exc)
        return
    assert preview.total() >= 1
    refused = [r for r in preview.rows if r.action == "refuse"]
    assert all(r.reason and "\n" not in r.reason for r in refused)
    if len(refused) == preview.total():  # a contact group, an event with no start (DTSTART)
        assert path.name in {"vobject_vcard40_group.vcf", "ical4j_mansour.ics"}, [
            r.reason for r in refused]


def test_a_csv_without_a_header_row_is_refused_not_read_one_short(io: ImportExport) -> None:
    with pytest.raises(DomainError, match="no header row"):
        io.preview_file(OUTSIDE / "thunderbird_csv_no_header.csv")


def _card(name: str) -> dict[str, object]:
    (draft,) = read_file(OUTSIDE / name).contacts
    return {"values": draft.values, "full_name": draft.full_name, "extras": draft.extras}


def test_a_name_in_two_scripts_keeps_its_latin_form() -> None:
    card = _card("vobject_vcard40_multilang.vcf")  # N;ALTID=1;LANGUAGE=en / ...=ja
    values = card["values"]
    assert isinstance(values, dict)
    assert (values["family_name"], values["given_name"]) == ("山田", "太郎")
    assert (values["family_name_latin"], values["given_name_latin"]) == ("Yamada", "Taro")


def test_every_nickname_alternate_display_name_and_language_is_kept() -> None:
    card = _card("vobject_vcard40_full.vcf")
    extras = card["extras"]
    assert ("Nickname", "Johnny,JQP") in extras  # vobject kept only "Johnny"
    assert ("Display name (jp)", "John Q. Public") in extras
    assert ("Language", "fr") in extras


def test_apples_escaped_website_colon_is_undone(crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "roundcube_apple.vcf"))
    (apple,) = crm.organisations.list()
    assert crm.organisations.get(apple["id"])["website"] == "http://www.apple.ch"


def test_a_country_written_with_dots_gives_structured_addresses(crm: Crm,
                                                                io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "vobject_vcard40_full.vcf"))
    (person,) = crm.contacts.list()
    full = crm.contacts.get(person["id"])
    assert full["country"] == "US"  # "U.S.A."
    assert {a["kind"] for a in full["addresses"]} == {"work", "home"}


def test_webmail_email_columns_and_gender_are_kept(crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "roundcube_all.csv"))
    (person,) = crm.contacts.list()
    full = crm.contacts.get(person["id"])
    assert full["emails"] == ["home@example.com", "work@example.com", "other@example.com"]
    assert "Gender: female" in full["notes"]


def test_a_declined_attendee_is_not_a_participant() -> None:
    (meeting,) = read_file(OUTSIDE / "khal_event_dt_partstat.ics").meetings
    assert "another@example.com" not in [a.email for a in meeting.attendees]
    assert "Declined: another@example.com <another@example.com>" in meeting.agenda


def test_past_repeating_series_are_imported_not_refused(io: ImportExport) -> None:
    preview = io.preview_file(OUTSIDE / "icalendar_alarm_outlook_in_future.ics")
    assert preview.counts()["refuse"] == 0 and preview.counts()["create"] == 5


def test_a_zone_name_that_contradicts_the_files_own_definition_is_not_trusted() -> None:
    # "New Zealand Standard Time" defined with CET's offsets: the instant follows the
    # definition, and the meeting is not labelled Pacific/Auckland (13:00 would show 01:00)
    (meeting,) = read_file(OUTSIDE / "khal_tz_windows_format.ics").meetings
    assert meeting.starts_at.isoformat() == "2019-11-20T12:00:00+00:00"
    assert meeting.timezone == "UTC" and "another offset" in meeting.warnings[0]


def test_becky_address_book_keeps_display_names_and_its_emails(crm: Crm,
                                                               io: ImportExport) -> None:
    """Becky!'s .bab: FN is the name, N the nickname; host.invalid is a reserved domain,
    well formed, kept as the email (not sent to review)."""
    preview = io.preview_file(OUTSIDE / "thunderbird_becky_4e4d186e.bab")
    assert preview.format == "becky"
    assert not any("email" in item for row in preview.rows for item in row.review)
    io.apply(preview)
    assert sorted((c["given_name"], c["family_name"]) for c in crm.contacts.list()) == [
        ("The first", "man"), ("The second", "man")]
    first = next(crm.contacts.get(c["id"]) for c in crm.contacts.list()
                 if c["given_name"] == "The first")
    assert first["emails"] == ["first@host.invalid"]
    assert "Nickname: The nick name of the first man" in first["notes"]
    assert first["card_uid"] == "4E4D17E8.0043655C"
    assert first["organisation_id"]


def test_quoted_printable_without_charset_is_read_in_the_code_page_that_makes_words(
        crm: Crm, io: ImportExport) -> None:
    """The Bat!'s 2.1 card writes "Iksi=F1ski" with no CHARSET: 0xF1 is "ń" in the Central
    European code page, "ñ" in Latin-1; the decision is shown and --encoding overrides it."""
    path = OUTSIDE / "roundcube_thebat.vcf"
    preview = io.preview_file(path)
    assert "Windows-1250" in preview.encoding_note and "Iksiński" in preview.encoding_note
    assert preview.rows[0].values["family_name"] == "Iksiński"
    forced = io.preview_file(path, encoding="cp1252")
    assert forced.rows[0].values["family_name"] == "Iksiñski"
    assert "Windows-1250" not in forced.encoding_note


def test_the_code_page_guess_on_names_of_several_languages(tmp_path: Path, crm: Crm,
                                                           io: ImportExport) -> None:
    from crm_app.io.codepage import guess

    cases = {"Peña Muñoz": "cp1252", "Dvořák České Budějovice": "cp1250",
             "Мария Иванова": "cp1251", "Γιώργος Παπαδοπούλου": "cp1253",
             "Müller Straße": "cp1252", "Gökçe Şahin": "cp1254"}
    for text, encoding in cases.items():
        choice = guess([text.encode(encoding)])
        assert choice is not None and choice.encoding == encoding, text
    assert guess([b"plain ascii"]) is None and guess(["Iksiński".encode()]) is None
    # decided once for the whole file: a card whose bytes alone say little reads the same
    cards = tmp_path / "two.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Dvo=F8=E1k;Anton=EDn\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Nov=E1k;Ji=F8=ED\r\n"
        b"ORG;ENCODING=QUOTED-PRINTABLE:=C8esk=E9 dr=E1hy\r\nEND:VCARD\r\n")
    rows = io.preview_file(cards).rows
    assert [r.values["given_name"] for r in rows] == ["Antonín", "Jiří"]


def test_an_attendee_email_folded_with_two_spaces_is_the_attendees_email(
        io: ImportExport) -> None:
    """khal's sample folds "mailto:hcabot@" / "  example.com": after unfolding one space
    is left inside the address; it is an attendee, not an 'invalid email' in the agenda."""
    preview = io.preview_file(OUTSIDE / "khal_event_dt_partstat.ics")
    (meeting,) = [r for r in preview.rows if r.kind == "meeting"]
    assert "invalid email" not in meeting.values["agenda"]
    assert {"hcabot@example.com", "iamboss@example.com"} <= set(preview.new_attendees)
    assert preview.new_attendees["hcabot@example.com"]["family_name"] == "Cabot"


def test_folded_photo_urls_two_jobs_and_own_email_types_are_kept(crm: Crm,
                                                                 io: ImportExport) -> None:
    """ez-vcard's FullContact card: the folded lines of its dropped PHOTO URLs were glued to
    the email before them (custom@example.com637e95c8a… went to review), and its second ORG
    and TITLE replaced the first without a trace."""
    io.apply(io.preview_file(OUTSIDE / "ezvcard_fullcontact.vcf"))
    (person,) = crm.contacts.list()
    full = crm.contacts.get(person["id"])
    assert full["emails"] == ["home@example.com", "work@example.com", "school@example.com",
                              "other@example.com", "custom@example.com"]
    assert "637e95c8a" not in full["notes"]
    labels = dict(full["value_labels"])
    assert labels["school@example.com"] == "school"
    assert labels["custom@example.com"] == "customtype"
    assert full["job_title"] == "Title1" and "Job title: Title2" in full["notes"]
    assert crm.organisations.get(full["organisation_id"])["name"] == "Organization1"
    assert "Organisation: Organization2 / Department2" in full["notes"]


def test_gmail_list_gives_three_contacts_with_their_emails(crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "ezvcard_gmail-list.vcf"))
    emails = sorted(e for c in crm.contacts.list() for e in crm.contacts.get(c["id"])["emails"])
    assert emails == ["asmithk@gmail.com", "chrisy55d@yahoo.com", "dwhite@gmail.com"]
