"""Hyphenation for ReportLab paragraphs, with pyphen's dictionary read only when needed.

ReportLab turns a `hyphenationLang` string into `pyphen.Pyphen(lang).iterate` for every
paragraph it wraps, and the first one parses the whole dictionary (British English: about
130 ms). Most reports never need a word broken (1 demo meeting report in 100 does), so the
styles hold a `Hyphenator` instead: ReportLab accepts any callable there and calls it only
when a line actually needs a word broken, and only then is the dictionary read. The breaks
found are pyphen's own, so a PDF is the same either way.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable


class Hyphenator:
    """`hyphenationLang` for ReportLab: word -> (head, tail) pairs, longest head first."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, word: str) -> Iterable[tuple[str, str]]:
        return _iterate(self.lang)(word)

    def __repr__(self) -> str:
        return f"Hyphenator({self.lang!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Hyphenator) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(self.lang)


@functools.cache
def _iterate(lang: str) -> Callable[[str], Iterable[tuple[str, str]]]:
    import pyphen  # read with the first word to break

    return pyphen.Pyphen(lang=lang).iterate  # type: ignore[no-any-return]


@functools.cache
def hyphenator(lang: str) -> Hyphenator:
    return Hyphenator(lang)
