"""The report preview dialog: builds one report off the UI thread and shows it (QPdfView);
print, save as PDF, change the language or paper (rebuilds)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app import fileio
from crm_app.domain.errors import DomainError
from crm_app.reports import (
    RenderedReport,
    ReportCancelled,
    ReportOptions,
    ReportRequest,
    record_printed,
    render_report,
    suggested_filename,
)
from crm_app.services.crm import Crm
from crm_app.ui.messages import error_text
from crm_app.ui.reports import seams
from crm_app.ui.reports.filters import FollowUpFilters
from crm_app.ui.reports.printing import print_pdf
from crm_app.ui.tasks import Task, TaskRunner


class ReportPreview(QDialog):
    """Builds one report off the UI thread and shows it; print, save as PDF, change the
    language or paper (rebuilds). Takes a `Crm`, so it works without the main window."""

    ready = Signal()  # a build finished and the PDF is shown
    failed = Signal(str)
    cancelled = Signal()  # the build was stopped (the progress bar's Cancel)

    def __init__(self, crm: Crm, request: ReportRequest, *, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.request = request
        self.tasks = tasks or TaskRunner(self)
        self.pdf = b""
        self.build_task: Task | None = None
        # the label is how this dialog knows its own build among the runner's progress
        self.build_label = self.tr("Building report")
        self.tasks.task_progress.connect(self._progressed)
        self._generation = 0
        self._buffer: QBuffer | None = None
        self.setWindowTitle(self.tr("Report preview"))
        self.resize(900, 1000)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.language = QComboBox()
        self.language.addItem("English", "en")
        self.language.addItem("Italiano", "it")
        self.language.setCurrentIndex(max(0, self.language.findData(request.options.lang)))
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(request.options.paper)))
        self.status = QLabel()
        # characters no bundled font has: printed as U+FFFD, said here beside the preview
        self.glyph_warning = QLabel()
        self.glyph_warning.setWordWrap(True)
        self.glyph_warning.setStyleSheet("color: #b3261e;")
        self.glyph_warning.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.glyph_warning.hide()
        self.warnings: tuple[str, ...] = ()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Language")))
        bar.addWidget(self.language)
        bar.addWidget(QLabel(self.tr("Paper")))
        bar.addWidget(self.paper)
        self.filters = FollowUpFilters(crm, request) if request.kind == "followups" else None
        if self.filters is not None:
            bar.addWidget(self.filters)
            self.filters.changed.connect(self.rebuild)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.glyph_warning)
        layout.addWidget(self.view, 1)
        self.language.currentIndexChanged.connect(self.rebuild)
        self.paper.currentIndexChanged.connect(self.rebuild)
        self._set_busy(True)
        self.rebuild()

    def current_request(self) -> ReportRequest:
        options = ReportOptions(lang=str(self.language.currentData()),
                                paper=str(self.paper.currentData()),
                                generated_at=self.crm.clock())
        request = replace(self.request, options=options)
        return self.filters.apply(request) if self.filters is not None else request

    def rebuild(self) -> None:
        """Start a build; the one still running (options changed since) is cancelled and its
        result dropped."""
        self._stop_build()
        self._generation += 1
        generation = self._generation
        request = self.current_request()
        self._set_busy(True)
        crm = self.crm

        def work(progress: Callable[[int, int], None], cancel: threading.Event
                 ) -> RenderedReport:
            return render_report(crm, request, progress=progress, cancel=cancel)

        self.build_task = self.tasks.run(
            work, on_done=lambda pdf: self._show(generation, pdf),
            on_error=lambda exc: self._fail(generation, exc), label=self.build_label,
            cancellable=True, write=False)

    def done(self, result: int) -> None:
        """Closing stops any build still running: its result must not reach a dead dialog."""
        self._stop_build()
        self._generation += 1
        super().done(result)

    def _stop_build(self) -> None:
        if self.build_task is not None:
            self.build_task.cancel.set()
            self.build_task = None

    def _progressed(self, label: str, done: int, total: int, _cancellable: bool) -> None:
        if label == self.build_label and total > 0 and self.build_task is not None:
            self.status.setText(self.tr("Building… {0}%").format(done * 100 // total))

    def _show(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(result, RenderedReport)
        self.build_task = None
        pdf = result.pdf
        self.pdf = pdf
        self.rendered = result
        self._show_warnings(result.warnings)
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it lazily: keep it alive
        self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        self._set_busy(False)
        self.ready.emit()

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        self.warnings = warnings
        if warnings:
            heading = self.tr("Some characters have no font and print as \ufffd:")
            self.glyph_warning.setText("\n".join([heading, *warnings]))
        self.glyph_warning.setVisible(bool(warnings))

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.build_task = None
        if isinstance(error, ReportCancelled):  # the person asked for it: no error box
            self.status.setText(self.tr("Build cancelled"))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            self.cancelled.emit()
            return
        text = error_text(error) if isinstance(error, DomainError | ValueError | OSError) else (
            f"{type(error).__name__}: {error}")
        self.status.setText(self.tr("Could not build the report"))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.failed.emit(text)

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Building…"))

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(suggested_filename(self.request))
        if self.document.pageCount():
            points = self.document.pagePointSize(0)
            printer.setPageOrientation(QPageLayout.Orientation.Portrait
                                       if points.height() >= points.width()
                                       else QPageLayout.Orientation.Landscape)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        return printer

    def print_report(self, printer: QPrinter | None = None) -> int:
        """Ask for a printer (unless given one) and print; returns pages printed."""
        if not self.pdf:
            return 0
        chosen = printer or self.make_printer()
        if printer is None and not seams.ask_printer(self, chosen):
            return 0
        pages = None
        if chosen.printRange() == QPrinter.PrintRange.PageRange:
            pages = (chosen.fromPage(), chosen.toPage())
        printed = print_pdf(self.document, chosen, pages)
        if printed:
            self._audit_printed()
        return printed

    def _audit_printed(self) -> None:
        if self.rendered is not None:
            record_printed(self.crm, self.rendered)

    def save_report(self) -> Path | None:
        if not self.pdf:
            return None
        path = seams.ask_save_path(self, suggested_filename(self.request))
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        try:
            fileio.write_bytes(target, self.pdf)  # whole or not at all; never onto a device
        except fileio.OutputError as exc:
            self.failed.emit(self.tr("Could not save {0}: {1}").format(target, exc.reason))
            return None
        self._audit_printed()
        return target
