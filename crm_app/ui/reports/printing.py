"""Printing a built report: QPdfDocument pages rendered onto a QPrinter, with the PDF's text
laid invisibly over each page image so a report printed to a PDF file stays searchable."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from crm_app.domain.errors import DomainError

PRINT_DPI_CAP = 300  # enough for text on paper; keeps page images at a few MB


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
        raise DomainError("the printer could not start a job")  # shown translated
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
