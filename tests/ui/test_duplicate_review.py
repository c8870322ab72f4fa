"""The duplicate review reads as a person would: names and labels instead of ids, reasons
in the interface language, the most likely pairs first and a bounded number at once."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from crm_app.services import duplicates
from crm_app.services.crm import Crm
from crm_app.ui.io import duplicates_dialog
from crm_app.ui.io.duplicates_dialog import DuplicateReviewDialog


def cells(dialog: DuplicateReviewDialog) -> dict[str, tuple[str, str]]:
    table = dialog.fields
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_fields_show_names_and_labels_not_ids(qtbot: Any, crm: Crm, clock: Any) -> None:
    org = crm.organisations.create({"name": "Takeda Pharmaceutical", "country": "JP"})
    event = crm.events.create({"name": "BIO Japan", "city": "Yokohama",
                               "start_date": "2026-10-08"})
    owner = crm.staff.create({"name": "Giulia Romano", "office": "ITA Tokyo"})
    first = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                 "country": "JP", "organisation_id": org["id"],
                                 "emails": ["hanako.suzuki@takeda.example.jp"]})
    clock.advance(minutes=5)
    crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki", "country": "JP",
                         "organisation_id": org["id"], "first_met_event_id": event["id"],
                         "owner_id": owner["id"], "consent_basis": "consent",
                         "emails": ["hanako.suzuki@takeda.example.jp"]})
    dialog = DuplicateReviewDialog(crm)
    qtbot.addWidget(dialog)
    shown = cells(dialog)
    assert shown["Organisation"] == ("Takeda Pharmaceutical", "Takeda Pharmaceutical")
    assert shown["First met at"] == ("", "BIO Japan · Yokohama · 8 Oct 2026")
    assert shown["Owner"] == ("", "Giulia Romano · ITA Tokyo")
    assert shown["Lawful basis"] == ("", "Consent")
    assert shown["Country"][0] == "Japan (JP)"
    every_value = " ".join(v for pair in shown.values() for v in pair)
    for record_id in (org["id"], event["id"], owner["id"], first["id"]):
        assert record_id not in every_value
    heading = dialog.heading.text().splitlines()[0]
    assert heading.startswith("Pair 1 of 1 (score 100): same email "
                              "hanako.suzuki@takeda.example.jp; similar name (100%)")


def test_the_review_starts_with_the_most_likely_few(qtbot: Any, crm: Crm,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duplicates_dialog, "REVIEW_LIMIT", 2)
    people = [crm.contacts.create({"given_name": "Mario", "family_name": f"Rossi{i}",
                                   "country": "IT"}) for i in range(6)]
    ids = [str(p["id"]) for p in people]
    pairs = [duplicates.DuplicatePair(ids[0], ids[1], 88, ["similar name (90%)"]),
             duplicates.DuplicatePair(ids[2], ids[3], 99, ["same email a@b.it"]),
             duplicates.DuplicatePair(ids[4], ids[5], 93, ["same phone +390612345678"])]
    dialog = DuplicateReviewDialog(crm, pairs)
    qtbot.addWidget(dialog)
    assert [p.score for p in dialog.pairs] == [99, 93]
    assert dialog.heading.text().startswith(
        "Pair 1 of the 2 most likely of 3 (score 99): same email a@b.it")
    dialog.next_pair()
    dialog.next_pair()
    assert dialog.heading.text().startswith("These were the 2 most likely pairs of 3.")
    assert not dialog.merge_button.isEnabled()
