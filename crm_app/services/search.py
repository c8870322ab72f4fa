"""Ranked, as-you-type search across contacts, organisations, events and meetings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.models import Contact, Event, Meeting, MeetingParticipant, Organisation
from crm_app.db.search_index import cjk_spaced, has_cjk
from crm_app.domain.normalise import country_name, transliterate

_TOKEN = re.compile(r"\w+", re.UNICODE)
KINDS = ("contact", "organisation", "event", "meeting")


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    title: str
    detail: str = ""  # job title · organisation · country, or the like (the CLI's line)
    rank: float = 0.0
    status: str = ""  # a meeting's status, as stored (the UI shows it translated)
    # The stored value `detail` starts with, in English ("public agency" for an
    # organisation's "public_agency"): the UI shows that part translated.
    detail_value: str = ""
    # The country code whose English name and the day whose ISO form (an event's start, a
    # meeting's local start) `detail` holds: the UI writes them in the interface language.
    country: str = ""
    day: date | None = None


def fts_query(user_text: str, column: str | None = None) -> str | None:
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
    if column:  # each word in that column ("title : ..."): fewer matches to rank
        terms = [f"{column} : {term}" for term in terms]
    return " AND ".join(terms) if terms else None


# One Latin letter matches half the database; ranking all of it costs tens of milliseconds and
# tells nothing. Such a query matches names with a word starting with the letter, unranked.
FIRST_LETTER_SQL = (
    "SELECT d.kind, d.record_id, search_fts.title, '', 0.0 "
    "FROM search_fts JOIN search_doc d ON d.doc_id = search_fts.rowid "
    "WHERE search_fts MATCH :q {kind_filter} LIMIT :limit"
)

SQL = (
    "SELECT d.kind, d.record_id, search_fts.title, '', bm25(search_fts, 10.0, 1.0) AS rank "
    "FROM search_fts JOIN search_doc d ON d.doc_id = search_fts.rowid "
    "WHERE search_fts MATCH :q {kind_filter} ORDER BY rank LIMIT :limit"
)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, user_text: str, *, kinds: tuple[str, ...] = KINDS,
               limit: int = 50, names_only: bool = False) -> list[SearchHit]:
        """`names_only`: match the words in the title (a name) only, not in the rest of the
        document; a picker of organisations or events wants "pha" to mean Pharma's name, not
        the 15,000 contacts working at one (and ranks 2-5x faster at 100k)."""
        words = _TOKEN.findall(user_text)
        first_letter = len(words) == 1 and len(words[0]) == 1 and not has_cjk(words[0])
        query = f'title : "{words[0]}"*' if first_letter else \
            fts_query(user_text, "title" if names_only else None)
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
            rows = connection.execute(text(sql.format(kind_filter=kind_filter)), params).all()
        extra = self._details({(r[0], r[1]) for r in rows})
        return [SearchHit(r[0], r[1], r[2], rank=float(r[4]), **extra.get(r[1], {}))
                for r in rows]

    def _details(self, hits: set[tuple[str, str]]) -> dict[str, dict[str, Any]]:
        """Per record, the SearchHit fields telling records of the same name apart: the line
        (title, organisation, place, date), a meeting's status, an organisation's stored kind
        (the line's start), the country code and the day the line names, so the UI can write
        each in the interface language."""
        wanted: dict[str, list[str]] = {}
        for kind, record_id in hits:
            wanted.setdefault(kind, []).append(record_id)
        out: dict[str, dict[str, Any]] = {}
        if not wanted:
            return out
        with self.db.session() as session:
            if "contact" in wanted:
                query = (select(Contact.id, Contact.job_title, Organisation.name, Contact.country)
                         .outerjoin(Organisation, Organisation.id == Contact.organisation_id)
                         .where(Contact.id.in_(wanted["contact"])))
                for rid, job, org_name, country in session.execute(query):
                    out[rid] = {"detail": _dot(job, org_name, country_name(country)),
                                "country": country or ""}
            if "organisation" in wanted:
                for org in session.scalars(select(Organisation).where(
                        Organisation.id.in_(wanted["organisation"]))):
                    out[org.id] = {"detail": _dot(org.kind.replace("_", " "), org.city,
                                                  country_name(org.country)),
                                   "detail_value": org.kind or "", "country": org.country or ""}
            if "event" in wanted:
                for event in session.scalars(select(Event).where(Event.id.in_(wanted["event"]))):
                    day = event.start_date
                    out[event.id] = {"detail": _dot(event.city, country_name(event.country),
                                                    day.isoformat() if day else ""),
                                     "country": event.country or "", "day": day}
            if "meeting" in wanted:
                people = _meeting_people(session, wanted["meeting"])
                for meeting in session.scalars(select(Meeting).where(
                        Meeting.id.in_(wanted["meeting"]))):
                    local = meeting.starts_at.astimezone(ZoneInfo(meeting.timezone))
                    out[meeting.id] = {
                        "detail": _dot(f"{local:%Y-%m-%d %H:%M} {meeting.timezone}",
                                       people.get(meeting.id), meeting.place),
                        "status": meeting.status, "day": local.date()}
        return out


def _meeting_people(session: Session, meeting_ids: list[str]) -> dict[str, str]:
    """The foreign side of each meeting: "Hanako Suzuki (Takeda), Ken Ito"; staff left out."""
    query = (select(MeetingParticipant.meeting_id, Contact.given_name, Contact.family_name,
                    Organisation.name)
             .select_from(MeetingParticipant)
             .outerjoin(Contact, Contact.id == MeetingParticipant.contact_id)
             .outerjoin(Organisation, Organisation.id == func.coalesce(
                 MeetingParticipant.organisation_id, Contact.organisation_id))
             .where(MeetingParticipant.meeting_id.in_(meeting_ids),
                    MeetingParticipant.deleted_at.is_(None),
                    MeetingParticipant.staff_id.is_(None))
             .order_by(MeetingParticipant.meeting_id, Contact.sort_key))
    names: dict[str, list[str]] = {}
    for meeting_id, given, family, org_name in session.execute(query):
        person = " ".join(p for p in (given, family) if p)
        text = f"{person} ({org_name})" if person and org_name else person or org_name or ""
        if text:
            names.setdefault(meeting_id, []).append(text)
    return {mid: ", ".join(items[:3]) + (" …" if len(items) > 3 else "")
            for mid, items in names.items()}


def _dot(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)
