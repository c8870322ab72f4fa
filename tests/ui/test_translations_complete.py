"""Every text of the app has an Italian translation, and the area modules (sync, reports,
import/export) show theirs when the language is switched while the window is open."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from crm_app.reports import ReportRequest
from crm_app.services.crm import Crm
from crm_app.ui import reports as report_ui
from crm_app.ui.i18n import Translations
from crm_app.ui.io.export_dialog import ExportDialog
from crm_app.ui.io.import_dialog import ImportDialog
from crm_app.ui.sync import conflicts_dialog
from crm_app.ui.sync import controller as sync_ui

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def texts_of(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_every_italian_message_is_finished_and_keeps_its_placeholders() -> None:
    found = messages(TRANSLATIONS / "crm_it.ts")
    assert len(found) > 400  # the whole app, not only the core views
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        texts = texts_of(translation)
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
        elif any(sorted(PLACEHOLDER.findall(t)) != sorted(PLACEHOLDER.findall(source))
                 for t in texts if "%n" not in source):
            problems.append(f"{context}: {source!r} changes its placeholders")
    assert problems == []


def test_both_sources_list_the_same_messages() -> None:
    def keys(name: str) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in messages(TRANSLATIONS / name)}

    assert keys("crm_en.ts") == keys("crm_it.ts")


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def menu_texts(window: Any) -> set[str]:
    return {a.text() for menu in window.menuBar().actions() if menu.menu()
            for a in menu.menu().actions()}


def test_area_menus_and_sync_status_follow_a_language_switch(
        qtbot: Any, profiled_crm: Crm, app_settings: Any, translations: Translations) -> None:
    from crm_app.ui.main_window import MainWindow

    translations.switch("en")
    window = MainWindow(profiled_crm, app_settings, translations=translations)
    qtbot.addWidget(window)
    status = window.sync_controller.status
    assert {"Sync now", "Meeting report…", "Import…", "Find duplicates…"} <= menu_texts(window)
    assert status.text() == "Not synced yet"

    window.set_language("it")
    italian = {"Sincronizza ora", "File di sincronizzazione condiviso…",
               "Conflitti di sincronizzazione…", "Report dell'incontro…", "Importa…",
               "Esporta…", "Annulla ultima importazione", "Trova duplicati…"}
    # LanguageChange reaches the window through the event queue
    qtbot.waitUntil(lambda: italian <= menu_texts(window))
    assert "Sync now" not in menu_texts(window)
    assert status.text() == "Non ancora sincronizzato"

    profiled_crm.settings.set("sync_ui_last", {"when": "10:30", "what": "2 received, 1 sent",
                                               "up_to_date": False, "received": 2, "sent": 1,
                                               "conflicts": 3})
    window.sync_controller._show_last()
    assert status.text() == ("Ultima sincronizzazione: 10:30, 2 ricevute, 1 inviate, "
                             "3 conflitti da verificare")

    window.set_language("en")
    qtbot.waitUntil(lambda: "Sync now" in menu_texts(window))
    assert status.text() == "Last sync: 10:30, 2 received, 1 sent, 3 conflict(s) to review"


def test_area_dialogs_open_in_italian(qtbot: Any, profiled_crm: Crm,
                                      translations: Translations) -> None:
    translations.switch("it")
    conflicts = conflicts_dialog.ConflictsDialog(profiled_crm)
    qtbot.addWidget(conflicts)
    assert conflicts.windowTitle() == "Conflitti di sincronizzazione"
    assert conflicts.keep_mine.text() == "Mantieni il mio"
    assert conflicts.table.horizontalHeaderItem(1).text() == "Campo"

    importer = ImportDialog(profiled_crm)
    qtbot.addWidget(importer)
    assert importer.windowTitle() == "Importa contatti o incontri"
    assert importer.import_button.text() == "Importa"
    assert importer.format.itemText(0) == "Riconosci automaticamente"

    exporter = ExportDialog(profiled_crm)
    qtbot.addWidget(exporter)
    assert exporter.windowTitle() == "Esporta"
    assert exporter.export_button.text() == "Esporta…"

    filters = report_ui.FollowUpFilters(profiled_crm, ReportRequest("followups"))
    qtbot.addWidget(filters)
    assert filters.group_by.itemText(1) == "Per organizzazione"
    assert sync_ui.summary_text({"up_to_date": True}) == "tutto aggiornato"


def test_every_lists_right_click_menu_is_italian(qtbot: Any, main_window: Any,
                                                  profiled_crm: Crm,
                                                  translations: Translations) -> None:
    """Each entry of each list's menu, in Italian; texts given to a wrapper taking only the
    text were invisible to pyside6-lupdate ("Add tag…", "Reassign…" stayed English)."""
    contact = profiled_crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                            "emails": ["h.suzuki@example.jp"]})
    profiled_crm.followups.create({"title": "Send samples", "contact_id": contact["id"]})
    main_window.translations = translations

    def entries() -> dict[str, list[str]]:
        found = {}
        for key in ("contacts", "followups"):
            view = main_window.show_view(key)
            view.refresh()
            view.table.selectRow(0)
            found[key] = [a.text() for a in view.context_menu().actions() if a.text()]
        return found

    english = entries()
    assert "Add tag…" in english["contacts"] and "Reassign…" in english["followups"]
    main_window.set_language("it")
    italian = entries()
    for key, texts in english.items():
        assert len(italian[key]) == len(texts)
        untranslated = [t for t, i in zip(texts, italian[key], strict=True) if t == i]
        assert untranslated == [], key
    assert "Aggiungi etichetta…" in italian["contacts"]
