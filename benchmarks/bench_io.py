"""Import/export figures: importing 10,000 vCards, and a duplicate scan over the demo data.

Baselines, same process, same data:
- vCard import beside vobject parsing the same file alone (no repair, validation, matching,
  database writes or search index);
- duplicate scan beside one raw sqlite3 pass over the same contact rows and their emails and
  phones (what any scan has to read); how many pairs it proposes, and how many of them the
  review dialog opens with;
- the labelled sample: the same demo with its own accidental doubles removed and 100
  copies injected (duplicate_sample), recall and the share of false pairs, beside the
  targets (at least 95 % found, at most 5 % false).
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

import vobject
from common import BenchRow, timed
from faker import Faker

from crm_app.io.service import ImportExport
from crm_app.services import duplicates
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.services.duplicate_sample import inject, measure, remove_collisions

AREA = "io"
CARDS = 10_000
LOCALES = [("it_IT", "Italy", "+39 02 "), ("de_DE", "Germany", "+49 211 "),
           ("fr_FR", "France", "+33 1 "), ("es_ES", "Spain", "+34 93 "),
           ("ja_JP", "Japan", "+81 3 "), ("ru_RU", "Russia", "+7 495 "),
           ("pt_BR", "Brazil", "+55 11 "), ("ko_KR", "South Korea", "+82 2 ")]


def people(count: int, seed: int = 11) -> list[tuple[str, str, str, str]]:
    """(given, family, country, phone prefix), one name per person within each country."""
    rng = random.Random(seed)
    fakers = [(Faker(locale), country, prefix) for locale, country, prefix in LOCALES]
    for index, (fake, _, _) in enumerate(fakers):
        fake.seed_instance(seed + index)
    seen: set[tuple[str, str]] = set()
    result = []
    while len(result) < count:
        fake, country, prefix = rng.choice(fakers)
        given, family = fake.first_name(), fake.last_name()
        key = (country, duplicates.name_key(given, family))
        if key not in seen:
            seen.add(key)
            result.append((given, family, country, prefix))
    return result


def vcard_file(path: Path, count: int, seed: int = 11) -> None:
    """`count` cards as phones export them: 3.0 with folded notes, some 2.1 QUOTED-PRINTABLE."""
    rng = random.Random(seed)
    parts = []
    for i, (given, family, country, prefix) in enumerate(people(count, seed)):
        org = f"Company {rng.randint(1, 800)}"
        phone = f"{prefix}{rng.randint(1000000, 9999999)}"
        note = f"Met at the fair, stand {i}; interested in distribution. " * 2
        if i % 5 == 0:
            parts.append(
                "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                f"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp(family)};{_qp(given)};;;\r\n"
                f"ORG:{org}\r\nTEL;CELL:{phone}\r\nEMAIL;INTERNET:p{i}@example.com\r\n"
                f"ADR;WORK:;;Street {i};City;;{10000 + i};{country}\r\nEND:VCARD\r\n")
        else:
            folded = note[:60] + "\r\n " + note[60:]
            parts.append(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\n"
                f"FN:{given} {family}\r\nORG:{org};Sales\r\nTITLE:Manager\r\n"
                f"EMAIL;TYPE=INTERNET:p{i}@example.com\r\nTEL;TYPE=CELL:{phone}\r\n"
                f"ADR;TYPE=WORK:;;Street {i};City;;{10000 + i};{country}\r\n"
                f"NOTE:{folded}\r\nCATEGORIES:Fair 2026,Lead\r\nEND:VCARD\r\n")
    path.write_text("".join(parts), "utf-8")


def _qp(text: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else
                   "".join(f"={b:02X}" for b in c.encode("utf-8")) for c in text)


def _raw_pass(path: Path) -> int:
    """Baseline: read every live contact's name columns, emails and phones once."""
    raw = sqlite3.connect(path)
    count = 0
    for row in raw.execute(
            "SELECT id, given_name, family_name, given_name_latin, family_name_latin, country, "
            "organisation_id, emails, phones FROM contact WHERE deleted_at IS NULL"):
        count += len(json.loads(row[7])) + len(json.loads(row[8]))
    raw.close()
    return count


def run(workdir: Path, contacts: int) -> list[BenchRow]:
    rows: list[BenchRow] = []
    cards = workdir / "cards.vcf"
    vcard_file(cards, CARDS)
    parse_only = timed(lambda: sum(1 for _ in vobject.readComponents(
        cards.read_text("utf-8"), ignoreUnreadable=True)))
    crm = Crm.open(workdir / "import.sqlite3")
    try:
        service = ImportExport(crm)
        start = time.perf_counter()
        preview = service.preview_file(cards)
        result = service.apply(preview)
        full = time.perf_counter() - start
        created = result["created"]["contact"]
    finally:
        crm.close()
    rows.append(BenchRow(AREA, f"import {CARDS:,} vCards, {created:,} created (preview+apply)",
                         full, "s",
                         "vobject parse only", parse_only, "< 10 s"))

    crm = Crm.open(workdir / "scan.sqlite3")
    try:
        generate_demo(crm.db, contacts)
        baseline = timed(lambda: _raw_pass(crm.db.path))
        found: list[int] = []
        scan = timed(lambda: found.append(len(duplicates.scan(crm.db))))
        removed = remove_collisions(crm)
        truth = inject(crm, 100)
        pairs: list[duplicates.DuplicatePair] = []
        sample_scan = timed(lambda: pairs.extend(duplicates.scan(crm.db)))
        rates = measure(pairs, truth)
    finally:
        crm.close()
    shown = min(found[0], duplicates.REVIEW_LIMIT)
    rows.append(BenchRow(AREA, f"duplicate scan, {contacts:,} contacts ({found[0]:,} pairs "
                         f"proposed, review opens on {shown:,})",
                         scan, "s", "raw sqlite3 pass", baseline, "< 30 s"))
    name = (f"labelled sample ({contacts:,} demo - {removed:,} own doubles + 100 injected): "
            f"{rates.found} of 100 found, {rates.false} of {rates.proposed:,} false")
    rows.append(BenchRow(AREA, name + ", recall", rates.recall * 100, "%",
                         "target", 95.0, ">= 95 %"))
    rows.append(BenchRow(AREA, "  same, false pairs", rates.false_rate * 100, "%",
                         "target", 5.0, "<= 5 %"))
    rows.append(BenchRow(AREA, "  same, scan time", sample_scan, "s", "raw sqlite3 pass",
                         baseline, "< 30 s"))
    return rows
