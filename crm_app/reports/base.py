"""What every report shares (after pretix's invoice renderer): styles, fonts, page template
with the office header and a footer saying "page x of y", built into bytes in memory.

Page numbers restart at each `ReportStart` marker, so a batch of meeting reports printed in
one go still numbers each report on its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from crm_app.reports.fonts import FontSet, bundled_fonts
from crm_app.reports.i18n import Texts
from crm_app.reports.model import Branding, ReportOptions
from crm_app.reports.text import cell, paragraph

ACCENT = colors.HexColor("#0b6e4f")
GRID = colors.HexColor("#b8c4bf")
SHADE = colors.HexColor("#eef3f1")
WARN = colors.HexColor("#b3261e")
MARGIN = 16 * mm
HEADER_HEIGHT = 20 * mm
FOOTER_HEIGHT = 12 * mm
HEADING_ROOM = 30 * mm


class ReportStart(Flowable):  # type: ignore[misc]
    """Zero-size marker: page numbering starts again on the page where it is drawn."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, NumberedCanvas):
            canvas.start_report()


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end so the footer can say how many pages a report has."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.footer_text: Any = kwargs.pop("footer_text")
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._report_of_page: list[int] = []
        self._report = 0
        self._report_started_here = False

    def start_report(self) -> None:
        # Each report begins on a new page, so the page being drawn is its first one.
        if self._pages and not self._report_started_here:
            self._report += 1
        self._report_started_here = True

    def showPage(self) -> None:  # ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._report_of_page.append(self._report)
        self._report_started_here = False
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for report in self._report_of_page:
            totals[report] = totals.get(report, 0) + 1
        seen: dict[int, int] = {}
        for state, report in zip(self._pages, self._report_of_page, strict=True):
            self.__dict__.update(state)
            seen[report] = seen.get(report, 0) + 1
            self.footer_text(self, seen[report], totals[report])
            super().showPage()
        super().save()


class ReportRenderer:
    """Hooks in the order pretix uses: fonts, stylesheet, page template, story, build."""

    title_key = "meeting_report"

    def __init__(self, branding: Branding, options: ReportOptions,
                 fonts: FontSet | None = None) -> None:
        self.branding = branding
        self.options = options
        self.t = Texts(options.lang)
        self.fonts = fonts or bundled_fonts()
        self.pagesize = A4 if options.paper == "a4" else LETTER
        self.styles = self.stylesheet()

    # -- hooks ------------------------------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = self.fonts.base
        body = ParagraphStyle("body", fontName=base, fontSize=9.5, leading=12.5)
        return {
            "body": body,
            "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
            "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
            "head": ParagraphStyle("head", parent=body, fontName=self.fonts.base_bold,
                                   fontSize=8, leading=10, textColor=colors.white),
            "title": ParagraphStyle("title", parent=body, fontName=self.fonts.base_bold,
                                    fontSize=17, leading=21, spaceAfter=2 * mm),
            "h2": ParagraphStyle("h2", parent=body, fontName=self.fonts.base_bold, fontSize=11.5,
                                 leading=14, spaceBefore=4 * mm, spaceAfter=1.5 * mm,
                                 textColor=ACCENT),
            "label": ParagraphStyle("label", parent=body, fontName=self.fonts.base_bold),
            "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, fontSize=8),
        }

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def header_title(self) -> str:
        return self.t(self.title_key)

    # -- building ---------------------------------------------------------------------------
    def render(self) -> bytes:
        buffer = io.BytesIO()
        width, _ = self.pagesize
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=self.header_title(), author=self.branding.author or self.branding.office,
            creator="Trade-mission CRM", subject=self.t("personal_data"),
            invariant=self.options.generated_at is None,
            # the bundled face from the start, so no unembedded Helvetica enters the file
            initialFontName=self.fonts.base)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="report", frames=[frame], onPage=self.draw_header,
                                           pagesize=self.pagesize)])
        self.content_width = width - 2 * MARGIN

        def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            return NumberedCanvas(*args, footer_text=self.draw_footer, **kwargs)

        doc.build(self.story(), canvasmaker=make_canvas)
        return buffer.getvalue()

    def draw_header(self, canvas: Canvas, _doc: Any) -> None:
        width, height = self.pagesize
        top = height - MARGIN
        canvas.saveState()
        logo_size = 14 * mm
        if self.branding.logo is not None:
            canvas.drawImage(str(self.branding.logo), MARGIN, top - logo_size, logo_size,
                             logo_size, mask="auto", preserveAspectRatio=True)
        self._draw_text(canvas, self.branding.office, MARGIN + logo_size + 3 * mm,
                        top - 6 * mm, 11, bold=True)
        self._draw_text(canvas, self.header_title(), MARGIN + logo_size + 3 * mm,
                        top - 11 * mm, 8.5, color=ACCENT)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.2)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 3 * mm, width - MARGIN,
                    top - HEADER_HEIGHT + 3 * mm)
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        width, _ = self.pagesize
        y = MARGIN + 4 * mm
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 5 * mm, width - MARGIN, y + 5 * mm)
        self._draw_text(canvas, self.t("personal_data"), MARGIN, y, 7, color=WARN)
        if self.options.generated_at is not None:
            when = self.t.fmt_datetime(self.options.generated_at, "short")
            stamp = self.t("generated", when=when)
            self._draw_text(canvas, stamp, MARGIN, y - 3.6 * mm, 7)
        page_text = self.t("page_of", page=page, pages=pages)
        self._draw_text(canvas, page_text, width - MARGIN, y, 8, bold=True, right=True)
        canvas.restoreState()

    def _draw_text(self, canvas: Canvas, text: str, x: float, y: float, size: float, *,
                   bold: bool = False, right: bool = False, color: Any = colors.black) -> None:
        """One line straight on the canvas (headers, footers), still a font per run."""
        from crm_app.reports.text import visual_line

        line = self.fonts.printable(visual_line(text))
        runs = self.fonts.runs(line, bold)
        if right:
            x -= self.fonts.width(line, size, bold)
        canvas.setFillColor(color)
        for face, chunk in runs:
            canvas.setFont(face, size)
            canvas.drawString(x, y, chunk)
            x += canvas.stringWidth(chunk, face, size)

    # -- building blocks for stories ----------------------------------------------------------
    def p(self, text: str, style: str = "body", bold: bool = False) -> Flowable:
        return paragraph(self.fonts, text, self.styles[style], bold)

    def heading(self, key: str, extra: str = "") -> list[Flowable]:
        return self.heading_text(self.t(key) + (f" ({extra})" if extra else ""))

    def heading_text(self, text: str) -> list[Flowable]:
        """A section heading that never ends a page alone: it starts a new page unless there
        is room for a few lines under it. (keepWithNext would push a long table whole to the
        next page, leaving half a page blank.)"""
        return [CondPageBreak(HEADING_ROOM), self.p(text, "h2", bold=True)]

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], *, marked_rows: Sequence[int] = (),
              bold_rows: Sequence[int] = (), width: float | None = None) -> Flowable:
        """A grid with a header row repeated on each page; texts in any script. `widths` are
        relative; the table spans `width` (default: the text width)."""
        total = sum(widths)
        col_widths = [(width or self.content_width) * w / total for w in widths]
        data = [[cell(self.fonts, h, self.styles["head"], bold=True) for h in headers]]
        data += [[cell(self.fonts, str(v), self.styles["cell"], bold=index in bold_rows)
                  for v in row] for index, row in enumerate(rows)]
        style = TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.base),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ])
        for row in marked_rows:
            style.add("TEXTCOLOR", (0, row + 1), (-1, row + 1), WARN)
            style.add("BACKGROUND", (0, row + 1), (-1, row + 1), colors.HexColor("#fbe9e7"))
        return Table(data, colWidths=col_widths, repeatRows=1, style=style)

    def fields(self, pairs: Sequence[tuple[str, str]]) -> Flowable:
        """Label/value lines without a grid (the meeting's particulars)."""
        data = [[self.p(label, "label", bold=True), self.p(value)] for label, value in pairs]
        table = Table(data, colWidths=[38 * mm, self.content_width - 38 * mm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("FONTNAME", (0, 0), (-1, -1), self.fonts.base),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return table

    def text_block(self, key: str, text: str) -> list[Flowable]:
        return [*self.heading(key), self.p(text.strip() or self.t("none"))]

    def gap(self, height: float = 3 * mm) -> Flowable:
        return Spacer(1, height)
