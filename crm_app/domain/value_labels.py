"""The type of an email or phone ("work", "home", "mobile", "fax", "other", or a label of the
file's own such as Apple's "Assistant"), kept beside the plain lists Contact.emails and
Contact.phones as [value, label] pairs (Contact.value_labels).

What files write is folded into those few kinds: vCard TYPE= parameters (WORK, HOME, CELL,
FAX, 2.1's bare ";CELL"), Apple group labels (_$!<Mobile>!$_) and CSV column names in the
offices' languages ("Mobile Number", "Telefon geschäftlich", "Fax (uff.)"). A label that is
none of them is kept as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from crm_app.domain.normalise import fold

KINDS = ("work", "home", "mobile", "fax", "work fax", "home fax", "pager", "main", "car",
         "other")
# Words (folded) that name a kind, in what exports write: vCard types and column names.
_WORDS: dict[str, str] = {
    **dict.fromkeys(("work", "business", "office", "job", "geschaftlich", "dienstlich",
                     "buro", "uff", "ufficio", "lavoro", "bureau", "professionnel",
                     "trabajo", "oficina", "company", "firma"), "work"),
    **dict.fromkeys(("home", "private", "personal", "privat", "ab", "abitazione", "casa",
                     "domicile", "particular", "residencia", "personnel"), "home"),
    **dict.fromkeys(("cell", "mobile", "mobil", "handy", "cellulare", "portable", "movil",
                     "iphone", "cellular", "mobiltelefon", "celular", "mobile number",
                     "mobil-tel.-nr."), "mobile"),
    **dict.fromkeys(("fax", "telecopie", "faxnummer", "telefax"), "fax"),
    **dict.fromkeys(("pager", "beeper", "piepser"), "pager"),
    **dict.fromkeys(("main", "principale", "haupttelefon", "primary phone"), "main"),
    **dict.fromkeys(("car", "autotelefon", "auto"), "car"),
    **dict.fromkeys(("other", "weitere", "weiteres", "weiterer", "altro", "autre", "otro",
                     "sonstige"), "other"),
}
# vCard TYPE values that say nothing about the kind
_NEUTRAL = {"internet", "pref", "voice", "x400", "text", "msg", "video", "uri", "tel"}


def kind_of_words(words: Iterable[str]) -> str:
    """The kind several words name together ("work" + "fax" -> "work fax"); "" if none."""
    found: list[str] = []
    for word in words:
        kind = _WORDS.get(fold(word).strip(" .:()"))
        if kind and kind not in found:
            found.append(kind)
    if "fax" in found:
        place = next((k for k in found if k in {"work", "home"}), "")
        return f"{place} fax".strip()
    for kind in ("mobile", "pager", "car", "main", "work", "home", "other"):
        if kind in found:
            return kind
    return ""


def from_vcard(types: Sequence[str], custom: str = "") -> str:
    """The label of a vCard EMAIL/TEL from its TYPE values and its group's X-ABLabel."""
    if custom.strip():
        kind = kind_of_words([custom]) or kind_of_words(custom.replace("-", " ").split())
        return kind or custom.strip()[:60]
    meaningful = [t for t in types if t.lower() not in _NEUTRAL]
    # A type this app has no word for (TYPE=school, a writer's own) is kept as written.
    return kind_of_words(meaningful) or (
        meaningful[0].lower().removeprefix("x-").strip()[:60] if meaningful else "")


@lru_cache(maxsize=1024)  # once per column of a file, not once per cell
def from_column(header: str) -> str:
    """The label a CSV column gives its values ("Mobile Number" -> "mobile", "E-mail 2
    Address" -> "", "Telefon geschäftlich" -> "work", "Fax (uff.)" -> "work fax")."""
    text = fold(header).replace("-", " ").replace("/", " ").replace("(", " ").replace(")", " ")
    words = [w.strip(" .:") for w in text.split()]
    kind = kind_of_words(words) or kind_of_words([" ".join(words[:2])])
    if kind == "fax" and any(w in {"weiteres", "other", "altro", "autre"} for w in words):
        return "fax"
    return kind


TO_VCARD: dict[str, str] = {
    "work": "work", "home": "home", "mobile": "cell", "fax": "fax", "work fax": "work,fax",
    "home fax": "home,fax", "pager": "pager", "main": "work,pref", "car": "car",
    "other": "other",
}


def as_dict(pairs: Any) -> dict[str, str]:
    """Contact.value_labels as value -> label (later pairs win; an erased row holds [])."""
    result: dict[str, str] = {}
    for pair in pairs or []:
        if isinstance(pair, list | tuple) and len(pair) == 2 and pair[1]:
            result[str(pair[0])] = str(pair[1])
    return result


def as_pairs(labels: Mapping[str, str], values: Iterable[str]) -> list[list[str]]:
    """The pairs of `values` that have a label, in the values' order (what is stored)."""
    return [[v, labels[v]] for v in dict.fromkeys(values) if labels.get(v)]


def united(old: Any, new: Mapping[str, str], values: Iterable[str],
           overwrite: bool) -> list[list[str]]:
    """Stored pairs after an import or merge: `new` fills values with no label yet (or
    replaces theirs with `overwrite`); only values still in `values` keep a pair."""
    labels = as_dict(old)
    for value, label in new.items():
        if label and (overwrite or not labels.get(value)):
            labels[value] = label
    return as_pairs(labels, values)
