"""Which record a list/tree item stands for, stored as one 'kind|id' string.

Only plain strings go into item data: Python tuples stored as QVariant were freed twice at
interpreter exit under PySide6 6.12 ("none_dealloc"), so references are encoded instead.
"""

from __future__ import annotations


def encode_ref(kind: str, record_id: str) -> str:
    return f"{kind}|{record_id}"


def decode_ref(value: object) -> tuple[str, str] | None:
    if not isinstance(value, str) or "|" not in value:
        return None
    kind, record_id = value.split("|", 1)
    return kind, record_id
