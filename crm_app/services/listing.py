"""Paged, sorted, filtered lists of records for table views (100,000 rows open at once).

A `ListQuery` says what to show; `Listing.page(query, offset, limit)` returns one page of
plain dicts with the display columns already joined (organisation, owner, event names), and
`Listing.count(query)` the total. Sorting is by a whitelisted column with the record id as a
tie-breaker so pages never overlap. No Qt here: the UI calls this, never SQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    Select,
    String,
    and_,
    cast,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from crm_app.db.database import Database
from crm_app.db.models import (
    Contact,
    ContactTag,
    Event,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Organisation,
    OrganisationTag,
    StaffMember,
    Tag,
)
from crm_app.domain.normalise import fold, sort_key
from crm_app.services.privacy import consent
from crm_app.services.search import KINDS as FTS_KINDS
from crm_app.services.search import fts_query
from crm_app.services.text_window import FEW_HITS, TextWindows

LIST_ENTITIES = ("contact", "organisation", "event", "meeting", "followup")
OPEN_STATUSES = ("open", "in_progress")
FILTER_KEYS = frozenset({
    "text", "country", "sector", "tag", "owner_id", "status", "event_id", "date_from",
    "date_to", "organisation_id", "contact_id", "open_only", "overdue_on", "starts_from",
    "starts_before", "ids", "consent_due", "all_day_ids",
})


@dataclass(frozen=True)
class ListQuery:
    entity: str
    sort: str = ""  # a key of `Listing.sortable(entity)`; "" = the natural order
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)
    deleted: bool = False


_Owner = aliased(StaffMember)
_Org = aliased(Organisation)
_Contact = aliased(Contact)


def _columns(entity: str) -> dict[str, Any]:
    """Display columns of each list (name -> SQL expression)."""
    if entity == "contact":
        return {
            "id": Contact.id, "given_name": Contact.given_name, "family_name": Contact.family_name,
            "given_name_latin": Contact.given_name_latin,
            "family_name_latin": Contact.family_name_latin, "job_title": Contact.job_title,
            "organisation_id": Contact.organisation_id, "organisation": _Org.name,
            "country": Contact.country, "emails": Contact.emails, "phones": Contact.phones,
            "owner_id": Contact.owner_id, "owner": _Owner.name,
            "consent_basis": Contact.consent_basis, "consent_date": Contact.consent_date,
            "consent_expires": Contact.consent_expires,
            "updated_at": Contact.updated_at, "deleted_at": Contact.deleted_at,
        }
    if entity == "organisation":
        contacts = (select(func.count()).where(Contact.organisation_id == Organisation.id,
                                               Contact.deleted_at.is_(None))
                    .correlate(Organisation).scalar_subquery())
        return {
            "id": Organisation.id, "name": Organisation.name,
            "name_latin": Organisation.name_latin, "kind": Organisation.kind,
            "side": Organisation.side, "country": Organisation.country,
            "city": Organisation.city, "sectors": Organisation.sectors, "contacts": contacts,
            "updated_at": Organisation.updated_at, "deleted_at": Organisation.deleted_at,
        }
    if entity == "event":
        meetings = (select(func.count()).where(Meeting.event_id == Event.id,
                                               Meeting.deleted_at.is_(None))
                    .correlate(Event).scalar_subquery())
        return {
            "id": Event.id, "name": Event.name, "kind": Event.kind, "city": Event.city,
            "country": Event.country, "start_date": Event.start_date,
            "end_date": Event.end_date, "timezone": Event.timezone, "meetings": meetings,
            "updated_at": Event.updated_at, "deleted_at": Event.deleted_at,
        }
    if entity == "meeting":
        return {
            "id": Meeting.id, "starts_at": Meeting.starts_at, "timezone": Meeting.timezone,
            "all_day": Meeting.all_day,
            "duration_minutes": Meeting.duration_minutes, "subject": Meeting.subject,
            "event_id": Meeting.event_id, "event": Event.name, "place": Meeting.place,
            "status": Meeting.status, "interest": Meeting.interest,
            "updated_at": Meeting.updated_at, "deleted_at": Meeting.deleted_at,
        }
    if entity == "followup":
        contact_name = func.trim(_Contact.given_name + " " + _Contact.family_name)
        return {
            "id": FollowUp.id, "title": FollowUp.title, "due_date": FollowUp.due_date,
            "priority": FollowUp.priority, "status": FollowUp.status,
            "owner_id": FollowUp.owner_id, "owner": _Owner.name,
            "contact_id": FollowUp.contact_id, "contact": contact_name,
            "organisation_id": FollowUp.organisation_id, "organisation": _Org.name,
            "meeting_id": FollowUp.meeting_id,
            "updated_at": FollowUp.updated_at, "deleted_at": FollowUp.deleted_at,
        }
    raise ValueError(f"no list of {entity!r}")


_SORTS: dict[str, dict[str, Any]] = {
    "contact": {"name": Contact.sort_key, "organisation": _Org.sort_key,
                "job_title": Contact.job_title, "country": Contact.country,
                "owner": _Owner.sort_key, "updated_at": Contact.updated_at},
    "organisation": {"name": Organisation.sort_key, "kind": Organisation.kind,
                     "side": Organisation.side, "country": Organisation.country,
                     "city": Organisation.city, "updated_at": Organisation.updated_at},
    "event": {"name": Event.name, "kind": Event.kind, "city": Event.city,
              "country": Event.country, "start_date": Event.start_date},
    "meeting": {"starts_at": Meeting.starts_at, "subject": Meeting.subject,
                "event": Event.name, "place": Meeting.place, "status": Meeting.status,
                "interest": Meeting.interest},
    "followup": {"due_date": FollowUp.due_date, "title": FollowUp.title,
                 "priority": FollowUp.priority, "status": FollowUp.status,
                 "owner": _Owner.sort_key},
}
# Sort keys that may be NULL (sorted last); the others can use an index seek for paging.
_NULLABLE_SORTS = {("contact", "organisation"), ("contact", "job_title"), ("contact", "country"),
                   ("contact", "owner"), ("organisation", "country"), ("event", "country"),
                   ("event", "start_date"), ("meeting", "event"), ("meeting", "interest"),
                   ("followup", "due_date"), ("followup", "owner")}
# Sorts served by a live index (deleted_at, key, id): "deleted_at IS NULL" must stay plain
# so SQLite walks that index in order instead of sorting every row.
_LIVE_INDEXED = {("contact", "name"), ("contact", "country"), ("contact", "job_title"),
                 ("contact", "updated_at"), ("organisation", "name"),
                 ("organisation", "country"), ("followup", "due_date")}
# Sorts by another table's sort key: rows are read from that table through its unique
# (sort_key, id) index and joined to the records through an (fk, id) index, so pages need
# no sort step; ties keep that table's rows together (by its id), then the records' ids.
_JOINED_SORTS: dict[tuple[str, str], tuple[Any, Any]] = {
    ("contact", "organisation"): (_Org, Contact.organisation_id),
    ("contact", "owner"): (_Owner, Contact.owner_id),
    ("followup", "owner"): (_Owner, FollowUp.owner_id),
}
_DEFAULT_SORT = {"contact": ("name", False), "organisation": ("name", False),
                 "event": ("start_date", True), "meeting": ("starts_at", True),
                 "followup": ("due_date", False)}
_DOC = table("search_doc", column("doc_id"), column("record_id"), column("kind"))
_FTS = table("search_fts", column("rowid"))
# Text sort keys a typed prefix can jump to.
_PREFIX_SORTS = frozenset({"name", "organisation", "job_title", "owner", "title", "subject",
                           "city", "place"})
_MODELS: dict[str, Any] = {"contact": Contact, "organisation": Organisation, "event": Event,
                           "meeting": Meeting, "followup": FollowUp}


class Listing:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.text_windows = TextWindows()  # broad text filters at 100k

    @staticmethod
    def sortable(entity: str) -> tuple[str, ...]:
        return tuple(_SORTS[entity])

    @staticmethod
    def default_sort(entity: str) -> tuple[str, bool]:
        """(sort key, descending) used when a query names no sort."""
        return _DEFAULT_SORT[entity]

    def count(self, query: ListQuery) -> int:
        match = fts_query(str(query.filters.get("text") or ""))
        only_text = {k for k, v in query.filters.items() if v not in (None, "", [], False)}
        if (only_text == {"text"} and match is not None and not query.deleted
                and query.entity in FTS_KINDS):
            # The index holds live records only: its count is the list's, without a join.
            hits = (select(func.count()).select_from(_FTS)
                    .join(_DOC, _DOC.c.doc_id == _FTS.c.rowid)
                    .where(literal_column("search_fts").op("MATCH")(match),
                           _DOC.c.kind == query.entity))
            with self.db.session() as session:
                return int(session.scalar(hits) or 0)
        statement = self._select(query, counting=True)
        with self.db.session() as session:
            total = int(session.scalar(statement) or 0)
        self.text_windows.saw_count(query, total)
        return total

    def page(self, query: ListQuery, limit: int, *, after: Mapping[str, Any] | None = None,
             offset: int = 0) -> list[dict[str, Any]]:
        """Up to `limit` rows. `after` is the last row of the previous page (keyset paging:
        a seek, so page 500 costs what page 1 costs); `offset` is for random access.

        A sort whose key may be empty reads the rows with a value, then the empty ones (by
        id): each part is one index walk, where "empty last" in one ORDER BY sorts them all.
        """
        if not self._split(query):
            statement = self._select(query, counting=False)
            if after is not None:
                statement = statement.where(self._after(query, after))
            return self._rows(statement.offset(offset).limit(limit))
        if after is not None and after["_sort"] is None:  # already among the empty ones
            nulls = self._select(query, counting=False, part="nulls")
            return self._rows(nulls.where(self._after(query, after)).offset(offset).limit(limit))
        values = self._select(query, counting=False, part="values")
        if after is not None:
            values = values.where(self._after(query, after))
        rows = self._rows(values.offset(offset).limit(limit))
        if len(rows) == limit:
            return rows
        skipped = offset
        if offset and not rows:  # the offset went past every row with a value
            counted = select(func.count()).select_from(
                values.with_only_columns(literal_column("1")).subquery())
            with self.db.session() as session:
                skipped = offset - int(session.scalar(counted) or 0)
        elif rows:
            skipped = 0
        nulls = self._select(query, counting=False, part="nulls")
        return rows + self._rows(nulls.offset(skipped).limit(limit - len(rows)))

    def window(self, query: ListQuery, offset: int, limit: int, *,
               total: int | None = None) -> list[dict[str, Any]]:
        """`limit` rows from position `offset` (a table model's visible window).

        The ids are read first through the sort's covering index (skipping rows there costs
        little), then their display columns by id. Positions past the middle are read from
        the other end, so the last rows of a 100,000-row list cost what the first ones do."""
        if offset < 0 or limit <= 0:
            return []
        total = self.count(query) if total is None else total
        if offset >= total:
            return []
        limit = min(limit, total - offset)
        found = self.text_windows.ids(self, query, offset, limit, total)
        if found is not None:  # a broad text filter, from the search index
            return self.rows(query, found)
        query = self._with_few_hits(query, total)
        if offset > total // 2 and not self._split(query):
            sort, descending = self._sort(query)
            reverse = replace(query, sort=sort, descending=not descending)
            ids = self._ids_at(reverse, total - offset - limit, limit)[::-1]
        else:
            ids = self._ids_at(query, offset, limit)
        return self.rows(query, ids)

    def _with_few_hits(self, query: ListQuery, total: int) -> ListQuery:
        """A text filter matching few records becomes their ids: SQLite then reads those by
        key and sorts them, instead of walking the whole sort index testing each row."""
        match = fts_query(str(query.filters.get("text") or ""))
        if match is None or total > FEW_HITS or query.entity not in FTS_KINDS:
            return query
        hits = (select(_DOC.c.record_id).join_from(_FTS, _DOC, _DOC.c.doc_id == _FTS.c.rowid)
                .where(literal_column("search_fts").op("MATCH")(match),
                       _DOC.c.kind == query.entity))
        with self.db.session() as session:
            ids = [str(i) for i in session.scalars(hits.limit(FEW_HITS + 1))]
        if len(ids) > FEW_HITS:
            return query
        filters = {k: v for k, v in query.filters.items() if k != "text"}
        return replace(query, filters={**filters, "ids": ids})

    def _sorted_ids(self, query: ListQuery) -> list[str]:
        """A few known records in list order, sorted here: SQLite would walk the whole sort
        index to keep its order rather than read the few rows by key and sort them."""
        entity = query.entity
        model = _MODELS[entity]
        sort, descending = self._sort(query)
        key = _SORTS[entity][sort]
        joined = _JOINED_SORTS.get((entity, sort))
        group = joined[0].id if joined is not None else model.id
        statement = self._select(query, counting=False).with_only_columns(
            model.id, key, group).order_by(None)
        with self.db.session() as session:
            found = [(str(i), v, str(g)) for i, v, g in session.execute(statement)]
        values = sorted((f for f in found if f[1] is not None),
                        key=lambda f: (f[1], f[2], f[0]), reverse=descending)
        empty = sorted((f for f in found if f[1] is None), key=lambda f: f[0],
                       reverse=descending)
        return [f[0] for f in values + empty]

    def rows(self, query: ListQuery, ids: list[str]) -> list[dict[str, Any]]:
        """The display rows of `ids`, in that order (ones gone meanwhile left out)."""
        if not ids:
            return []
        entity = query.entity
        model = _MODELS[entity]
        key = _SORTS[entity][self._sort(query)[0]]
        statement: Select[Any] = select(
            *(e.label(n) for n, e in _columns(entity).items()), key.label("_sort")
        ).select_from(model)
        statement = self._joins(entity, statement, False, replace(query, filters={}))
        found = {str(r["id"]): r for r in self._rows(statement.where(model.id.in_(ids)))}
        return [found[i] for i in ids if i in found]

    def _ids_at(self, query: ListQuery, offset: int, limit: int) -> list[str]:
        model = _MODELS[query.entity]

        def ids(part: str, skip: int, count: int) -> list[str]:
            statement = self._select(query, counting=False, part=part).with_only_columns(
                model.id).offset(skip).limit(count)
            with self.db.session() as session:
                return [str(i) for i in session.scalars(statement)]

        if "ids" in query.filters:
            return self._sorted_ids(query)[offset:offset + limit]
        if not self._split(query):
            return ids("", offset, limit)
        values = self._select(query, counting=False, part="values")
        found = ids("values", offset, limit)
        if len(found) == limit:
            return found
        skipped = 0 if found else offset - self._count_of(values)
        return found + ids("nulls", max(skipped, 0), limit - len(found))

    def position(self, query: ListQuery, record_id: str) -> int:
        """The row number of `record_id` in the list, or -1 when the query does not show it."""
        model = _MODELS[query.entity]
        parts = ("values", "nulls") if self._split(query) else ("",)
        rows: list[dict[str, Any]] = []
        for part in parts:
            rows = rows or self._rows(self._select(query, counting=False, part=part)
                                      .where(model.id == record_id).limit(1))
        if not rows:
            return -1
        row = rows[0]
        if not self._split(query):
            # Rows before it are rows after it in the reversed order: one index-range count
            # (two counts, all rows and those after, cost 1.3 s at 100k).
            sort, descending = self._sort(query)
            reverse = replace(query, sort=sort, descending=not descending)
            # Counted without the display joins (the sort key is the record's own column).
            earlier = self._select(query, counting=True).where(self._after(reverse, row))
            with self.db.session() as session:
                return int(session.scalar(earlier) or 0)
        nulls = self._select(query, counting=False, part="nulls")
        if row["_sort"] is None:
            return self.count(query) - self._count_of(nulls.where(self._after(query, row))) - 1
        values = self._select(query, counting=False, part="values")
        before = self._count_of(values) - self._count_of(values.where(self._after(query, row)))
        return before - 1

    def prefix_position(self, query: ListQuery, prefix: str) -> int:
        """The first row whose sort value starts at or after `prefix` (type-ahead, A-Z jump)
        in the list's order; -1 when the sort is not by a text key. A name sort compares
        the folded sort key, so "bä" and "ba" land on the same row."""
        sort, descending = self._sort(query)
        if sort not in _PREFIX_SORTS:
            return -1
        key = _SORTS[query.entity][sort]
        wanted = sort_key(prefix) if sort in {"name", "organisation", "owner"} else prefix
        if self._split(query):
            values = self._select(query, counting=False, part="values")
        else:
            values = self._select(query, counting=False)
        if descending:  # rows sorting after the prefix's block come first
            return self._count_of(values.where(key >= wanted + "\uffff"))
        return self._count_of(values.where(key < wanted))

    def _count_of(self, statement: Select[Any]) -> int:
        counted = select(func.count()).select_from(
            statement.with_only_columns(literal_column("1")).order_by(None).subquery())
        with self.db.session() as session:
            return int(session.scalar(counted) or 0)

    def ids(self, query: ListQuery) -> list[str]:
        """Every id the query matches, in list order (for 'select all' actions)."""
        parts = ("values", "nulls") if self._split(query) else ("",)
        result: list[str] = []
        with self.db.session() as session:
            for part in parts:
                statement = self._select(query, counting=False, part=part).with_only_columns(
                    _MODELS[query.entity].id)
                result.extend(str(i) for i in session.scalars(statement))
        return result

    def _rows(self, statement: Select[Any]) -> list[dict[str, Any]]:
        with self.db.session() as session:
            return [dict(row._mapping) for row in session.execute(statement)]

    def _split(self, query: ListQuery) -> bool:
        return (query.entity, self._sort(query)[0]) in _NULLABLE_SORTS

    def countries(self, entity: str) -> list[str]:
        """Country codes in use by live records of `entity`, for the filter list."""
        model = _MODELS[entity]
        statement = (select(model.country).where(model.deleted_at.is_(None),
                                                 model.country.is_not(None))
                     .distinct().order_by(model.country))
        with self.db.session() as session:
            return [str(c) for c in session.scalars(statement)]

    # -- building the statement -------------------------------------------------------------
    def _select(self, query: ListQuery, *, counting: bool, part: str = "") -> Select[Any]:
        """The list's statement; `part` "values" / "nulls" keeps only the rows whose sort key
        has a value / is empty, each ordered so that an index can serve it."""
        entity = query.entity
        model = _MODELS[entity]
        columns = _columns(entity)
        unknown = set(query.filters) - FILTER_KEYS
        if unknown:
            raise ValueError(f"unknown filters: {', '.join(sorted(unknown))}")
        sort, descending = self._sort(query)
        joined_sort = _JOINED_SORTS.get((entity, sort))
        joined = joined_sort if part == "values" else None
        if counting:
            statement: Select[Any] = select(func.count(model.id))
        else:
            statement = select(*(expr.label(name) for name, expr in columns.items()))
        if joined is not None:
            # Read the other table in sort order; an inner join (every row has a value).
            referred, foreign_key = joined
            statement = statement.select_from(referred).join(model, foreign_key == referred.id)
        else:
            statement = statement.select_from(model)
        statement = self._joins(entity, statement, counting, query,
                                skip=joined[0] if joined is not None else None)
        if query.deleted:
            statement = statement.where(model.deleted_at.is_not(None))
        elif (entity, sort) in _LIVE_INDEXED and not counting and "ids" not in query.filters:
            statement = statement.where(model.deleted_at.is_(None))
        else:
            # Almost every row is live, so the deleted_at index is no help; unary '+' keeps
            # SQLite from choosing it over the sort or join index (no ANALYZE statistics).
            live: ColumnElement[Any] = literal_column(f"+{model.__tablename__}.deleted_at")
            statement = statement.where(live.is_(None))
        for condition in self._conditions(entity, query.filters):
            statement = statement.where(condition)
        if counting:
            return statement
        key = _SORTS[entity][sort]
        statement = statement.add_columns(key.label("_sort"))
        order = key.desc() if descending else key.asc()
        tie = model.id.desc() if descending else model.id.asc()
        if part == "nulls":
            # A joined sort's empty ones have no reference: an (fk, deleted_at, id) seek.
            empty = joined_sort[1].is_(None) if joined_sort is not None else key.is_(None)
            return statement.where(empty).order_by(tie)
        if joined is not None:
            referred_id = joined[0].id
            statement = statement.add_columns(referred_id.label("_sort_ref"))
            group = referred_id.desc() if descending else referred_id.asc()
            # Always true (sort keys are text), but a range on the key is what makes SQLite
            # read the referred table first, in order, rather than sort every record.
            return statement.where(key >= "").order_by(order, group, tie)
        if part == "values":
            return statement.where(key.is_not(None)).order_by(order, tie)
        if (entity, sort) in _NULLABLE_SORTS:
            return statement.order_by(key.is_(None), order, tie)
        return statement.order_by(order, tie)

    @staticmethod
    def _sort(query: ListQuery) -> tuple[str, bool]:
        if query.sort in _SORTS[query.entity]:
            return query.sort, query.descending
        return _DEFAULT_SORT[query.entity]

    def _after(self, query: ListQuery, last: Mapping[str, Any]) -> ColumnElement[bool]:
        """Rows that come after `last` in the query's order."""
        sort, descending = self._sort(query)
        key = _SORTS[query.entity][sort]
        record_id = _MODELS[query.entity].id
        value, last_id = last["_sort"], last["id"]
        next_id: ColumnElement[bool] = record_id < last_id if descending else record_id > last_id
        if (query.entity, sort) not in _NULLABLE_SORTS:
            pair = tuple_(key, record_id)
            return pair < (value, last_id) if descending else pair > (value, last_id)
        if value is None:  # among the empty ones (the "nulls" part)
            return next_id
        joined = _JOINED_SORTS.get((query.entity, sort))
        if joined is None:  # the "values" part, a seek on (key, id)
            pair = tuple_(key, record_id)
            return pair < (value, last_id) if descending else pair > (value, last_id)
        # (key, referred id) seeks in the referred table; the rest of its group by record id.
        group = tuple_(key, joined[0].id)
        last_group = (value, last["_sort_ref"])
        if descending:
            return and_(group <= last_group, or_(group < last_group, next_id))
        return and_(group >= last_group, or_(group > last_group, next_id))

    def _joins(self, entity: str, statement: Select[Any], counting: bool,
               query: ListQuery, skip: Any = None) -> Select[Any]:
        """Outer joins for the display columns; `skip` is already joined (the sort's table)."""
        filters = query.filters
        sorting_by = query.sort
        if entity == "contact":
            if (not counting or filters.get("sector")) and skip is not _Org:
                statement = statement.outerjoin(_Org, _Org.id == Contact.organisation_id)
            if (not counting or sorting_by == "owner") and skip is not _Owner:
                statement = statement.outerjoin(_Owner, _Owner.id == Contact.owner_id)
        elif entity == "meeting":
            if not counting:
                statement = statement.outerjoin(Event, Event.id == Meeting.event_id)
        elif entity == "followup" and not counting:
            if skip is not _Owner:
                statement = statement.outerjoin(_Owner, _Owner.id == FollowUp.owner_id)
            statement = statement.outerjoin(_Contact, _Contact.id == FollowUp.contact_id)
            statement = statement.outerjoin(_Org, _Org.id == FollowUp.organisation_id)
        return statement

    def _conditions(self, entity: str, filters: Mapping[str, Any]) -> list[ColumnElement[bool]]:
        model = _MODELS[entity]
        result: list[ColumnElement[bool]] = []
        value = {k: v for k, v in filters.items() if v not in (None, "", [], False)}
        if "text" in value:
            result.append(_text_condition(entity, str(value["text"])))
        if "ids" in filters:  # these records only (may be none)
            result.append(model.id.in_([str(i) for i in filters["ids"]]))
        if "country" in value and entity in {"contact", "organisation", "event"}:
            result.append(model.country == str(value["country"]).upper())
        if "sector" in value:
            pattern = f'%"{value["sector"]}"%'
            if entity == "organisation":
                result.append(cast(Organisation.sectors, String).like(pattern))
            elif entity == "contact":
                result.append(cast(_Org.sectors, String).like(pattern))
        if "tag" in value and entity in {"contact", "organisation"}:
            link, owner = ((ContactTag, ContactTag.contact_id) if entity == "contact"
                           else (OrganisationTag, OrganisationTag.organisation_id))
            tagged = (select(owner).join(Tag, Tag.id == link.tag_id)
                      .where(link.deleted_at.is_(None), Tag.deleted_at.is_(None),
                             Tag.name == str(value["tag"])))
            result.append(model.id.in_(tagged))
        if "owner_id" in value and entity in {"contact", "followup"}:
            result.append(model.owner_id == value["owner_id"])
        if isinstance(value.get("consent_due"), date) and entity == "contact":
            # Expired or missing lawful basis on that day (crm_app.services.privacy.consent).
            result.append(consent.attention_condition(value["consent_due"]))
        if "status" in value and entity in {"meeting", "followup"}:
            result.append(model.status == value["status"])
        if value.get("open_only") and entity == "followup":
            result.append(FollowUp.status.in_(OPEN_STATUSES))
        if "overdue_on" in value and entity == "followup":
            result.append(FollowUp.status.in_(OPEN_STATUSES))
            result.append(FollowUp.due_date < value["overdue_on"])
        if "event_id" in value:
            column = {"meeting": Meeting.event_id, "contact": Contact.first_met_event_id,
                      "event": Event.id}.get(entity)
            if column is not None:
                result.append(column == value["event_id"])
        if "organisation_id" in value:
            result.extend(_organisation_condition(entity, str(value["organisation_id"])))
        if "contact_id" in value:
            result.extend(_contact_condition(entity, str(value["contact_id"])))
        result.extend(_date_conditions(entity, value.get("date_from"), value.get("date_to")))
        window: list[ColumnElement[bool]] = []
        if entity == "meeting" and isinstance(value.get("starts_from"), datetime):
            window.append(Meeting.starts_at >= value["starts_from"])
        if entity == "meeting" and isinstance(value.get("starts_before"), datetime):
            window.append(Meeting.starts_at < value["starts_before"])
        if entity == "meeting" and filters.get("all_day_ids") is not None:
            # A day's all-day meetings are found on their own calendar (Queries.meetings);
            # the window then holds the meetings with a time.
            window = [or_(and_(Meeting.all_day.is_(False), *window),
                          Meeting.id.in_(list(filters["all_day_ids"])))]
        result.extend(window)
        return result


def _text_condition(entity: str, text: str) -> ColumnElement[bool]:
    """Records whose search-index entry has every typed word as a prefix (FTS5: accents,
    case and script folded as in Ctrl+K); follow-ups are not indexed and use LIKE."""
    match = fts_query(text)
    if entity in FTS_KINDS and match is not None:
        hits = (select(_DOC.c.record_id).join_from(_FTS, _DOC, _DOC.c.doc_id == _FTS.c.rowid)
                .where(literal_column("search_fts").op("MATCH")(match), _DOC.c.kind == entity))
        condition: ColumnElement[bool] = _MODELS[entity].id.in_(hits)
        return condition
    like = f"%{fold(text)}%"
    if entity == "contact":  # punctuation only: no words for the index
        return func.lower(Contact.given_name + " " + Contact.family_name).like(like)
    if entity == "organisation":
        return func.lower(Organisation.name).like(like)
    if entity == "event":
        return or_(func.lower(Event.name).like(like), func.lower(Event.city).like(like))
    if entity == "meeting":
        return or_(func.lower(Meeting.subject).like(like), func.lower(Meeting.place).like(like))
    return func.lower(FollowUp.title).like(like)


def _organisation_condition(entity: str, org_id: str) -> list[ColumnElement[bool]]:
    if entity == "contact":
        return [Contact.organisation_id == org_id]
    if entity == "followup":
        return [FollowUp.organisation_id == org_id]
    if entity == "meeting":
        people = select(Contact.id).where(Contact.organisation_id == org_id)
        met = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.deleted_at.is_(None),
            or_(MeetingParticipant.organisation_id == org_id,
                MeetingParticipant.contact_id.in_(people)))
        return [Meeting.id.in_(met)]
    return []


def _contact_condition(entity: str, contact_id: str) -> list[ColumnElement[bool]]:
    if entity == "followup":
        return [FollowUp.contact_id == contact_id]
    if entity == "meeting":
        met = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.deleted_at.is_(None), MeetingParticipant.contact_id == contact_id)
        return [Meeting.id.in_(met)]
    return []


def _date_conditions(entity: str, start: Any, end: Any) -> list[ColumnElement[bool]]:
    """A date range (inclusive days); meetings compare in UTC."""
    result: list[ColumnElement[bool]] = []
    if entity == "meeting":
        if isinstance(start, date):
            result.append(Meeting.starts_at >= datetime.combine(start, time(0), UTC))
        if isinstance(end, date):
            result.append(Meeting.starts_at < datetime.combine(end + timedelta(days=1), time(0),
                                                               UTC))
        return result
    column = {"followup": FollowUp.due_date, "event": Event.start_date,
              "contact": Contact.first_met_on}.get(entity)
    if column is None:
        return result
    if isinstance(start, date):
        result.append(column >= start)
    if isinstance(end, date):
        result.append(column <= end)
    return result
