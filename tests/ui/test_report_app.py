"""Reports started from the main window: the follow-up list starts on "me", builds are
cancellable (closing the preview stops them), File ▸ Print… prints the current selection.
Real window, real temporary database, PDFs read back with pypdf."""

from __future__ import annotations

import io
import threading
import unicodedata
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from crm_app.reports import ReportCancelled, ReportRequest, render_report
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm
from crm_app.ui.reports import ReportPreview, seams
from crm_app.ui.reports import preview as preview_module


def pdf_text(pdf: bytes) -> str:
    """Words of every page (Qt's PDF writer separates words by tabs, uses ligatures)."""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def wait_ready(qtbot: Any, preview: ReportPreview | None) -> ReportPreview:
    assert preview is not None
    if not preview.pdf:
        with qtbot.waitSignal(preview.ready, timeout=30_000):
            pass
    return preview


def test_a_set_cancel_stops_the_builder(crm: Crm) -> None:
    fair = seed_sample_fair(crm, meetings=2)
    heard: list[tuple[int, int]] = []
    done = render_report(crm, ReportRequest("meeting", record_id=fair["meetings"][0]),
                         progress=lambda d, t: heard.append((d, t)))
    assert done.pdf.startswith(b"%PDF") and heard and heard[-1][0] == heard[-1][1] > 0
    stop = threading.Event()
    stop.set()
    for request in (ReportRequest("followups"), ReportRequest("event", record_id=fair["event"])):
        with pytest.raises(ReportCancelled):
            render_report(crm, request, cancel=stop)


def test_followup_list_defaults_to_me_and_offers_all_owners(qtbot: Any,
                                                             main_window: Any) -> None:
    seed_sample_fair(main_window.crm, meetings=3)  # "me" owns the dossier follow-up
    preview = wait_ready(qtbot, main_window.report_actions.followups())
    me = main_window.crm.settings.profile()["staff_id"]
    assert preview.filters is not None and preview.filters.owner.currentData() == me
    text = pdf_text(preview.pdf)
    assert "Send the EU regulatory dossier" in text
    assert "Arrange a call with headquarters" not in text
    with qtbot.waitSignal(preview.ready, timeout=30_000):
        preview.filters.owner.setCurrentIndex(preview.filters.owner.findData(""))
    assert "Arrange a call with headquarters" in pdf_text(preview.pdf)
    preview.reject()


def test_cancel_and_closing_the_preview_stop_the_build(
        qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seed_sample_fair(main_window.crm, meetings=12)
    outcomes: list[str] = []
    real = preview_module.render_report

    def recorded(*args: Any, **kwargs: Any) -> Any:
        try:
            result = real(*args, **kwargs)
        except ReportCancelled:
            outcomes.append("cancelled")
            raise
        outcomes.append("built")
        return result

    monkeypatch.setattr(preview_module, "render_report", recorded)
    asked: list[QPrinter] = []
    monkeypatch.setattr(seams, "ask_printer", lambda _p, printer: asked.append(printer) or True)
    main_window.show_view("events")
    view = main_window.current_view()
    view.table.selectRow(0)
    assert main_window.action("print").isEnabled()
    preview = main_window.report_actions.print_current()
    assert preview is not None and preview.build_task is not None
    with qtbot.waitSignal(preview.cancelled, timeout=30_000):
        main_window.tasks.cancel_all()  # the progress bar's Cancel
    assert preview.pdf == b"" and not preview.print_button.isEnabled()
    assert asked == [] and outcomes == ["cancelled"]  # never printed: no file

    preview = main_window.report_actions.event()
    assert preview is not None
    task = preview.build_task
    assert task is not None
    preview.reject()
    assert task.cancel.is_set()
    qtbot.waitUntil(lambda: not main_window.tasks.is_busy(), timeout=30_000)
    assert outcomes == ["cancelled", "cancelled"]
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize(("view_key", "rows", "kind", "expected"), [
    ("meetings", [0], "meeting", "Meeting report"),
    ("meetings", [0, 1], "meetings", "Meeting report"),
    ("events", [0], "event", "BIO Japan 2026"),
    ("followups", [], "followups", "Send the EU regulatory dossier"),
])
def test_print_handler_prints_the_report_of_the_current_view(
        qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        view_key: str, rows: list[int], kind: str, expected: str) -> None:
    seed_sample_fair(main_window.crm, meetings=3)
    main_window.refresh_views()
    out = tmp_path / "printed.pdf"

    def to_file(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        return True

    monkeypatch.setattr(seams, "ask_printer", to_file)
    main_window.show_view("contacts")
    assert not main_window.action("print").isEnabled()  # nothing printable there
    view = main_window.show_view(view_key)
    if rows:
        assert not main_window.action("print").isEnabled()  # nothing selected yet
    for row in rows:
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows)
    assert main_window.action("print").isEnabled()
    main_window.action("print").trigger()
    previews = main_window.findChildren(ReportPreview)
    assert len(previews) == 1 and previews[0].request.kind == kind
    qtbot.waitUntil(out.exists, timeout=30_000)
    text = pdf_text(out.read_bytes())
    assert expected in text and "Page 1 of" in text
    previews[0].reject()


def test_list_context_menu_prints_and_exports_only_the_selection(
        qtbot: Any, main_window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from crm_app.ui.io import seams as io_seams
    from crm_app.ui.io.export_dialog import ExportDialog
    from crm_app.ui.lists import selection_actions

    fair = seed_sample_fair(main_window.crm, meetings=3)
    main_window.refresh_views()
    view = main_window.show_view("contacts")
    model = view.table.selectionModel()
    for row in (0, 1):
        model.select(view.model.index(row, 0),
                     model.SelectionFlag.Select | model.SelectionFlag.Rows)
    chosen = set(view.selected_ids())
    assert len(chosen) == 2 and main_window.crm.contacts.count() > 2
    texts = [a.text() for a in view.context_menu().actions()]
    assert "Export selection…" in texts and "Print report" not in texts

    class Answering(ExportDialog):  # the modal loop replaced: press Export at once
        def exec(self) -> int:
            assert not self.scope_all.isEnabled() and self.scope_selection.isChecked()
            self.kind.setCurrentIndex(0)  # CSV
            self.export()
            return int(self.result())

    out = tmp_path / "chosen.csv"
    monkeypatch.setattr(selection_actions, "ExportDialog", Answering)
    monkeypatch.setattr(io_seams, "ask_save_path", lambda *_a: str(out))
    export = next(a for a in view.context_menu().actions() if a.text() == "Export selection…")
    export.trigger()
    lines = out.read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) == 3  # header and the two selected contacts only
    names = {str(main_window.crm.contacts.get(i)["family_name"]) for i in chosen}
    assert all(any(n in line for line in lines[1:]) for n in names)

    view = main_window.show_view("meetings")
    view.table.selectRow(0)
    printed = tmp_path / "menu.pdf"

    def to_file(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(seams, "ask_printer", to_file)
    action = next(a for a in view.context_menu().actions() if a.text() == "Print report")
    action.trigger()
    qtbot.waitUntil(printed.exists, timeout=30_000)
    assert "Page 1 of" in pdf_text(printed.read_bytes())
    assert len(fair["meetings"]) == 3
    for preview in view.findChildren(ReportPreview):
        preview.reject()
