"""Text of any script as ReportLab paragraphs: a font per run, RTL shaped and reordered.

Arabic is shaped with arabic-reshaper (contextual presentation forms, lam-alef ligatures) and
every right-to-left run is put in visual order with python-bidi (the Unicode bidi algorithm),
so ReportLab only ever draws left-to-right glyph strings. Paragraphs holding RTL text are broken
into lines here, in logical order, before reordering each line; reordering a whole paragraph
first would put the end of a sentence on its first line.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from crm_app.reports.fonts import FontSet

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def base_is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (Unicode rule P2)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


def visual_line(text: str) -> str:
    """One line in display order: Arabic shaped, RTL runs reversed, numbers kept LTR."""
    if not has_rtl(text):
        return text
    if _ARABIC.search(text):
        text = arabic_reshaper.reshape(text)
    return str(get_display(text, base_dir="R" if base_is_rtl(text) else "L"))


def markup(fonts: FontSet, text: str, bold: bool = False) -> str:
    """Paragraph markup for one visual line: each run wrapped in its face."""
    return "".join(f'<font face="{face}">{escape(chunk)}</font>'
                   for face, chunk in fonts.runs(text, bold))


def paragraph(fonts: FontSet, text: str, style: ParagraphStyle, bold: bool = False) -> Flowable:
    """A flowable for plain text (newlines kept) in any mix of scripts."""
    if has_rtl(text):
        return BidiParagraph(fonts, text, style, bold)
    lines = text.split("\n")
    return Paragraph("<br/>".join(markup(fonts, line, bold) for line in lines), style)


def cell(fonts: FontSet, text: str, style: ParagraphStyle, bold: bool = False) -> Flowable:
    return paragraph(fonts, text or "", style, bold)


class BidiParagraph(Flowable):  # type: ignore[misc]
    """Breaks logical text into lines for the width it is given, then shows each line in
    visual order; right-aligned when the text starts with a right-to-left letter."""

    def __init__(self, fonts: FontSet, text: str, style: ParagraphStyle, bold: bool) -> None:
        super().__init__()
        self.fonts = fonts
        self.text = text
        self.style = style
        self.bold = bold
        self._inner: Paragraph | None = None

    def _build(self, width: float) -> Paragraph:
        lines: list[str] = []
        for logical in self.text.split("\n"):
            lines.extend(self._break(logical, width))
        rtl = base_is_rtl(self.text)
        style = ParagraphStyle(f"{self.style.name}-bidi", parent=self.style,
                               alignment=TA_RIGHT if rtl else self.style.alignment or TA_LEFT)
        body = "<br/>".join(markup(self.fonts, visual_line(line), self.bold) for line in lines)
        return Paragraph(body, style)

    def _break(self, logical: str, width: float) -> list[str]:
        size = float(self.style.fontSize)
        words = logical.split(" ")
        lines: list[str] = []
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and self.fonts.width(visual_line(candidate), size, self.bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._inner = self._build(available_width)
        width, height = self._inner.wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        inner = self._build(available_width)
        return list(inner.split(available_width, available_height))

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)
