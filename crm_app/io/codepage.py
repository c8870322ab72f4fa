"""Which 8-bit code page some bytes are in, when nothing says so: vCard 2.1
QUOTED-PRINTABLE text without CHARSET ("Iksi=F1ski"), decided once for the whole file.

Each candidate code page decodes every sample; the one whose accented letters all belong to
one language's alphabet, with no symbol inside a word ("Wi¶niewski") and no letter where
that language never writes it (Spanish "ñ" before a consonant, Polish "ń" before a vowel),
wins. UTF-8 that decodes is always taken; a tie keeps Windows-1252 (what these files were
most often written in). The choice is given with a word that shows it, for the preview.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# (code page, the name the preview gives it)
CANDIDATES = (("cp1252", "Western European (Windows-1252)"),
              ("cp1250", "Central European (Windows-1250)"),
              ("iso-8859-2", "Central European (ISO-8859-2)"),
              ("cp1251", "Cyrillic (Windows-1251)"),
              ("cp1253", "Greek (Windows-1253)"),
              ("cp1257", "Baltic (Windows-1257)"),
              ("cp1254", "Turkish (Windows-1254)"))
# Accented letters of the languages these code pages serve (lower case).
ALPHABETS = {
    "de": "äöüß", "fr": "àâæçéèêëîïôœùûüÿ", "es": "áéíñóúü", "it": "àèéìíîòóù",
    "pt": "ãâáàçéêíõôóú", "nl": "ëïéèáóú", "da": "æøåé", "sv": "åäöé", "fi": "åäö",
    "is": "áðéíóúýþæö", "ca": "àçèéíïòóúü",
    "pl": "ąćęłńóśźż", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű", "hr": "čćđšž", "sl": "čšž", "ro": "ăâîșțşţ",
    "tr": "çğıöşüâî", "lt": "ąčęėįšųūž", "lv": "āčēģīķļņšūž", "et": "äõöüšž",
}
# Letters a language writes only before (True) or never before (False) a vowel.
_VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöüąęóy")
BEFORE_VOWEL = {"ñ": True, "ń": False}


@dataclass(frozen=True)
class Choice:
    encoding: str
    name: str
    example: str  # a word of the file as this code page reads it ("Iksiński")


def _decodes(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s;,.:/()\"'<>@=+0-9_-]+", text) if w]


def _fit(letters: set[str]) -> int:
    """Accented letters no single language alphabet covers (Cyrillic and Greek count as one
    alphabet each)."""
    if not letters:
        return 0
    scripts = {"cyrillic": {c for c in letters if "\u0400" <= c <= "\u04ff"},
               "greek": {c for c in letters if "\u0370" <= c <= "\u03ff"}}
    latin = letters - scripts["cyrillic"] - scripts["greek"]
    others = len(letters) - len(latin)
    if latin and others:
        return len(letters)  # Latin letters mixed with another script: not a language
    if others:
        return 0
    return min(len(latin - set(alphabet)) for alphabet in ALPHABETS.values())


_OTHER_VOWELS = set("аеёиоуыэюяіїєўαεηιουωάέήίόύώϊϋΐΰ")


def _other_script(char: str) -> bool:
    return "\u0370" <= char <= "\u04ff"  # Greek or Cyrillic


def _word_penalty(lower: str) -> int:
    """A word mixing Latin letters with Greek or Cyrillic ones ("Gцkзe"), or a Greek or
    Cyrillic word of consonants only ("Рбрбдпрп": Greek read as Cyrillic)."""
    other = [c for c in lower if _other_script(c) and c.isalpha()]
    if not other:
        return 0
    if any(c.isascii() and c.isalpha() for c in lower):
        return 5
    vowels = sum(1 for c in other if c in _OTHER_VOWELS)
    return 3 if len(other) >= 4 and vowels / len(other) < 0.25 else 0


def score(text: str) -> int:
    """Lower is more plausible: letters outside one alphabet, symbols inside words, letters
    where their language never writes them."""
    bad = 0
    accented: set[str] = set()
    for word in _words(text):
        lower = word.lower()
        bad += _word_penalty(lower)
        for n, char in enumerate(lower):
            if char.isascii():
                continue
            if not char.isalpha():
                bad += 3  # "¶", "±", "³" inside a name
                continue
            accented.add(char)
            rule = BEFORE_VOWEL.get(char)
            if rule is not None:
                follows = lower[n + 1] if n + 1 < len(lower) else ""
                if (follows in _VOWELS) != rule and (follows or rule):
                    bad += 1
    return bad + 2 * _fit(accented)


def guess(samples: Iterable[bytes]) -> Choice | None:
    """The code page of `samples` (None when they are ASCII or valid UTF-8)."""
    data = b"\n".join(s for s in samples if not s.isascii())
    if not data or _decodes(data, "utf-8") is not None:
        return None
    ranked: list[tuple[int, int, str, str, str]] = []
    for order, (encoding, name) in enumerate(CANDIDATES):
        text = _decodes(data, encoding)
        if text is not None:
            ranked.append((score(text), order, encoding, name, text))
    if not ranked:
        return None
    _score, _order, encoding, name, text = min(ranked)
    example = next((w for w in _words(text) if not w.isascii()), "")
    return Choice(encoding, name, example)
