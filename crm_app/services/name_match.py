"""How alike two name keys are (crm_app.services.duplicates.name_key: Latin, folded, words
sorted), and the word signatures that find a name whose typo moved a word in that order.

"Bianchi Maria Chiara" typed "Nianchi Maria Chiara" sorts as "chiara maria nianchi", the
original as "bianchi chiara maria": the ratio of the keys is 60 and their first letters differ.
Word by word they are one typo apart, so names of as many words are also compared in their
best alignment; a name that merely adds words to another ("Maria Rossi", "Maria Chiara Rossi")
gains nothing. Such a pair shares a signature: the name without its mistyped word ("chiara
maria"), with the word left out beside it to compare.
"""

from __future__ import annotations

from itertools import permutations

from rapidfuzz import fuzz

MAX_ALIGNED_WORDS = 4  # 24 orders at most; longer names are compared as sorted
# One mistyped word against the original: "bianchi"/"nianchi" 86, "hanako"/"ganako" 83,
# "suzuki"/"szuuki" 83; below this the pair is not looked at.
TYPO_CUTOFF = 80


def name_similarity(a: str, b: str) -> int:
    """0-100 for two name keys: the ratio of the word-sorted keys, or of the words in their
    best alignment when both have as many words."""
    if not a or not b:
        return 0
    best = fuzz.ratio(a, b)
    words_a, words_b = a.split(), b.split()
    if best < 100 and 1 < len(words_a) == len(words_b) <= MAX_ALIGNED_WORDS:
        for order in permutations(words_b):
            best = max(best, fuzz.ratio(a, " ".join(order)))
    return int(best)


def signatures(name: str) -> list[tuple[str, str]]:
    """(the other words, the word left out) for each word of a key of 2-4 words."""
    words = name.split()
    if not 1 < len(words) <= MAX_ALIGNED_WORDS:
        return []
    found = {(" ".join(words[:i] + words[i + 1:]), word) for i, word in enumerate(words)}
    return sorted(found)
