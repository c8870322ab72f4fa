"""vCard and .ics files are read whole, then checked record by record: both steps report
progress (the CLI's line on a terminal, the import dialog's bar) and stop on Cancel with
nothing imported, as the streamed table files do."""

from __future__ import annotations

import io as text_io
import threading
from pathlib import Path

import pytest

from crm_app.cli.io_cmd import TerminalProgress
from crm_app.io.progress import ImportCancelled
from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm


def cards(path: Path, count: int) -> Path:
    path.write_text("".join(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family{n};Given{n};;;\r\n"
        f"EMAIL;TYPE=WORK:p{n}@example.com\r\nEND:VCARD\r\n" for n in range(count)),
        encoding="utf-8")
    return path


def events(path: Path, count: int) -> Path:
    body = "".join(
        f"BEGIN:VEVENT\r\nUID:e{n}\r\nDTSTART:20270110T{9 + n % 8:02d}0000Z\r\n"
        f"DURATION:PT30M\r\nSUMMARY:Meeting {n}\r\nEND:VEVENT\r\n" for n in range(count))
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n{body}"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    return path


class Recorder:
    def __init__(self, stop: threading.Event | None = None, after: int = 0) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self.phase = ""
        self.stop, self.after = stop, after

    def set_phase(self, verb: str, noun: str) -> None:
        self.phase = verb

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((self.phase, done, total))
        if self.stop is not None and len(self.calls) > self.after:
            self.stop.set()


def test_a_vcard_file_reports_cards_read_then_checked(tmp_path: Path,
                                                      io: ImportExport) -> None:
    seen = Recorder()
    preview = io.preview_file(cards(tmp_path / "all.vcf", 250), progress=seen)
    assert preview.counts()["create"] == 250
    read = [c for c in seen.calls if c[0] == "read"]
    checked = [c for c in seen.calls if c[0] == "checked"]
    assert read[0] == ("read", 0, 250) and read[-1] == ("read", 250, 250) and len(read) >= 4
    assert checked[-1] == ("checked", 250, 250) and len(checked) >= 4


def test_cancel_while_reading_or_checking_imports_nothing(tmp_path: Path, crm: Crm,
                                                          io: ImportExport) -> None:
    path = cards(tmp_path / "all.vcf", 400)
    for after in (1, 6):  # while reading the cards; while checking them
        stop = threading.Event()
        with pytest.raises(ImportCancelled, match="nothing was imported"):
            io.import_file(path, progress=Recorder(stop, after), stop=stop)
        assert crm.contacts.count() == 0


def test_a_calendar_reports_events_read(tmp_path: Path, io: ImportExport) -> None:
    seen = Recorder()
    preview = io.preview_file(events(tmp_path / "cal.ics", 150), progress=seen)
    assert len([r for r in preview.rows if r.kind == "meeting"]) == 150
    assert ("read", 100, 150) in seen.calls and seen.calls[-1] == ("checked", 150, 150)
    stop = threading.Event()
    with pytest.raises(ImportCancelled):
        io.preview_file(tmp_path / "cal.ics", progress=Recorder(stop, 0), stop=stop)


def test_the_terminal_line_says_what_it_counts(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path, io: ImportExport) -> None:
    class Terminal(text_io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    shown = TerminalProgress("checked")
    io.preview_file(cards(tmp_path / "all.vcf", 120), progress=shown)
    shown.end()
    out = terminal.getvalue()
    assert "read 120 records of 120 (100 %)" in out
    assert "checked 120 records of 120 (100 %)" in out
