"""Import preview with column mapping, export, duplicate review and badge scanning, with real
widgets on a real database file; file dialogs and confirmations replaced at their seams."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtWidgets import QComboBox

from crm_app.services import duplicates, merge
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from crm_app.ui.io import menus, seams
from crm_app.ui.io.duplicates_dialog import DuplicateReviewDialog, confirm_new_contact
from crm_app.ui.io.export_dialog import ExportDialog
from crm_app.ui.io.import_dialog import ImportDialog
from crm_app.ui.io.qr_dialog import QrCaptureDialog

FIXTURES = Path(__file__).parent.parent / "io" / "fixtures"


def texts(table: Any, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_import_preview_and_apply(qtbot: Any, crm: Crm) -> None:
    dialog = ImportDialog(crm, FIXTURES / "outlook_it.csv")
    qtbot.addWidget(dialog)
    assert dialog.mapping.rowCount() == 31
    # the company-only row (line 5) becomes an organisation (issue 11)
    assert texts(dialog.rows, 1) == ["create", "create", "create", "create"]
    assert texts(dialog.rows, 0) == ["2", "4", "5", "6"]
    assert "not-an-email" in dialog.rows.item(3, 3).text()
    assert dialog.summary.text().startswith("4 to create, 0 to update, 0 to merge, 0 skipped, "
                                            "0 refused")
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as blocker:
        dialog.import_button.click()
    assert blocker.args[0]["created"]["contact"] == 3
    assert sorted(c["family_name"] for c in crm.contacts.list()) == ["Conti", "Ferrari",
                                                                     "Moreau"]


def test_column_mapping_changes_the_preview(qtbot: Any, crm: Crm) -> None:
    dialog = ImportDialog(crm, FIXTURES / "medica_leads.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.mapped_columns[6] == "Padiglione"
    assert dialog.mapping.item(6, 1).text() == "Hall 10 / B24"  # first value shown
    combo = dialog.mapping.cellWidget(6, 2)
    # an unknown column goes to the notes under its name unless mapped (issue 11)
    assert isinstance(combo, QComboBox) and combo.currentData() == "extra"
    dialog.set_target("Padiglione", "notes")
    assert dialog.current_mapping()["Padiglione"] == "notes"
    assert dialog.preview is not None
    assert dialog.preview.rows[0].values["notes"].startswith("Hall 10 / B24")
    dialog.set_target("Cognome", "ignore")  # no family name: rows still have a given name
    assert dialog.preview.rows[0].values["family_name"] == ""
    dialog.on_duplicate.setCurrentIndex(dialog.on_duplicate.findData("merge"))
    assert dialog.preview.on_duplicate == "merge"


def test_broken_file_shows_one_message_and_cannot_import(qtbot: Any, crm: Crm,
                                                         tmp_path: Path) -> None:
    before = dump_json(crm.db)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated")
    dialog = ImportDialog(crm, broken)
    qtbot.addWidget(dialog)
    assert dialog.error.text().startswith("broken.xlsx is not a readable .xlsx workbook")
    assert not dialog.import_button.isEnabled() and dialog.rows.rowCount() == 0
    assert dump_json(crm.db) == before


def test_export_selection_and_filter(qtbot: Any, crm: Crm, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    a = crm.contacts.create({"given_name": "Anna", "family_name": "Verdi", "country": "IT"})
    crm.contacts.create({"given_name": "Yuki", "family_name": "Sato", "country": "JP"})
    target = tmp_path / "chosen.csv"
    asked: list[str] = []
    monkeypatch.setattr(seams, "ask_save_path",
                        lambda _p, suggested, _f: asked.append(suggested) or str(target))
    dialog = ExportDialog(crm, ("contact", [a["id"]]))
    qtbot.addWidget(dialog)
    assert dialog.scope_selection.isChecked()
    dialog.export_button.click()
    assert asked == ["export.csv"] and dialog.count == 1
    assert "Verdi" in target.read_text("utf-8-sig") and "Sato" not in target.read_text("utf-8-sig")
    dialog = ExportDialog(crm)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(3)  # vCard 4.0
    dialog.scope_filter.setChecked(True)
    dialog.country.setText("JP")
    target = tmp_path / "jp.vcf"
    dialog.export_button.click()
    assert dialog.count == 1 and "VERSION:4.0" in target.read_text("utf-8")
    dialog = ExportDialog(crm)
    qtbot.addWidget(dialog)
    dialog.scope_filter.setChecked(True)
    dialog.tag.setEditText("no such tag")
    dialog.export_button.click()
    assert dialog.error.text() == "no tag named 'no such tag'"
    assert dialog.result() != ExportDialog.DialogCode.Accepted


@pytest.fixture
def pair(crm: Crm, clock: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    # One organisation: with an email each and none shared, a name and a country alone would
    # not make them a pair (two Mario Rossi of Italy are usually two people).
    org = crm.organisations.create({"name": "Rossi SpA", "country": "IT"})
    first = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi", "country": "IT",
                                 "organisation_id": org["id"],
                                 "emails": ["mario@rossi.example.it"], "tags": ["Fiera"]})
    clock.advance(minutes=5)
    second = crm.contacts.create({"given_name": "Mario", "family_name": "Rossi", "country": "IT",
                                  "organisation_id": org["id"], "job_title": "CEO",
                                  "emails": ["m.rossi@gmail.example.com"], "tags": ["VIP"]})
    crm.followups.create({"title": "Send catalogue", "contact_id": second["id"]})
    return first, second


def test_duplicate_review_merge_and_undo(qtbot: Any, crm: Crm, pair: Any) -> None:
    first, second = pair
    before = dump_json(crm.db)
    dialog = DuplicateReviewDialog(crm)
    qtbot.addWidget(dialog)
    assert dialog.heading.text().splitlines() == [
        "Pair 1 of 1 (score 100): similar name (100%) in the same organisation",
        "First (older, kept on merge): Mario Rossi (0 meetings, follow-ups and notes; "
        "tags: Fiera)",
        "Second: Mario Rossi (1 meetings, follow-ups and notes; tags: VIP)"]
    assert "Job title" in texts(dialog.fields, 0)
    dialog.choose("given_name", "other")
    assert dialog.choices()["job_title"] == "other" and dialog.choices()["emails"] == "both"
    with qtbot.waitSignal(dialog.changed):
        dialog.merge_button.click()
    kept = crm.contacts.get(first["id"])
    assert kept["job_title"] == "CEO" and kept["tags"] == ["Fiera", "VIP"]
    assert kept["emails"] == ["mario@rossi.example.it", "m.rossi@gmail.example.com"]
    assert crm.followups.list()[0]["contact_id"] == first["id"]
    assert dialog.heading.text() == "No more likely duplicates."
    assert merge.history(crm.db)[0]["other_id"] == second["id"]
    dialog.undo_button.click()
    assert dialog.status.text() == "Merge undone."
    assert crm.contacts.exists(second["id"]) and crm.followups.list()[0]["contact_id"] == \
        second["id"]
    assert sorted(crm.contacts.get(first["id"])["emails"]) == ["mario@rossi.example.it"]
    assert len(dump_json(crm.db)) == len(before)


def test_duplicate_review_keep_both_and_update(qtbot: Any, crm: Crm, pair: Any) -> None:
    first, second = pair
    dialog = DuplicateReviewDialog(crm)
    qtbot.addWidget(dialog)
    dialog.update_button.click()  # defaults: job title from the second, emails united
    assert crm.contacts.get(first["id"])["job_title"] == "CEO"
    assert crm.contacts.exists(second["id"])
    dialog = DuplicateReviewDialog(crm)
    qtbot.addWidget(dialog)
    dialog.keep_both_button.click()
    assert duplicates.scan(crm.db) == []
    assert DuplicateReviewDialog(crm).current() is None


def test_qr_capture(qtbot: Any, crm: Crm) -> None:
    known = crm.contacts.create({"given_name": "Yuki", "family_name": "Sato",
                                 "emails": ["yuki.sato@eisai.example.jp"]})
    dialog = QrCaptureDialog(crm)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("not a badge")
    assert "not a contact" in dialog.card.text() and not dialog.save_button.isEnabled()
    dialog.text.setPlainText("MECARD:N:Rossi,Mario;TEL:+390212345678;"
                             "EMAIL:mario@rossi.example.it;ORG:Rossi SpA;;")
    assert dialog.card.text().splitlines()[:2] == ["Mario Rossi", "Rossi SpA"]
    dialog.save_button.click()
    created = crm.contacts.get(dialog.contact_id)
    assert created["phones"] == ["+390212345678"]
    again = QrCaptureDialog(crm)
    qtbot.addWidget(again)
    again.text.setPlainText("BIZCARD:N:Yuki;X:Sato;T:Manager;E:yuki.sato@eisai.example.jp;;")
    assert "Already known (same email yuki.sato@eisai.example.jp)" in again.card.text()
    again.save_button.click()
    assert again.contact_id == known["id"]
    assert crm.contacts.get(known["id"])["job_title"] == "Manager"
    assert crm.contacts.count() == 2


@pytest.fixture
def window(qtbot: Any, main_window: Any) -> Iterator[Any]:
    """The desktop client's main window (tests/ui/conftest.py), which installs this area;
    afterwards the results of its start-up tasks are let in, so closing it asks nothing."""
    yield main_window
    qtbot.waitUntil(lambda: not main_window.tasks.is_busy(), timeout=10_000)


def test_install_adds_menu_entries_once(window: Any) -> None:
    from crm_app.ui import extensions

    if "crm_app.ui.io" not in extensions.AREA_MODULES:
        menus.install(window)
    texts_ = [a.text() for menu in window.menuBar().actions() if menu.menu()
              for a in menu.menu().actions()]
    for text in ("Import…", "Export…", "Undo last import", "Scan a badge (QR)…",
                 "Find duplicates…"):
        assert texts_.count(text) == 1, text


def test_undo_import_from_the_menu(window: Any, crm: Crm,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(seams, "tell", lambda _p, _t, text: told.append(text))
    menus.undo_import(window)
    assert told == ["There is no import to undo."]
    dialog = ImportDialog(crm, FIXTURES / "iphone_3.0.vcf")
    dialog.apply()
    assert crm.contacts.count() == 2
    questions: list[str] = []
    monkeypatch.setattr(seams, "confirm", lambda _p, _t, text: questions.append(text) or True)
    menus.undo_import(window)
    assert questions[0].startswith("Undo the import of iphone_3.0.vcf made at ")
    assert crm.contacts.count() == 0


def test_import_and_duplicate_scan_run_on_the_window_workers(qtbot: Any, window: Any, crm: Crm,
                                                              pair: Any) -> None:
    dialog = menus.open_import(window, FIXTURES / "google_contacts.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.format == "google"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert crm.contacts.count() == 4
    menus.open_duplicates(window)
    qtbot.waitUntil(lambda: window.findChild(DuplicateReviewDialog) is not None, timeout=10_000)
    review = window.findChild(DuplicateReviewDialog)
    assert review.heading.text().startswith(
        "Pair 1 of 1 (score 100): similar name (100%) in the same organisation")


def test_confirm_new_contact_asks_only_for_a_likely_duplicate(
        qtbot: Any, crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
    crm.contacts.create({"given_name": "Zoë", "family_name": "Dubois", "country": "FR",
                         "emails": ["zoe@sanofi.example.fr"]})
    asked: list[str] = []
    monkeypatch.setattr(seams, "confirm", lambda _p, _t, text: asked.append(text) or False)
    assert confirm_new_contact(None, crm, {"given_name": "Anna", "family_name": "Verdi"})
    assert asked == []
    assert not confirm_new_contact(None, crm, {"given_name": "Zoe",
                                               "family_name": "DUBOIS", "country": "FR"})
    assert asked == ["This contact looks like:\n• Zoë Dubois (similar name (100%) in the same "
                     "country)\n\nSave it anyway?"]
