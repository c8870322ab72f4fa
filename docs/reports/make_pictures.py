"""Render every report kind in English and Italian from the sample fair, as PDFs and 80 dpi
PNGs of chosen pages (`python docs/reports/make_pictures.py OUT_DIR [PREFIX]`).
Run from a checkout; needs pdftoppm (poppler-utils)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm

STAMP = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
# names the first reports printed as empty cells, and one emoji nobody can print
EXTRA_PEOPLE = (("प्रिया", "शर्मा", "hi", "IN"), ("สมชาย", "ใจดี", "th", "TH"),
                ("ნინო", "ბერიძე", "ka", "GE"), ("Արամ", "Պետրոսյան", "hy", "AM"),
                ("স্বাতী", "চক্রবর্তী", "bn", "BD"), ("ஸ்ரீனிவாசன்", "கிருஷ்ணன்", "ta", "IN"),
                ("አበበ", "ቢቂላ", "am", "ET"), ("𠮷雄", "阿部", "ja", "JP"),
                ("Zoë ✓ ≈ € 😀", "Ng", "en", "CH"))


def seed(crm: Crm) -> dict[str, object]:
    ids = seed_sample_fair(crm, meetings=4)
    meeting = ids["meetings"][0]  # type: ignore[index]
    participants = crm.meetings.get(meeting)["participants"]
    for given, family, lang, country in EXTRA_PEOPLE:
        org = crm.organisations.create({"name": f"{family} Pharma", "side": "foreign",
                                        "country": country})["id"]
        contact = crm.contacts.create({"given_name": given, "family_name": family,
                                       "language": lang, "country": country,
                                       "organisation_id": org, "honorific": "Dr.",
                                       "phones": "+41 44 668 18 00",
                                       "emails": "a@example.com, b.long.address@example.org"})
        participants.append({"role": "foreign", "contact_id": contact["id"]})
    crm.meetings.update(meeting, {"participants": participants})
    return ids


def main(out: Path, prefix: str = "after") -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        crm = Crm.open(Path(folder) / "crm.sqlite3")
        ids = seed(crm)
        empty = crm.events.create({"name": "MEDICA 2026", "timezone": "Europe/Berlin",
                                   "start_date": "2026-12-01", "end_date": "2026-12-01"})["id"]
        kinds = {"meeting": ReportRequest("meeting", record_id=ids["meetings"][0]),  # type: ignore[index]
                 "followups": ReportRequest("followups"),
                 "event": ReportRequest("event", record_id=str(ids["event"])),
                 "event-empty": ReportRequest("event", record_id=empty)}
        for lang in ("en", "it"):
            for name, request in kinds.items():
                paper = "letter" if lang == "en" else "a4"
                request = ReportRequest(**{**request.__dict__, "options": ReportOptions(
                    lang=lang, paper=paper, generated_at=STAMP)})
                pdf = out / f"{prefix}-{name}-{lang}.pdf"
                pdf.write_bytes(build_report(crm, request))
                subprocess.run(["pdftoppm", "-r", "80", "-png", "-f", "1", "-l", "2",
                                str(pdf), str(out / f"{prefix}-{name}-{lang}")], check=True)
        crm.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), *sys.argv[2:])
