"""Japanese names in Latin letters with their Japanese readings (Hepburn), not Mandarin ones.

anyascii reads kanji as Chinese (阿部 -> "Abu"); pykakasi has a Japanese dictionary
(阿部 -> "Abe"). Its dictionary loads on first use only, so importing this costs nothing.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from crm_app.domain.charclass import CharClass

_KANA = CharClass("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]", "\u3040")
_JAPANESE = CharClass("[\u3005\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff"
                       "\U00020000-\U0002ffff]", "\u3005")


def has_kana(text: str) -> bool:
    return _KANA.search(text)


def is_japanese(text: str, language: str = "") -> bool:
    """Kana always read as Japanese; kanji only when the person's language is Japanese."""
    if has_kana(text):
        return True
    return language.lower().startswith("ja") and _JAPANESE.search(text)


@functools.cache
def _converter() -> Any:
    import pykakasi  # a 30 MB dictionary: loaded only when a Japanese name is romanised

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


# Extension B variants pykakasi does not know, read as their common form (𠮷 is 吉, "yoshi")
_VARIANTS = str.maketrans({"𠮷": "吉", "𡈽": "土", "𥔎": "崎"})


def romanise(text: str) -> str:
    """'阿部 太郎' -> 'Abe Taro': Hepburn readings, each word capitalised, long vowels plain."""
    words = []
    for part in text.translate(_VARIANTS).split():
        reading = "".join(item["hepburn"] for item in _converter().convert(part))
        # passport Hepburn writes long o and u plain: Satou -> Sato, Yuuki -> Yuki (not Inoue)
        reading = re.sub(r"([ou])u(?![aeiou])", r"\1", reading)
        words.append(reading[:1].upper() + reading[1:])
    return " ".join(w for w in words if w)
