"""The second acceptance run on outside files (tests/io/fixtures/outside, SOURCES.md): the
Cardme samples of ez-vcard, Thunderbird's address-book export, Horde/Exchange/Google exports
and calendars, checked field by field where the first import lost or changed a value."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crm_app.io.service import ImportExport, read_file
from crm_app.services.crm import Crm
from tests.io.conftest import places

OUTSIDE = Path(__file__).parent / "fixtures" / "outside"


def _only_contact(crm: Crm, io: ImportExport, name: str) -> dict[str, Any]:
    io.apply(io.preview_file(OUTSIDE / name))
    (person,) = crm.contacts.list()
    full = crm.contacts.get(person["id"])
    org = full["organisation_id"]
    full["organisation"] = crm.organisations.get(org)["name"] if org else ""
    return full


def test_horde_keeps_its_display_name_and_every_name_part(crm: Crm, io: ImportExport) -> None:
    """N:MyLastName;MyFirstName;MyMiddlename;MyPrefixes;MySuff with FN:Full Name: the display
    name was dropped because the card had a structured name."""
    person = _only_contact(crm, io, "audriga_horde.vcf")
    assert (person["family_name"], person["given_name"]) == ("MyLastName",
                                                            "MyFirstName MyMiddlename")
    assert person["honorific"] == "MyPrefixes" and person["job_title"] == "myRole"
    assert person["organisation"] == "MyCompany"
    notes = person["notes"].splitlines()
    for line in ("Display name: Full Name", "Department: MyDepartment", "Name suffix: MySuff",
                 "Nickname: MyNickname", "Spouse: mySpouse", "Birthday: 2021-09-16",
                 "Anniversary: 1912-10-15", "Website: MyURL"):
        assert line in notes


def test_exchange_display_name_beside_a_family_name_only_is_kept(crm: Crm,
                                                                 io: ImportExport) -> None:
    person = _only_contact(crm, io, "audriga_ms_exchange.vcf")
    assert person["family_name"] == "SOMENAME"
    assert "Display name: SomeFullName" in person["notes"]
    assert dict(person["value_labels"]) == {"xxxxxxxx@kolumbus.us": "other"}


def test_thunderbird_vcard_keeps_the_display_name_as_its_csv_export_does(
        crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "thunderbird_addrbook_export.vcf"))
    notes = {c["family_name"]: crm.contacts.get(c["id"])["notes"] for c in crm.contacts.list()}
    assert "Display name: contact number one" in notes["one"]
    assert "Display name: contact number two" in notes["two"]
    assert notes["two"].startswith("here's some unicode text…")  # QP without a CHARSET


def test_thunderbird_csv_keeps_custom_fields_quotes_tabs_and_line_breaks(
        crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(OUTSIDE / "thunderbird_addrbook_export.csv"))
    two = next(crm.contacts.get(c["id"]) for c in crm.contacts.list()
               if c["family_name"] == "two")
    assert two["job_title"] == '"worker"'
    for line in ("Custom 1: custom, 1", "Custom 2: custom\t2", "Custom 3: custom3",
                 "Custom 4: custom\n4", "Display name: contact number two"):
        assert line in two["notes"]


def test_a_name_made_of_the_cards_own_parts_is_not_repeated(crm: Crm, io: ImportExport) -> None:
    """FN:Mr. Michael Angstadt Jr. is N's parts: no "Display name" line for it."""
    person = _only_contact(crm, io, "ezvcard_outlook-2007.vcf")
    assert "Display name" not in person["notes"]


def test_evolution_spouse_and_every_x_field_with_data_are_kept(crm: Crm,
                                                               io: ImportExport) -> None:
    person = _only_contact(crm, io, "ezvcard_John_Doe_EVOLUTION.vcf")
    assert (person["family_name"], person["honorific"]) == ("Doe", "Mr.")
    assert person["organisation"] == "IBM" and person["job_title"] == "Money Counter"
    assert person["tags"] == ["VIP"]
    assert person["phones"] == ["+19056661234", "+19055551234"]
    assert places(person) == ["home: ASB-123, 15 Crescent moon drive, 12345 Albaney New York, "
                              "United States"]
    notes = person["notes"].splitlines()
    for line in ("Spouse: Maria", "Manager: Big Blue", "Assistant: Little Red",
                 "Department: Accounting / Dungeon", "Nickname: Johny", "Name suffix: Sr.",
                 "AIM (home): johnny5@aol.com", "Anniversary: 1980-03-22",
                 "Birthday: 1980-03-22"):
        assert line in notes
    assert "Display name" not in person["notes"]  # FN is N's parts


def test_the_phonetic_name_of_a_latin_name_is_kept_in_the_notes(crm: Crm,
                                                               io: ImportExport) -> None:
    """Gmail's x-phonetic-first-name / -last-name were listed as noise and dropped."""
    gmail = read_file(OUTSIDE / "ezvcard_John_Doe_GMAIL.vcf").contacts[0]
    assert ("Phonetic name", "Jon Dow") in gmail.extras
    person = _only_contact(crm, io, "ezvcard_gmail-single.vcf")
    assert "Phonetic name: Grregg Dart-mowth" in person["notes"]
    assert "Nickname: Gman" in person["notes"] and "ICQ: 123456789" in person["notes"]


def test_the_phonetic_reading_of_a_kanji_name_fills_the_latin_name(fixtures: Path) -> None:
    yamada = read_file(fixtures / "iphone_3.0.vcf").contacts[1]
    assert (yamada.values["family_name"], yamada.values["given_name"]) == ("山田", "花子")
    assert (yamada.values["family_name_latin"], yamada.values["given_name_latin"]) == (
        "Yamada", "Hanako")
    assert not [label for label, _ in yamada.extras if label == "Phonetic name"]


def test_outlook_x_ms_fields_are_kept_under_plain_labels(crm: Crm, io: ImportExport) -> None:
    person = _only_contact(crm, io, "ezvcard_John_Doe_MS_OUTLOOK.vcf")
    notes = person["notes"].splitlines()
    for line in ("Anniversary: 20110113", "Instant messaging: johny5@aol.com",
                 "Manager: Big Blue", "Assistant: Jenny", "Role: Counting Money"):
        assert line in notes
    assert person["emails"] == ["john.doe@ibm.cm"]
    assert places(person) == [
        "work: Cresent moon drive, 12345 Albaney New York, United States",
        "home: Silicon Alley 5,, 12345 New York New York, United States"]
    outlook_2007 = read_file(OUTSIDE / "ezvcard_outlook-2007.vcf").contacts[0]
    assert ("Spouse", "TheSpouse") in outlook_2007.extras
    assert ("Phone (callback)", "(111) 555-4444") in outlook_2007.extras


def test_a_google_guest_named_by_its_address_is_named_from_the_address(
        crm: Crm, io: ImportExport) -> None:
    """Google writes CN=<the address> for a guest it has no name for: the new contact was
    called "audriga.test.readonly@gmail.com" (family name) instead of a name."""
    preview = io.preview_file(OUTSIDE / "audriga_google_takeout_calendar_primary.ics")
    guest = preview.new_attendees["audriga.test.readonly@gmail.com"]
    assert (guest["given_name"], guest["family_name"]) == ("Audriga Test", "Readonly")
    assert preview.new_attendees["karin@audriga.com"]["family_name"] == "Tran"
    io.apply(preview)
    names = sorted(c["family_name"] for c in crm.contacts.list())
    assert names == ["Readonly", "Tran"]


def test_a_changed_occurrence_replaces_its_occurrence_of_the_series(crm: Crm,
                                                                   io: ImportExport) -> None:
    """Nextcloud's daily series (COUNT=3, INTERVAL=2) with the second day changed: three
    all-day meetings, the changed one with its description."""
    io.apply(io.preview_file(OUTSIDE / "audriga_recurring_event_with_changed_occurrence.ics"))
    meetings = sorted(crm.meetings.list(), key=lambda m: m["starts_at"])
    full = [crm.meetings.get(m["id"]) for m in meetings]
    assert [m["starts_at"][:10] for m in full] == ["2022-10-13", "2022-10-15", "2022-10-17"]
    assert all(m["all_day"] and m["duration_minutes"] == 1440 for m in full)
    assert [m["agenda"] for m in full] == ["", "added description", ""]


def test_a_display_name_with_an_initial_of_the_middle_name_is_not_repeated() -> None:
    (card,) = read_file(OUTSIDE / "vobject_vcard40_full.vcf").contacts
    assert card.full_name == "Dr. John Q. Public, III"
    assert not [value for label, value in card.extras if label == "Display name"]


def test_the_categories_of_an_event_are_kept_in_its_agenda() -> None:
    """Nextcloud's CATEGORIES:Holiday and Horde's CATEGORIES:Foo,Bar were dropped (meetings
    have no tags)."""
    (nextcloud,) = read_file(OUTSIDE / "audriga_nextcloud_conversion_event_1.ics").meetings
    assert nextcloud.agenda.splitlines() == ["Event with a tag, a notification",
                                             "and a recurrence.", "Categories: Holiday"]
    assert nextcloud.place == "Some Hotel, Some Country" and nextcloud.all_day
    (horde,) = read_file(OUTSIDE / "horde_multiple-categoryv1.ics").meetings
    assert horde.agenda == "Categories: Foo, Bar"


def test_nextcloud_social_profiles_are_kept_with_their_network(crm: Crm,
                                                              io: ImportExport) -> None:
    person = _only_contact(crm, io, "audriga_nextcloud_vcard.vcf")
    assert (person["given_name"], person["family_name"]) == ("Maximilian", "Baumus")
    assert "Display name" not in person["notes"]  # FN;DERIVED=1 is N reversed
    assert person["notes"].splitlines() == [
        "Social profile (github): https://github.com/apache/james-project",
        "Social profile (twitter): https://twitter.com/ApacheJames"]


def test_google_times_in_utc_are_shown_in_the_calendars_own_zone(tmp_path: Path) -> None:
    """Google writes DTSTART:…Z and the calendar's zone apart (X-WR-TIMEZONE:Europe/Berlin):
    the meetings kept the instant but were labelled UTC, so 10:00 in Berlin showed as 09:00;
    the all-day birthday was placed on the laptop's midnight instead of Berlin's. (The
    birthday is marked private, which is refused on its own: the copy read here drops it.)"""
    original = OUTSIDE / "audriga_google_takeout_calendar_primary.ics"
    assert [str(r.reason).startswith("marked private") for r in read_file(original).refused] \
        == [True]
    public = tmp_path / "public.ics"
    public.write_bytes(b"".join(line for line in original.read_bytes().splitlines(True)
                                if not line.startswith(b"CLASS:PRIVATE")))
    parsed = read_file(public)
    by_subject = {m.subject: m for m in parsed.meetings}
    first = by_subject["appointmentTest1"]
    assert first.starts_at.isoformat() == "2015-02-18T09:00:00+00:00"  # the file's instant
    assert first.timezone == "Europe/Berlin" and not first.floating
    birthday = by_subject["Herzlichen Glückwunsch zum Geburtstag!"]
    assert birthday.all_day and birthday.timezone == "Europe/Berlin"
    assert birthday.starts_at.isoformat().endswith("T22:00:00+00:00")  # Berlin's midnight


def test_another_google_calendar_shows_its_utc_times_in_london() -> None:
    (event,) = read_file(OUTSIDE / "icalendar_alarm_google_future.ics").meetings
    assert event.timezone == "Europe/London"  # X-WR-TIMEZONE:Europe/London, DTSTART …Z
    (khal,) = read_file(OUTSIDE / "khal_event_dt_london.ics").meetings
    assert khal.timezone == "Europe/London"


def test_a_floating_time_is_read_in_the_calendars_zone_not_the_laptops(
        tmp_path: Path) -> None:
    calendar = tmp_path / "tokyo.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//macOS 14//EN\r\n"
        "X-WR-TIMEZONE:Asia/Tokyo\r\nBEGIN:VEVENT\r\nUID:bio-japan-1\r\n"
        "DTSTART:20271014T100000\r\nDTEND:20271014T110000\r\nSUMMARY:Takeda\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    (meeting,) = read_file(calendar).meetings
    assert meeting.starts_at.isoformat() == "2027-10-14T01:00:00+00:00"
    assert (meeting.timezone, meeting.duration_minutes) == ("Asia/Tokyo", 60)
    assert any("the calendar's zone (X-WR-TIMEZONE)" in w for w in meeting.warnings)
