"""The types of emails and phones (contact.value_labels) travel with sync; two laptops that
type different numbers offline keep both types, as their emails and phones merge as sets."""

from __future__ import annotations

from pathlib import Path

from crm_app.domain.value_labels import as_dict
from crm_app.io.service import ImportExport
from crm_app.sync import conflicts
from tests.sync.conftest import Laptop, Office

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-card-1\r\nN:Sato;Kenji;;;\r\n"
        "TEL;TYPE=WORK:+81 3 1234 5678\r\n{extra}END:VCARD\r\n")


def _import(laptop: Laptop, path: Path, extra: str) -> None:
    path.write_text(CARD.format(extra=extra), encoding="utf-8")
    io = ImportExport(laptop.crm)
    io.apply(io.preview_file(path, on_duplicate="merge"))


def test_types_added_on_two_laptops_offline_are_both_kept(office: Office,
                                                         tmp_path: Path) -> None:
    anna, marco = office.laptop("anna"), office.laptop("marco", skew_hours=2)
    _import(anna, tmp_path / "a.vcf", "")
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    (row,) = marco.crm.contacts.list()
    assert as_dict(marco.crm.contacts.get(row["id"])["value_labels"]) == {
        "+81312345678": "work"}
    _import(anna, tmp_path / "b.vcf", "TEL;TYPE=CELL:+81 90 1111 2222\r\n")
    _import(marco, tmp_path / "c.vcf", "TEL;TYPE=FAX:+81 3 9999 0000\r\n")
    for laptop in (anna, marco, anna):
        laptop.sync(office.shared_file)
    got = anna.crm.contacts.get(row["id"])
    assert as_dict(got["value_labels"]) == {"+81312345678": "work", "+819011112222": "mobile",
                                            "+81399990000": "fax"}
    assert sorted(got["phones"]) == ["+81312345678", "+81399990000", "+819011112222"]
    assert anna.dump() == marco.dump()
    assert conflicts.list_conflicts(anna.db) == conflicts.list_conflicts(marco.db) == []
