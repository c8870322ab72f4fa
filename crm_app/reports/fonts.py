"""The bundled report fonts and the choice of a font for each character.

ReportLab keeps registered fonts in a process-wide table, so registration is idempotent and
done on first use (never at import). The `FontSet` then answers "which face draws this
character" from the fonts' own character maps, which is what keeps boxes out of the PDFs.
"""

from __future__ import annotations

import bisect
import functools
import json
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from crm_app.paths import resource_path
from crm_app.reports.fontcache import load_font


@dataclass(frozen=True)
class Family:
    name: str
    regular: str
    bold: str


# Priority order: the first family holding a glyph draws it. Droid Sans Fallback comes before
# Nanum so Japanese and Chinese text keeps one design (Nanum also has kana and hanja); Droid
# has no Hangul, so Korean falls through to Nanum. HanaMinB (a subset) draws CJK Extension B
# (𠮷). Noto Sans Math and Symbols 2 (≈ ✓) come before Droid and Nanum: those map some
# symbols to empty glyphs. Faces load on first need, so a Latin-only report reads one file.
FAMILIES: tuple[Family, ...] = (
    Family("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Family("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Family("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
           "NotoSansDevanagari-Bold.ttf"),
    Family("NotoSansBengali", "NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    Family("NotoSansTamil", "NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    Family("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    Family("NotoSansGeorgian", "NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    Family("NotoSansArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    Family("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    Family("NotoSansMath", "NotoSansMath-Regular.ttf", "NotoSansMath-Regular.ttf"),
    Family("NotoSansSymbols2", "NotoSansSymbols2-Regular.ttf", "NotoSansSymbols2-Regular.ttf"),
    Family("DroidSansFallback", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    Family("NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf"),
    Family("HanaMinB", "HanaMinB-ExtB-subset.ttf", "HanaMinB-ExtB-subset.ttf"),
)

def face_name(family: Family, bold: bool) -> str:
    """A family without a bold file (Droid Sans Fallback) draws bold text in its regular face."""
    return f"{family.name}-Bold" if bold and family.bold != family.regular else family.name


# Printed where no bundled face has a glyph (emoji, rare symbols): visible, never a blank.
REPLACEMENT = "\ufffd"
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u2066\u2067\u2068\u2069")


@dataclass
class FontSet:
    """Bundled faces, loaded on demand, plus a per-character cache of the face that draws it."""

    families: tuple[Family, ...]
    folder: Path
    _cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    _choice: dict[tuple[str, bool], str | None] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ready: set[str] = field(default_factory=set)  # faces known to be registered
    _family: dict[str, Family | None] = field(default_factory=dict)
    _ranges: dict[str, tuple[list[int], list[int]]] | None = None

    @property
    def base(self) -> str:
        return self.face(self.families[0], False)

    @property
    def base_bold(self) -> str:
        return self.face(self.families[0], True)

    @property
    def cmaps(self) -> dict[str, frozenset[int]]:
        """Every family's character map (loads them all; tests and tools only)."""
        for family in self.families:
            self.cmap(family)
        return self._cmaps

    def cmap(self, family: Family) -> frozenset[int]:
        found = self._cmaps.get(family.name)
        if found is None:
            font = pdfmetrics.getFont(self.face(family, False))
            found = self._cmaps[family.name] = frozenset(font.face.charToGlyph)
        return found

    def face(self, family: Family, bold: bool) -> str:
        """The ReportLab font name of a family's face, registered on first use."""
        name = face_name(family, bold)
        if name in self._ready:
            return name
        if name not in _registered():
            with self._lock:
                if name not in _registered():
                    filename = family.bold if bold else family.regular
                    _fix_supplementary_to_unicode()
                    # parsed once per user, then read from the cache (fontcache.py)
                    pdfmetrics.registerFont(load_font(name, self.folder / filename))
        self._ready.add(name)
        return name

    def has_glyph(self, char: str) -> bool:
        return self._family_for(char) is not None

    def _family_for(self, char: str) -> Family | None:
        if char not in self._family:
            code = ord(char)
            coverage = self._coverage()
            # only open the files that can hold the character (Thai text opens no CJK font)
            candidates = (f for f in self.families
                          if f.name not in coverage or _covers(coverage[f.name], code))
            self._family[char] = next((f for f in candidates if code in self.cmap(f)), None)
        return self._family[char]

    def _coverage(self) -> dict[str, tuple[list[int], list[int]]]:
        """coverage.json (make_coverage.py): each family's ranges as (firsts, lasts)."""
        if self._ranges is None:
            path = self.folder / "coverage.json"
            loaded: dict[str, list[list[int]]] = (
                json.loads(path.read_text(encoding="utf-8")) if path.exists() else {})
            self._ranges = {name: ([r[0] for r in ranges], [r[1] for r in ranges])
                            for name, ranges in loaded.items()}
        return self._ranges

    def face_for(self, char: str, bold: bool = False) -> str:
        """The first family with a glyph for `char`; the base face when none has one."""
        key = (char, bold)
        if key not in self._choice:
            family = self._family_for(char)
            self._choice[key] = self.face(family, bold) if family is not None else None
        return self._choice[key] or self.face(self.families[0], bold)

    def missing(self, text: str) -> list[str]:
        """Characters of `text` no bundled face can draw, once each, in order."""
        return list(dict.fromkeys(c for c in text if not self._drawable(c)))

    def _drawable(self, char: str) -> bool:
        return char in "\n\t" or _invisible(char) or self.has_glyph(char)

    def printable(self, text: str) -> str:
        """`text` with invisible format characters dropped and each character that has no
        glyph replaced by a visible mark (U+FFFD); an emoji sequence becomes one mark."""
        out: list[str] = []
        for char in text:
            if _invisible(char):
                continue  # joiners and variation selectors (of emoji): nothing to draw
            if self._drawable(char):
                out.append(char)
            elif 0x1F3FB <= ord(char) <= 0x1F3FF and out and (
                    out[-1] == REPLACEMENT or ord(out[-1]) >= 0x1F000):
                continue  # a skin tone on a drawn or replaced emoji
            elif not (out and out[-1] == REPLACEMENT and _is_emoji_part(char)):
                out.append(REPLACEMENT)
        return "".join(out)

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """Split `text` into (face, chunk) runs. Spaces, digits and punctuation stay in the
        current run when its face has them, so "山田 太郎" is one run, not three; a word's
        leading punctuation takes the face of the letters after it ("(दिल्ली)")."""
        runs: list[tuple[str, str]] = []
        for index, char in enumerate(text):
            face = self.face_for(char, bold)
            if _is_neutral(char):
                current = runs[-1][0] if runs and not runs[-1][1][-1].isspace() else None
                if current is None and not char.isspace():
                    current = self._next_strong_face(text, index, bold)
                if current is not None and current != face and ord(char) in self.cmap(
                        _family_named(self.families, current)):
                    face = current
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def _next_strong_face(self, text: str, index: int, bold: bool) -> str | None:
        for char in text[index + 1:]:
            if char.isspace():
                return None
            if not _is_neutral(char):
                return self.face_for(char, bold)
        return None

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return float(sum(pdfmetrics.stringWidth(chunk, face, size)
                         for face, chunk in self.runs(text, bold)))


def _covers(ranges: tuple[list[int], list[int]], code: int) -> bool:
    firsts, lasts = ranges
    index = bisect.bisect_right(firsts, code) - 1
    return index >= 0 and code <= lasts[index]


def _invisible(char: str) -> bool:
    code = ord(char)
    return char in _INVISIBLE or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _registered() -> set[str]:
    return set(pdfmetrics.getRegisteredFontNames())


def _family_named(families: tuple[Family, ...], face: str) -> Family:
    name = face.removesuffix("-Bold")
    return next(f for f in families if f.name == name)


def _is_neutral(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "ZPN" or category == "Sm"


def _is_emoji_part(char: str) -> bool:
    """Skin tones, tags and pictographs that continue an emoji sequence."""
    code = ord(char)
    return 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F or code >= 0x1F000


@functools.cache
def _fix_supplementary_to_unicode() -> None:
    """ReportLab writes a character beyond U+FFFF into a font's ToUnicode map as five hex
    digits (<20BB7>), which readers cut to U+20BB; PDF wants UTF-16 (<D842DFB7>). Without
    this, 𠮷 copied from a report pastes as ₻."""
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        text = str(original(fontname, [c if c <= 0xFFFF else 0 for c in subset]))
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{index:02X}> <0000>", f"<{index:02X}> <{utf16}>")
        return text

    ttfonts.makeToUnicodeCMap = make


def fonts_dir() -> Path:
    return resource_path("fonts")


@functools.cache
def bundled_fonts(directory: Path | None = None) -> FontSet:
    """The bundled faces; each is registered with ReportLab (process-wide) on first use."""
    return FontSet(FAMILIES, directory or fonts_dir())
