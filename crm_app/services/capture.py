"""Quick capture at a booth: a person, their organisation and one note, in one step.

Everything is validated before anything is written, so a bad email or phone leaves no
half-made organisation behind.
"""

from __future__ import annotations

from typing import Any

from crm_app.domain.normalise import clean_text, fold
from crm_app.domain.schema import normalise_changes
from crm_app.services.crm import Crm


def split_name(name: str) -> tuple[str, str]:
    """'Anna Maria Rossi' -> ('Anna Maria', 'Rossi'); one word is a family name."""
    parts = clean_text(name).split(" ")
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def capture(crm: Crm, name: str, organisation: str, note: str, *,
            names: tuple[str, str] | None = None, email: str = "", phone: str = "",
            job_title: str = "", organisation_id: str | None = None) -> str:
    """Create the contact (and organisation, note); returns the contact id. `names` (given,
    family) overrides splitting `name`, for a badge that names them apart; `organisation_id`
    (a row chosen in the picker) says which of two organisations of one name is meant."""
    profile = crm.settings.profile()
    given, family = names or split_name(name)
    values: dict[str, Any] = {"given_name": given, "family_name": family,
                              "owner_id": profile.get("staff_id") or None,
                              "country": profile.get("country") or None}
    if email.strip():
        values["emails"] = [email]
    if phone.strip():
        values["phones"] = [phone]
    if job_title.strip():
        values["job_title"] = job_title
    normalise_changes("contact", values)  # raises before anything is written
    if note.strip():
        normalise_changes("note", {"body": note})
    if organisation_id and crm.organisations.exists(organisation_id):
        values["organisation_id"] = organisation_id
    elif organisation.strip():
        org_values = {"name": organisation, "country": profile.get("country") or None}
        normalise_changes("organisation", org_values)
        wanted = fold(organisation)
        hits = crm.search.search(organisation, kinds=("organisation",), limit=10)
        org_id = next((h.record_id for h in hits if fold(h.title) == wanted), None)
        if org_id is None:
            org_id = crm.organisations.create(org_values)["id"]
        values["organisation_id"] = org_id
    contact = crm.contacts.create(values)
    if note.strip():
        crm.notes.create({"body": note, "contact_id": contact["id"],
                          "author_id": profile.get("staff_id") or None})
    return str(contact["id"])
