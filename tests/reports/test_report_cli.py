"""`crm report ...` end to end on a database file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from crm_app.cli.main import main
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm
from tests.reports.conftest import pdf_pages


@pytest.fixture
def seeded(db_path: Path) -> dict[str, Any]:
    crm = Crm.open(db_path)
    ids = seed_sample_fair(crm, meetings=3)
    crm.close()
    return ids


def run(db_path: Path, *words: str) -> int:
    return main(["--db", str(db_path), "report", *words])


def test_each_report_writes_a_pdf(db_path: Path, tmp_path: Path,
                                  seeded: dict[str, Any]) -> None:
    out = tmp_path / "m.pdf"
    assert run(db_path, "meeting", seeded["meetings"][0], "-o", str(out), "--lang", "it",
               "--paper", "letter") == 0
    assert "Pagina 1 di 2" in pdf_pages(out.read_bytes())[0]
    assert run(db_path, "followups", "--owner", "marco bianchi", "--group-by",
               "organisation", "--from", "2026-11-01", "-o", str(tmp_path / "f.pdf")) == 0
    text = "\n".join(pdf_pages((tmp_path / "f.pdf").read_bytes()))
    assert "Owner: Marco Bianchi" in text and "Giulia Rossi" not in text.split("Owner")[1]
    assert run(db_path, "event", seeded["event"], "-o", str(tmp_path / "e.pdf")) == 0
    assert "Meetings per day" in pdf_pages((tmp_path / "e.pdf").read_bytes())[0]
    assert run(db_path, "meetings", "--event", seeded["event"], "--day", "2026-11-24",
               "-o", str(tmp_path / "d.pdf")) == 0
    assert len(pdf_pages((tmp_path / "d.pdf").read_bytes())) == 2  # one meeting that day


@pytest.mark.parametrize("words, message", [
    (["meeting", "nope"], "no meeting with id nope"),
    (["event", "nope"], "no event with id nope"),
    (["followups", "--owner", "nobody"], "no staff member 'nobody'"),
    (["followups", "--to", "2026-02-30"], "to: there is no 30 February"),
    (["followups", "--to", "2026-13-01"], "invalid date"),
    (["followups", "--from", "2026-12-02", "--to", "2026-12-01"], "ends before it starts"),
    (["meetings"], "give --event, --day or both"),
    (["meetings", "--day", "2020-01-01"], "no meeting on that day"),
])
def test_bad_input_one_line_and_no_file(db_path: Path, tmp_path: Path, seeded: dict[str, Any],
                                        capsys: pytest.CaptureFixture[str], words: list[str],
                                        message: str) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"previous")
    assert run(db_path, *words, "-o", str(out)) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["out.pdf"]


def test_missing_folder(db_path: Path, tmp_path: Path, seeded: dict[str, Any],
                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db_path, "event", seeded["event"], "-o", str(tmp_path / "no" / "e.pdf")) == 1
    assert "does not exist" in capsys.readouterr().err


def modules_loaded_by_report(db_path: Path, *words: str) -> set[str]:
    """The modules a fresh `crm report ...` process has loaded when it is done."""
    code = ("import sys, contextlib, io\nfrom crm_app.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    code = main({['--db', str(db_path), 'report', *words]!r})\n"
            "print(code)\nprint('\\n'.join(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    first, *names = done.stdout.splitlines()
    assert first == "0", done.stderr
    return set(names)


def test_a_meeting_report_loads_only_the_meeting_renderer(db_path: Path, tmp_path: Path,
                                                          seeded: dict[str, Any]) -> None:
    out = tmp_path / "m.pdf"
    names = modules_loaded_by_report(db_path, "meeting", seeded["meetings"][0], "-o", str(out))
    assert "crm_app.reports.meeting" in names and out.read_bytes().startswith(b"%PDF")
    for unneeded in ("crm_app.reports.event", "crm_app.reports.charts",
                     "crm_app.reports.followups", "reportlab.graphics.charts"):
        assert unneeded not in names
