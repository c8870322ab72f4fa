"""Font choice per run and right-to-left handling, for inputs of every script."""

from __future__ import annotations

import unicodedata
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle

from crm_app.reports import ReportRequest, build_report
from crm_app.reports.fonts import bundled_fonts
from crm_app.reports.text import BidiParagraph, base_is_rtl, paragraph, visual_line
from crm_app.services.crm import Crm
from tests.reports.conftest import pdf_pages

SCRIPTS = {
    "latin": "abcdefghijklmnopqrstuvwxyzàèéìòùçñüößłżźćąęőűțșğış",
    "cyrillic": "абвгдеёжзийклмнопрстуфхцчшщъыьэюяїєґ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώ",
    "han": "王伟李娜张敏山田太郎佐藤花子上海生物医药有限公司",
    "kana": "あいうえおかきくけこアイウエオカキクケコャュョ",
    "hangul": "김민준이서연박지훈최수아정우진서울바이오",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئة",
    "hebrew": "אבגדהוזחטיכלמנסעפצקרשתםןףץ",
    "neutral": " .,-()0123456789",
}
ALL = "".join(SCRIPTS.values())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALL, max_size=40))
def test_runs_cover_the_text_with_faces_that_have_every_glyph(text: str) -> None:
    fonts = bundled_fonts()
    shown = visual_line(text)
    runs = fonts.runs(shown)
    assert "".join(chunk for _face, chunk in runs) == shown
    for face, chunk in runs:
        cmap = fonts.cmaps[face.removesuffix("-Bold")]
        missing = [c for c in chunk if ord(c) not in cmap]
        assert not missing, (face, missing)


def test_each_script_goes_to_its_font() -> None:
    fonts = bundled_fonts()
    expected = {"latin": "NotoSans", "cyrillic": "NotoSans", "greek": "NotoSans",
                "han": "DroidSansFallback", "kana": "DroidSansFallback",
                "hangul": "NanumSquare", "arabic": "NotoSansArabic",
                "hebrew": "NotoSansHebrew"}
    for script, face in expected.items():
        assert {fonts.face_for(c) for c in SCRIPTS[script]} == {face}, script
    assert fonts.face_for("김", bold=True) == "NanumSquare-Bold"
    assert fonts.face_for("山", bold=True) == "DroidSansFallback"  # no bold file: regular


@given(st.lists(st.text(alphabet=SCRIPTS["hebrew"], min_size=1, max_size=8), min_size=1,
                max_size=5))
def test_hebrew_line_is_reversed_for_display(words: list[str]) -> None:
    line = " ".join(words)
    assert visual_line(line) == line[::-1]


@given(st.lists(st.text(alphabet=SCRIPTS["arabic"], min_size=1, max_size=8), min_size=1,
                max_size=5))
def test_arabic_line_is_shaped_and_reversed(words: list[str]) -> None:
    line = " ".join(words)
    shown = visual_line(line)
    # every letter becomes a contextual presentation form (lam-alef one ligature glyph)...
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shown if c != " ")
    # ...and reading the glyphs right to left, then decomposing them, gives the text back
    assert unicodedata.normalize("NFKC", shown[::-1]) == unicodedata.normalize("NFKC", line)


def test_mixed_line_keeps_latin_and_numbers_left_to_right() -> None:
    arabic = visual_line("محمد")
    assert visual_line("Mohammed محمد, Riyadh") == f"Mohammed {arabic}, Riyadh"
    # a number after an Arabic word joins its right-to-left run (Unicode bidi rule W2)
    assert visual_line("Mohammed محمد 2026") == f"Mohammed 2026 {arabic}"
    assert not base_is_rtl("Mohammed محمد") and base_is_rtl("محمد Mohammed")


def test_long_rtl_paragraph_breaks_in_reading_order() -> None:
    """The first words of an RTL sentence belong on the first line (at its right end)."""
    fonts = bundled_fonts()
    style = ParagraphStyle("t", fontName=fonts.base, fontSize=10, leading=12)
    words = [f"מילה{chr(0x05D0 + i)}" for i in range(20)]
    flow = paragraph(fonts, " ".join(words), style)
    assert isinstance(flow, BidiParagraph)
    lines = flow._break(" ".join(words), 120)
    assert len(lines) > 2
    assert lines[0].split()[0] == words[0] and lines[-1].split()[-1] == words[-1]
    _width, height = flow.wrap(120, 1000)
    assert height >= len(lines) * 12


def hebrew_number(number: int) -> str:
    """A distinct Hebrew word per number (digits would be reordered around by bidi)."""
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    word = ""
    while True:
        number, digit = divmod(number, len(letters))
        word = letters[digit] + word
        if number == 0:
            return "מס" + word


def test_long_rtl_minutes_flow_over_pages(crm: Crm, fair: dict[str, Any]) -> None:
    """Minutes longer than a page split between lines, in reading order, nothing lost."""
    words = [hebrew_number(i) for i in range(1500)]
    crm.meetings.update(fair["meetings"][1], {"minutes": " ".join(words[:700]) + "\n"
                                              + " ".join(words[700:])})
    pages = pdf_pages(build_report(crm, ReportRequest("meeting",
                                                      record_id=fair["meetings"][1])))
    assert len(pages) >= 3
    found = "".join(pages).split()
    positions = [found.index(words[i]) for i in (0, 1, 2, 350, 699, 700, 701, 1200, 1499)]
    assert positions == sorted(positions)
    assert all(word in found for word in words)


def test_japanese_lines_never_start_with_closing_punctuation(tmp_path: Any) -> None:
    """Kinsoku: at every width from 90 to 300 pt, no line begins with 。、」 and Latin words
    inside Japanese text stay whole."""
    import io
    import shutil
    import subprocess

    import pytest
    from reportlab.platypus import SimpleDocTemplate

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    fonts = bundled_fonts()
    text = ("双方は製品を紹介しました。日本での規制、価格、物流について議論しました。"
            "「次回は東京で」と述べました、pharmaceutical distribution。")
    story = []
    for right in range(0, 420, 7):
        style = ParagraphStyle(f"k{right}", fontName=fonts.base, fontSize=10, leading=12,
                               rightIndent=right, spaceAfter=12)
        story.append(paragraph(fonts, text, style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    path = tmp_path / "kinsoku.pdf"
    path.write_bytes(buffer.getvalue())
    lines = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    assert len([line for line in lines if line.strip()]) > 120
    assert not [line for line in lines if line and line[0] in "。、」"]
    assert "pharmaceutical" in " ".join(lines).split() or "pharmaceutical" in "".join(lines)


def test_coverage_file_matches_the_fonts() -> None:
    """coverage.json lets a report open only the fonts it needs; it must list exactly what
    each font has (rebuild with resources/fonts/make_coverage.py)."""
    import json

    from crm_app.reports.fonts import FAMILIES, fonts_dir

    stored = json.loads((fonts_dir() / "coverage.json").read_text(encoding="utf-8"))
    fonts = bundled_fonts()
    for family in FAMILIES:
        codes = {c for first, last in stored[family.name] for c in range(first, last + 1)}
        assert codes == set(fonts.cmap(family)), family.name


def test_a_thai_name_opens_no_cjk_font() -> None:
    from pathlib import Path

    from crm_app.reports.fonts import FontSet, fonts_dir

    fonts = FontSet(bundled_fonts().families, Path(fonts_dir()))
    fonts.runs("สมชาย ใจดี Müller")
    assert set(fonts._cmaps) == {"NotoSans", "NotoSansThai"}
