"""What a report process reads at start: hyphenation dictionaries only when a word is broken."""

from __future__ import annotations

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from crm_app.reports.hyphenation import Hyphenator, hyphenator

TEXT = ("Regulatory development documentation for the pharmaceutical distribution "
        "partnership, internationalisation and characterisation of manufacturers.")


def lines_of(hyphenation: object, width: float) -> list[str]:
    style = ParagraphStyle("t", fontName="Helvetica", fontSize=10, leading=12,
                           hyphenationLang=hyphenation)
    para = Paragraph(TEXT, style)
    para.wrap(width, 1000)
    return [" ".join(str(w) for w in line[1]) for line in para.blPara.lines]


def test_the_lazy_hyphenator_breaks_words_as_pyphen_does() -> None:
    for lang in ("en_GB", "it_IT"):
        assert hyphenator(lang) is hyphenator(lang) == Hyphenator(lang)
        for word in ("Development", "internationalisation", "documentazione"):
            assert list(Hyphenator(lang)(word)) == list(pyphen.Pyphen(lang=lang).iterate(word))
        for width in (60, 90, 140):  # narrow columns: ReportLab hyphenates at line ends
            lines = lines_of(Hyphenator(lang), width)
            assert lines == lines_of(lang, width)
            assert any(line.endswith("-") for line in lines_of(Hyphenator(lang), 60))
