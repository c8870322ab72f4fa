"""The report preview and the print path, with real widgets, a real database and real PDFs."""

from __future__ import annotations

import io
import os
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from crm_app.reports import ReportOptions, ReportRequest
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm
from crm_app.ui.reports import ReportPreview, print_pdf, seams


@pytest.fixture
def fair(crm: Crm) -> dict[str, Any]:
    return seed_sample_fair(crm, meetings=3)


def open_preview(qtbot: Any, crm: Crm, request: ReportRequest) -> ReportPreview:
    preview = ReportPreview(crm, request)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        pass
    return preview


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    printer.setFullPage(True)  # no margins: the printed page maps 1:1 onto the report page
    return printer


def words(text: str) -> str:
    """Qt's PDF writer separates words by tabs and uses ligature glyphs (ﬃ)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_image(document: QPdfDocument, index: int) -> QImage:
    """The page at 600 px, smoothed down to 100 px: compares layout, not anti-aliasing."""
    image = document.render(index, QSize(600, 849))
    return image.scaled(QSize(100, 141), Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation).convertToFormat(
        QImage.Format.Format_Grayscale8)


def mean_difference(a: QImage, b: QImage) -> float:
    total = sum(abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
                for y in range(a.height()) for x in range(a.width()))
    return total / (a.width() * a.height())


def test_preview_builds_off_the_ui_thread_and_shows_pages(qtbot: Any, crm: Crm,
                                                          fair: dict[str, Any]) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("meeting", record_id=fair["meetings"][0]))
    assert preview.pdf.startswith(b"%PDF")
    pages = len(pypdf.PdfReader(io.BytesIO(preview.pdf)).pages)
    assert pages >= 2 and preview.document.pageCount() == pages
    assert preview.view.document() is preview.document
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert f"Page 1 of {pages}" in preview.document.getAllText(0).text()


def test_language_and_paper_rebuild(qtbot: Any, crm: Crm, fair: dict[str, Any]) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("event", record_id=fair["event"]))
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        preview.language.setCurrentIndex(preview.language.findData("it"))
    assert "Incontri per giorno" in preview.document.getAllText(0).text()
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        preview.paper.setCurrentIndex(preview.paper.findData("letter"))
    size = preview.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)


def test_print_to_a_pdf_printer_for_real(qtbot: Any, crm: Crm, fair: dict[str, Any],
                                         tmp_path: Path) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("meeting", record_id=fair["meetings"][0]))
    out = tmp_path / "printed.pdf"
    pages = preview.document.pageCount()
    assert pages >= 2 and preview.print_report(pdf_printer(out)) == pages
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == pages
    # the page is printed as an image with the PDF's text laid invisibly over it
    text = words(reader.pages[0].extract_text())
    assert "Distribution partnership" in text and f"Page 1 of {pages}" in text
    assert "ITA – Italian Trade Agency, Tokyo office" in text
    assert f"Page 2 of {pages}" in words(reader.pages[1].extract_text())
    # the printed page looks like the report page: same size, same ink in the same places
    printed = QPdfDocument()
    printed.load(str(out))
    copy = page_image(printed, 0)
    same_page = mean_difference(copy, page_image(preview.document, 0))
    other_page = mean_difference(copy, page_image(preview.document, 1))
    assert same_page < 12 and other_page > 30, (same_page, other_page)


def test_print_dialog_cancel_prints_nothing_and_range_is_kept(
        qtbot: Any, crm: Crm, fair: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("meetings", event_id=fair["event"]))
    asked: list[QPrinter] = []

    def cancel(_parent: Any, printer: QPrinter) -> bool:
        asked.append(printer)
        return False

    monkeypatch.setattr(seams, "ask_printer", cancel)
    assert preview.print_report() == 0 and len(asked) == 1
    assert (asked[0].fromPage(), asked[0].toPage()) == (1, preview.document.pageCount())

    out = tmp_path / "range.pdf"

    def choose_pages(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(3, 4)
        return True

    monkeypatch.setattr(seams, "ask_printer", choose_pages)
    assert preview.print_report() == 2
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    assert "Page 1 of 1" in words(reader.pages[0].extract_text())  # meeting 2 on its own


def test_print_pdf_of_an_empty_range(crm: Crm, fair: dict[str, Any], tmp_path: Path) -> None:
    document = QPdfDocument()
    assert print_pdf(document, pdf_printer(tmp_path / "x.pdf")) == 0


def test_save_as_pdf(qtbot: Any, crm: Crm, fair: dict[str, Any], tmp_path: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("followups"))
    suggested: list[str] = []

    def answer(_parent: Any, name: str) -> str:
        suggested.append(name)
        return str(tmp_path / "list")

    monkeypatch.setattr(seams, "ask_save_path", answer)
    saved = preview.save_report()
    assert suggested == ["follow-ups.pdf"]
    assert saved == tmp_path / "list.pdf" and saved.read_bytes() == preview.pdf
    monkeypatch.setattr(seams, "ask_save_path", lambda _p, _n: "")
    assert preview.save_report() is None


def test_followup_filters_rebuild(qtbot: Any, crm: Crm, fair: dict[str, Any]) -> None:
    preview = open_preview(qtbot, crm, ReportRequest("followups"))
    assert preview.filters is not None
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        preview.filters.owner.setCurrentIndex(preview.filters.owner.findData(fair["staff"][1]))
    text = preview.document.getAllText(0).text()
    assert "Owner: Marco Bianchi" in text and "Giulia Rossi (" not in text
    with qtbot.waitSignal(preview.ready, timeout=20_000):
        preview.filters.group_by.setCurrentIndex(1)
    assert "grouped by organisation" in preview.document.getAllText(0).text()


def test_build_error_is_reported(qtbot: Any, crm: Crm) -> None:
    preview = ReportPreview(crm, ReportRequest("event", record_id="missing"))
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.failed, timeout=20_000) as blocker:
        pass
    assert "no event with id missing" in blocker.args[0]
    assert not preview.print_button.isEnabled()


@pytest.fixture
def window(qtbot: Any, crm: Crm, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The real main window, which installs the report area itself (crm_app.ui.extensions);
    errors are collected at the dialogs seam instead of opening message boxes."""
    from crm_app.ui import dialogs
    from crm_app.ui.app_settings import AppSettings
    from crm_app.ui.main_window import MainWindow

    main = MainWindow(crm, AppSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(main)
    main.errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: main.errors.append(text))
    return main


def select(monkeypatch: pytest.MonkeyPatch, window: Any, entity: str, ids: list[str]) -> None:
    """Stands in for a selection in a list view (the views belong to the desktop work)."""
    monkeypatch.setattr(window, "current_selection", lambda: (entity, ids))


@pytest.fixture(autouse=True)
def _close_window_previews() -> Any:
    """The window's previews delete themselves on close (WA_DeleteOnClose): pytest-qt's own
    clean-up would call close() on a deleted one, so close only those still alive."""
    yield
    for preview in WINDOW_PREVIEWS:
        if shiboken6.isValid(preview):
            preview.close()
    WINDOW_PREVIEWS.clear()


WINDOW_PREVIEWS: list[ReportPreview] = []


def wait_ready(qtbot: Any, preview: ReportPreview | None) -> ReportPreview:
    assert preview is not None
    WINDOW_PREVIEWS.append(preview)
    if not preview.pdf:
        with qtbot.waitSignal(preview.ready, timeout=20_000):
            pass
    return preview


def report_first_pages(preview: ReportPreview) -> list[int]:
    """Pages where a meeting report starts (page numbering restarts there)."""
    return [i for i in range(preview.document.pageCount())
            if "Pagina 1 di" in preview.document.getAllText(i).text()]


def test_install_adds_the_reports_menu(window: Any) -> None:
    texts = [a.text() for menu in window.menuBar().actions() if menu.menu()
             for a in menu.menu().actions()]
    for text in ("Meeting report…", "Meeting reports of the selected event…",
                 "Meeting reports of a day…", "Follow-up list…",
                 "Event report for headquarters…"):
        assert texts.count(text) == 1, text


def test_menu_actions_follow_the_selection(qtbot: Any, window: Any, crm: Crm,
                                           fair: dict[str, Any],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    actions = window.report_actions
    assert actions.meeting() is None and actions.event() is None
    assert window.errors == ["Select one or more meetings first.", "Select one event first."]

    select(monkeypatch, window, "meeting", fair["meetings"][:2])
    window.app_settings.set_value("reports/language", "it")
    preview = wait_ready(qtbot, actions.meeting())
    assert preview.request.kind == "meetings" and len(report_first_pages(preview)) == 2
    assert "Pagina 1 di 2" in preview.document.getAllText(0).text()
    preview.paper.setCurrentIndex(preview.paper.findData("letter"))
    preview.reject()
    assert window.app_settings.value("reports/paper", "") == "letter"

    select(monkeypatch, window, "event", [fair["event"]])
    monkeypatch.setattr(seams, "ask_day", lambda _p, _d: date(2026, 11, 25))
    preview = wait_ready(qtbot, actions.day_meetings())
    # only the second meeting is on the 25th
    assert len(report_first_pages(preview)) == 1
    assert "Licensing opportunity" in preview.document.getAllText(0).text()
    assert preview.current_request().options == ReportOptions(
        lang="it", paper="letter", generated_at=crm.clock())
    preview = wait_ready(qtbot, actions.event_meetings())
    firsts = report_first_pages(preview)
    assert len(firsts) == len(fair["meetings"]) and firsts[0] == 0
    preview = wait_ready(qtbot, actions.event())
    assert "Rapporto sull'evento" in preview.document.getAllText(0).text()
    preview = wait_ready(qtbot, actions.followups())
    assert "BIO Japan 2026" in preview.document.getAllText(0).text()  # event filter

    monkeypatch.setattr(seams, "ask_day", lambda _p, _d: date(2020, 1, 1))
    preview = actions.day_meetings()
    assert preview is not None
    WINDOW_PREVIEWS.append(preview)
    with qtbot.waitSignal(preview.failed, timeout=20_000):
        pass
    assert window.errors[-1] == "meetings: no meeting on that day or event"
