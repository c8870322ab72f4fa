"""Contact files as other programs write them (tests/io/fixtures/real, sources in its README),
imported and checked field by field: nothing a person typed is dropped silently."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from crm_app.cli.main import main
from crm_app.domain.errors import DomainError
from crm_app.domain.value_labels import as_dict
from crm_app.io.service import ImportExport, read_file
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from tests.io.conftest import places

REAL = Path(__file__).parent / "fixtures" / "real"


def _imported(crm: Crm, io: ImportExport, name: str) -> dict[str, dict[str, Any]]:
    """Import a corpus file; live contacts by family name, with organisation name."""
    io.apply(io.preview_file(REAL / name))
    people = {}
    for row in crm.contacts.list():
        full = crm.contacts.get(row["id"])
        org = full["organisation_id"]
        full["organisation"] = crm.organisations.get(org)["name"] if org else ""
        people[str(full["family_name"])] = full
    return people


def _organisations(crm: Crm) -> dict[str, dict[str, Any]]:
    return {o["name"]: crm.organisations.get(o["id"]) for o in crm.organisations.list()}


def test_unescaped_commas_keep_the_whole_text(crm: Crm, io: ImportExport) -> None:
    people = _imported(crm, io, "unescaped_commas_30.vcf")
    doe = people["Doe"]
    assert (doe["given_name"], doe["job_title"]) == ("John", "Head of Sales, EMEA")
    assert doe["notes"] == ("Met in Milan, interested in distributors in Lombardy, Piedmont "
                            "and Veneto.")
    rossi = people["Rossi"]  # 4.0 card with FN only: "Rossi, Maria" is family, given
    assert (rossi["given_name"], rossi["family_name"]) == ("Maria", "Rossi")
    assert rossi["job_title"] == "Direttrice, Affari Regolatori"
    assert rossi["notes"] == "Conosciuta a CPHI, vuole il catalogo"
    assert rossi["organisation"] == "Zambon S.p.A."


def test_apple_company_card_and_labelled_items(crm: Crm, io: ImportExport) -> None:
    preview = io.preview_file(REAL / "apple_icloud.vcf")
    assert [(r.kind, r.action) for r in preview.rows] == [("organisation", "create"),
                                                          ("contact", "create")]
    assert "photo not imported (the app keeps no pictures)" in preview.rows[1].warnings
    io.apply(preview)
    company = _organisations(crm)["アークデータ研究所"]
    assert company["notes"] == "ASCAL\nPhone: 05037543196"  # no country: the number as typed
    (person,) = crm.contacts.list()
    johnny = crm.contacts.get(person["id"])
    assert (johnny["honorific"], johnny["given_name"], johnny["family_name"]) == (
        "Mr.", "Johnny Q.", "Appleseed")
    assert johnny["job_title"] == "Evangelist, Health Apps"
    assert johnny["emails"] == ["johnny@apple.example.com", "jq@icloud.example.com"]
    assert johnny["phones"] == ["+14085550100", "+14085550199", "+14085550111"]
    assert johnny["country"] == "US"
    notes = johnny["notes"].splitlines()
    for line in ("Department: Developer Relations", "Name suffix: Jr.", "Nickname: Appy",
                 "Website (HomePage): https://developer.apple.example.com",
                 "Anniversary: 2008-06-29", "Birthday: 1976-04-01",
                 "Social profile (linkedin): https://linkedin.example.com/in/appleseed",
                 "Extension: +14085550100 ext. 123"):
        assert line in notes
    assert not any("X-ABUID" in n or "5B4F0D9A" in n for n in notes)  # noise stays out
    assert as_dict(johnny["value_labels"])["+14085550111"] == "Assistant"  # a field now
    assert places(johnny) == ["work: 1 Apple Park Way, 95014 Cupertino CA, United States"]
    assert not any(n.startswith("Address") for n in notes)  # a structured address now


def test_vcard_40_kind_org_extensions_and_preferred_language(crm: Crm, io: ImportExport) -> None:
    people = _imported(crm, io, "vcard40_kind_org.vcf")
    abc = _organisations(crm)["ABC, Inc."]
    assert abc["country"] == "US" and abc["website"] == "https://abc.example.com"
    assert abc["address"] == "100 Waters Edge, 30314 Baytown LA, United States of America"
    assert abc["notes"].splitlines() == ["Email: info@abc.example.com",
                                         "Phone: +1-555-555-5555;ext=5555",
                                         "Display name: ABC Marketing"]
    simon = people["Perreault"]
    assert simon["language"] == "fr"  # LANG;PREF=1, not the last one
    assert simon["phones"] == ["+14186569254", "+14182626501"]
    assert simon["organisation"] == "Viagenie" and simon["country"] == "CA"
    notes = simon["notes"].splitlines()
    assert "Extension: +14186569254 ext. 102" in notes
    assert "Name suffix: ing. jr, M.Sc." in notes
    assert "Birthday: --0203" in notes and "Anniversary: 20090808T1430-0500" in notes
    assert "Website (home): http://nomis80.example.org" in notes
    assert "Gender: M" in notes and "Location (work): geo:46.772673,-71.282945" in notes


def test_exchange_card_with_profile_label_and_national_phone(crm: Crm, io: ImportExport) -> None:
    alex = _imported(crm, io, "exchange_profile.vcf")["Wilbur"]
    assert alex["organisation"] == "Contoso" and alex["country"] == "US"
    assert alex["phones"] == ["+14255550100"]  # national number, country from the address
    assert alex["notes"].splitlines()[:2] == [
        "Sunday, June 10, 2012 5:44 PM:",
        "Gutter, window cleaning, pressure washing, roof debris blowing"]
    assert "Address label (work): 4567 Main St" in alex["notes"]


def test_lotus_notes_profile_and_charset_on_30(crm: Crm, io: ImportExport) -> None:
    giorgio = _imported(crm, io, "lotus_notes.vcf")["Brambilla"]
    assert (giorgio["honorific"], giorgio["given_name"]) == ("Ing.", "Giorgio")
    assert giorgio["job_title"] == "Responsabile, Licensing"
    assert giorgio["organisation"] == "Recordati Industria Chimica e Farmaceutica"
    assert giorgio["phones"] == ["+390248787111", "+393381234567"]
    assert giorgio["country"] == "IT"
    assert giorgio["notes"].startswith("Incontrato a Düsseldorf, interessato a partner in "
                                       "Giappone.\nDepartment: Business Development")


def test_vcard_21_qp_without_soft_breaks_agent_and_photo(crm: Crm, io: ImportExport) -> None:
    preview = io.preview_file(REAL / "nokia_21_qp_agent.vcf")
    refused = [(r.line, r.reason) for r in preview.rows if r.action == "refuse"]
    assert refused == [(14, "a card inside another card (AGENT) is not imported; the outer "
                            "card is")]
    io.apply(preview)
    (row,) = crm.contacts.list()
    mueller = crm.contacts.get(row["id"])
    assert (mueller["honorific"], mueller["given_name"], mueller["family_name"]) == (
        "Dr.", "Jürgen", "Müller")
    assert mueller["phones"] == ["+496132770", "+496132720", "+491712345678"]
    notes = mueller["notes"].splitlines()
    assert notes[:2] == ["Erstes Treffen auf der BIO-Europe.",
                         "Zweites Treffen in Mailand, sehr interessiert."]
    assert as_dict(mueller["value_labels"])["+496132720"] == "work fax"
    assert places(mueller) == ["work: Binger Straße 173, 55216 Ingelheim am Rhein, Germany"]
    assert mueller["addresses"][0]["country"] == "DE"  # "Deutschland" read as DE
    assert "Anniversary: 2001-09-15" in notes
    assert not any("Schulz" in n for n in notes)  # the nested card is refused, not merged in


def test_card_missing_end_followed_by_another(crm: Crm, io: ImportExport) -> None:
    preview = io.preview_file(REAL / "missing_end.vcf")
    assert [(r.line, r.action, r.label) for r in preview.rows] == [
        (1, "create", "Anna Verdi"), (6, "create", "Paolo Neri")]
    assert preview.rows[0].warnings == ["the card has no END:VCARD line; read up to the next "
                                        "card"]
    people = _imported(crm, io, "missing_end.vcf")
    assert people["Verdi"]["emails"] == ["anna.verdi@example.it"]
    assert people["Neri"]["emails"] == ["paolo.neri@example.it"]


def test_one_latin1_line_does_not_garble_a_utf8_file(crm: Crm, io: ImportExport) -> None:
    preview = io.preview_file(REAL / "mixed_utf8_latin1.vcf")
    assert preview.encoding == "utf-8"
    assert preview.encoding_note == "UTF-8 with 1 line(s) in windows-1252: line 14"
    assert preview.warnings == ["1 line(s) were not UTF-8 and were read as windows-1252 "
                                "(line 14); check them"]
    io.apply(preview)
    people = {c["family_name"]: c for c in crm.contacts.list()}
    assert set(people) == {"Sato", "Müller", "Schön"}
    assert people["Schön"]["given_name"] == "Käthe"


def test_thunderbird_csv(crm: Crm, io: ImportExport) -> None:
    basic = read_file(REAL / "thunderbird_basic.csv")
    assert basic.format == "thunderbird"
    preview = io.preview_file(REAL / "thunderbird_full.csv")
    assert preview.counts()["create"] == 3 and preview.counts()["needs_review"] == 1
    people = _imported(crm, io, "thunderbird_full.csv")
    nowak = people["Nowak"]
    assert nowak["given_name"] == "Katarzyna" and nowak["organisation"] == "Polpharma S.A."
    assert nowak["emails"] == ["k.nowak@polpharma.example.pl", "kasia@gmail.example.com"]
    assert nowak["phones"] == ["+48221234567", "+48601234567", "+48221234500"]
    assert as_dict(nowak["value_labels"]) == {"+48221234567": "work", "+48601234567": "mobile",
                                              "+48221234500": "fax"}
    assert nowak["country"] == "PL" and nowak["job_title"] == "Head of Export"
    notes = nowak["notes"].splitlines()
    assert notes[0] == "Met at CPHI, wants samples"
    for line in ("Department: Export", "Nickname: Kasia", "Display name: Kasia Nowak",
                 "Website: https://polpharma.example.pl",
                 "Birthday: 1980-07-14", "Custom 1: VIP booth", "Screen Name: kasia.nowak"):
        assert line in notes
    assert places(nowak) == ["home: ul. Długa 5, m. 12, 80-827 Gdańsk pomorskie, Poland",
                             "work: ul. Pelplińska 19, 83-200 Starogard Gdański, Poland"]
    assert nowak["addresses"][0]["street"] == "ul. Długa 5\nm. 12"  # Address 2 on its line
    assert (people["Name"]["given_name"]) == "Only Display"  # display name only: split
    solo = people["Email"]  # email only: kept, named from the address, flagged
    assert (solo["given_name"], solo["emails"]) == ("Solo", ["solo.email@example.org"])
    assert solo["tags"] == ["Needs review"]
    assert "name taken from the email address" in solo["notes"]


def test_german_outlook_365_header_keeps_its_home_phone(crm: Crm, io: ImportExport) -> None:
    """The header row of a real German Outlook 365 export (its 92 columns as a user posted
    them; the rows are ours): 'Telefon (privat)' is a home phone, not a note."""
    people = _imported(crm, io, "outlook365_de_full_header.csv")
    anna = people["Schröder"]
    assert anna["phones"] == ["+49309876543"]
    assert as_dict(anna["value_labels"]) == {"+49309876543": "home"}
    assert "Telefon" not in anna["notes"]
    assert anna["emails"] == ["anna.schroeder@charite.de"]  # the Exchange one goes to review
    weiss = people["Weiß"]
    assert weiss["organisation"] == "Müller Medizintechnik GmbH"
    assert len(weiss["phones"]) == 3 and weiss["emails"][1] == "juergen.weiss@gmx.de"


@pytest.mark.parametrize("name", ["outlook_de.csv", "outlook_de_cp1252.csv"])
def test_german_outlook_csv(crm: Crm, io: ImportExport, name: str) -> None:
    preview = io.preview_file(REAL / name)
    assert preview.format == "outlook"
    assert preview.encoding == ("windows-1252" if "cp1252" in name else "utf-8")
    people = _imported(crm, io, name)
    hp = people["Schäfer"]
    assert (hp["honorific"], hp["given_name"]) == ("Prof. Dr.", "Hans-Peter Maria")
    assert hp["organisation"] == "Merck KGaA" and hp["job_title"] == "Leiter Vertrieb, DACH"
    assert hp["emails"] == ["hp.schaefer@merck.example.de", "hps@web.example.de"]
    assert hp["phones"] == ["+496151722000", "+49615112345", "+4915123456789", "+496151720"]
    assert as_dict(hp["value_labels"])["+496151720"] == "work fax"
    assert hp["country"] == "DE" and hp["tags"] == ["Messe", "Pharma"]
    notes = hp["notes"].splitlines()
    assert notes[0] == "Treffen auf der MEDICA; möchte Katalog."
    for line in ("Department: Healthcare", "Birthday: 14.3.1968",
                 "Website: www.merck.example.de"):
        assert line in notes
    assert places(hp) == [
        "work: Frankfurter Straße 250, Gebäude F, 64293 Darmstadt Hessen, Germany",
        "home: Am Grün 3, 64367 Mühltal, Germany"]
    assert not any(n.startswith("Address") for n in notes)
    assert not any("SMTP" in n or "0.0.00" in n for n in notes)
    assert "Geschlecht: Männlich" in notes  # typed by a person: kept, under its column's name
    assert "Siemens Healthineers AG" in _organisations(crm)  # company-only row
    yilmaz = next(p for f, p in people.items() if f.startswith("Y"))
    assert yilmaz["emails"] == [] and yilmaz["phones"] == []  # not stored as valid ...
    assert yilmaz["notes"] == ("Geschlecht: Weiblich\n"
                              "Needs review (import): email ulku@firma; phone 0212 123 45 67 "
                              "(work)")
    assert yilmaz["tags"] == ["Needs review"]  # ... but kept and findable


def test_office_default_country_reads_national_phones(crm: Crm, io: ImportExport) -> None:
    crm.settings.set_profile({"name": "Lucia", "country": "TR"})
    preview = io.preview_file(REAL / "outlook_de.csv")
    yilmaz = next(r for r in preview.rows if r.label.startswith("Ülkü"))
    assert yilmaz.values["phones"] == ["+902121234567"]
    assert "phone '0212 123 45 67' read as a number of TR" in yilmaz.warnings
    assert yilmaz.values.get("country") is None  # the office's country is not the contact's
    assert yilmaz.review == ["email ulku@firma"]


def test_organisation_country_reads_national_phones(crm: Crm, io: ImportExport) -> None:
    crm.organisations.create({"name": "Angelini Pharma", "country": "IT"})
    preview = io.preview_file(REAL / "generic_it.csv")
    (row,) = preview.rows
    assert row.values["phones"] == ["+3906780531"] and row.review == []


@pytest.mark.parametrize("name,family,expected", [
    ("outlook_fr_cp1252.csv", "Lefèvre", {
        "given_name": "Élodie", "honorific": "Mme", "job_title": "Directrice",
        "country": "FR", "emails": ["elodie.lefevre@sanofi.example.fr"],
        "phones": ["+33153774000", "+33612345678"], "organisation": "Sanofi"}),
    ("outlook_es.csv", "Fernández Ruiz", {
        "given_name": "María José", "honorific": "Dra.", "job_title": "Directora Científica",
        "country": "ES", "organisation": "Almirall S.A.",
        "emails": ["mj.fernandez@almirall.example.es", "mariajose@gmail.example.com"],
        "phones": ["+34934959500", "+34612345678"]}),
    ("outlook_en_all_addresses.csv", "Smith", {
        "given_name": "Robert James", "honorific": "Mr.", "job_title": "Director, Licensing",
        "country": "US", "organisation": "Pfizer Inc.",
        "emails": ["robert.smith@pfizer.example.com", "bob.smith@gmail.example.com",
                   "rsmith@home.example.net"],
        "phones": ["+12127332323", "+12015550142", "+19175550175", "+12125550100"]}),
    ("generic_fr_first_last.csv", "Martin", {"given_name": "Luc", "organisation": "Servier"}),
    ("generic_first_last.csv", "Patel", {"given_name": "Amit", "organisation": "Sun Pharma",
                                         "phones": ["+912243244324"]}),
    ("display_name_only.csv", "Watanabe", {"given_name": "Kenji", "honorific": "Dr."}),
    ("name_only.csv", "García Márquez", {"given_name": "Gabriel"}),
    ("nul_bytes.csv", "Rossi", {"given_name": "Anna", "emails": ["anna@example.it"]}),
])
def test_localised_and_plain_headers(crm: Crm, io: ImportExport, name: str, family: str,
                                     expected: dict[str, object]) -> None:
    person = _imported(crm, io, name)[family]
    assert {k: person[k] for k in expected} == expected


def test_english_outlook_home_other_addresses_and_extras(crm: Crm, io: ImportExport) -> None:
    smith = _imported(crm, io, "outlook_en_all_addresses.csv")["Smith"]
    assert places(smith) == [
        "work: 66 Hudson Boulevard East, 10001 New York NY, United States",
        "home: 12 Elm Street, 07030 Hoboken NJ, United States",
        "other: 1 Lab Road, 06340 Groton CT, United States"]
    assert [a["region"] for a in smith["addresses"]] == ["NY", "NJ", "CT"]
    notes = smith["notes"].splitlines()
    assert as_dict(smith["value_labels"])["+12125550100"] == "work fax"
    for line in ("Name suffix: Jr.", "Nickname: Bob",
                 "Birthday: 5/14/1970", "Assistant's Name: Linda Green",
                 "Extension: +19175550175 ext. 42"):
        assert line in notes
    assert not any(n.startswith("Anniversary") for n in notes)  # Outlook's empty "0/0/00"


def test_shift_jis_detected_and_overridable(crm: Crm, io: ImportExport) -> None:
    preview = io.preview_file(REAL / "thunderbird_shiftjis.csv")
    assert (preview.encoding, preview.encoding_note) == ("shift_jis (cp932)",
                                                         "not UTF-8; detected")
    assert [r.label for r in preview.rows] == ["花子 山田", "一郎 鈴木"]
    assert preview.rows[0].organisation == "アステラス製薬株式会社"
    forced = io.preview_file(REAL / "thunderbird_shiftjis.csv", encoding="cp1252")
    assert forced.encoding == "cp1252" and forced.encoding_note == "chosen, not detected"
    with pytest.raises(DomainError, match="unknown encoding 'klingon'"):
        io.preview_file(REAL / "thunderbird_shiftjis.csv", encoding="klingon")


def test_nul_bytes_stripped_with_a_warning(io: ImportExport) -> None:
    preview = io.preview_file(REAL / "nul_bytes.csv")
    assert preview.warnings == ["2 NUL byte(s) removed from the file"]
    assert preview.rows[0].label == "Anna Rossi"


def test_unbalanced_quote_refuses_the_file(crm: Crm, io: ImportExport) -> None:
    before = dump_json(crm.db)
    with pytest.raises(DomainError) as caught:
        io.preview_file(REAL / "unbalanced_quote.csv")
    assert str(caught.value).startswith("line 2: a quote (\") opened here is never closed")
    assert dump_json(crm.db) == before


def test_random_bytes_as_csv_refused_in_one_line(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "export.csv"
    junk.write_bytes(random.Random(11).randbytes(20_000))
    assert main(["--db", str(tmp_path / "c.sqlite3"), "import", str(junk)]) == 1
    captured = capsys.readouterr()
    assert captured.err == ("crm: error: export.csv: this is not a text file (it holds binary "
                            "data); nothing imported\n")
    assert captured.out == ""


def test_table_where_no_row_is_a_contact_is_refused_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("colour,size\nred,10\nblue,12\n", "utf-8")
    assert main(["--db", str(tmp_path / "c.sqlite3"), "import", str(odd)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no record could be read (2 refused" in err


def test_encoding_flag_on_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("First Name,Last Name\nJosé,Núñez\n".encode("latin-1"))
    assert main(["--db", str(tmp_path / "c.sqlite3"), "import", str(path), "--dry-run",
                 "--encoding", "latin-1"]) == 0
    out = capsys.readouterr().out
    assert "csv, latin-1 (chosen, not detected)" in out


def test_vobject_warnings_are_preview_warnings_not_stderr(
        io: ImportExport, tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "odd.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Anna;;;\r\n:no name here\r\n"
                    'TEL;TYPE="work:+39 02 1234567\r\nEND:VCARD\r\n', "utf-8")
    for _ in range(2):  # vobject installs its own stderr handler on first use
        preview = io.preview_file(path)
    (row,) = preview.rows
    assert row.label == "Anna Rossi"
    assert row.warnings == ["2 line(s) that are no vCard property kept in the notes"]
    assert row.values["notes"].splitlines() == ["Unreadable line: :no name here",
                                                'Unreadable line: TEL;TYPE="work:+39 02 1234567']
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_inline_agent_refused_with_its_line(io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "agent.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Anna;;;\r\n"
                    "AGENT:BEGIN:VCARD\\nFN:Susan Thomas\\nEND:VCARD\\n\r\nEND:VCARD\r\n",
                    "utf-8")
    preview = io.preview_file(path)
    assert [(r.line, r.action) for r in preview.rows] == [(1, "create"), (4, "refuse")]
    assert "Susan" not in preview.rows[0].values["notes"]


def test_utf8_character_split_by_folding(io: ImportExport, tmp_path: Path) -> None:
    note = ("NOTE:" + "x" * 69 + "ü und Söhne").encode()
    card = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kraus;Eva;;;\r\n" + note[:75] + b"\r\n "
            + note[75:] + b"\r\nEND:VCARD\r\n")
    path = tmp_path / "folded.vcf"
    path.write_bytes(card)
    preview = io.preview_file(path)
    assert (preview.encoding, preview.encoding_note) == ("utf-8", "a character was split by "
                                                                  "line folding")
    assert preview.rows[0].values["notes"] == "x" * 69 + "ü und Söhne"


def test_google_labels_and_formatted_address_stay_out_of_the_notes(
        crm: Crm, io: ImportExport) -> None:
    io.apply(io.preview_file(Path(__file__).parent / "fixtures" / "google_contacts.csv"))
    garcia = next(crm.contacts.get(c["id"]) for c in crm.contacts.list()
                  if c["family_name"] == "García Pérez")
    notes = garcia["notes"].splitlines()
    assert notes[-1:] == ["Website: https://www.grifols.example.com"]
    assert places(garcia) == [
        "work: Av. de la Generalitat 152, 08174 Sant Cugat del Vallès Barcelona, Spain"]
    assert not any("Label" in n or "Formatted" in n for n in notes)


def test_wrong_declared_charset_does_not_store_mojibake(io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:2.1\r\n"
                    "N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
                    "NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe\r\n"
                    "END:VCARD\r\n", "ascii")
    (row,) = io.preview_file(path).rows
    assert (row.values["given_name"], row.values["family_name"]) == ("Jürgen", "Müller")
    assert row.values["notes"] == "Grüße"  # really Latin-1: read as declared


def test_card_named_after_its_company_is_an_organisation(crm: Crm, io: ImportExport,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "company.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Apple Computer AG\r\n"
                    "ORG:Apple Computer AG;\r\nTEL;TYPE=WORK:+41 44 877 91 11\r\n"
                    "END:VCARD\r\n", "utf-8")
    preview = io.preview_file(path)
    assert [(r.kind, r.label) for r in preview.rows] == [("organisation", "Apple Computer AG")]
    io.apply(preview)
    assert crm.contacts.list() == []
    assert _organisations(crm)["Apple Computer AG"]["notes"] == "Phone: +41 44 877 91 11"


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.iterdir()
                                        if p.suffix in {".vcf", ".csv"}))
def test_every_contact_file_in_the_corpus(io: ImportExport, name: str) -> None:
    """Each file previews (no row refused for "no name" when it holds one) or is refused as a
    whole in one line; a refused row always says why."""
    try:
        preview = io.preview_file(REAL / name)
    except DomainError as exc:
        assert name == "unbalanced_quote.csv" and "\n" not in str(exc)
        return
    assert preview.changes_anything
    for row in preview.rows:
        assert row.action != "refuse" or row.reason
        assert "no name" not in row.reason


def test_group_card_refused_not_made_a_person(io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "group.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Export Team\r\nFN:Export Team\r\n"
                    "X-ADDRESSBOOKSERVER-KIND:group\r\n"
                    "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0b4f0c39-1111-4cd8-9c1b-1a2b3c4d5e6f\r\n"
                    "END:VCARD\r\n", "utf-8")
    preview = io.preview_file(path)
    assert [(r.line, r.action) for r in preview.rows] == [(1, "refuse")]
    assert "contact group" in preview.rows[0].reason
