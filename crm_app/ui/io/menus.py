"""The import/export area in the main window: File, Edit and Tools menu entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
)

from crm_app.domain.errors import DomainError
from crm_app.io.service import ImportExport
from crm_app.services import duplicates
from crm_app.ui.io import seams
from crm_app.ui.io.common import translate
from crm_app.ui.io.duplicates_dialog import DuplicateReviewDialog
from crm_app.ui.io.export_dialog import ExportDialog
from crm_app.ui.io.import_dialog import ImportDialog
from crm_app.ui.io.qr_dialog import QrCaptureDialog
from crm_app.ui.messages import error_text
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow


def open_import(window: MainWindow, path: Path | None = None) -> ImportDialog:
    dialog = ImportDialog(window.crm, path, window.tasks, window)
    dialog.imported.connect(lambda result: _after_import(window, result))
    dialog.open()
    if path is None:
        dialog.choose_file()
    return dialog


def _after_import(window: MainWindow, result: dict[str, Any]) -> None:
    window.refresh_views()
    created = sum(result.get("created", {}).values())
    window.statusBar().showMessage(translate("IoUi", "Imported: {n} record(s) written.").format(
        n=created + int(result.get("updated", 0))), 6000)


def undo_import(window: MainWindow) -> None:
    service = ImportExport(window.crm)
    last = service.last_import()
    if last is None:
        seams.tell(window, translate("IoUi", "Undo import"),
             translate("IoUi", "There is no import to undo."))
        return
    question = translate("IoUi", "Undo the import of {source} made at {when}?").format(
        source=Path(last["source"]).name, when=last["applied_at"][:16].replace("T", " "))
    if not seams.confirm(window, translate("IoUi", "Undo import"), question):
        return
    try:
        service.undo_last()
    except DomainError as error:
        window.show_error(error_text(error))
        return
    window.refresh_views()


def open_export(window: MainWindow) -> None:
    dialog = ExportDialog(window.crm, window.current_selection(), window)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
        window.statusBar().showMessage(translate("IoUi", "{n} record(s) written to {file}").format(
            n=dialog.count, file=dialog.written.name), 6000)


def open_duplicates(window: MainWindow) -> None:
    def show(pairs: list[duplicates.DuplicatePair]) -> None:
        dialog = DuplicateReviewDialog(window.crm, pairs, window)
        dialog.changed.connect(window.refresh_views)
        dialog.open()

    def scan(progress: Callable[[int, int], None], cancel: Any) -> list[Any]:
        return duplicates.scan(window.crm.db, progress, cancel)

    window.tasks.run(scan, on_done=show, on_error=lambda e: window.show_error(str(e)),
                     label=translate("IoUi", "Looking for duplicates"), cancellable=True,
                     write=False)


def open_qr_capture(window: MainWindow) -> None:
    dialog = QrCaptureDialog(window.crm, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        window.refresh_views()
        if dialog.contact_id:
            window.open_record("contact", dialog.contact_id)


def install(window: MainWindow) -> None:
    """File: Import…, Export…, Undo last import; Edit: Scan a badge; Tools: duplicates."""
    texts = AreaTexts(window, "IoUi")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Import…"), lambda: open_import(window),
                     "Ctrl+I")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Export…"), lambda: open_export(window),
                     "Ctrl+Shift+E")
    texts.add_action("File", QT_TRANSLATE_NOOP("IoUi", "Undo last import"),
                     lambda: undo_import(window))
    texts.add_action("Edit", QT_TRANSLATE_NOOP("IoUi", "Scan a badge (QR)…"),
                     lambda: open_qr_capture(window), "Ctrl+Shift+B")
    texts.add_action("Tools", QT_TRANSLATE_NOOP("IoUi", "Find duplicates…"),
                     lambda: open_duplicates(window))
