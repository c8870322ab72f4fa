"""Where a search query matches a shown title, for highlighting: accent- and case-blind,
by word prefix, as the search itself matches ("backst" marks "Bäckst" in "Bäckström"), and
across scripts the search transliterates ("aleks" marks "Алекс" in "Александрова")."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_WORD = re.compile(r"\w+", re.UNICODE)


def _folded_chars(text: str) -> tuple[str, list[int]]:
    """The text folded character by character, and for each folded character the index of
    the original character it came from (ß folds to two letters, é to one)."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        base = "".join(c for c in unicodedata.normalize("NFKD", char)
                       if not unicodedata.combining(c)).casefold()
        if not base.isascii() and char.isalpha() and not _is_cjk(char):
            # Cyrillic, Greek, Arabic, Hebrew…: the Latin letters the search index holds
            base = "".join(c for c in anyascii(char).casefold() if c.isalnum())  # ь -> ""
        folded.append(base)
        origin.extend([index] * len(base))
    return "".join(folded), origin


def match_spans(title: str, query: str) -> list[tuple[int, int]]:
    """(start, end) spans of `title` to highlight, merged and in order."""
    words = [w for w in (_fold(w) for w in _WORD.findall(query)) if w]
    if not words:
        return []
    folded, origin = _folded_chars(title)
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(folded):
        token = match.group()
        for word in words:
            if token.startswith(word) or (_is_cjk(word) and word in token):
                start = match.start() + (token.find(word) if _is_cjk(word) else 0)
                end = start + len(word)
                spans.append((origin[start], origin[end - 1] + 1))
                break
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _fold(text: str) -> str:
    return _folded_chars(text)[0]


def _is_cjk(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))
               for c in text)
