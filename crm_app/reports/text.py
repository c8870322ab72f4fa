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
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from crm_app.domain.charclass import CharClass
from crm_app.reports.fonts import FontSet
from crm_app.reports.shaping import install, needs_shaping

_RTL = CharClass("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]", "\u0590")
_ARABIC = CharClass("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]", "\u0600")


def has_rtl(text: str) -> bool:
    return _RTL.search(text)


def base_is_rtl(text: str) -> bool:
    """Paragraph direction from its first strong character (Unicode rule P2)."""
    depth = 0  # text inside isolates (FSI ... PDI) does not decide (rule P2)
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("LRI", "RLI", "FSI"):
            depth += 1
        elif direction == "PDI":
            depth = max(0, depth - 1)
        elif depth:
            continue
        if direction == "L":
            return False
        if direction in ("R", "AL"):
            return True
    return False


# Bidi_Mirroring_Glyph pairs of the brackets and quotes names and notes contain
_MIRROR = dict(zip("()[]{}<>«»‹›⁅⁆〈〉", ")(][}{><»«›‹⁆⁅〉〈", strict=True))
_LEVEL = re.compile(r"Level\(\s*(\d+),")


def visual_line(text: str) -> str:
    """One line in display order: Arabic shaped, RTL runs reversed, numbers kept LTR, and
    brackets in right-to-left runs mirrored (rule L4), so '(سبيماكو)' keeps its brackets
    the right way round. python-bidi gives the levels; reordering (L2) is done here because
    its get_display does not mirror."""
    if not has_rtl(text):
        return text
    if _ARABIC.search(text):
        text = arabic_reshaper.reshape(text)
    levels = _levels(text, "R" if base_is_rtl(text) else "L")
    chars = [_MIRROR.get(c, c) if level % 2 else c
             for c, level in zip(text, levels, strict=True)]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    for floor in range(max(levels), min(odd) - 1, -1):
        index = 0
        while index < len(chars):
            if levels[index] >= floor:
                end = index
                while end < len(chars) and levels[end] >= floor:
                    end += 1
                chars[index:end] = chars[index:end][::-1]
                levels[index:end] = levels[index:end][::-1]
                index = end
            else:
                index += 1
    return "".join(chars)


def _levels(text: str, base: str) -> list[int]:
    """The embedding level of each character (python-bidi reports one per UTF-8 byte)."""
    per_byte = [int(n) for n in _LEVEL.findall(str(get_display(text, base_dir=base,
                                                                debug=True)))]
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset] if offset < len(per_byte) else 0)
        offset += len(char.encode("utf-8"))
    return levels


def markup(fonts: FontSet, text: str, bold: bool = False) -> str:
    """Paragraph markup for one visual line: each run wrapped in its face."""
    return "".join(f'<font face="{face}">{escape(chunk)}</font>'
                   for face, chunk in fonts.runs(fonts.printable(text), bold))


_CJK = CharClass("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
                  "\U00020000-\U0002ffff]", "\u3040")


def paragraph(fonts: FontSet, text: str, style: ParagraphStyle, bold: bool = False, *,
              align_rtl: bool = True) -> Flowable:
    """A flowable for plain text (newlines kept) in any mix of scripts. Right-to-left
    paragraphs are right-aligned unless `align_rtl` is False (headings stay where LTR
    headings sit). Chinese and Japanese wrap between characters with ReportLab's kinsoku
    rules, so no line starts with 。、」."""
    if has_rtl(text):
        return BidiParagraph(fonts, text, style, bold, align_rtl=align_rtl)
    if _CJK.search(text) and not style.wordWrap:
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    if needs_shaping(text):  # Devanagari, Bengali, Tamil, Thai: conjuncts and vowel signs
        install()
        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    lines = text.split("\n")
    return Paragraph("<br/>".join(markup(fonts, line, bold) for line in lines), style)


def cell(fonts: FontSet, text: str, style: ParagraphStyle, bold: bool = False) -> Flowable:
    return paragraph(fonts, text or "", style, bold)


class BidiParagraph(Flowable):  # type: ignore[misc]
    """Breaks logical text into lines for the width it is given, then shows each line in
    visual order. Each logical line (text between newlines) is a paragraph of its own in the
    Unicode sense, with its own direction: right-to-left ones are right-aligned."""

    def __init__(self, fonts: FontSet, text: str, style: ParagraphStyle, bold: bool,
                 align_rtl: bool = True) -> None:
        super().__init__()
        self.align_rtl = align_rtl
        self.fonts = fonts
        self.text = text
        self.style = style
        self.bold = bold
        self._stack: _Stack | None = None
        self._built: dict[float, list[Flowable]] = {}

    def _build(self, width: float) -> list[Flowable]:
        # ReportLab wraps and splits a flowable several times at the same width
        if width in self._built:
            return self._built[width]
        parts: list[Flowable] = []
        for logical in self.text.split("\n"):
            rtl = base_is_rtl(logical)
            style = ParagraphStyle(f"{self.style.name}-{'rtl' if rtl else 'ltr'}",
                                   parent=self.style,
                                   alignment=TA_RIGHT if rtl and self.align_rtl
                                   else self.style.alignment or TA_LEFT)
            lines = self._break(logical, width)
            body = "<br/>".join(markup(self.fonts, visual_line(line), self.bold)
                                for line in lines)
            parts.append(Paragraph(body, style))
        self._built[width] = parts
        return parts

    def _break(self, logical: str, width: float) -> list[str]:
        """Greedy line breaking on logical words. Reordering moves whole words and shaping
        happens inside words, so a line is as wide as its words plus the spaces."""
        size = float(self.style.fontSize)
        space = self.fonts.width(" ", size, self.bold)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in logical.split(" "):
            word_width = self.fonts.width(self.fonts.printable(visual_line(word)), size,
                                          self.bold)
            if current and used + space + word_width > width:
                lines.append(" ".join(current))
                current, used = [word], word_width
            else:
                used += (space if current else 0.0) + word_width
                current.append(word)
        lines.append(" ".join(current))
        return lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._stack = _Stack(self._build(available_width))
        self.width, self.height = self._stack.wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return _Stack(self._build(available_width)).split(available_width, available_height)

    def draw(self) -> None:
        assert self._stack is not None
        self._stack.drawOn(self.canv, 0, 0)


class _Stack(Flowable):  # type: ignore[misc]
    """Flowables drawn one under the other, splittable between them (or inside one)."""

    def __init__(self, parts: list[Flowable]) -> None:
        super().__init__()
        self.parts = parts
        self._heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._heights = [part.wrap(available_width, available_height)[1] for part in self.parts]
        self.width, self.height = available_width, sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        head: list[Flowable] = []
        used = 0.0
        for index, part in enumerate(self.parts):
            height = part.wrap(available_width, available_height)[1]
            if used + height <= available_height:
                head.append(part)
                used += height
                continue
            pieces = part.split(available_width, available_height - used)
            if pieces:
                head.append(pieces[0])
            tail = [*pieces[1:], *self.parts[index + 1:]] if pieces else self.parts[index:]
            if not head:
                return []
            return [_Stack(head), _Stack(tail)]
        return [self]

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.drawOn(self.canv, 0, y)
