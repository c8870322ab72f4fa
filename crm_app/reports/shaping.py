"""Complex-script shaping (Devanagari, Bengali, Tamil, Thai) with a text layer that copies.

ReportLab 4+ shapes paragraph words with HarfBuzz (uharfbuzz) when a style has `shaping`,
but it shapes a whole word in the font of its first fragment (a word mixing two faces drew
glyph ids of one font with the other), and a glyph that has no character of its own (a
conjunct such as क्ष, a half form, a reordered vowel sign) gets a private-use code that copies
out of the PDF as garbage. Here each word is split into runs of one face, each run is shaped
in its own face by ReportLab's shaper, and every glyph cluster is given codes whose ToUnicode
entry is the cluster's logical text: a cluster's characters are shared out over its glyphs in
order. So "क्षत्रिय" draws its conjuncts and copies as "क्षत्रिय".

Installed on first use (never at import), like the other ReportLab adjustments in fonts.py.
"""

from __future__ import annotations

import functools
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as rl_paragraph

from crm_app.domain.charclass import CharClass

# Scripts whose glyphs need OpenType shaping to be right (Arabic and Hebrew go through
# arabic-reshaper and the bidi reordering in text.py instead).
COMPLEX = CharClass("[\u0900-\u0dff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"
                     "\ua8e0-\ua8ff]", "\u0900")

_FIRST_PRIVATE, _LAST_PRIVATE = 0xF000, 0xF8FF  # above the codes ReportLab's shaper uses


def needs_shaping(text: str) -> bool:
    return COMPLEX.search(text)


class ClusterCodes:
    """Per face: private-use codes standing for (glyph, logical text) pairs."""

    def __init__(self) -> None:
        self.codes: dict[tuple[str, int, str], int] = {}
        self.text: dict[tuple[str, int], str] = {}  # (face name, code) -> ToUnicode text
        self.next: dict[str, int] = {}

    def code(self, font: Any, gid: int, text: str, advance: float) -> int:
        face = font.face
        name = _face_key(face)
        key = (name, gid, text)
        found = self.codes.get(key)
        if found is None:
            found = self.next.get(name, _FIRST_PRIVATE)
            while found in face.charToGlyph:
                found += 1
            if found > _LAST_PRIVATE:
                raise ValueError(f"too many shaped clusters for {name}")
            self.next[name] = found + 1
            face.charToGlyph[found] = gid
            face.charWidths[found] = advance
            self.codes[key] = found
            self.text[(name, found)] = text
        return found


def _face_key(face: Any) -> str:
    name = face.name
    return (name.decode("latin-1") if isinstance(name, bytes) else str(name)) + (
        face.subfontNameX.decode("latin-1") if isinstance(face.subfontNameX, bytes)
        else str(face.subfontNameX))


def _relabel(font: Any, text: str, shaped: Any, clusters: ClusterCodes) -> Any:
    """`shaped` (a ShapedStr of one face) with each cluster's glyphs recoded so the text
    layer gives `text`, the run's logical characters."""
    data = shaped.__shapeData__
    starts = sorted({sd.cluster for sd in data})
    ends = {start: (starts[i + 1] if i + 1 < len(starts) else len(text))
            for i, start in enumerate(starts)}
    count: dict[int, int] = {}
    for sd in data:
        count[sd.cluster] = count.get(sd.cluster, 0) + 1
    out: list[str] = []
    done: dict[int, int] = {}
    for char, sd in zip(str(shaped), data, strict=True):
        # the cluster's characters shared out over its glyphs in order: a glyph that
        # carried nothing would leave a gap that text extraction reads as a space
        logical = text[sd.cluster:ends[sd.cluster]]
        index, glyphs = done.get(sd.cluster, 0), count[sd.cluster]
        done[sd.cluster] = index + 1
        mapped = logical[index * len(logical) // glyphs:(index + 1) * len(logical) // glyphs]
        if mapped == char:
            out.append(char)
            continue
        gid = font.face.charToGlyph[ord(char)]
        out.append(chr(clusters.code(font, gid, mapped, font.face.charWidths[ord(char)])))
    return ttfonts.ShapedStr("".join(out), shapeData=data)


def shape_word(word: Any, clusters: ClusterCodes) -> Any:
    """A paragraph word ([width, (frag, text), ...]) shaped run by run, one face a run."""
    if isinstance(word, ttfonts.ShapedFragWord) or len(word) < 2:
        return word
    if any(hasattr(f, "cbDefn") for f, _ in word[1:]) or not any(
            needs_shaping(str(t)) for _, t in word[1:]):
        return word
    runs: list[list[tuple[Any, str]]] = []
    for frag, text in word[1:]:
        if runs and runs[-1][0][0].fontName == frag.fontName:
            runs[-1].append((frag, text))
        else:
            runs.append([(frag, text)])
    width = 0.0
    parts: list[tuple[Any, Any]] = []
    for run in runs:
        font = pdfmetrics.getFont(run[0][0].fontName)
        run_width = sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in run)
        if not getattr(font, "shapable", False):
            width += run_width
            parts.extend((f, ttfonts.ShapedStr(t, [ttfonts._sdSimple] * len(t))) for f, t in run)
            continue
        shaped = ttfonts.shapeFragWord([run_width, *run], force=True)
        logical = "".join(t for _, t in run)
        width += shaped[0]
        parts.extend((frag, _relabel(font, logical, text, clusters)) for frag, text in shaped[1:])
    new = ttfonts.makeShapedFragWord(word)([width, *parts])
    return new


@functools.cache
def install() -> ClusterCodes:
    """Route ReportLab's paragraph shaping through `shape_word` and teach the ToUnicode
    writer the cluster texts. Idempotent; returns the process's cluster table."""
    clusters = ClusterCodes()
    rl_paragraph.shapeFragWord = functools.partial(shape_word, clusters=clusters)
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: list[int]) -> str:
        text = str(original(fontname, subset))
        face = fontname.split("+", 1)[-1]
        for index, code in enumerate(subset):
            logical = clusters.text.get((face, code))
            if logical is not None:
                utf16 = logical.encode("utf-16-be").hex().upper()
                text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return text

    ttfonts.makeToUnicodeCMap = make
    return clusters


def shape_chunk(face: str, size: float, text: str) -> tuple[str, float]:
    """One run of one face for drawing straight on a canvas (headers and footers): shaped
    when its script needs it (a ShapedStr, which ReportLab draws glyph by glyph), and its
    width in points."""
    if not needs_shaping(text) or not getattr(pdfmetrics.getFont(face), "shapable", False):
        return text, float(pdfmetrics.stringWidth(text, face, size))
    clusters = install()
    frag = _Frag(face, size)
    word = shape_word([pdfmetrics.stringWidth(text, face, size), (frag, text)], clusters)
    if not isinstance(word, ttfonts.ShapedFragWord):
        return text, float(pdfmetrics.stringWidth(text, face, size))
    shaped = word[1][1]
    for _, more in word[2:]:
        shaped = shaped + more
    return shaped, float(word[0])


class _Frag:
    """The two attributes of a paragraph fragment the shaper reads."""

    def __init__(self, font_name: str, font_size: float) -> None:
        self.fontName = font_name
        self.fontSize = font_size
