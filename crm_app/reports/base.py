"""What every report shares (after pretix's invoice renderer): styles, fonts, page template
with the office header and a footer saying "page x of y", built into bytes in memory.

Page numbers restart at each `ReportStart` marker, so a batch of meeting reports printed in
one go still numbers each report on its own.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
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
from crm_app.reports.hyphenation import hyphenator
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
HEADING_ROOM = 20 * mm  # a heading, a table header and a row or two lines of text
CELL_PAD = 4


def column_widths(fonts: FontSet, rows: Sequence[Sequence[str]], total: float,
                  size: float, whole: Sequence[int] = ()) -> list[float]:
    """Widths from content: each column at least as wide as its longest word (so no word is
    split), the rest of `total` shared in proportion to how much more each column wants."""
    pad = 2 * CELL_PAD + 2  # padding, grid line and rounding
    columns = list(zip(*rows, strict=True))

    def measure(col: Sequence[str], pieces: Any) -> float:
        # the first row is the header, set in bold
        return max((fonts.width(piece, size, index == 0) for index, text in enumerate(col)
                    for piece in pieces(text)), default=0.0) + pad

    least = [measure(col, _words) for col in columns]
    wanted = [measure(col, lambda text: text.split("\n")) for col in columns]
    wanted = [max(w, low) for w, low in zip(wanted, least, strict=True)]
    least = [wanted[i] if i in whole else low for i, low in enumerate(least)]
    if sum(wanted) <= total:
        extra = total - sum(wanted)
        return [w + extra * w / sum(wanted) for w in wanted]
    if sum(least) <= total:
        room = total - sum(least)
        more = [w - low for w, low in zip(wanted, least, strict=True)]
        return [low + room * m / (sum(more) or 1) for low, m in zip(least, more, strict=True)]
    # even the longest words do not fit: shrink them alike; hyphenation breaks the words
    return [low * total / sum(least) for low in least]


def fits_words(fonts: FontSet, rows: Sequence[Sequence[str]], widths: Sequence[float],
               size: float) -> bool:
    pad = 2 * CELL_PAD + 1
    return all(fonts.width(word, size, index == 0) + pad <= width
               for index, row in enumerate(rows) for text, width in zip(row, widths, strict=True)
               for word in _words(text))


def _words(text: str) -> list[str]:
    """Unbreakable pieces as ReportLab sees them (no-break spaces keep phone numbers whole)."""
    return [w.replace("\x00", "\u00a0") for w in text.replace("\u00a0", "\x00").split()]


class ContinuedTable(Table):  # type: ignore[misc]
    """A table whose first row (the group heading) reads "X, continued" after a page break."""

    def __init__(self, data: Any, continued: Flowable | None = None, **kwargs: Any) -> None:
        # ReportLab builds the pieces of a split through this class too, without `continued`
        super().__init__(data, **kwargs)
        self._continued = continued

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        for part in parts[1:]:
            part._cellvalues[0][0] = self._continued
            part._continued = self._continued
        return list(parts)


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


class Bookmark(Flowable):  # type: ignore[misc]
    """Zero-size marker: an outline (bookmark) entry pointing at the page where it is drawn."""

    def __init__(self, key: str, title: str) -> None:
        super().__init__()
        self.key = key
        self.title = title

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0, closed=False)
        self.canv.showOutline()  # viewers open with the bookmarks pane


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
        # which record is being printed, for warnings about characters without a glyph
        self.record = ""
        self._missing: dict[str, list[str]] = {}

    # -- characters no bundled face can draw ----------------------------------------------------
    def check(self, text: str) -> str:
        """Remember characters of `text` that will print as U+FFFD, under the current record."""
        missing = self.fonts.missing(text)
        if missing:
            known = self._missing.setdefault(self.record, [])
            known.extend(c for c in missing if c not in known)
        return text

    @property
    def warnings(self) -> list[str]:
        """One line per record holding characters printed as U+FFFD."""
        lines = []
        for record, chars in self._missing.items():
            listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars)
            lines.append(f"{record or 'report'}: no font has {listed}; printed as \ufffd")
        return lines

    # -- hooks ------------------------------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = self.fonts.base
        # hyphenation (pyphen) only breaks a word wider than its whole column; its dictionary
        # is read when a word first needs breaking (hyphenation.py)
        body = ParagraphStyle("body", fontName=base, fontSize=9.5, leading=12.5,
                              hyphenationLang=hyphenator(
                                  "it_IT" if self.options.lang == "it" else "en_GB"),
                              allowWidows=0, allowOrphans=0)
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
            "h3": ParagraphStyle("h3", parent=body, fontName=self.fonts.base_bold,
                                 fontSize=10.5, leading=13, spaceBefore=0, spaceAfter=1 * mm,
                                 textColor=ACCENT),
            "label": ParagraphStyle("label", parent=body, fontName=self.fonts.base_bold),
            "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT, fontSize=8),
        }

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def header_title(self) -> str:
        return self.t(self.title_key)

    def document_title(self) -> str:
        """The PDF's title (shown by viewers in the window bar): specific, not generic."""
        return self.header_title()

    def document_subject(self) -> str:
        return self.header_title()

    def keywords(self) -> list[str]:
        return [self.t(self.title_key), self.branding.office]

    def shown_records(self) -> tuple[tuple[str, str], ...]:
        """(table, record id) of what the document shows, for the audit log's "printed"."""
        return ()

    # -- building ---------------------------------------------------------------------------
    def render(self, progress_callback: Callable[[str, int], None] | None = None) -> bytes:
        """The PDF; `progress_callback(kind, value)` is ReportLab's (it may raise to stop)."""
        buffer = io.BytesIO()
        width, _ = self.pagesize
        doc = BaseDocTemplate(
            buffer, pagesize=self.pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT, bottomMargin=MARGIN + FOOTER_HEIGHT,
            title=self.document_title(), author=self.branding.office or self.branding.author,
            creator="Trade-mission CRM", producer="Trade-mission CRM (ReportLab)",
            subject=self.document_subject(), keywords=self.keywords(),
            lang="it-IT" if self.options.lang == "it" else "en-GB",
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

        if progress_callback is not None:
            doc.setProgressCallBack(progress_callback)
        story = self.story()
        self.record = "office name in the staff profile"  # drawn in every page header
        self.check(self.branding.office)
        doc.build(story, canvasmaker=make_canvas)
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
        page_text = self.t("page_of", page=page, pages=pages)
        notice = self.t("personal_data")
        room = width - 2 * MARGIN - self.fonts.width(page_text, 8, True) - 6 * mm
        size = min(7.0, 7.0 * room / max(1.0, self.fonts.width(notice, 7)))  # one line
        self._draw_text(canvas, notice, MARGIN, y, size, color=WARN)
        if self.options.generated_at is not None:
            when = self.t.local_stamp(self.options.generated_at)
            stamp = self.t("generated", when=when)
            self._draw_text(canvas, stamp, MARGIN, y - 3.6 * mm, 7)
        self._draw_text(canvas, page_text, width - MARGIN, y, 8, bold=True, right=True)
        canvas.restoreState()

    def _draw_text(self, canvas: Canvas, text: str, x: float, y: float, size: float, *,
                   bold: bool = False, right: bool = False, color: Any = colors.black) -> None:
        """One line straight on the canvas (headers, footers), still a font per run."""
        from crm_app.reports.shaping import shape_chunk
        from crm_app.reports.text import visual_line

        line = self.fonts.printable(visual_line(text))
        runs = self.fonts.runs(line, bold)
        if right:
            x -= self.fonts.width(line, size, bold)
        canvas.setFillColor(color)
        for face, chunk in runs:
            shaped, advance = shape_chunk(face, size, chunk)
            canvas.setFont(face, size)
            canvas.drawString(x, y, shaped)
            x += advance

    # -- building blocks for stories ----------------------------------------------------------
    def p(self, text: str, style: str = "body", bold: bool = False) -> Flowable:
        return paragraph(self.fonts, self.check(text), self.styles[style], bold,
                         align_rtl=style not in ("title", "h2", "h3"))

    def heading(self, key: str, extra: str = "") -> list[Flowable]:
        return self.heading_text(self.t(key) + (f" ({extra})" if extra else ""))

    def heading_text(self, text: str) -> list[Flowable]:
        """A section heading that never ends a page alone: it starts a new page unless there
        is room for a few lines under it. (keepWithNext would push a long table whole to the
        next page, leaving half a page blank.)"""
        return [CondPageBreak(HEADING_ROOM), self.p(text, "h2", bold=True)]

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *,
              marked_rows: Sequence[int] = (), bold_rows: Sequence[int] = (),
              width: float | None = None, numeric: Sequence[int] = (),
              whole: Sequence[int] = (),
              records: Sequence[str] = (), heading: str = "") -> Flowable:
        """A grid with a header row repeated on each page; texts in any script. Columns are
        sized from their content (no word narrower than its column); `numeric` columns are
        right-aligned; `whole` columns (countries, phones, dates) never wrap inside a line.
        `records` name each row's record for glyph warnings. With `heading`,
        a spanning first row names the group and repeats as "X, continued" on later pages."""
        total = width or self.content_width
        head_style, cell_style = self.styles["head"], self.styles["cell"]
        texts = [[str(v) for v in row] for row in rows]
        col_widths = column_widths(self.fonts, [list(headers), *texts], total,
                                   float(cell_style.fontSize), whole)
        if fits_words(self.fonts, [list(headers), *texts], col_widths,
                      float(cell_style.fontSize)):
            # every word fits its column: wrap at spaces only (no "Pet-rova" in a name)
            head_style = ParagraphStyle("head-nohyph", parent=head_style, hyphenationLang="")
            cell_style = ParagraphStyle("cell-nohyph", parent=cell_style, hyphenationLang="")
        right_style = ParagraphStyle("cell-right", parent=cell_style, alignment=TA_RIGHT)
        data: list[list[Any]] = []
        if heading:
            data.append([self.p(heading, "h3", bold=True)] + [""] * (len(headers) - 1))
        data.append([cell(self.fonts, self.check(h), head_style, bold=True) for h in headers])
        for index, row in enumerate(texts):
            self.record = records[index] if index < len(records) else self.record
            data.append([cell(self.fonts, self.check(v),
                              right_style if column in numeric else cell_style,
                              bold=index in bold_rows) for column, v in enumerate(row)])
        top = 1 if heading else 0
        style = TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), self.fonts.base),
            ("BACKGROUND", (0, top), (-1, top), ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, top), (-1, -1), 0.4, GRID),
            ("ROWBACKGROUNDS", (0, top + 1), (-1, -1), [colors.white, SHADE]),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ])
        if heading:
            style.add("SPAN", (0, 0), (-1, 0))
            style.add("LEFTPADDING", (0, 0), (0, 0), 0)
        for marked in marked_rows:
            line = marked + top + 1
            style.add("TEXTCOLOR", (0, line), (-1, line), WARN)
            style.add("BACKGROUND", (0, line), (-1, line), colors.HexColor("#fbe9e7"))
        if heading:
            continued = self.p(self.t("continued", label=heading), "h3", bold=True)
            return ContinuedTable(data, continued, colWidths=col_widths, repeatRows=2,
                                  style=style)
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
        """A heading and its text; blank lines separate paragraphs, each its own flowable
        (split between pages without widows or orphans)."""
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text.strip()) if b.strip()]
        body: list[Flowable] = []
        for block in blocks or [self.t("none")]:
            body += [self.p(block), Spacer(1, 1.5 * mm)]
        return [*self.heading(key), *body[:-1]]

    def gap(self, height: float = 3 * mm) -> Flowable:
        return Spacer(1, height)
