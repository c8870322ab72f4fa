"""Report timings, each beside a bare ReportLab document of the same page count built in the
same run (standard Helvetica, one paragraph and one plain table per page, no font choice, no
bidi, no database).

    .venv/bin/python benchmarks/run.py --only reports
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
from pathlib import Path

import pypdf
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import BenchRow, timed

from crm_app.reports import ReportRequest, build_report
from crm_app.reports.fonts import FAMILIES, bundled_fonts, face_name
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm


def bare_document(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Page {page + 1}: " + "Lorem ipsum dolor sit amet. " * 20,
                               styles["Normal"]))
        story.append(Table([[f"row {r}", "name", "organisation", "country", "email"]
                            for r in range(25)]))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def median_seconds(fn: object, repeat: int) -> float:
    return statistics.median(timed(fn) for _ in range(repeat))  # type: ignore[arg-type]


def _fresh_process_ms(statement: str) -> float:
    code = ("import time; t = time.perf_counter(); " + statement
            + "; print((time.perf_counter() - t) * 1000)")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=root)
    return float(out.stdout.strip().splitlines()[-1])


def run(workdir: Path, contacts: int) -> list[BenchRow]:
    _ = contacts  # report sizes are fixed by the targets, not by the data set size
    rows: list[BenchRow] = []
    bundled_fonts()  # registration happens once per process; measured separately below

    crm = Crm.open(workdir / "meeting.sqlite3")
    ids = seed_sample_fair(crm, meetings=1)
    request = ReportRequest("meeting", record_id=ids["meetings"][0])
    pages = page_count(build_report(crm, request))
    ours = median_seconds(lambda: build_report(crm, request), 15) * 1000
    bare = median_seconds(lambda: bare_document(pages), 15) * 1000
    rows.append(BenchRow("reports", f"meeting report, 8 scripts ({pages} pages), median ms",
                         ours, "ms", f"bare ReportLab, {pages} pages", bare, "< 150 ms"))
    crm.close()

    crm = Crm.open(workdir / "event.sqlite3")
    ids = seed_sample_fair(crm, meetings=500)
    request = ReportRequest("event", record_id=ids["event"])
    pages = page_count(build_report(crm, request))
    ours = median_seconds(lambda: build_report(crm, request), 3)
    bare = median_seconds(lambda: bare_document(pages), 3)
    rows.append(BenchRow("reports", f"event report, 500 meetings ({pages} pages), median s",
                         ours, "s", f"bare ReportLab, {pages} pages", bare, "< 5 s"))
    crm.close()

    # cold cost in a fresh interpreter, as the app and the CLI pay it once per process:
    # faces load on first need, so a Latin-only report reads one file, a report holding
    # every script reads all of them
    cold_all = _fresh_process_ms("from crm_app.reports.fonts import bundled_fonts as f; "
                                 "fonts = f(); fonts.cmaps; "
                                 "[fonts.face(x, True) for x in fonts.families]")
    cold_latin = _fresh_process_ms("from crm_app.reports.fonts import bundled_fonts as f; "
                                   "f().runs('Müller GmbH')")
    cold_one = _fresh_process_ms(
        "from reportlab.pdfbase import pdfmetrics; from reportlab.pdfbase.ttfonts import "
        "TTFont; from crm_app.reports.fonts import fonts_dir; pdfmetrics.registerFont("
        "TTFont('x', str(fonts_dir() / 'NotoSans-Regular.ttf')))")
    faces = len({face_name(f, b) for f in FAMILIES for b in (False, True)})
    rows.append(BenchRow("reports", f"import + register all {faces} font faces, fresh "
                         "process, ms", cold_all, "ms", "import + register NotoSans alone",
                         cold_one, "informative"))
    rows.append(BenchRow("reports", "import + fonts for a Latin-only text (lazy), fresh "
                         "process, ms", cold_latin, "ms", "import + register NotoSans alone",
                         cold_one, "informative"))
    return rows
