"""A labelled sample for measuring the duplicate scan: copies of existing contacts written as
a second person would type them (accents dropped, another script's transliteration, a typo,
given and family name swapped, the email in other case), so precision and recall can be
counted against pairs known to be true. Used by the tests and the benchmark."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from typing import Any

from crm_app.domain.normalise import transliterate
from crm_app.services import duplicates
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery

VARIATIONS = ("accents", "transliteration", "typo", "swapped", "email_case")


@dataclass(frozen=True)
class Rates:
    injected: int
    proposed: int
    found: int  # injected pairs among the proposed
    false: int  # proposed pairs that are not injected ones

    @property
    def recall(self) -> float:
        return self.found / self.injected if self.injected else 1.0

    @property
    def false_rate(self) -> float:
        return self.false / self.proposed if self.proposed else 0.0


def _no_accents(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _typo(rng: random.Random, value: str) -> str:
    if len(value) < 5:
        return value + value[-1]  # a doubled last letter
    i = rng.randrange(1, len(value) - 2)
    return value[:i] + value[i + 1] + value[i] + value[i + 2:]  # two letters swapped


def variant(rng: random.Random, contact: dict[str, Any], how: str) -> dict[str, Any]:
    """The values of a second record of `contact`, changed as `how` says."""
    given, family = str(contact.get("given_name") or ""), str(contact.get("family_name") or "")
    emails = list(contact.get("emails") or [])
    if how == "accents":
        given, family = _no_accents(given), _no_accents(family)
    elif how == "transliteration":
        given, family = transliterate(given), transliterate(family)
    elif how == "typo":
        family = _typo(rng, transliterate(family))
        given = transliterate(given)
    elif how == "swapped":
        given, family = family, given
    elif how == "email_case":
        emails = [e.upper() for e in emails]
    keep_org = rng.random() < 0.8 or not emails
    return {
        "given_name": given, "family_name": family, "country": contact.get("country"),
        "organisation_id": contact.get("organisation_id") if keep_org else None,
        "emails": emails if how == "email_case" or rng.random() < 0.5 else [],
        "phones": list(contact.get("phones") or []) if rng.random() < 0.3 else [],
        "job_title": contact.get("job_title"),
    }


def remove_collisions(crm: Crm) -> int:
    """Moves to the Trash the demo's own accidental doubles (the generator's name pools are
    small: two "John Mai" with one email at one company), so that only injected pairs are
    true; returns how many."""
    with crm.db.session() as session:
        keys = duplicates.load_keys(session)
    seen: set[object] = set()
    doubles = []
    for key in sorted(keys, key=lambda k: k.id):
        marks = [("name", key.name, key.organisation_id), *(("email", e) for e in key.emails)]
        if any(m in seen for m in marks):
            doubles.append(key.id)
        seen.update(marks)
    for record_id in doubles:
        crm.contacts.delete(record_id)
    return len(doubles)


def inject(crm: Crm, count: int, seed: int = 13) -> set[frozenset[str]]:
    """Adds `count` copies of random existing contacts; returns the true pairs."""
    rng = random.Random(seed)
    ids = sorted(Listing(crm.db).ids(ListQuery("contact")))
    truth: set[frozenset[str]] = set()
    for number, original_id in enumerate(rng.sample(ids, count)):
        original = crm.contacts.get(original_id)
        copy = crm.contacts.create(variant(rng, original, VARIATIONS[number % len(VARIATIONS)]))
        truth.add(frozenset((original_id, str(copy["id"]))))
    return truth


def measure(pairs: list[duplicates.DuplicatePair], truth: set[frozenset[str]]) -> Rates:
    proposed = {frozenset((p.a_id, p.b_id)) for p in pairs}
    found = len(proposed & truth)
    return Rates(len(truth), len(proposed), found, len(proposed) - found)
