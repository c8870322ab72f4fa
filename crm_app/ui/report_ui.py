"""Reports in the app: preview (QPdfView), print (QPrintDialog, pages rendered by QPdfDocument
onto the QPrinter), save as PDF; one meeting, every meeting of an event or a day, the
follow-up list, the event report.

The PDF is built by `crm_app.reports` on a worker thread (the window's `TaskRunner`); this
module only shows it. Modal questions (printer, file name, day) go through the `ask_*`
functions below, the seam tests replace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
    ReportOptions,
    ReportRequest,
    render_report,
    suggested_filename,
)
from crm_app.services.crm import Crm
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

PRINT_DPI_CAP = 300  # enough for text on paper; keeps page images at a few MB
# Texts outside QObject subclasses; the context is written out in each call because
# pyside6-lupdate reads it from there.
translate = QCoreApplication.translate


# -- seams for modal questions (tests monkeypatch these) ----------------------------------------
def ask_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """Show the system print dialog for `printer`; True when the person chose to print."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("ReportUi", "Save report as PDF"), suggested, "PDF (*.pdf)")
    return str(path)


def ask_day(parent: QWidget | None, initial: date) -> date | None:
    """A calendar day, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("ReportUi", "Meeting reports of a day"))
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


# -- printing --------------------------------------------------------------------------------
def print_pdf(document: QPdfDocument, printer: QPrinter,
              pages: tuple[int, int] | None = None) -> int:
    """Paint the document's pages onto `printer`, each scaled to the printable area with its
    aspect kept; returns the number of pages sent. `pages` is a 1-based inclusive range."""
    count = document.pageCount()
    first, last = pages or (1, count)
    first, last = max(1, first), min(count, last)
    if count == 0 or first > last:
        return 0
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start a job")
    try:
        target_rect = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(first - 1, last):
            if index > first - 1:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            area = QRectF(0, 0, target_rect.width(), target_rect.height())
            scale = min(area.width() / size.width(), area.height() / size.height())
            drawn = QRectF(0, 0, size.width() * scale, size.height() * scale)
            drawn.moveCenter(area.center())
            painter.drawImage(drawn, image)
            _draw_text_layer(painter, document, index, drawn, points.width())
    finally:
        painter.end()
    return last - first + 1


def _draw_text_layer(painter: QPainter, document: QPdfDocument, index: int, drawn: QRectF,
                     page_width_pt: float) -> None:
    """Invisible text over the page image, line by line where the PDF has it, so a report
    printed to a PDF file stays searchable (as scanned documents with OCR text are)."""
    everything = document.getAllText(index)
    if not everything.isValid():
        return
    scale = drawn.width() / page_width_pt
    painter.save()
    painter.setPen(QColor(0, 0, 0, 0))
    start = everything.startIndex()
    for line in everything.text().splitlines(keepends=True):
        text = line.rstrip("\r\n")
        if text.strip():
            selection = document.getSelectionAtIndex(index, start, len(text))
            box = selection.boundingRectangle() if selection.isValid() else QRectF()
            if not box.isEmpty():
                font = painter.font()
                font.setPixelSize(max(1, round(box.height() * scale * 0.8)))
                painter.setFont(font)
                painter.drawText(QPointF(drawn.left() + box.left() * scale,
                                         drawn.top() + box.bottom() * scale), text)
        start += len(line)
    painter.restore()


# -- the preview dialog ------------------------------------------------------------------------
class ReportPreview(QDialog):
    """Builds one report off the UI thread and shows it; print, save as PDF, change the
    language or paper (rebuilds). Takes a `Crm`, so it works without the main window."""

    ready = Signal()  # a build finished and the PDF is shown
    failed = Signal(str)

    def __init__(self, crm: Crm, request: ReportRequest, *, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.request = request
        self.tasks = tasks or TaskRunner(self)
        self.pdf = b""
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
        """Start a build; a result from an older build (options changed since) is dropped."""
        self._generation += 1
        generation = self._generation
        request = self.current_request()
        self._set_busy(True)
        crm = self.crm

        def work(_progress: Callable[[int, int], None], _cancel: threading.Event
                 ) -> RenderedReport:
            return render_report(crm, request)

        self.tasks.run(work, on_done=lambda pdf: self._show(generation, pdf),
                       on_error=lambda exc: self._fail(generation, exc),
                       label=self.tr("Building report"), write=False)

    def done(self, result: int) -> None:
        """Closing drops any build still running: its result must not reach a dead dialog."""
        self._generation += 1
        super().done(result)

    def _show(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return
        assert isinstance(result, RenderedReport)
        pdf = result.pdf
        self.pdf = pdf
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
        text = str(error) if isinstance(error, DomainError | ValueError) else (
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
        if printer is None and not ask_printer(self, chosen):
            return 0
        pages = None
        if chosen.printRange() == QPrinter.PrintRange.PageRange:
            pages = (chosen.fromPage(), chosen.toPage())
        return print_pdf(self.document, chosen, pages)

    def save_report(self) -> Path | None:
        if not self.pdf:
            return None
        path = ask_save_path(self, suggested_filename(self.request))
        if not path:
            return None
        target = Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")
        try:
            fileio.write_bytes(target, self.pdf)  # whole or not at all; never onto a device
        except fileio.OutputError as exc:
            self.failed.emit(self.tr("Could not save {0}: {1}").format(target, exc.reason))
            return None
        return target


class FollowUpFilters(QWidget):
    """Owner, grouping and due-date period of the follow-up list."""

    changed = Signal()

    def __init__(self, crm: Crm, request: ReportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), "")
        for member in crm.staff.list():
            self.owner.addItem(str(member["name"]), member["id"])
        self.owner.setCurrentIndex(max(0, self.owner.findData(request.owner_id or "")))
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By owner"), "owner")
        self.group_by.addItem(self.tr("By organisation"), "organisation")
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(request.group_by)))
        self.period = QCheckBox(self.tr("Due between"))
        today = crm.queries.today()
        self.date_from = QDateEdit(QDate(today.year, today.month, 1))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day).addMonths(1))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._period_changed)
        self.period.toggled.connect(self._toggle_period)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.owner, self.group_by, self.period, self.date_from, self.date_to):
            layout.addWidget(widget)
        self.owner.currentIndexChanged.connect(self.changed)
        self.group_by.currentIndexChanged.connect(self.changed)

    def _toggle_period(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.changed.emit()

    def _period_changed(self) -> None:
        if self.period.isChecked():
            self.changed.emit()

    def apply(self, request: ReportRequest) -> ReportRequest:
        period = self.period.isChecked()
        return replace(request, owner_id=str(self.owner.currentData()) or None,
                       group_by=str(self.group_by.currentData()),
                       date_from=_to_date(self.date_from.date()) if period else None,
                       date_to=_to_date(self.date_to.date()) if period else None)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


# -- the main window's Reports menu --------------------------------------------------------------
class ReportActions:
    """What the Reports menu does with the window's current selection."""

    def __init__(self, window: Any) -> None:
        self.window = window

    def options(self) -> ReportOptions:
        settings = self.window.app_settings
        lang = settings.value("reports/language", "") or str(
            self.window.crm.settings.profile().get("report_language") or "en")
        paper = settings.value("reports/paper", "a4")
        return ReportOptions(lang=lang if lang in ("en", "it") else "en",
                             paper=paper if paper in ("a4", "letter") else "a4")

    def open(self, request: ReportRequest) -> ReportPreview:
        preview = ReportPreview(self.window.crm, request, tasks=self.window.tasks,
                                parent=self.window)
        preview.failed.connect(self.window.show_error)
        preview.finished.connect(lambda _result: self._remember(preview))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.show()
        return preview

    def _remember(self, preview: ReportPreview) -> None:
        self.window.app_settings.set_value("reports/language", preview.language.currentData())
        self.window.app_settings.set_value("reports/paper", preview.paper.currentData())

    def _selected(self, entity: str) -> list[str]:
        kind, ids = self.window.current_selection()
        return list(ids) if kind == entity else []

    def meeting(self) -> ReportPreview | None:
        ids = self._selected("meeting")
        if not ids:
            self.window.show_error(translate("ReportActions",
                                             "Select one or more meetings first."))
            return None
        if len(ids) == 1:
            return self.open(ReportRequest("meeting", record_id=ids[0], options=self.options()))
        return self.open(ReportRequest("meetings", record_ids=tuple(ids),
                                       options=self.options()))

    def event(self) -> ReportPreview | None:
        ids = self._selected("event")
        if len(ids) != 1:
            self.window.show_error(translate("ReportActions", "Select one event first."))
            return None
        return self.open(ReportRequest("event", record_id=ids[0], options=self.options()))

    def event_meetings(self) -> ReportPreview | None:
        ids = self._selected("event")
        if len(ids) != 1:
            self.window.show_error(translate("ReportActions", "Select one event first."))
            return None
        return self.open(ReportRequest("meetings", event_id=ids[0], options=self.options()))

    def day_meetings(self) -> ReportPreview | None:
        events = self._selected("event")
        event_id = events[0] if len(events) == 1 else None
        day = ask_day(self.window, self.window.crm.queries.today())
        if day is None:
            return None
        return self.open(ReportRequest("meetings", event_id=event_id, day=day,
                                       options=self.options()))

    def followups(self) -> ReportPreview:
        events = self._selected("event")
        return self.open(ReportRequest("followups", event_id=events[0] if len(events) == 1
                                       else None, options=self.options()))


def install(window: Any) -> None:
    """Add the Reports menu entries to the main window (see the app contract)."""
    actions = ReportActions(window)
    window.report_actions = actions  # the menu's lambdas need it alive; tests reach it here
    texts = AreaTexts(window, "ReportUi")
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting report…"),
                     actions.meeting, "Ctrl+P")
    texts.add_action("Reports",
                     QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of the selected event…"),
                     actions.event_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Meeting reports of a day…"),
                     actions.day_meetings)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Follow-up list…"),
                     actions.followups)
    texts.add_action("Reports", QT_TRANSLATE_NOOP("ReportUi", "Event report for headquarters…"),
                     actions.event)
