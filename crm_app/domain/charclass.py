"""Tests for characters of some scripts (CJK, kana, right-to-left, Indic) that cost nothing
until a text holds such characters.

A regular expression over big Unicode ranges takes several milliseconds to compile (the CJK
class about 6-10 ms), and modules that compiled theirs at import made every report and
command pay for them. A `CharClass` compiles on first use, and answers at once, without
compiling, for a text whose highest character sits below the lowest one the class matches,
which is the case for most names and notes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


class CharClass:
    def __init__(self, pattern: str, lowest: str) -> None:
        """`lowest`: the lowest character `pattern` can match."""
        self.pattern = pattern
        self.lowest = lowest

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def _may_match(self, text: str) -> bool:
        return bool(text) and max(text) >= self.lowest

    def search(self, text: str) -> bool:
        return self._may_match(text) and self.compiled.search(text) is not None

    def sub(self, replacement: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.compiled.sub(replacement, text) if self._may_match(text) else text
