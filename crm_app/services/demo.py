"""Realistic multilingual demo data: an Italian trade office's year of fairs and missions.

Names come from Faker locales in Latin, Cyrillic, Greek, CJK, Arabic and Hebrew scripts. For
speed at 100,000 contacts, Faker fills small pools once and rows are combined from them, then
written through the bulk path (search index and change log included) in one transaction.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from faker import Faker
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.models import (
    Contact,
    ContactTag,
    Event,
    EventDelegate,
    FollowUp,
    Meeting,
    MeetingParticipant,
    Note,
    Organisation,
    StaffMember,
    Tag,
    link_id,
    new_id,
)
from crm_app.domain.normalise import fold, transliterate
from crm_app.services.bulk import bulk_insert

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The caller asked to stop; the transaction was rolled back."""


# (country, Faker locale, language, capital city, IANA zone)
COUNTRIES = [
    ("JP", "ja_JP", "ja", "Tokyo", "Asia/Tokyo"),
    ("CN", "zh_CN", "zh", "Shanghai", "Asia/Shanghai"),
    ("TW", "zh_TW", "zh", "Taipei", "Asia/Taipei"),
    ("KR", "ko_KR", "ko", "Seoul", "Asia/Seoul"),
    ("RU", "ru_RU", "ru", "Moscow", "Europe/Moscow"),
    ("UA", "uk_UA", "uk", "Kyiv", "Europe/Kyiv"),
    ("BG", "bg_BG", "bg", "Sofia", "Europe/Sofia"),
    ("GR", "el_GR", "el", "Athens", "Europe/Athens"),
    ("SA", "ar_SA", "ar", "Riyadh", "Asia/Riyadh"),
    ("AE", "ar_AA", "ar", "Dubai", "Asia/Dubai"),
    ("EG", "ar_EG", "ar", "Cairo", "Africa/Cairo"),
    ("IL", "he_IL", "he", "Tel Aviv", "Asia/Jerusalem"),
    ("DE", "de_DE", "de", "Düsseldorf", "Europe/Berlin"),
    ("FR", "fr_FR", "fr", "Paris", "Europe/Paris"),
    ("ES", "es_ES", "es", "Barcelona", "Europe/Madrid"),
    ("PL", "pl_PL", "pl", "Warsaw", "Europe/Warsaw"),
    ("CZ", "cs_CZ", "cs", "Prague", "Europe/Prague"),
    ("SE", "sv_SE", "sv", "Stockholm", "Europe/Stockholm"),
    ("TR", "tr_TR", "tr", "Istanbul", "Europe/Istanbul"),
    ("US", "en_US", "en", "Boston", "America/New_York"),
    ("GB", "en_GB", "en", "London", "Europe/London"),
    ("BR", "pt_BR", "pt", "São Paulo", "America/Sao_Paulo"),
    ("IN", "en_IN", "en", "Mumbai", "Asia/Kolkata"),
    ("VN", "vi_VN", "vi", "Ho Chi Minh City", "Asia/Ho_Chi_Minh"),
]
ITALY = ("IT", "it_IT", "it", "Milan", "Europe/Rome")
# Scripts whose letter-by-letter transliteration is what a person would write in Latin.
ALPHABETIC_LOCALES = frozenset({"ru_RU", "uk_UA", "bg_BG", "el_GR"})

EVENTS = [
    ("BIO International Convention", "trade_fair", "US", "San Diego", "America/Los_Angeles"),
    ("BIO Japan", "trade_fair", "JP", "Yokohama", "Asia/Tokyo"),
    ("MEDICA", "trade_fair", "DE", "Düsseldorf", "Europe/Berlin"),
    ("Arab Health", "trade_fair", "AE", "Dubai", "Asia/Dubai"),
    ("CPHI China", "trade_fair", "CN", "Shanghai", "Asia/Shanghai"),
    ("BIO-Europe", "trade_fair", "SE", "Stockholm", "Europe/Stockholm"),
    ("Italian Life Sciences Mission to Korea", "mission", "KR", "Seoul", "Asia/Seoul"),
    ("Medtech Road Show Brazil", "road_show", "BR", "São Paulo", "America/Sao_Paulo"),
    ("Digital Health Webinar", "webinar", "GB", "London", "Europe/London"),
    ("Hospital Visit Athens", "visit", "GR", "Athens", "Europe/Athens"),
    ("Pharma Partnering Moscow", "trade_fair", "RU", "Moscow", "Europe/Moscow"),
    ("Israel Biomed", "trade_fair", "IL", "Tel Aviv", "Asia/Jerusalem"),
]
ORG_KINDS = ["company"] * 5 + ["investor", "distributor", "distributor", "public_agency",
                                  "university", "hospital", "association"]
SECTORS = ["pharma", "biotech", "medtech", "diagnostics", "digital_health", "cro_cdmo",
           "nutraceuticals", "cosmetics", "healthcare_services", "investment"]
ORG_SUFFIX = ["Pharma", "Biotech", "Medical", "Diagnostics", "Health", "Life Sciences",
              "Therapeutics", "Labs", "Capital", "Bio"]
TITLES = ["CEO", "Business Development Director", "Head of Licensing", "Procurement Manager",
          "Medical Director", "Investment Manager", "Regulatory Affairs Lead", "CTO",
          "Sales Director", "Partner", "Professor", "Head of Innovation"]
SUBJECTS = ["Distribution partnership", "Licensing opportunity", "Clinical trial cooperation",
            "Investment round", "Regulatory pathway", "Joint venture", "Hospital procurement",
            "Technology transfer", "Market entry", "Co-development"]
FOLLOW_UPS = ["Send product brochure", "Share pricing", "Arrange call with HQ",
              "Introduce to Italian company", "Send NDA", "Schedule site visit",
              "Forward regulatory dossier", "Invite to Italian pavilion"]
TAGS = ["hot lead", "investor", "distributor", "KOL", "newsletter", "VIP", "regulatory"]
STAFF = [("Giulia Rossi", "Tokyo office"), ("Marco Bianchi", "Tokyo office"),
         ("Chiara Ferrari", "Seoul office"), ("Luca Romano", "Shanghai office"),
         ("Sara Colombo", "Dubai office"), ("Davide Ricci", "Düsseldorf office"),
         ("Francesca Marino", "New York office"), ("Alessandro Greco", "Moscow office"),
         ("Elena Bruno", "Tel Aviv office"), ("Matteo Gallo", "São Paulo office"),
         ("Valentina Conti", "Athens office"), ("Paolo De Luca", "ICE Rome headquarters")]


@dataclass(frozen=True)
class DemoSize:
    contacts: int

    @property
    def organisations(self) -> int:
        return max(5, self.contacts // 5)

    @property
    def meetings(self) -> int:
        return max(3, self.contacts // 2)

    @property
    def followups(self) -> int:
        return max(3, self.contacts)


class _Pools:
    """Names per locale, drawn from Faker once."""

    def __init__(self, rng: random.Random, size: int = 120) -> None:
        self.given: dict[str, list[str]] = {}
        self.family: dict[str, list[str]] = {}
        self.company: dict[str, list[str]] = {}
        for _country, locale, *_ in [*COUNTRIES, ITALY]:
            fake = Faker(locale)
            fake.seed_instance(rng.randrange(1 << 30))
            self.given[locale] = sorted({fake.first_name() for _ in range(size)})
            self.family[locale] = sorted({fake.last_name() for _ in range(size)})
            self.company[locale] = sorted({fake.last_name() for _ in range(size // 2)})


def _phone(rng: random.Random, country: str) -> str:
    example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return ""
    digits = str(example.national_number)
    tail = "".join(rng.choice("0123456789") for _ in range(min(4, len(digits) - 2)))
    return f"+{example.country_code}{digits[: len(digits) - len(tail)]}{tail}"


def _slug(value: str) -> str:
    return "".join(ch for ch in fold(transliterate(value)) if ch.isalnum())[:20] or "org"


def _staff_and_tags(session: Session, stamp: dict[str, Any]
                    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The demo's staff and tags, reusing those a previous demo run added (tag ids are
    deterministic, so inserting them again would break the primary key)."""
    known_staff = {s.name: s.id for s in session.scalars(
        select(StaffMember).where(StaffMember.deleted_at.is_(None)))}
    staff = [{"id": known_staff.get(n) or new_id(), "name": n, "office": o,
              "email": f"{_slug(n.split()[0])}.{_slug(n.split()[-1])}@ita-demo.example",
              **stamp} for n, o in STAFF]
    bulk_insert(session, StaffMember, [s for s in staff if s["name"] not in known_staff])
    wanted = [{"id": link_id("tag", fold(t)), "name": t, "color": "", **stamp} for t in TAGS]
    present = {t.id: t.deleted_at for t in session.scalars(
        select(Tag).where(Tag.id.in_([w["id"] for w in wanted])))}
    bulk_insert(session, Tag, [t for t in wanted if t["id"] not in present])
    # A demo tag the person deleted stays deleted: no new links to it.
    tags = [t for t in wanted if present.get(t["id"]) is None]
    return staff, tags


def generate_demo(
    db: Database,
    contacts: int,
    *,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, int]:
    """Fill `db` with demo data; returns the count of each kind written."""
    rng = random.Random(seed)
    size = DemoSize(contacts)
    day0 = today or datetime.now(UTC).date()
    now = datetime.now(UTC)
    stamp: dict[str, Any] = {"created_at": now, "updated_at": now, "deleted_at": None}
    pools = _Pools(rng)
    steps = [0]
    total = 7

    def step() -> None:
        steps[0] += 1
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if progress is not None:
            progress(steps[0], total)

    counts: dict[str, int] = {}
    with db.session() as session:
        staff, tags = _staff_and_tags(session, stamp)
        step()

        # Organisations: one in six is an Italian company of a delegation.
        orgs: list[dict[str, Any]] = []
        for i in range(size.organisations):
            italian = i % 6 == 0
            country, locale, _lang, city, _zone = ITALY if italian else rng.choice(COUNTRIES)
            base = rng.choice(pools.company[locale])
            name = f"{base} {rng.choice(ORG_SUFFIX)}"
            orgs.append({"id": new_id(), "name": name, "name_latin": "",
                         "kind": "company" if italian else rng.choice(ORG_KINDS),
                         "side": "italian" if italian else "foreign", "country": country,
                         "city": city, "address": "", "notes": "",
                         "website": f"https://www.{_slug(name)}.example",
                         "sectors": sorted(rng.sample(SECTORS, rng.randint(1, 3))), **stamp})
        bulk_insert(session, Organisation, orgs)
        counts["organisations"] = len(orgs)
        step()

        events: list[dict[str, Any]] = []
        for i, (name, kind, country, city, zone) in enumerate(EVENTS):
            start = day0 + timedelta(days=(i - 3) * 30)
            events.append({"id": new_id(), "name": f"{name} {start.year}", "kind": kind,
                           "country": country, "city": city, "venue": f"{city} Convention Centre",
                           "start_date": start, "end_date": start + timedelta(days=2),
                           "timezone": zone, "organiser": "Italian Trade Agency", "notes": "",
                           **stamp})
        bulk_insert(session, Event, events)
        italian_orgs = [o for o in orgs if o["side"] == "italian"]
        delegates = []
        for event in events:
            for org in rng.sample(italian_orgs, min(6, len(italian_orgs))):
                delegates.append({"id": link_id("delegate", event["id"], org["id"]),
                                  "event_id": event["id"], "organisation_id": org["id"], **stamp})
        bulk_insert(session, EventDelegate, delegates)
        counts["events"] = len(events)
        step()

        people: list[dict[str, Any]] = []
        org_names = {o["id"]: o["name"] for o in orgs}
        by_country = {c[0]: c for c in [*COUNTRIES, ITALY]}
        for _ in range(contacts):
            org = rng.choice(orgs)
            country, locale, lang, _city, _zone = by_country[org["country"]]
            given = rng.choice(pools.given[locale])
            family = rng.choice(pools.family[locale])
            latin_given, latin_family = "", ""
            if locale in ALPHABETIC_LOCALES:  # a faithful Latin form exists; abjads/CJK: no
                latin_given, latin_family = transliterate(given), transliterate(family)
            mail_name = f"{_slug(latin_given or given)}.{_slug(latin_family or family)}"
            people.append({
                "id": new_id(), "given_name": given, "family_name": family,
                "given_name_latin": latin_given, "family_name_latin": latin_family,
                "honorific": "", "job_title": rng.choice(TITLES), "organisation_id": org["id"],
                "emails": [f"{mail_name}@{_slug(org['name'])}.example"],
                "phones": [p for p in [_phone(rng, country)] if p], "country": country,
                "language": lang, "first_met_event_id": rng.choice(events)["id"],
                "first_met_on": None, "owner_id": rng.choice(staff)["id"],
                "consent_basis": rng.choice(["consent", "legitimate_interest"]),
                "consent_date": day0 - timedelta(days=rng.randint(0, 400)),
                "consent_source": "business card at fair", "consent_note": "", "notes": "",
                **stamp})
        bulk_insert(session, Contact, people, org_names=org_names)
        contact_tags = []
        for person in people[:: max(1, len(people) // max(1, contacts // 4))] if tags else []:
            tag = rng.choice(tags)
            contact_tags.append({"id": link_id("contact", person["id"], "tag", tag["id"]),
                                 "contact_id": person["id"], "tag_id": tag["id"], **stamp})
        bulk_insert(session, ContactTag, contact_tags)
        counts["contacts"] = len(people)
        step()

        italian_ids = {o["id"] for o in italian_orgs}
        # The guest across the table is a foreign stakeholder, not one of the delegation.
        guests = [p for p in people if p["organisation_id"] not in italian_ids] or people
        meetings: list[dict[str, Any]] = []
        participants: list[dict[str, Any]] = []
        statuses = ["held"] * 5 + ["confirmed"] * 3 + ["requested", "cancelled", "no_show"]
        for _ in range(size.meetings):
            event = rng.choice(events)
            local_day = event["start_date"] + timedelta(days=rng.randint(0, 2))
            slot = time(9 + rng.randint(0, 8), rng.choice([0, 20, 40]))
            start = datetime.combine(local_day, slot, ZoneInfo(event["timezone"])).astimezone(UTC)
            person = rng.choice(guests)
            status = rng.choice(statuses)
            meeting_id = new_id()
            meetings.append({
                "id": meeting_id, "event_id": event["id"], "starts_at": start,
                "timezone": event["timezone"], "duration_minutes": rng.choice([20, 30, 45]),
                "place": f"Table {rng.randint(1, 40)}", "subject": rng.choice(SUBJECTS),
                "status": status, "agenda": "Introductions; company presentation; next steps",
                "minutes": "Discussed product portfolio and registration status." if
                status == "held" else "",
                "outcome": "Interested in a follow-up call." if status == "held" else "",
                "interest": rng.choice(["cold", "warm", "hot"]) if status == "held" else "",
                "next_steps": "", **stamp})
            guest_company = rng.choice(italian_orgs)
            staff_member = rng.choice(staff)
            for column, target, role in (("contact_id", person["id"], "foreign"),
                                         ("organisation_id", guest_company["id"], "italian"),
                                         ("staff_id", staff_member["id"], "staff")):
                participants.append({"id": link_id("participant", meeting_id, column, target),
                                     "meeting_id": meeting_id, "role": role, "contact_id": None,
                                     "organisation_id": None, "staff_id": None,
                                     column: target, **stamp})
        bulk_insert(session, Meeting, meetings)
        bulk_insert(session, MeetingParticipant, participants)
        counts["meetings"] = len(meetings)
        step()

        followups = []
        for i in range(size.followups):
            meeting = meetings[i % len(meetings)]
            person_id = participants[(i % len(meetings)) * 3]["contact_id"]  # its foreign guest
            status = rng.choice(["open", "open", "in_progress", "done", "cancelled"])
            followups.append({
                "id": new_id(), "title": rng.choice(FOLLOW_UPS), "details": "",
                "owner_id": rng.choice(staff)["id"],
                "due_date": day0 + timedelta(days=rng.randint(-20, 40)),
                "priority": rng.choice(["low", "normal", "normal", "high"]), "status": status,
                # Done over the last three weeks (from the index: the random stream stays as it
                # was), so Today's "done today" is a few, not all of them.
                "completed_at": now - timedelta(days=(i * 7) % 21, hours=i % 9)
                if status == "done" else None, "meeting_id": meeting["id"],
                "contact_id": person_id, "organisation_id": None, **stamp})
        bulk_insert(session, FollowUp, followups)
        counts["followups"] = len(followups)
        step()

        notes = [{"id": new_id(), "body": "Met at the Italian pavilion; prefers email contact.",
                  "author_id": rng.choice(staff)["id"], "noted_at": now,
                  "contact_id": p["id"], "organisation_id": None, "event_id": None,
                  "meeting_id": None, **stamp} for p in people[:: max(1, contacts // 200 or 1)]]
        bulk_insert(session, Note, notes)
        counts["notes"] = len(notes)
        counts["staff"] = len(staff)
        step()
    return counts
