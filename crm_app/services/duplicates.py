"""Finding the same person twice: a similar name with the same email, the same phone (E.164)
or the same organisation, each pair scored and the most likely first.

Names are compared on a key that is transliterated (Иванов -> ivanov), accent- and
case-folded (Müller -> muller) and word-sorted ("Rossi Mario" = "Mario Rossi"), with
rapidfuzz, word by word when a typo moved a word in that order (crm_app/services/name_match.py).
To stay fast at 100,000 contacts, names are only compared inside blocks: the same organisation,
the same country and the same first letter of the key, or the same country and all words but
one (a typo in the word left out).
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_app.db.database import Database
from crm_app.db.io_models import DuplicateDismissal
from crm_app.domain.clock import Clock, utc_now
from crm_app.domain.normalise import fold, transliterate
from crm_app.services.name_match import TYPO_CUTOFF, name_similarity, signatures

NAME_THRESHOLD = 90  # rapidfuzz ratio (0-100) on name keys
SAME_NAME = 98  # names this close are one person's even with different emails
PHONE_NAME = 80  # colleagues behind one switchboard pair only with names this close
LARGE_GROUP = 25  # an email shared by more people (info@...) is paired with its first only
AMBIGUOUS = 2  # a name shared with more people of a country than this tells nothing

# The review starts with the most likely pairs, at most this many; pairs kept apart or merged
# are not proposed again, so the next scan brings the next ones.
REVIEW_LIMIT = 300

Progress = Callable[[int, int], None]


def name_key(given: str | None, family: str | None, given_latin: str | None = None,
             family_latin: str | None = None) -> str:
    latin = " ".join(p for p in (given_latin, family_latin) if p)
    source = latin or " ".join(p for p in (given, family) if p)
    in_latin = source if source.isascii() else transliterate(source)  # ASCII: nothing to do
    words = fold(in_latin).replace("-", " ").replace(".", " ").split()
    return " ".join(sorted(words))


def pair_key(a: str, b: str) -> str:
    return "|".join(sorted((a, b)))


@dataclass(frozen=True, slots=True)  # one per contact and per imported row: no __dict__
class ContactKey:
    id: str
    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    country: str | None = None
    organisation_id: str | None = None

    @classmethod
    def of(cls, record_id: str, values: Mapping[str, Any]) -> ContactKey:
        return cls(
            id=record_id,
            name=name_key(values.get("given_name"), values.get("family_name"),
                          values.get("given_name_latin"), values.get("family_name_latin")),
            emails=tuple(e.casefold() for e in values.get("emails") or []),
            phones=tuple(values.get("phones") or []),
            country=values.get("country") or None,
            organisation_id=values.get("organisation_id") or None,
        )


@dataclass(frozen=True, slots=True)
class Match:
    record_id: str
    reason: str
    score: int


@dataclass
class DuplicatePair:
    a_id: str
    b_id: str
    score: int
    reasons: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"a_id": self.a_id, "b_id": self.b_id, "score": self.score,
                "reasons": list(self.reasons)}


def _block(key: ContactKey) -> tuple[str, str] | None:
    if not key.country or not key.name:
        return None
    return key.country, key.name[0]


class ContactIndex:
    """Lookup of contacts by email, phone and name block; grows as an import is previewed."""

    def __init__(self, keys: Iterable[ContactKey] = ()) -> None:
        self.by_email: dict[str, list[str]] = defaultdict(list)
        self.by_phone: dict[str, list[str]] = defaultdict(list)
        self.by_org: dict[str, list[ContactKey]] = defaultdict(list)
        self.by_block: dict[tuple[str, str], list[ContactKey]] = defaultdict(list)
        # (country, the key without one word): the ids, and the word left out of each
        self.by_rest: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.left_out: dict[tuple[str, str], list[str]] = defaultdict(list)
        # the name keys of each group, kept beside it so a lookup does not rebuild them
        self.names: dict[object, list[str]] = defaultdict(list)
        self.name_of: dict[str, str] = {}
        for key in keys:
            self.add(key)

    def add(self, key: ContactKey) -> None:
        self.name_of[key.id] = key.name
        for email in key.emails:
            self.by_email[email].append(key.id)
        for phone in key.phones:
            self.by_phone[phone].append(key.id)
        if key.organisation_id and key.name:
            self.by_org[key.organisation_id].append(key)
            self.names[("org", key.organisation_id)].append(key.name)
        block = _block(key)
        if block is not None:
            self.by_block[block].append(key)
            self.names[block].append(key.name)
        for rest, word in signatures(key.name) if key.country else ():
            self.by_rest[(key.country or "", rest)].append(key.id)
            self.left_out[(key.country or "", rest)].append(word)

    def matches(self, key: ContactKey) -> list[Match]:
        """Best first: email, phone, then similar names."""
        found: dict[str, Match] = {}

        def offer(match: Match) -> None:
            if match.record_id != key.id and match.record_id not in found:
                found[match.record_id] = match

        for email in key.emails:
            for other in self.by_email.get(email, ()):
                offer(Match(other, f"same email {email}", 100))
        for phone in key.phones:  # a shared switchboard is no match on its own
            for other in self.by_phone.get(phone, ()):
                name = self.name_of.get(other, "")
                if name_similarity(key.name, name) >= PHONE_NAME:
                    offer(Match(other, f"same phone {phone}", 100))
        if key.name:
            groups: list[tuple[object, list[ContactKey], str]] = []
            if key.organisation_id:
                groups.append((("org", key.organisation_id),
                               self.by_org.get(key.organisation_id, []), "organisation"))
            block = _block(key)
            if block is not None:
                groups.append((block, self.by_block.get(block, []), "country"))
            for group, candidates, where in groups:
                names = self.names.get(group, [])
                for _name, score, index in process.extract(
                    key.name, names, scorer=fuzz.ratio, score_cutoff=NAME_THRESHOLD,
                    limit=None,
                ):
                    offer(Match(candidates[index].id,
                                f"similar name ({int(score)}%) in the same {where}", int(score)))
            for rest, word in signatures(key.name) if key.country else ():
                ids = self.by_rest.get((key.country or "", rest), [])
                for _word, _score, index in process.extract(
                        word, self.left_out.get((key.country or "", rest), []),
                        scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=None):
                    similar = name_similarity(key.name, self.name_of.get(ids[index], ""))
                    if similar >= NAME_THRESHOLD:
                        offer(Match(ids[index],
                                    f"similar name ({similar}%) in the same country", similar))
        return sorted(found.values(), key=lambda m: -m.score)


_KEY_COLUMNS = ("SELECT id, given_name, family_name, given_name_latin, family_name_latin, "
                "country, organisation_id, emails, phones FROM contact WHERE deleted_at IS NULL")


def load_keys(session: Session, where: str = "", params: Mapping[str, Any] | None = None
              ) -> list[ContactKey]:
    keys = []
    rows = session.execute(text(_KEY_COLUMNS + where), dict(params or {}))
    for rid, given, family, given_latin, family_latin, country, org, emails, phones in rows:
        keys.append(ContactKey(
            id=rid,
            name=name_key(given, family, given_latin, family_latin),
            emails=tuple(e.casefold() for e in _json_list(emails)),
            phones=tuple(_json_list(phones)),
            country=country,
            organisation_id=org,
        ))
    return keys


def _json_list(value: str | None) -> list[str]:
    return [] if not value or value == "[]" else list(json.loads(value))


def candidate_keys(session: Session, key: ContactKey) -> list[ContactKey]:
    """Only the contacts that could match `key` (same organisation, same country, or sharing an
    email or phone), so checking one new contact does not read the whole table."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if key.organisation_id:
        clauses.append("organisation_id = :org")
        params["org"] = key.organisation_id
    if key.country:
        clauses.append("country = :country")
        params["country"] = key.country
    for i, email in enumerate(key.emails):
        clauses.append(f"EXISTS (SELECT 1 FROM json_each(contact.emails) "
                       f"WHERE lower(value) = :e{i})")
        params[f"e{i}"] = email
    for i, phone in enumerate(key.phones):
        clauses.append(f"EXISTS (SELECT 1 FROM json_each(contact.phones) WHERE value = :p{i})")
        params[f"p{i}"] = phone
    if not clauses:
        return []
    return load_keys(session, " AND (" + " OR ".join(clauses) + ")", params)


def load_index(session: Session) -> ContactIndex:
    return ContactIndex(load_keys(session))


def dismissed_pairs(session: Session) -> set[str]:
    return set(session.scalars(select(DuplicateDismissal.pair_key)))


def _pairs_in_group(ids: list[str]) -> Iterable[tuple[str, str]]:
    if len(ids) > LARGE_GROUP:
        return ((ids[0], other) for other in ids[1:])
    return ((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])


def pair_score(a: ContactKey, b: ContactKey) -> tuple[int, list[str]] | None:
    """How likely two contacts are one person (0-100) and why; None when they are not a pair.

    A shared email or phone counts only with compatible names (a switchboard or info@ shared
    by colleagues is not a duplicate); a similar name alone needs the same organisation, or
    the same country with one of them in no organisation."""
    sim = name_similarity(a.name, b.name)
    same_org = bool(a.organisation_id) and a.organisation_id == b.organisation_id
    orgs_ok = same_org or not a.organisation_id or not b.organisation_id
    emails = sorted(set(a.emails) & set(b.emails))
    phones = sorted(set(a.phones) & set(b.phones))
    reasons = [f"same email {e}" for e in emails] + [f"same phone {p}" for p in phones]
    where = "organisation" if same_org else "country"
    if sim >= NAME_THRESHOLD - 2:
        reasons.append(f"similar name ({sim}%)" if reasons else
                       f"similar name ({sim}%) in the same {where}")
    # Both written down with emails and none in common: two colleagues (Liling and Xiuling
    # Zhuang) unless the names are all but the same, and two namesakes of a country (John
    # Nguyen in Viet Nam) unless they share more than the country.
    other_emails = bool(a.emails and b.emails and not emails)
    names_ok = not other_emails or sim >= SAME_NAME
    if emails and sim >= 60:
        score = 80 + sim // 5
    elif phones and sim >= 80 and orgs_ok and names_ok:
        score = 70 + sim // 4
    elif same_org and sim >= NAME_THRESHOLD - 2 and names_ok:
        score = sim - 2
    elif orgs_ok and a.country and a.country == b.country and sim >= NAME_THRESHOLD + 2 \
            and not other_emails:
        score = sim - 5
    else:
        return None
    return min(100, score + (3 if same_org else 0)), reasons


def _name_and_country_only(a: ContactKey, b: ContactKey) -> bool:
    """Paired on a similar name in one country, with no email, phone or organisation shared."""
    return (not set(a.emails) & set(b.emails) and not set(a.phones) & set(b.phones)
            and not (a.organisation_id and a.organisation_id == b.organisation_id))


def scan(db: Database, progress: Progress | None = None,
         cancel: threading.Event | None = None, limit: int | None = None
         ) -> list[DuplicatePair]:
    """Likely duplicate pairs among live contacts, best first (at most `limit`); pairs the
    person dismissed are left out. Candidates share an email, a phone, or an organisation /
    country block with a similar name; each is then scored by `pair_score`."""
    with db.session() as session:
        keys = load_keys(session)
        dismissed = dismissed_pairs(session)
    by_id = {k.id: k for k in keys}
    candidates: set[tuple[str, str]] = set()

    def offer(a: str, b: str) -> None:
        if a != b:
            candidates.add((a, b) if a < b else (b, a))

    index = ContactIndex(keys)
    for ids in index.by_email.values():
        unique = sorted(set(ids))
        if len(unique) <= LARGE_GROUP:
            for a, b in _pairs_in_group(unique):
                offer(a, b)
        else:  # info@: only colleagues with similar names
            _similar(unique, [by_id[i].name for i in unique], PHONE_NAME, offer)
    for ids in index.by_phone.values():  # a switchboard: only colleagues with similar names
        unique = sorted(set(ids))
        if len(unique) > 1:
            _similar(unique, [by_id[i].name for i in unique], PHONE_NAME, offer)
    blocks = [(ids_, cutoff) for ids_, cutoff in
              [([k.id for k in g], NAME_THRESHOLD - 2) for g in index.by_org.values()]
              + [([k.id for k in g], NAME_THRESHOLD + 2) for g in index.by_block.values()]]
    for group, ids_ in index.by_rest.items():  # a typo in the word left out
        if len(ids_) > 1:
            _similar(ids_, index.left_out[group], TYPO_CUTOFF, offer)
    total = len(blocks)
    for done, (ids_, cutoff) in enumerate(blocks, start=1):
        if cancel is not None and cancel.is_set():
            break
        if len(ids_) > 1:
            _similar(ids_, [by_id[i].name for i in ids_], cutoff, offer)
        if progress is not None and done % 200 == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)
    pairs = []
    name_only: dict[str, int] = defaultdict(int)  # pairs on a name and a country alone
    confirmed: set[str] = set()  # in a pair with a shared email, phone or organisation
    for a, b in candidates:
        if pair_key(a, b) in dismissed:
            continue
        scored = pair_score(by_id[a], by_id[b])
        if scored is not None:
            pairs.append(DuplicatePair(a, b, scored[0], scored[1]))
            if _name_and_country_only(by_id[a], by_id[b]):
                name_only[a] += 1
                name_only[b] += 1
            else:
                confirmed.update((a, b))
    # A "Jane Hoang" of no organisation and no email is like each of the 85 Jane Hoangs of
    # Viet Nam: which one she repeats, if any, the name cannot tell; and once a phone says
    # which, the other namesakes are no longer proposed.
    pairs = [p for p in pairs
             if not _name_and_country_only(by_id[p.a_id], by_id[p.b_id])
             or (max(name_only[p.a_id], name_only[p.b_id]) <= AMBIGUOUS
                 and not {p.a_id, p.b_id} & confirmed)]
    pairs.sort(key=lambda p: (-p.score, p.a_id, p.b_id))
    return pairs[:limit] if limit is not None else pairs


def _similar(ids: list[str], names: list[str], cutoff: int,
             offer: Callable[[str, str], None]) -> None:
    for i in range(len(ids) - 1):
        if not names[i]:
            continue
        for _name, _score, j in process.extract(names[i], names[i + 1:], scorer=fuzz.ratio,
                                                score_cutoff=cutoff, limit=None):
            offer(ids[i], ids[i + 1 + j])


def find_matches(db: Database, values: Mapping[str, Any],
                 exclude_id: str | None = None) -> list[Match]:
    """Existing contacts that look like `values` (a contact about to be created)."""
    key = ContactKey.of(exclude_id or "", values)
    with db.session() as session:
        index = ContactIndex(candidate_keys(session, key))
        dismissed = dismissed_pairs(session)
    return [m for m in index.matches(key)
            if not (exclude_id and pair_key(exclude_id, m.record_id) in dismissed)]


def dismiss(db: Database, a_id: str, b_id: str, clock: Clock = utc_now) -> None:
    """Remember that these two are different people (the review dialog's "keep both")."""
    with db.session() as session:
        key = pair_key(a_id, b_id)
        if session.get(DuplicateDismissal, key) is None:
            session.add(DuplicateDismissal(pair_key=key, dismissed_at=clock()))
