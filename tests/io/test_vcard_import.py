"""Real-looking vCard exports (iPhone 3.0, Android 2.1, Outlook 2016 2.1) imported and checked
field by field; broken cards refused with their line; a broken file changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from tests.io.conftest import places


def test_iphone_vcard_30(crm: Crm, io: ImportExport, fixtures: Path, by_family) -> None:
    preview = io.preview_file(fixtures / "iphone_3.0.vcf")
    assert preview.counts()["create"] == 2 and preview.counts()["refuse"] == 0
    io.apply(preview)
    people = by_family(crm)
    tanaka = people["Tanaka"]
    assert tanaka["given_name"] == "Hiroshi"
    assert tanaka["job_title"] == "Director, Licensing"
    assert tanaka["organisation"] == "Takeda Pharmaceutical Company Limited"
    assert tanaka["emails"] == ["hiroshi.tanaka@takeda.example.jp", "h.tanaka@takeda.example.com"]
    assert tanaka["phones"] == ["+819012345678", "+81332782111"]  # national number + JP
    assert tanaka["country"] == "JP"
    assert tanaka["tags"] == ["BIO Japan 2026", "Pharma"]
    assert tanaka["notes"].startswith(
        "Met at BIO Japan 2026, booth B-12. Interested in CDMO partners in Lombardy.")
    assert "Department: Global Business Development" in tanaka["notes"]
    assert places(tanaka) == ["work: 2-1-1 Nihonbashi-Honcho, Chuo-ku, 103-8668 Tokyo, Japan"]
    yamada = people["山田"]
    assert yamada["given_name"] == "花子" and yamada["job_title"] == "部長"
    assert yamada["country"] == "JP"  # "日本" recognised as Japan
    assert yamada["organisation"] == "アステラス製薬株式会社"
    # the transliterated name is searchable, as for contacts typed in the app
    hits = crm.search.search("yamada", kinds=("contact",))
    assert [h.record_id for h in hits] == [yamada["id"]]


def test_android_vcard_21_quoted_printable_utf8(crm: Crm, io: ImportExport, fixtures: Path,
                                                by_family) -> None:
    io.apply(io.preview_file(fixtures / "android_2.1.vcf"))
    people = by_family(crm)
    ivanov = people["Иванов"]
    assert ivanov["given_name"] == "Сергей"
    assert ivanov["organisation"] == "Фармстандарт"
    assert ivanov["country"] == "RU"  # "Россия"
    assert ivanov["phones"] == ["+79161234567", "+74957770011"]
    assert ivanov["emails"] == ["s.ivanov@pharmstandard.example.ru",
                                "sergey.ivanov@mail.example.ru"]
    # a QUOTED-PRINTABLE soft line break inside the note is joined, =0A is a new line
    assert ivanov["notes"].splitlines()[:2] == ["Встреча на выставке Pharmtech 2026",
                                                "Позвонить в декабре"]
    assert places(ivanov) == ["work: ул. Тверская, 1, 125009 Москва, Russian Federation"]
    schmidt = people["Schmidt"]  # photo with broken base64 is skipped, the card loads
    assert (schmidt["given_name"], schmidt["honorific"]) == ("Anna Maria", "Dr.")
    assert schmidt["organisation"] == "Bayer AG"
    assert "Department: Pharmaceuticals / Market Access" in schmidt["notes"]
    assert schmidt["country"] is None and schmidt["phones"] == ["+4915123456789"]


def test_outlook_2016_vcard_21_windows_1252(crm: Crm, io: ImportExport, fixtures: Path,
                                            by_family) -> None:
    preview = io.preview_file(fixtures / "outlook2016_2.1.vcf")
    assert preview.encoding == "windows-1252"
    io.apply(preview)
    bianchi = by_family(crm)["Bianchi"]
    assert (bianchi["given_name"], bianchi["honorific"]) == ("Lucia", "Dott.ssa")
    assert bianchi["job_title"] == "Responsabile Qualità"
    assert bianchi["organisation"] == "Menarini Società Farmaceutica"
    assert bianchi["country"] == "IT"
    assert bianchi["phones"] == ["+3905556801", "+393351234567"]
    assert bianchi["emails"] == ["lucia.bianchi@menarini.example.it"]
    notes = bianchi["notes"].splitlines()
    assert notes[0] == ("Incontrata alla fiera CPHI di Milano, stand 4-B20. Interessata a "
                        "partner per il confezionamento in Germania e in Giappone.")
    assert notes[1] == "Prezzi: 10€ al pezzo."
    assert places(bianchi) == ["work: Via Sette Santi, 3, 50131 Firenze FI, Italy"]
    assert bianchi["addresses"][0]["country"] == "IT"


def test_card_without_end_at_end_of_file_is_read_with_a_warning(io: ImportExport,
                                                                 tmp_path: Path) -> None:
    good = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi;Mario;;;\r\nEND:VCARD\r\n"
    path = tmp_path / "two.vcf"
    path.write_text(good + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Verdi;Anna;;;\r\n", "utf-8")
    preview = io.preview_file(path)
    assert [(r.line, r.action, r.label) for r in preview.rows] == [
        (1, "create", "Mario Rossi"), (5, "create", "Anna Verdi")]
    assert "no END:VCARD" in preview.rows[1].warnings[0]


@pytest.mark.parametrize("content", [b"", b"hello, this is not a card\n", b"\x00\xff\x13" * 50])
def test_malformed_file_one_message_nothing_changed(crm: Crm, io: ImportExport, tmp_path: Path,
                                                    content: bytes) -> None:
    crm.contacts.create({"family_name": "Existing"})
    before = dump_json(crm.db)
    path = tmp_path / "bad.vcf"
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        io.apply(io.preview_file(path))
    assert "\n" not in str(caught.value)
    assert dump_json(crm.db) == before


def test_vcard_40_and_a_card_with_only_fn(crm: Crm, io: ImportExport, tmp_path: Path,
                                          by_family) -> None:
    path = tmp_path / "v4.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Ana Lúcia Ferreira\r\nN:;;;;\r\n"
        "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+55-11-91234-5678\r\n"
        "EMAIL;TYPE=work;PREF=1:ana.ferreira@ems.example.com.br\r\nLANG;PREF=1:pt\r\n"
        "ORG:EMS S.A.\r\nEND:VCARD\r\n", "utf-8")
    io.apply(io.preview_file(path))
    ferreira = by_family(crm)["Ferreira"]
    assert (ferreira["honorific"], ferreira["given_name"]) == ("Dr.", "Ana Lúcia")
    assert ferreira["phones"] == ["+5511912345678"] and ferreira["language"] == "pt"
    assert ferreira["emails"] == ["ana.ferreira@ems.example.com.br"]
