"""Complex scripts print shaped (conjuncts, reordered vowel signs) and copy out of the PDF as
the characters typed: glyphs compared with HarfBuzz's own output, text read back with pypdf
and pdftotext from a real meeting report."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from crm_app.reports import ReportRequest, render_report
from crm_app.reports.fonts import bundled_fonts
from crm_app.reports.shaping import shape_chunk
from crm_app.services.crm import Crm
from tests.reports.conftest import flat, pdf_text
from tests.reports.test_every_script import add_people, pdftotext

NAMES = {
    "NotoSansDevanagari": "अनुराधा क्षत्रिय",
    "NotoSansBengali": "সুব্রত",
    "NotoSansTamil": "கிருஷ்ணன்",
    "NotoSansThai": "สมชาย",
}


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def harfbuzz_glyphs(face: str, text: str) -> list[int]:
    font = pdfmetrics.getFont(face)
    hb = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob(font.face._ttf_data)))
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb, buffer, {"kern": True, "liga": True})
    return [info.codepoint for info in buffer.glyph_infos]


@pytest.mark.parametrize("family", sorted(NAMES))
def test_drawn_glyphs_are_harfbuzz_glyphs(family: str) -> None:
    fonts = bundled_fonts()
    text = NAMES[family]
    face = fonts.face_for(text[0])
    assert face == family
    shaped, width = shape_chunk(face, 10, text)
    drawn = [pdfmetrics.getFont(face).face.charToGlyph[ord(c)] for c in shaped]
    assert drawn == harfbuzz_glyphs(face, text)
    assert width > 0


def test_conjuncts_replace_the_letters() -> None:
    """क्ष is one glyph, not क + virama + ष; ি is drawn before the consonant it follows."""
    fonts = bundled_fonts()
    face = fonts.face_for("क")
    cmap = pdfmetrics.getFont(face).face.charToGlyph
    shaped, _ = shape_chunk(face, 10, "क्ष")
    glyphs = [cmap[ord(c)] for c in shaped]
    assert len(glyphs) == 1 and glyphs[0] not in {cmap[ord(c)] for c in "क्ष"}
    reordered = harfbuzz_glyphs(fonts.face_for("ব"), "বি")
    assert reordered[0] == pdfmetrics.getFont(fonts.face_for("ব")).face.charToGlyph[ord("ি")]


def test_shaped_names_read_back_in_logical_order(crm: Crm, fair: dict[str, Any],
                                                  tmp_path: Path) -> None:
    meeting = fair["meetings"][1]
    people = [("अनुराधा", "क्षत्रिय", "hi", "IN", "Dr.अनुराधा (दिल्ली) Ltd"),
              ("সুব্রত", "দাস", "bn", "BD", "ঢাকা ফার্মা"),
              ("கிருஷ்ணன்", "ராமன்", "ta", "IN", "சென்னை மருந்து"),
              ("สมชาย", "ใจดี", "th", "TH", "บริษัท ไทยเภสัช จำกัด")]
    add_people(crm, meeting, people)
    rendered = render_report(crm, ReportRequest("meeting", record_id=meeting))
    assert rendered.warnings == ()
    for extracted in (pdf_text(rendered.pdf), pdftotext(rendered.pdf, tmp_path)):
        text = nfkc(flat(extracted))  # pypdf's text is NFKC (Thai ำ is ํ + า there)
        for given, family, _lang, _country, organisation in people:
            assert nfkc(flat(given)) in text and nfkc(flat(family)) in text, (given, family)
            assert nfkc(flat(organisation)) in text, organisation
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in text)  # no private-use codes
