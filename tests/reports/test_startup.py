"""What a report process reads at start: hyphenation dictionaries only when a word is broken,
and the fonts' parsed tables from the per-user cache, giving the same PDF."""

from __future__ import annotations

import os
import pickle
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyphen
import pytest
from hypothesis import given as examples
from hypothesis import settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from crm_app.db import search_index
from crm_app.domain import japanese
from crm_app.domain.charclass import CharClass
from crm_app.reports import fontcache, shaping
from crm_app.reports import text as text_module
from crm_app.reports.fontcache import load_font
from crm_app.reports.fonts import fonts_dir
from crm_app.reports.hyphenation import Hyphenator, hyphenator
from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm
from tests.reports.conftest import flat, pdf_text
from tests.reports.test_every_script import PEOPLE, add_people

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


# -- the font cache -------------------------------------------------------------------------

def fonts_file(name: str) -> Path:
    return fonts_dir() / name


def same_font(cached: TTFont, parsed: TTFont) -> None:
    """Attribute for attribute what TTFont(name, file) builds (the function made from
    unitsPerEm compared by what it gives)."""
    assert set(vars(cached)) == set(vars(parsed))
    assert (cached.fontName, cached._asciiReadable, cached.shapable) == (
        parsed.fontName, parsed._asciiReadable, parsed.shapable)
    assert type(cached.encoding) is type(parsed.encoding)
    assert type(cached.state) is type(parsed.state) and not cached.state
    ours, theirs = vars(cached.face), vars(parsed.face)
    assert set(ours) == set(theirs)
    for attribute, value in theirs.items():
        if attribute == "_pdfScale":
            assert [ours[attribute](v) for v in (0, 1, 250, 1000, 1234)] == [
                value(v) for v in (0, 1, 250, 1000, 1234)]
        else:
            assert ours[attribute] == value, attribute
            assert type(ours[attribute]) is type(value), attribute
    assert cached.face.name.ustr == parsed.face.name.ustr


@pytest.mark.parametrize("name", ["NotoSans-Regular.ttf", "HanaMinB-ExtB-subset.ttf"])
def test_a_cached_face_is_the_face_reportlab_parses(tmp_path: Path, name: str) -> None:
    file = fonts_file(name)
    first = load_font("F", file, tmp_path)  # parsed, entry written
    assert [p.name for p in tmp_path.iterdir()] == [fontcache._entry_name(file)]
    second = load_font("F", file, tmp_path)  # from the entry
    assert second.face is not first.face
    same_font(second, TTFont("F", str(file)))
    same_font(first, TTFont("F", str(file)))
    text = "Ünïcödé 𠮷 ≈ ✓" if name.startswith("Hana") else "Łódź Medical, Ζωή, Мария"
    assert second.stringWidth(text, 9) == TTFont("F", str(file)).stringWidth(text, 9)


def test_a_corrupt_or_stale_entry_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    file = fonts_file("NotoSans-Bold.ttf")
    entry = tmp_path / fontcache._entry_name(file)
    for garbage in (b"", b"not a pickle", pickle.dumps(("key", "state"))[:-3],
                    pickle.dumps(((fontcache.FORMAT, "0.0", 1, 2), {"name": "x"}))):
        entry.write_bytes(garbage)
        same_font(load_font("F", file, tmp_path), TTFont("F", str(file)))
        key, state = fontcache._loads(entry.read_bytes())  # rewritten, whole
        assert tuple(key) == fontcache._key(file) and state["numGlyphs"] > 1000


def test_a_cache_entry_cannot_run_code(tmp_path: Path) -> None:
    file = fonts_file("NotoSansHebrew-Regular.ttf")
    entry = tmp_path / fontcache._entry_name(file)
    marker = tmp_path / "ran"
    # what a tampered entry would hold: a call made while unpickling
    entry.write_bytes(pickle.dumps((fontcache._key(file), _Evil(str(marker)))))
    same_font(load_font("F", file, tmp_path), TTFont("F", str(file)))
    assert not marker.exists()


class _Evil:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[Any, ...]:
        return (Path(self.path).touch, ())


def test_an_unwritable_cache_folder_costs_time_not_the_font(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be")
    file = fonts_file("NotoSansThai-Regular.ttf")
    same_font(load_font("F", file, blocked), TTFont("F", str(file)))
    same_font(load_font("F", file, blocked / "deeper"), TTFont("F", str(file)))


REPORT = """
import sys
from pathlib import Path
from crm_app.reports import ReportRequest, build_report
from crm_app.services.crm import Crm
crm = Crm.open(Path(sys.argv[1]))
pdf = build_report(crm, ReportRequest("meeting", record_id=sys.argv[2]))
Path(sys.argv[3]).write_bytes(pdf)
"""


def test_reports_from_a_cold_warm_or_corrupt_cache_are_the_same_pdf(
        db_path: Path, tmp_path: Path, hermetic_home: Path) -> None:
    crm = Crm.open(db_path)
    ids = seed_sample_fair(crm, meetings=1)
    add_people(crm, ids["meetings"][0], PEOPLE)  # Devanagari to CJK Extension B: 15 faces
    crm.close()
    cache = hermetic_home / ".cache"
    assert os.environ["XDG_CACHE_HOME"] == str(cache)

    def report(name: str) -> bytes:
        out = tmp_path / f"{name}.pdf"
        subprocess.run([sys.executable, "-c", REPORT, str(db_path), ids["meetings"][0],
                        str(out)], check=True, timeout=300)
        return out.read_bytes()

    cold = report("cold")
    entries = sorted(cache.rglob("*.pickle"))
    assert len(entries) >= 10
    warm = report("warm")
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    corrupt = report("corrupt")
    assert cold == warm == corrupt  # the same bytes (an invariant document)
    text = flat(pdf_text(warm))
    assert all(flat(given) in text for given, *_ in PEOPLE)
    assert all(fontcache._read(e, fontcache._key(fonts_dir() / (e.name.rsplit("-", 1)[0]
                                                                  + ".ttf"))) for e in entries)


# -- character classes compiled on first need -----------------------------------------------

CLASSES = {
    "rtl": (text_module._RTL, "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"),
    "cjk": (text_module._CJK, "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
                              "\U00020000-\U0002ffff]"),
    "complex": (shaping.COMPLEX, "[\u0900-\u0dff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f"
                                 "\u1780-\u17ff\ua8e0-\ua8ff]"),
    "japanese": (japanese._JAPANESE, "[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf"
                                     "\u4e00-\u9fff\U00020000-\U0002ffff\u3005]"),
    "index": (search_index._CJK, r"([\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                                 r"\uac00-\ud7af\uf900-\ufaff])"),
}


@settings(max_examples=300, deadline=None)
@examples(st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
          | st.sampled_from(["", "Jane Dương", "山田 太郎", "々", "דוד (כהן)", "प्रिया",
                             "𠮷野製薬 ✓", "ᄀ", "ＡＢ", "\u3004", "\u3005"]))
def test_a_char_class_answers_as_its_regular_expression(text: str) -> None:
    for name, (lazy, pattern) in CLASSES.items():
        assert lazy.search(text) == (re.search(pattern, text) is not None), name
    index = CLASSES["index"][0]
    assert index.sub(r" \1 ", text) == re.sub(CLASSES["index"][1], r" \1 ", text)


def test_latin_text_compiles_no_char_class() -> None:
    fresh = CharClass(CLASSES["cjk"][1], "\u3040")
    for text in ("", "Jane Dương", "Łukasz Wiśniewski-Żółć", "Ζωή Παπαδοπούλου ✓ ≈ €"):
        assert not fresh.search(text)
        assert fresh.sub("x", text) == text
    assert "compiled" not in vars(fresh)
    assert fresh.search("株式会社") and "compiled" in vars(fresh)


def test_the_orm_classes_are_mapped_from_evaluated_annotations() -> None:
    """crm_app/db/*models.py hold no postponed annotations, so SQLAlchemy maps them without
    evaluating ~200 strings at the start of every command."""
    from crm_app.db import io_models, models, sync_models

    for module in (models, io_models, sync_models):
        classes = [c for c in vars(module).values()
                   if isinstance(c, type) and issubclass(c, models.Base) and c is not models.Base
                   and c.__module__ == module.__name__]
        assert classes, module.__name__
        for cls in classes:
            assert not any(isinstance(a, str) for a in vars(cls).get("__annotations__", {})
                           .values()), cls.__name__
