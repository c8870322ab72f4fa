"""Google and Outlook CSV recognised by their headers, any other CSV/xlsx through a mapping;
encodings and delimiters as the programs that write them use."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport, read_file
from crm_app.io.textfile import decode, sniff_delimiter
from crm_app.services.crm import Crm


def test_google_csv(crm: Crm, io: ImportExport, fixtures: Path, by_family) -> None:
    preview = io.preview_file(fixtures / "google_contacts.csv")
    assert preview.format == "google"
    assert not [r for r in preview.rows if r.action == "refuse"]
    # line numbers are those an editor shows: the first row spans lines 2-6 (quoted newlines);
    # a row with only a company and its generic address is that organisation
    roche = next(r for r in preview.rows if r.line == 7)
    assert (roche.kind, roche.action, roche.label) == ("organisation", "create",
                                                       "Roche Diagnostics")
    io.apply(preview)
    org = next(o for o in crm.organisations.list() if o["name"] == "Roche Diagnostics")
    assert "Email: info@roche.example.ch" in crm.organisations.get(org["id"])["notes"]
    people = by_family(crm)
    garcia = people["García Pérez"]
    assert garcia["given_name"] == "José Luis"
    assert garcia["organisation"] == "Grifols S.A."
    assert garcia["job_title"] == "Business Development Manager"
    assert garcia["emails"] == ["jl.garcia@grifols.example.es",
                                "joseluis.garcia@gmail.example.com"]
    # "a ::: b" in one cell is two phones; Spain from "España"
    assert garcia["phones"] == ["+34612345678", "+34935710000", "+34935710100"]
    assert garcia["country"] == "ES"
    assert garcia["tags"] == ["MEDICA 2026"]  # "* myContacts" and "* starred" are not tags
    assert garcia["notes"].startswith("Conoce Italia, habla italiano.\nReunión en MEDICA.")
    dubois = people["Dubois"]
    assert (dubois["given_name"], dubois["country"], dubois["phones"]) == (
        "Zoë", "FR", ["+33153774000"])


def test_outlook_csv_semicolons_windows_1252(crm: Crm, io: ImportExport, fixtures: Path,
                                             by_family) -> None:
    preview = io.preview_file(fixtures / "outlook_it.csv")
    assert (preview.format, preview.encoding) == ("outlook", "windows-1252")
    rows = {r.line: r for r in preview.rows}
    # a company without a person is an organisation; row 1 spans lines 2-3
    assert (rows[5].kind, rows[5].action) == ("organisation", "create")
    conti = rows[6]
    assert conti.action == "create"
    assert any("not-an-email" in w for w in conti.warnings)
    assert any("not a number" in w for w in conti.warnings)
    assert conti.review == ["email not-an-email", "phone not a number (work)"]
    io.apply(preview)
    people = by_family(crm)
    ferrari = people["Ferrari"]
    assert (ferrari["honorific"], ferrari["given_name"]) == ("Ing.", "Marco")
    assert ferrari["organisation"] == "Chiesi Farmaceutici S.p.A."
    assert ferrari["job_title"] == "Area Manager Est Europa"
    assert ferrari["phones"] == ["+3905212791", "+393487654321"]
    assert ferrari["tags"] == ["Clienti", "Fiera"]
    assert ferrari["notes"].splitlines()[:2] == ["Visto a Düsseldorf; vuole catalogo 2027.",
                                                 "Costo stand: 1.200€"]
    moreau = people["Moreau"]
    assert moreau["given_name"] == "Élodie" and moreau["country"] == "FR"  # "Francia"
    assert moreau["emails"] == ["elodie.moreau@ipsen.example.fr", "e.moreau@gmail.example.com"]
    conti_saved = people["Conti"]
    assert conti_saved["emails"] == [] and conti_saved["phones"] == []  # not stored as valid
    assert conti_saved["notes"] == ("Needs review (import): email not-an-email; "
                                    "phone not a number (work)")
    assert conti_saved["tags"] == ["Needs review"]


def test_xlsx_with_column_mapping(crm: Crm, io: ImportExport, fixtures: Path,
                                  by_family) -> None:
    guess = read_file(fixtures / "medica_leads.xlsx")
    assert guess.mapping["Nome"] == "given_name" and guess.mapping["Padiglione"] == "extra"
    preview = io.preview_file(fixtures / "medica_leads.xlsx",
                              mapping={"Padiglione": "notes", "Note": "notes"})
    assert preview.counts()["create"] == 3
    io.apply(preview)
    people = by_family(crm)
    mueller = people["Müller"]
    assert mueller["organisation"] == "Siemens Healthineers"
    assert mueller["country"] == "DE"  # "Germania"
    assert mueller["phones"] == ["+499131840"]
    assert mueller["notes"] == "Hall 10 / B24\nInteressato a distributori italiani"
    kowalska = people["Kowalska"]
    assert kowalska["phones"] == ["+48225946000"]  # a number cell, country code without +
    # a formula cell gives its cached value (none in a file nobody opened in Excel), never
    # the formula text
    assert kowalska["notes"] == "Hall 3"
    assert people["Wei"]["country"] == "CN"


def test_mapping_names_unknown_column(io: ImportExport, fixtures: Path) -> None:
    with pytest.raises(DomainError, match="does not have"):
        io.preview_file(fixtures / "medica_leads.xlsx", mapping={"Stand": "notes"})
    with pytest.raises(DomainError, match="unknown target"):
        io.preview_file(fixtures / "medica_leads.xlsx", mapping={"Padiglione": "shoe_size"})
    with pytest.raises(DomainError, match=r"applies to CSV and \.xlsx files, not to vcard"):
        io.preview_file(fixtures / "iphone_3.0.vcf", mapping={"N": "notes"})


TEXT = "Nome;Cognome;E-mail\nNiccolò;Bärtschi;n.b@example.ch\n"


@pytest.mark.parametrize("encoding,name", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "windows-1252"),
    ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
])
def test_encodings(encoding: str, name: str) -> None:
    text, found = decode(TEXT.encode(encoding))
    assert found == name
    assert text.lstrip("\ufeff") == TEXT


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(io: ImportExport, crm: Crm, tmp_path: Path, delimiter: str) -> None:
    text = f'Given name{delimiter}Family name{delimiter}Company\n' \
           f'Anna{delimiter}Verdi{delimiter}"Verdi, Rossi & C."\n'
    assert sniff_delimiter(text) == delimiter
    path = tmp_path / "people.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))  # Excel "Unicode text"
    io.apply(io.preview_file(path))
    (contact,) = crm.contacts.list()
    assert (contact["given_name"], contact["family_name"]) == ("Anna", "Verdi")
    assert crm.organisations.get(contact["organisation_id"])["name"] == "Verdi, Rossi & C."


def test_unmapped_table_warns_and_refuses_rows(io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("colour,size\nred,10\n", "utf-8")
    preview = io.preview_file(path)
    assert preview.warnings == ["no column is mapped to a contact field; choose a mapping"]
    assert [r.action for r in preview.rows] == ["refuse"]
    with pytest.raises(DomainError, match="nothing to import"):
        io.apply(preview)


def test_outlook_with_italian_headers(crm: Crm, io: ImportExport, tmp_path: Path) -> None:
    path = tmp_path / "contatti.csv"
    path.write_bytes('"Nome";"Cognome";"Società";"Posizione";"Cellulare";'
                     '"Indirizzo posta elettronica";"Paese (uff.)";"Categorie"\r\n'
                     '"Niccolò";"Bärtschi";"Roche";"Direttore";"+41 79 123 45 67";'
                     '"n.b@roche.example.ch";"Svizzera";"Fiera;VIP"\r\n'.encode("cp1252"))
    preview = io.preview_file(path)
    assert (preview.format, preview.encoding) == ("outlook", "windows-1252")
    io.apply(preview)
    (contact,) = crm.contacts.list()
    full = crm.contacts.get(contact["id"])
    assert (full["given_name"], full["family_name"], full["job_title"]) == (
        "Niccolò", "Bärtschi", "Direttore")
    assert (full["country"], full["phones"], full["tags"]) == ("CH", ["+41791234567"],
                                                              ["Fiera", "VIP"])
