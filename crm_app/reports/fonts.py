"""The bundled report fonts and the choice of a font for each character.

ReportLab keeps registered fonts in a process-wide table, so registration is idempotent and
done on first use (never at import). The `FontSet` then answers "which face draws this
character" from the fonts' own character maps, which is what keeps boxes out of the PDFs.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_app.paths import resource_path


@dataclass(frozen=True)
class Family:
    name: str
    regular: str
    bold: str


# Priority order: the first family holding a glyph draws it. Droid Sans Fallback comes before
# Nanum so Japanese and Chinese text keeps one design (Nanum also has kana and hanja); Droid
# has no Hangul, so Korean falls through to Nanum.
FAMILIES: tuple[Family, ...] = (
    Family("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Family("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Family("DroidSansFallback", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    Family("NanumSquare", "NanumSquareR.ttf", "NanumSquareB.ttf"),
)


def face_name(family: Family, bold: bool) -> str:
    """A family without a bold file (Droid Sans Fallback) draws bold text in its regular face."""
    return f"{family.name}-Bold" if bold and family.bold != family.regular else family.name


@dataclass
class FontSet:
    """Registered faces plus a per-character cache of the face that draws it."""

    families: tuple[Family, ...]
    cmaps: dict[str, frozenset[int]]
    _choice: dict[tuple[str, bool], str] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return face_name(self.families[0], False)

    @property
    def base_bold(self) -> str:
        return face_name(self.families[0], True)

    def has_glyph(self, char: str) -> bool:
        return any(ord(char) in cmap for cmap in self.cmaps.values())

    def face_for(self, char: str, bold: bool = False) -> str:
        """The first family with a glyph for `char`; the base face when none has one."""
        key = (char, bold)
        found = self._choice.get(key)
        if found is None:
            code = ord(char)
            family = next((f for f in self.families if code in self.cmaps[f.name]),
                          self.families[0])
            found = self._choice[key] = face_name(family, bold)
        return found

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """Split `text` into (face, chunk) runs. Spaces, digits and punctuation stay in the
        current run when its face has them, so "山田 太郎" is one run, not three."""
        runs: list[tuple[str, str]] = []
        for char in text:
            face = self.face_for(char, bold)
            if runs and face != runs[-1][0] and _is_neutral(char):
                current = runs[-1][0]
                if ord(char) in self.cmaps[_family_of(current)]:
                    face = current
            if runs and runs[-1][0] == face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return float(sum(pdfmetrics.stringWidth(chunk, face, size)
                         for face, chunk in self.runs(text, bold)))


def _family_of(face: str) -> str:
    return face.removesuffix("-Bold")


def _is_neutral(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "ZPN" or category == "Sm"


def fonts_dir() -> Path:
    return resource_path("fonts")


@functools.cache
def bundled_fonts(directory: Path | None = None) -> FontSet:
    """Register the bundled fonts with ReportLab once per process and describe them."""
    folder = directory or fonts_dir()
    registered = set(pdfmetrics.getRegisteredFontNames())
    cmaps: dict[str, frozenset[int]] = {}
    for family in FAMILIES:
        for bold, filename in ((False, family.regular), (True, family.bold)):
            name = face_name(family, bold)
            if name not in registered:
                registered.add(name)
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            if not bold:
                font = pdfmetrics.getFont(name)
                cmaps[family.name] = frozenset(font.face.charToGlyph)
    return FontSet(FAMILIES, cmaps)
