"""The full-text index (SQLite FTS5), kept in step with the data inside the same transaction.

`search_doc` maps a record id to an integer rowid so a record's entry is replaced by rowid
(an FTS5 UNINDEXED column cannot be looked up without a scan). The FTS table folds case and
diacritics (unicode61, remove_diacritics 2) and keeps prefix indexes for as-you-type search.
Non-Latin names are indexed with their own characters and with a Latin transliteration.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, event, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from crm_app.db.models import Contact, ContactAddress, Event, Meeting, Organisation, Record
from crm_app.domain.charclass import CharClass
from crm_app.domain.normalise import transliterate

CREATE_STATEMENTS = (
    "CREATE TABLE IF NOT EXISTS search_doc ("
    " doc_id INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    " title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
)
DROP_STATEMENTS = ("DROP TABLE IF EXISTS search_fts", "DROP TABLE IF EXISTS search_doc")

INDEXED: dict[type[Record], str] = {
    Contact: "contact",
    Organisation: "organisation",
    Event: "event",
    Meeting: "meeting",
}


# Han, kana and Hangul are written without spaces; index each character as its own token so
# a query for any part of a name ("テスト" in "株式会社テスト") matches as a phrase.
_CJK = CharClass(r"([\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                  r"\uac00-\ud7af\uf900-\ufaff])", "\u1100")


def has_cjk(value: str) -> bool:
    return _CJK.search(value)


def cjk_spaced(value: str) -> str:
    return " ".join(_CJK.sub(r" \1 ", value).split())


def _join(*parts: object) -> str:
    unique = dict.fromkeys(str(p) for p in parts if p)  # a transliteration may equal the name
    return " ".join(unique)


# Organisation names, cities and job titles repeat across thousands of records (a first sync
# indexes them all): each distinct text is transliterated once.
@lru_cache(maxsize=65536)
def _latin(value: str) -> str:
    return transliterate(value)


def _with_latin(value: str) -> str:
    latin = _latin(value)
    return value if latin == value else f"{value} {latin}"


# What each kind's document (below) is made of, and its deletion: a change to any other
# column leaves the search entry as it is.
INDEXED_COLUMNS: dict[str, frozenset[str]] = {
    "contact": frozenset({"given_name", "family_name", "given_name_latin", "family_name_latin",
                          "job_title", "organisation_id", "emails", "phones", "country",
                          "deleted_at"}),
    "organisation": frozenset({"name", "name_latin", "city", "country", "sectors", "website",
                               "deleted_at"}),
    "event": frozenset({"name", "city", "country", "venue", "organiser", "deleted_at"}),
    "meeting": frozenset({"subject", "place", "outcome", "next_steps", "deleted_at"}),
}


def address_text(addresses: Iterable[Mapping[str, Any]]) -> str:
    """The words of a contact's addresses that search finds it by (street, city, ...)."""
    words = []
    for address in addresses:
        words += [str(address.get(k) or "") for k in ("street", "city", "postcode", "region",
                                                      "label")]
    return " ".join(" ".join(w.split()) for w in words if w.strip())


def document(kind: str, row: Mapping[str, Any], org_name: str = "",
             addresses: str = "") -> tuple[str, str]:
    """(title, body) to index for one record given as a mapping of its columns;
    `addresses` (a contact's, see address_text) is indexed with it."""
    title, body = _document(kind, row, org_name)
    if addresses:
        body = f"{body} {_with_latin(addresses)}"
    both = f"{title} {body}"
    if has_cjk(both):
        body = f"{body} {cjk_spaced(both)}"
    return title, body


def _document(kind: str, row: Mapping[str, Any], org_name: str) -> tuple[str, str]:
    if kind == "contact":
        title = _join(row.get("given_name"), row.get("family_name"))
        reversed_name = _join(row.get("family_name"), row.get("given_name"))
        body = _join(
            reversed_name if has_cjk(reversed_name) else "",
            _latin(title) if _latin(title) != title else "",
            row.get("given_name_latin"),
            row.get("family_name_latin"),
            row.get("job_title"),
            _with_latin(org_name) if org_name else "",
            " ".join(row.get("emails") or []),
            " ".join(p.lstrip("+") for p in row.get("phones") or []),
            row.get("country"),
        )
        return title, body
    if kind == "organisation":
        name = str(row.get("name") or "")
        latin = _latin(name)
        body = _join(
            latin if latin != name else "",
            row.get("name_latin"),
            row.get("city"),
            row.get("country"),
            " ".join(row.get("sectors") or []),
            row.get("website"),
        )
        return name, body
    if kind == "event":
        return str(row.get("name") or ""), _join(
            row.get("city"), row.get("country"), row.get("venue"), row.get("organiser")
        )
    if kind == "meeting":
        return str(row.get("subject") or ""), _join(
            row.get("place"), row.get("outcome"), row.get("next_steps")
        )
    raise ValueError(kind)


def upsert(connection: Connection, kind: str, record_id: str, title: str, body: str) -> None:
    doc_id = connection.execute(
        text("SELECT doc_id FROM search_doc WHERE record_id = :id"), {"id": record_id}
    ).scalar()
    if doc_id is None:
        doc_id = connection.execute(
            text("INSERT INTO search_doc (record_id, kind) VALUES (:id, :kind) RETURNING doc_id"),
            {"id": record_id, "kind": kind},
        ).scalar_one()
    else:
        connection.execute(text("DELETE FROM search_fts WHERE rowid = :d"), {"d": doc_id})
    connection.execute(
        text("INSERT INTO search_fts (rowid, title, body) VALUES (:d, :t, :b)"),
        {"d": doc_id, "t": title, "b": body},
    )


def remove(connection: Connection, record_id: str) -> None:
    doc_id = connection.execute(
        text("SELECT doc_id FROM search_doc WHERE record_id = :id"), {"id": record_id}
    ).scalar()
    if doc_id is not None:
        connection.execute(text("DELETE FROM search_fts WHERE rowid = :d"), {"d": doc_id})
        connection.execute(text("DELETE FROM search_doc WHERE doc_id = :d"), {"d": doc_id})


def bulk_insert(connection: Connection, kind: str, rows: Iterable[tuple[str, str, str]]) -> None:
    """Fast path for new records (demo data, import): (record_id, title, body) triples."""
    raw = connection.connection.driver_connection
    assert raw is not None
    cursor = raw.cursor()
    (last,) = cursor.execute("SELECT coalesce(max(doc_id), 0) FROM search_doc").fetchone()
    numbered = [(last + i, *row) for i, row in enumerate(rows, start=1)]
    cursor.executemany(
        "INSERT INTO search_doc (doc_id, record_id, kind) VALUES (?, ?, ?)",
        [(n[0], n[1], kind) for n in numbered],
    )
    cursor.executemany(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
        [(n[0], n[2], n[3]) for n in numbered],
    )
    cursor.close()


def _org_name(session: Session, organisation_id: str | None) -> str:
    if not organisation_id:
        return ""
    org = session.get(Organisation, organisation_id)
    return org.name if org is not None and org.deleted_at is None else ""


def _addresses_of(session: Session, contact_id: str) -> str:
    with session.no_autoflush:
        rows = session.scalars(select(ContactAddress).where(
            ContactAddress.contact_id == contact_id, ContactAddress.deleted_at.is_(None)))
        return address_text(_row(r) for r in rows)


def _row(obj: Record) -> dict[str, Any]:
    return {c.key: getattr(obj, c.key) for c in obj.__table__.columns}


def reindex_object(session: Session, obj: Record) -> None:
    kind = INDEXED.get(type(obj))
    if kind is None:
        return
    connection = session.connection()
    if obj.deleted_at is not None:
        remove(connection, obj.id)
        return
    org = _org_name(session, getattr(obj, "organisation_id", None)) if kind == "contact" else ""
    where = _addresses_of(session, obj.id) if kind == "contact" else ""
    title, body = document(kind, _row(obj), org, where)
    upsert(connection, kind, obj.id, title, body)


def _after_flush(session: Session, _context: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Record) and type(obj) in INDEXED:
            reindex_object(session, obj)
        if isinstance(obj, ContactAddress):  # the contact is found by its addresses
            with session.no_autoflush:
                contact = session.get(Contact, obj.contact_id)
            if contact is not None:
                reindex_object(session, contact)
        if isinstance(obj, Organisation) and _name_changed(obj):
            # Contacts are found by their organisation's name: refresh theirs too.
            members = session.query(Contact).filter(
                Contact.organisation_id == obj.id, Contact.deleted_at.is_(None)
            )
            with session.no_autoflush:
                for contact in members:
                    reindex_object(session, contact)
    for obj in session.deleted:
        if isinstance(obj, Record) and type(obj) in INDEXED:
            remove(session.connection(), obj.id)


def _name_changed(obj: Organisation) -> bool:
    state = inspect(obj)
    attrs = state.attrs
    return bool(attrs.name.history.has_changes() or attrs.deleted_at.history.has_changes())


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def rebuild(session: Session) -> int:
    """Rebuild the whole index from the tables (after a bulk load or a repair)."""
    connection = session.connection()
    connection.execute(text("DELETE FROM search_fts"))
    connection.execute(text("DELETE FROM search_doc"))
    count = 0
    orgs = {
        o.id: o.name
        for o in session.query(Organisation).filter(Organisation.deleted_at.is_(None))
    }
    places: dict[str, list[dict[str, Any]]] = {}
    for address in session.query(ContactAddress).filter(ContactAddress.deleted_at.is_(None)):
        places.setdefault(address.contact_id, []).append(_row(address))
    for model, kind in INDEXED.items():
        batch: list[tuple[str, str, str]] = []
        for obj in session.query(model).filter(model.deleted_at.is_(None)).yield_per(2000):
            org = orgs.get(getattr(obj, "organisation_id", None) or "", "")
            where = address_text(places.get(obj.id, [])) if kind == "contact" else ""
            title, body = document(kind, _row(obj), org, where)
            batch.append((obj.id, title, body))
        bulk_insert(connection, kind, batch)
        count += len(batch)
    return count
