"""Ranked, as-you-type search across contacts, organisations, events and meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from crm_app.db.database import Database
from crm_app.db.search_index import cjk_spaced, has_cjk
from crm_app.domain.normalise import transliterate

_TOKEN = re.compile(r"\w+", re.UNICODE)
KINDS = ("contact", "organisation", "event", "meeting")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    title: str
    detail: str
    rank: float


def fts_query(user_text: str) -> str | None:
    """Each word becomes a quoted prefix term, all required: 'mül tok' -> '"mül"* "tok"*'.

    Quoting keeps FTS5 syntax characters typed by a user from being read as operators.
    A word in a non-Latin script also matches its transliteration ("иванов" or "ivanov").
    """
    terms = []
    for word in _TOKEN.findall(user_text):
        if has_cjk(word):
            terms.append(f'"{cjk_spaced(word)}"*')
            continue
        latin = transliterate(word).replace('"', "")
        if latin and latin.casefold() != word.casefold() and latin.isascii():
            terms.append(f'("{word}"* OR "{latin}"*)')
        else:
            terms.append(f'"{word}"*')
    return " AND ".join(terms) if terms else None


# One Latin letter matches half the database; ranking all of it costs tens of milliseconds and
# tells nothing. Such a query matches names with a word starting with the letter, unranked.
FIRST_LETTER_SQL = (
    "SELECT d.kind, d.record_id, search_fts.title, '', 0.0 "
    "FROM search_fts JOIN search_doc d ON d.doc_id = search_fts.rowid "
    "WHERE search_fts MATCH :q {kind_filter} LIMIT :limit"
)

SQL = (
    "SELECT d.kind, d.record_id, search_fts.title, "
    "snippet(search_fts, 1, '', '', '…', 8), bm25(search_fts, 10.0, 1.0) AS rank "
    "FROM search_fts JOIN search_doc d ON d.doc_id = search_fts.rowid "
    "WHERE search_fts MATCH :q {kind_filter} ORDER BY rank LIMIT :limit"
)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, user_text: str, *, kinds: tuple[str, ...] = KINDS,
               limit: int = 50) -> list[SearchHit]:
        words = _TOKEN.findall(user_text)
        first_letter = len(words) == 1 and len(words[0]) == 1 and not has_cjk(words[0])
        query = f'title : "{words[0]}"*' if first_letter else fts_query(user_text)
        if query is None:
            return []
        sql = FIRST_LETTER_SQL if first_letter else SQL
        kind_filter = ""
        params: dict[str, object] = {"q": query, "limit": limit}
        if set(kinds) != set(KINDS):
            names = [f":k{i}" for i in range(len(kinds))]
            kind_filter = f"AND d.kind IN ({', '.join(names)})"
            params.update({f"k{i}": k for i, k in enumerate(kinds)})
        with self.db.engine.connect() as connection:
            rows = connection.execute(text(sql.format(kind_filter=kind_filter)), params)
            return [SearchHit(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]
