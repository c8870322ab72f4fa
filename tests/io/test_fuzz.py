"""Whatever a file holds, the importer answers with a preview or one DomainError; it never
crashes (Hypothesis-generated vCards, MECARDs and CSV rows)."""

from __future__ import annotations

import csv
import io as stdio
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crm_app.domain.errors import DomainError
from crm_app.io.clean import clean_contact
from crm_app.io.preview import PreviewBuilder
from crm_app.io.service import parse_text
from crm_app.services.crm import Crm

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
prop_names = st.sampled_from(["N", "FN", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "NOTE",
                              "CATEGORIES", "PHOTO", "X-ABLabel", "item1.EMAIL", "LANG"])
params = st.sampled_from(["", ";TYPE=WORK", ";CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE",
                          ";ENCODING=QUOTED-PRINTABLE", ";ENCODING=BASE64", ";WORK;VOICE",
                          ";CHARSET=utf-8", ";VALUE=uri"])
line = st.builds(lambda n, p, v: f"{n}{p}:{v}", prop_names, params, text) | text
card = st.builds(
    lambda version, lines, end: "\r\n".join(
        ["BEGIN:VCARD", f"VERSION:{version}", *lines] + (["END:VCARD"] if end else [])),
    st.sampled_from(["2.1", "3.0", "4.0"]), st.lists(line, max_size=8), st.booleans())

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])


def _never_crashes(raw: str, format_name: str, crm: Crm) -> None:
    try:
        parsed = parse_text(raw, format_name)
    except DomainError:
        return
    for draft in parsed.contacts:
        try:
            clean_contact(draft)
        except Exception as exc:
            assert type(exc).__name__ == "RowRefused", exc
    with crm.db.session() as session:
        builder = PreviewBuilder(session, "merge")
        for draft in parsed.contacts:
            row = builder.contact_row(draft)
            assert row.action in {"create", "update", "merge", "skip", "refuse"}


@FUZZ
@given(cards=st.lists(card, min_size=1, max_size=3))
@example(cards=["BEGIN:VCARD\r\nVERSION:3.0\r\nORG:,0\r\nCATEGORIES:a,,b\r\nEND:VCARD"])
def test_generated_vcards_never_crash(crm: Crm, cards: list[str]) -> None:
    _never_crashes("\r\n".join(cards), "vcard", crm)
    _never_crashes(cards[0], "qr", crm)


@FUZZ
@given(fields=st.lists(st.tuples(st.sampled_from(["N", "TEL", "EMAIL", "ORG", "NOTE", "X"]),
                                 text), max_size=6),
       kind=st.sampled_from(["MECARD", "BIZCARD"]))
def test_generated_mecards_never_crash(crm: Crm, fields: list[tuple[str, str]],
                                       kind: str) -> None:
    _never_crashes(f"{kind}:" + ";".join(f"{k}:{v}" for k, v in fields) + ";;", "qr", crm)


HEADERS = ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company",
           "Business Country/Region", "Notes", "Categories", "Name", "Email", "Phone"]


@FUZZ
@given(header=st.lists(st.sampled_from(HEADERS) | text, min_size=1, max_size=6),
       rows=st.lists(st.lists(text, max_size=8), max_size=5),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_generated_csv_rows_never_crash(crm: Crm, header: list[str], rows: list[list[str]],
                                        delimiter: str) -> None:
    buffer = stdio.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    _never_crashes(buffer.getvalue(), "csv", crm)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_give_a_preview_or_one_message(crm: Crm, tmp_path: Path,
                                                       raw: bytes) -> None:
    from crm_app.io.service import ImportExport

    for suffix in (".vcf", ".csv", ".ics"):
        path = tmp_path / f"random{suffix}"
        path.write_bytes(raw)
        try:
            ImportExport(crm).preview_file(path)
        except DomainError as exc:
            assert "\n" not in str(exc)
