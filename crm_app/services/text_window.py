"""The window of a list filtered by typed text, answered from the search index at 100k.

`Listing` filters text through the FTS5 index (`id IN (hits)`). For a word that few records
match, SQLite reads the hits and sorts them (see `Listing._with_few_hits`). For a broad one
("m" matches half the contacts) building that list of hits costs 100-250 ms, while the rows
to show are found after a few hundred rows of the sort index. So, once the count is known:

- many hits (at least `DENSE` of the live records): the sort index is walked and each row
  asked of the index by its document id (`search_fts.rowid = doc_id`, a seek in one
  prefix-index doclist); it stops at the window's last row, a few hundred probes, or
  after `PROBED` rows when the hits cluster further down in this order;
- a middling number, or a window further down: the hit ids are read once into a set
  (kept for the next windows of the same filter and count) and the sort index is walked
  in Python, which costs about a microsecond a row; past the middle from the other end.

The order is the list's own (`Listing._select` without the text), so sorting, the empties
last in both directions and the tie-break by id are the same as without a filter.
No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Generator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import column, exists, literal_column, select, table

from crm_app.services.search import KINDS as FTS_KINDS
from crm_app.services.search import fts_query

if TYPE_CHECKING:
    from crm_app.services.listing import Listing, ListQuery

FEW_HITS = 2000  # up to this many, `Listing._with_few_hits` reads and sorts them
DENSE = 0.25  # hits per live record from which probing beats reading the hit set
PROBED = 800  # rows of the sort index probed at most before reading the hit set
_DOC = table("search_doc", column("doc_id"), column("record_id"), column("kind"))
_FTS = table("search_fts", column("rowid"))


class TextWindows:
    """Per `Listing`: the live count per kind and the last filter's hit set (thread-safe:
    the list's reader thread and the UI thread share one listing)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._live: dict[str, int] = {}
        self._hits: tuple[tuple[str, str, int], frozenset[str]] | None = None

    def saw_count(self, query: ListQuery, total: int) -> None:
        """`Listing.count` of a query with no filter: the live records of its kind."""
        if not query.deleted and not any(_given(v) for v in query.filters.values()):
            with self._lock:
                self._live[query.entity] = total

    def ids(self, listing: Listing, query: ListQuery, offset: int, limit: int,
            total: int) -> list[str] | None:
        """The ids at `offset` (up to `limit`), or None when another path is better: a
        filter besides the text, the Trash, few hits, or text the index cannot match."""
        match = _text_only(query)
        if match is None or total <= FEW_HITS:
            return None
        rest = replace(query, filters={})
        if offset == 0 and total >= DENSE * self._live_count(listing, query.entity):
            found = self._probed(listing, rest, match, limit)
            if found is not None:
                return found
        hits = self._hit_set(listing, query.entity, match, total)
        split = listing._split(rest)
        if offset > total // 2 and not split:
            sort, descending = listing._sort(rest)
            reverse = replace(rest, sort=sort, descending=not descending)
            skip = max(total - offset - limit, 0)
            return _walk(listing, reverse, hits, skip, min(limit, total - offset))[::-1]
        return _walk(listing, rest, hits, offset, limit)

    def _live_count(self, listing: Listing, entity: str) -> int:
        with self._lock:
            known = self._live.get(entity)
        if known is None:
            from crm_app.services.listing import ListQuery

            known = listing.count(ListQuery(entity))  # seeds `_live` through saw_count
        return known

    def _hit_set(self, listing: Listing, entity: str, match: str,
                 total: int) -> frozenset[str]:
        key = (entity, match, total)
        with self._lock:
            if self._hits is not None and self._hits[0] == key:
                return self._hits[1]
        statement = (select(_DOC.c.record_id)
                     .join_from(_FTS, _DOC, _DOC.c.doc_id == _FTS.c.rowid)
                     .where(literal_column("search_fts").op("MATCH")(match),
                            _DOC.c.kind == entity))
        with listing.db.session() as session:
            hits = frozenset(str(i) for i in session.scalars(statement))
        with self._lock:
            self._hits = (key, hits)
        return hits

    def _probed(self, listing: Listing, rest: ListQuery, match: str,
                limit: int) -> list[str] | None:
        """The first `limit` matching ids in list order, each row of the sort index probed
        in the search index; None when `PROBED` rows held fewer (hits cluster elsewhere in
        this order) and the hit set should be read instead."""
        from crm_app.services.listing import _MODELS

        model = _MODELS[rest.entity]
        doc = (select(_DOC.c.doc_id).where(_DOC.c.record_id == model.id)
               .correlate(model).scalar_subquery())
        probe = exists(select(literal_column("1")).select_from(_FTS).where(
            literal_column("search_fts").op("MATCH")(match), _FTS.c.rowid == doc)
            ).correlate(model)
        parts = ("values", "nulls") if listing._split(rest) else ("",)
        found: list[str] = []
        budget = PROBED
        with listing.db.session() as session:
            for part in parts:
                statement = (listing._select(rest, counting=False, part=part)
                             .with_only_columns(model.id, probe).limit(budget))
                result = session.execute(statement.execution_options(yield_per=200))
                read = 0
                try:
                    for record_id, hit in result:  # evaluated row by row: stops early
                        read += 1
                        if hit:
                            found.append(str(record_id))
                            if len(found) >= limit:
                                return found
                finally:
                    result.close()
                budget -= read
                if budget <= 0:
                    return None
        return found


def _walk(listing: Listing, query: ListQuery, hits: frozenset[str], skip: int,
          limit: int) -> list[str]:
    """The ids in `hits` from the `skip`-th on, in `query`'s order, reading ids only."""
    found: list[str] = []
    seen = 0
    ordered = _ordered_ids(listing, query)
    try:
        for record_id in ordered:
            if record_id not in hits:
                continue
            if seen >= skip:
                found.append(record_id)
                if len(found) >= limit:
                    break
            seen += 1
    finally:
        ordered.close()  # ends the read (and its transaction) where the window ends
    return found


def _ordered_ids(listing: Listing, query: ListQuery) -> Generator[str, None, None]:
    from crm_app.services.listing import _MODELS

    model = _MODELS[query.entity]
    parts = ("values", "nulls") if listing._split(query) else ("",)
    with listing.db.session() as session:
        for part in parts:
            statement = listing._select(query, counting=False, part=part).with_only_columns(
                model.id)
            result = session.execute(statement.execution_options(yield_per=2000))
            try:
                for (record_id,) in result:
                    yield str(record_id)
            finally:
                result.close()


def _given(value: Any) -> bool:
    return value not in (None, "", [], False)


def _text_only(query: ListQuery) -> str | None:
    """The FTS5 match of a query whose only filter is its text, on an indexed kind."""
    if query.deleted or query.entity not in FTS_KINDS:
        return None
    given = {k for k, v in query.filters.items() if _given(v)}
    if given != {"text"}:
        return None
    return fts_query(str(query.filters["text"]))
