"""Format 2 of the shared file: chunks read only when needed, appends that copy the rest, full
writes when due, format-1 files upgraded, and digests kept by difference equal to a recount."""

from __future__ import annotations

import struct
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from crm_app.sync import chunks, rowhash
from crm_app.sync.erasure import erase_contact
from crm_app.sync.fileformat import (
    FORMAT_1,
    FORMAT_VERSION,
    PREFIX,
    KeyRing,
    OpenedFile,
    SyncFileError,
    encode_file,
    open_file,
)
from crm_app.sync.snapshot import Snapshot
from tests.sync.conftest import PASSPHRASE, Laptop, Office


def opened(path: Path) -> OpenedFile:
    return open_file(path.read_bytes(), KeyRing(PASSPHRASE), path.name)


def recount(path: Path) -> dict[str, str]:
    return Snapshot.from_body(opened(path).body()).compute_digests()


def office_of(office: Office, contacts: int = 30) -> tuple[Laptop, Laptop]:
    anna, marco = office.laptop("anna"), office.laptop("marco")
    for i in range(contacts):
        anna.crm.contacts.create({"family_name": f"Person {i}", "job_title": "buyer"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    return anna, marco


def test_a_receiving_sync_decrypts_only_the_chunks_written_since(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    anna, marco = office_of(office)
    first = opened(office.shared_file)
    assert first.version == FORMAT_VERSION
    full_chunks = len(first.plain()["chunks"])
    some = anna.crm.contacts.list(limit=2)
    for contact in some:
        anna.crm.contacts.update(contact["id"], {"job_title": "head of sales"})
    anna.sync(office.shared_file)
    read: list[Any] = []
    real = OpenedFile.chunk_rows
    monkeypatch.setattr(OpenedFile, "chunk_rows",
                        lambda self, ref: read.append(ref) or real(self, ref))
    report = marco.sync(office.shared_file)
    assert report.received == {"contact": 2}
    # Only the chunks anna appended were decrypted (her two contacts and their audit
    # entries), none of the office's full write.
    listed = opened(office.shared_file).plain()["chunks"]
    appended = [ref[0] for ref in listed[full_chunks:]]
    assert read and all(ref[0] in appended for ref in read)
    assert [ref[4] for ref in listed[full_chunks:] if ref[1] == "contact"] == [2]
    assert anna.dump() == marco.dump()
    assert opened(office.shared_file).plain()["digests"] == recount(office.shared_file)


def test_sending_one_edit_copies_every_other_chunk_as_it_is(office: Office) -> None:
    anna, marco = office_of(office)
    before = opened(office.shared_file)
    old_region = before.data[before.region:]
    contact = marco.crm.contacts.list(limit=1)[0]
    marco.crm.contacts.update(contact["id"], {"notes": "met at the stand"})
    assert marco.sync(office.shared_file).sent == {"contact": 1}
    after = opened(office.shared_file)
    region = after.data[after.region:]
    assert region.startswith(old_region)  # the ciphertext of the old chunks, byte for byte
    new = after.plain()["chunks"][len(before.plain()["chunks"]):]
    assert [(ref[1], ref[4]) for ref in new if ref[1] == "contact"] == [("contact", 1)]
    anna.sync(office.shared_file)
    assert "met at the stand" in anna.dump() and anna.dump() == marco.dump()
    assert after.plain()["digests"] == recount(office.shared_file)


def test_many_appends_end_in_a_full_write_with_one_version_per_row(
        office: Office, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chunks, "FULL_EVERY", 4)
    anna, marco = office_of(office, contacts=5)
    contact = anna.crm.contacts.list(limit=1)[0]
    counts = []
    for i in range(6):
        laptop = (anna, marco)[i % 2]
        laptop.sync(office.shared_file)
        laptop.crm.contacts.update(contact["id"], {"job_title": f"title {i}"})
        laptop.sync(office.shared_file)
        counts.append(len(opened(office.shared_file).plain()["chunks"]))
    assert any(b < a for a, b in pairwise(counts))  # a full write came
    body = opened(office.shared_file).body()
    assert sum(1 for raw in body["tables"]["contact"]["rows"] if raw[0] == contact["id"]) == 1
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    assert anna.dump() == marco.dump() and "title 5" in anna.dump()


def test_a_format_1_file_is_read_and_upgraded_at_the_next_write(office: Office) -> None:
    anna, marco = office_of(office, contacts=4)
    current = opened(office.shared_file)
    body = current.body()
    body["format"] = FORMAT_1
    office.shared_file.write_bytes(encode_file(body, current.keys, "0123456789abcdef"))
    assert opened(office.shared_file).version == FORMAT_1
    sofia = office.laptop("sofia")
    sofia.sync(office.shared_file)  # a new laptop joins: the file is written again
    upgraded = opened(office.shared_file)
    assert upgraded.version == FORMAT_VERSION
    anna.crm.contacts.create({"family_name": "After upgrade"})
    for laptop in (anna, marco, sofia, anna, marco):
        laptop.sync(office.shared_file)
    assert anna.dump() == marco.dump() == sofia.dump()
    assert "After upgrade" in sofia.dump()


def test_an_erasure_leaves_no_older_version_in_any_chunk(office: Office) -> None:
    anna, marco = office_of(office, contacts=3)
    victim = anna.crm.contacts.create({"family_name": "Forgetme", "notes": "private note"})
    anna.sync(office.shared_file)
    marco.sync(office.shared_file)
    anna.crm.contacts.update(victim["id"], {"job_title": "later title"})
    anna.sync(office.shared_file)  # an append: older versions sit in older chunks
    erase_contact(anna.db, victim["id"], anna.clock)
    anna.sync(office.shared_file)
    file = opened(office.shared_file)
    every_version = [raw for ref in file.plain()["chunks"] for raw in file.chunk_rows(ref)]
    assert "Forgetme" not in str(every_version) and "private note" not in str(every_version)
    marco.sync(office.shared_file)
    assert "Forgetme" not in marco.dump()


def test_a_damaged_chunk_is_refused_and_changes_nothing(office: Office) -> None:
    anna, marco = office_of(office, contacts=3)
    anna.crm.contacts.update(anna.crm.contacts.list(limit=1)[0]["id"], {"notes": "x"})
    anna.sync(office.shared_file)
    data = bytearray(office.shared_file.read_bytes())
    data[-5] ^= 0x40  # inside the last chunk
    office.shared_file.write_bytes(bytes(data))
    before = marco.dump()
    with pytest.raises(SyncFileError, match="tampered with or damaged"):
        marco.sync(office.shared_file)
    assert marco.dump() == before
    # Cut short (an upload in progress): said so, before anything is decrypted.
    office.shared_file.write_bytes(bytes(data[:-100]))
    with pytest.raises(SyncFileError, match="truncated"):
        marco.sync(office.shared_file)
    header_length = PREFIX.unpack_from(data)[2]
    assert header_length < 1000


def test_a_damaged_chunk_no_sync_needs_is_refused_by_every_sync(office: Office) -> None:
    """A chunk of the office's first full write is damaged after everyone read it: a sync with
    nothing new, and a sync that would append one edit (copying that chunk's bytes forward),
    both refuse the file instead of calling it up to date or spreading the damage."""
    anna, marco = office_of(office, contacts=30)
    first = opened(office.shared_file)
    ref = first.plain()["chunks"][0]
    data = bytearray(office.shared_file.read_bytes())
    data[first.region + int(ref[5]) + 3] ^= 0x01
    office.shared_file.write_bytes(bytes(data))
    for laptop in (marco, anna):
        before = laptop.dump()
        with pytest.raises(SyncFileError, match="tampered with or damaged"):
            laptop.sync(office.shared_file)
        assert laptop.dump() == before
    anna.crm.contacts.update(anna.crm.contacts.list(limit=1)[0]["id"], {"notes": "x"})
    with pytest.raises(SyncFileError, match="tampered with or damaged"):
        anna.sync(office.shared_file)
    assert office.shared_file.read_bytes() == bytes(data)


def test_a_row_hash_left_wrong_is_found_by_the_digests_and_repaired(office: Office) -> None:
    anna, marco = office_of(office, contacts=3)
    target = marco.crm.contacts.list(limit=1)[0]["id"]
    with marco.db.engine.begin() as connection:  # a bug: a value changed behind the clocks
        connection.exec_driver_sql("UPDATE contact SET job_title = 'behind the clocks' "
                                   "WHERE id = ?", (target,))
        connection.exec_driver_sql("UPDATE sync_row SET vh1 = NULL WHERE row_id = ?",
                                   (target,))
    anna.crm.contacts.create({"family_name": "Trigger"})
    anna.sync(office.shared_file)
    report = marco.sync(office.shared_file, expect_repair=True)
    assert any("compared and repaired" in w for w in report.warnings)
    anna.sync(office.shared_file)
    assert anna.dump() == marco.dump()


def kept_and_recomputed(laptop: Laptop) -> tuple[dict[str, str], dict[str, str]]:
    """The digests as this laptop keeps them, then as every row hashed again gives them."""
    connection = laptop.db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        kept = rowhash.digests(cursor)
        rowhash.refresh(cursor, {}, "", everything=True)
        recomputed = rowhash.digests(cursor)
        connection.rollback()
        return kept, recomputed
    finally:
        connection.close()


def test_hashes_written_with_the_rows_equal_the_rows_read_back(office: Office) -> None:
    """A sync stores each row's hash as it writes the row (it does not read the rows back):
    for every kind of value, including list and address fields and a column the file lacks,
    the kept digests equal those of every row hashed again from the database."""
    anna = office.laptop("anna")
    org = anna.crm.organisations.create({"name": "Bäckström AB", "country": "SE"})
    for i in range(5):
        anna.crm.contacts.create({
            "given_name": "Hanako", "family_name": f"鈴木 {i}", "organisation_id": org["id"],
            "emails": [f"h{i}@example.jp", f"s{i}@example.com"], "phones": ["+81 3 1234 5678"],
            "addresses": [{"street": "1-1 Marunouchi", "city": "Tokyo", "country": "JP"}]})
    anna.sync(office.shared_file)
    marco = office.laptop("marco")
    first_sync = marco.sync(office.shared_file)  # every row inserted
    assert first_sync.received["contact"] == 5 and not first_sync.warnings
    kept, recomputed = kept_and_recomputed(marco)
    assert kept == recomputed
    first = marco.crm.contacts.list(limit=1)[0]
    anna.crm.contacts.update(first["id"], {"emails": ["new@example.jp"], "notes": "met"})
    anna.sync(office.shared_file)
    report = marco.sync(office.shared_file)  # rows updated in place
    assert report.received == {"contact": 1} and not report.warnings
    kept, recomputed = kept_and_recomputed(marco)
    assert kept == recomputed


def test_header_of_format_2_counts_the_chunks_in_its_length(office: Office) -> None:
    office_of(office, contacts=2)
    data = office.shared_file.read_bytes()
    version = struct.unpack_from(">H", data, 8)[0]
    assert version == FORMAT_VERSION
    # One byte more than the header announces is refused as damaged, not ignored.
    office.shared_file.write_bytes(data + b"\0")
    with pytest.raises(SyncFileError, match="unexpected bytes"):
        opened(office.shared_file)
