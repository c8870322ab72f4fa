# ruff: noqa: F811  (the desktop fixtures are imported below and used as parameters)
"""The privacy screens in the app (Tools ▸ Privacy): retention review with bulk renew /
anonymise / erase, subject access export, audit log export, audit entries in the timeline.

Real main window, real temporary database; every question goes through a patched seam.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from crm_app.services.crm import Crm
from crm_app.services.privacy import audit, consent
from crm_app.ui.i18n import Translations
from crm_app.ui.privacy import exports, seams
from crm_app.ui.privacy.retention_dialog import RetentionReviewDialog
from crm_app.ui.privacy.texts import reason_text
from tests.conftest import FakeClock
from tests.ui.conftest import (  # noqa: F401  (fixtures of the desktop tests)
    app_settings,
    compiled_translations,
    isolated_settings,
    main_window,
    profiled_crm,
    unexpected_dialogs,
)

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OLD = datetime(2023, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english(qapp: Any, compiled_translations: Path) -> Iterator[None]:
    """English as the app installs it at start: its catalogue gives the plural forms."""
    translations = Translations(qapp)
    translations.switch("en")
    yield
    translations.switch("en")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Confirmations answered yes, reasons answered, everything told recorded."""
    record: dict[str, list[str]] = {"confirm": [], "reason": [], "tell": []}

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        record["confirm"].append(text)
        return True

    def ask_reason(_parent: Any, _title: str, prompt: str) -> str:
        record["reason"].append(prompt)
        return "Met again at BIO 2026"

    monkeypatch.setattr(seams, "confirm", confirm)
    monkeypatch.setattr(seams, "ask_reason", ask_reason)
    monkeypatch.setattr(seams, "tell", lambda _p, _t, text: record["tell"].append(text))
    return record


def _people(crm: Crm, clock: FakeClock) -> dict[str, str]:
    clock.now = OLD
    li = {"consent_basis": "legitimate_interest"}
    quiet = crm.contacts.create({"given_name": "Quiet", "family_name": "Old", **li})
    other = crm.contacts.create({"given_name": "Other", "family_name": "Quiet", **li})
    third = crm.contacts.create({"given_name": "Third", "family_name": "Quiet", **li})
    clock.now = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    expired = crm.contacts.create({"given_name": "Lapsed", "family_name": "Consent",
                                   "consent_basis": "consent", "consent_date": "2025-01-10"})
    consent.set_consent(crm.db, expired["id"], {"expires": date(2026, 6, 30)}, clock)
    fresh = crm.contacts.create({"given_name": "Fresh", "family_name": "Active", **li})
    clock.now = NOW
    return {"quiet": quiet["id"], "other": other["id"], "third": third["id"],
            "expired": expired["id"], "fresh": fresh["id"]}


def _privacy_menu(window: Any) -> dict[str, QAction]:
    tools = next(a for a in window.menuBar().actions() if a.menu() is not None
                 and any(b.text() == "Privacy" for b in a.menu().actions()))
    holder = next(b for b in tools.menu().actions() if b.text() == "Privacy")
    submenu = holder.menu()
    assert isinstance(submenu, QMenu)
    return {a.text(): a for a in submenu.actions()}


def _open_review(qtbot: Any, window: Any) -> RetentionReviewDialog:
    _privacy_menu(window)["Retention review…"].trigger()
    dialog = window.findChild(RetentionReviewDialog, "retention_review")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.summary.text().endswith("due for review"), timeout=10_000)
    return dialog


def _select(dialog: RetentionReviewDialog, *ids: str) -> None:
    dialog.table.clearSelection()
    for row, item in enumerate(dialog.items):
        if item.contact_id in ids:
            dialog.table.selectRow(row) if not dialog.table.selectionModel().selectedRows() \
                else dialog.table.selectionModel().select(
                    dialog.table.model().index(row, 0),
                    dialog.table.selectionModel().SelectionFlag.Select
                    | dialog.table.selectionModel().SelectionFlag.Rows)
    assert sorted(dialog.selected_ids()) == sorted(ids)


def _wait_done(qtbot: Any, window: Any, dialog: RetentionReviewDialog) -> None:
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        pass
    window.tasks.wait_idle(10_000)


def test_review_lists_reasons_and_renews_the_selected_with_a_reason(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock,
        asked: dict[str, list[str]]) -> None:
    people = _people(profiled_crm, clock)
    dialog = _open_review(qtbot, main_window)
    why = {dialog.items[r].contact_id: dialog.table.item(r, 3).text()
           for r in range(dialog.table.rowCount())}
    assert set(why) == {people["quiet"], people["other"], people["third"], people["expired"]}
    assert why[people["quiet"]] == "no meeting, note or follow-up for 24 months"
    assert why[people["expired"]] == "consent expired on 2026-06-30"
    assert not dialog.renew_button.isEnabled()  # nothing selected yet

    _select(dialog, people["quiet"], people["expired"])
    assert dialog.renew_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.renew_selected()
    _wait_done(qtbot, main_window, dialog)
    assert asked["confirm"] == ["Renew the lawful basis of 2 contacts as of today?"]
    assert "basis of 2 contacts renewed?" in asked["reason"][0]
    for key in ("quiet", "expired"):
        contact = profiled_crm.contacts.get(people[key])
        assert contact["consent_date"] == "2026-11-20"
        assert "renewed: Met again at BIO 2026" in contact["consent_note"]
    assert people["expired"] not in {i.contact_id for i in dialog.items}
    renewed = [e for e in audit.entries(profiled_crm.db) if e["action"] == "renewed"]
    assert {e["record_id"] for e in renewed} >= {people["quiet"], people["expired"]}


def test_anonymise_and_erase_ask_with_the_count_and_change_only_the_selected(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock,
        asked: dict[str, list[str]]) -> None:
    people = _people(profiled_crm, clock)
    dialog = _open_review(qtbot, main_window)
    _select(dialog, people["quiet"])
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.anonymise_selected()
    _wait_done(qtbot, main_window, dialog)
    assert asked["confirm"][-1].startswith("Anonymise 1 contact?")
    assert "cannot be undone" in asked["confirm"][-1]
    gone = profiled_crm.contacts.get(people["quiet"])
    assert gone["given_name"] == "" and gone["family_name"].startswith("Anonymised ")

    _select(dialog, people["other"], people["third"])
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.erase_selected()
    _wait_done(qtbot, main_window, dialog)
    assert asked["confirm"][-1].startswith("Erase 2 contacts for good")
    for key in ("other", "third"):
        assert not profiled_crm.contacts.exists(people[key])
        blanked = profiled_crm.contacts.get(people[key], include_deleted=True)
        assert blanked["given_name"] == "" and blanked["family_name"] == ""
    assert profiled_crm.contacts.get(people["fresh"])["given_name"] == "Fresh"
    # Listed again after the work: the anonymised contact stays due, the erased are gone.
    assert {i.contact_id for i in dialog.items} == {people["quiet"], people["expired"]}


def test_a_refused_confirmation_or_an_empty_reason_changes_nothing(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch, asked: dict[str, list[str]]) -> None:
    people = _people(profiled_crm, clock)
    dialog = _open_review(qtbot, main_window)
    before = profiled_crm.contacts.get(people["quiet"])
    monkeypatch.setattr(seams, "confirm", lambda *_a: False)
    _select(dialog, people["quiet"])
    dialog.erase_selected()
    dialog.anonymise_selected()
    monkeypatch.setattr(seams, "ask_reason", lambda *_a: "  ")
    dialog.renew_selected()
    main_window.tasks.wait_idle(10_000)
    assert asked["tell"] == ["A reason is needed; nothing was changed."]
    assert profiled_crm.contacts.get(people["quiet"]) == before


def test_the_periods_are_settings_and_change_the_listing(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock) -> None:
    people = _people(profiled_crm, clock)
    dialog = _open_review(qtbot, main_window)
    assert dialog.retention.value() == 24
    dialog.retention.setValue(120)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        dialog.reload()
    assert [i.contact_id for i in dialog.items] == [people["expired"]]
    assert profiled_crm.settings.get("privacy.retention_months") == 120
    again = RetentionReviewDialog(profiled_crm, main_window.tasks)
    qtbot.addWidget(again)
    assert again.retention.value() == 120


def test_every_review_reason_has_wording() -> None:
    assert reason_text("no meeting, note or follow-up for 2y") == \
        "no meeting, note or follow-up for 2 years"
    assert reason_text("consent of 2023-01-10 is older than 18m") == \
        "consent of 2023-01-10 is older than 18 months"
    assert reason_text("no lawful basis recorded") == "no lawful basis recorded"
    assert reason_text("consent without a date") == "consent without a date"
    assert reason_text("something new") == "something new"


def _select_contact(window: Any, contact_id: str) -> Any:
    view = window.show_view("contacts")
    view.refresh()
    view.table.selectRow(view.model.row_of(contact_id))
    return view


@pytest.mark.parametrize("suffix", [".json", ".pdf"])
def test_subject_access_export_from_the_contact_menu(
        qtbot: Any, main_window: Any, profiled_crm: Crm, tmp_path: Path, suffix: str,
        monkeypatch: pytest.MonkeyPatch, asked: dict[str, list[str]]) -> None:
    person = profiled_crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                           "emails": ["h.suzuki@example.jp"]})
    profiled_crm.notes.create({"body": "Asked about olive oil", "contact_id": person["id"]})
    target = tmp_path / f"out{suffix}"
    monkeypatch.setattr(seams, "ask_save_path", lambda *_a: str(target))
    view = _select_contact(main_window, person["id"])
    menu = {a.text(): a for a in view.context_menu().actions() if a.text()}
    action = menu["Export everything held about this person…"]
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: bool(asked["tell"]), timeout=15_000)
    assert asked["tell"][0].startswith(f"Written to {target}")
    if suffix == ".json":
        data = json.loads(target.read_text(encoding="utf-8"))
        assert data["contact"]["family_name"] == "Suzuki"
        assert [n["body"] for n in data["records"]["note"]] == ["Asked about olive oil"]
    else:
        assert target.read_bytes().startswith(b"%PDF")
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "Suzuki" in text and "olive oil" in text
    exported = [e for e in audit.entries(profiled_crm.db) if e["action"] == "exported"]
    assert [e["record_id"] for e in exported] == [person["id"]]


def test_subject_access_from_tools_needs_one_selected_contact(
        main_window: Any, profiled_crm: Crm, asked: dict[str, list[str]]) -> None:
    main_window.show_view("organisations")
    _privacy_menu(main_window)["Export everything held about this person…"].trigger()
    assert asked["tell"] == ["Select one contact in the Contacts view first."]


def test_audit_log_export_writes_the_chosen_days_as_csv(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, asked: dict[str, list[str]]) -> None:
    clock.now = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    early = profiled_crm.contacts.create({"given_name": "Early", "family_name": "One"})
    clock.now = NOW
    late = profiled_crm.contacts.create({"given_name": "Late", "family_name": "Two"})
    profiled_crm.contacts.update(late["id"], {"job_title": "Buyer"})
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(exports, "ask_audit_range",
                        lambda _p, today: (date(2026, 11, 10), today))
    monkeypatch.setattr(seams, "ask_save_path", lambda *_a: str(target))
    _privacy_menu(main_window)["Export audit log…"].trigger()
    qtbot.waitUntil(lambda: bool(asked["tell"]), timeout=10_000)
    with target.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    contact_rows = [r for r in rows if r["table"] == "contact"]
    assert [(r["action"], r["record_id"]) for r in contact_rows] == [
        ("created", late["id"]), ("changed", late["id"])]
    assert early["id"] not in {r["record_id"] for r in rows}
    assert "job_title" in contact_rows[1]["fields"]
    assert contact_rows[0]["staff_id"] == profiled_crm.settings.profile()["staff_id"]
    assert asked["tell"] == [f"{len(rows)} audit entries written to {target}."]


def test_audit_range_before_its_start_is_refused(
        main_window: Any, monkeypatch: pytest.MonkeyPatch,
        asked: dict[str, list[str]]) -> None:
    monkeypatch.setattr(exports, "ask_audit_range",
                        lambda _p, _t: (date(2026, 11, 10), date(2026, 11, 1)))
    monkeypatch.setattr(seams, "ask_save_path", lambda *_a: pytest.fail("asked for a file"))
    assert not exports.export_audit_log(main_window.crm, main_window.tasks, main_window)
    assert asked["tell"] == ["The end date is before the start date."]


def test_timeline_shows_audit_entries_with_staff_and_laptop(
        qtbot: Any, main_window: Any, profiled_crm: Crm, clock: FakeClock) -> None:
    person = profiled_crm.contacts.create({"given_name": "Aiko", "family_name": "Mori"})
    clock.advance(hours=1)
    profiled_crm.contacts.update(person["id"], {"job_title": "Buyer"})
    view = _select_contact(main_window, person["id"])
    view.timeline.show_for("contact", person["id"])
    view.timeline.wait_loaded()  # read on the timeline's own thread
    texts = [view.timeline.list.item(i).text() for i in range(view.timeline.list.count())]
    audit_texts = [t for t in texts if " by Giulia Romano on laptop " in t]
    assert len(audit_texts) == 2
    assert "Changed by" in audit_texts[0] and "Created by" in audit_texts[1]  # newest first
    device = audit.entries(profiled_crm.db, row_id=person["id"])[0]["device_id"]
    assert audit_texts[0].endswith(device[:8])


def test_counts_take_the_plural_form_of_the_language(
        qapp: Any, compiled_translations: Path) -> None:
    """"%n contact(s)" reads "1 contact" / "2 contacts", "1 contatto" / "2 contatti"."""
    from crm_app.ui.privacy.texts import tr

    translations = Translations(qapp)
    seen = {}
    for language in ("en", "it"):
        translations.switch(language)
        seen[language] = [tr("%n contact(s) due for review", None, n) for n in (1, 2)]
    translations.switch("en")
    assert seen == {"en": ["1 contact due for review", "2 contacts due for review"],
                    "it": ["1 contatto da rivedere", "2 contatti da rivedere"]}

