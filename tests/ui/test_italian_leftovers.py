"""The last English texts after a switch to Italian (issue 13): a nameless row of an import,
the column-mapping choices, the dates and countries of search hit lines, and the operating
system's own error text (shown as a translated sentence naming the file, kept in the log)."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from crm_app.io.tables import TARGETS
from crm_app.services.crm import Crm
from crm_app.ui.i18n import Translations
from crm_app.ui.io import import_targets
from crm_app.ui.io.import_dialog import ImportDialog
from crm_app.ui.labels import hit_detail
from crm_app.ui.messages import error_text
from tests.ui.helpers import type_into

CSV = ("First Name,Last Name,Home Street,Birthday,Business Phone\n"
       "Giulia,Conti,Via Roma 1,1990-04-02,\n"
       ",,,,+39 02 1234 5678\n")


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def test_an_import_in_italian_has_no_english_left(qtbot: Any, crm: Crm, tmp_path: Path,
                                                  translations: Translations) -> None:
    assert set(import_targets.LABELS) == set(TARGETS.values())  # every choice is marked
    source = tmp_path / "leads.csv"
    source.write_text(CSV, encoding="utf-8")
    translations.switch("it")
    dialog = ImportDialog(crm, source)
    qtbot.addWidget(dialog)
    records = {dialog.rows.item(r, 0).text(): dialog.rows.item(r, 2).text()
               for r in range(dialog.rows.rowCount())}
    assert records["3"] == "(senza nome)"  # refused: neither a name nor an email
    combo = dialog.mapping.cellWidget(2, 2)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Indirizzo (casa)"  # "Home Street", recognised
    choices = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert choices["birthday"] == "Compleanno"
    assert choices["extra"] == "Note, con il nome della colonna"
    english = [key for key, text in choices.items()
               if text == TARGETS[key] and text not in {"Email", "Fax"}]
    assert english == []
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/polish13-import-it.png")


def test_search_hit_lines_write_the_day_and_country_in_the_language(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    crm = profiled_crm
    event = crm.events.create({"name": "Sato Forum", "city": "Osaka", "country": "JP",
                               "start_date": "2026-03-01", "timezone": "Asia/Tokyo"})
    ito = crm.contacts.create({"given_name": "Ken", "family_name": "Ito", "country": "JP"})
    crm.meetings.create({"subject": "Sato intro", "event_id": event["id"],
                         "starts_at": "2026-03-01 10:00", "place": "Booth 4",
                         "participants": [{"contact_id": ito["id"], "role": "foreign"}]})
    hits = {h.kind: h for h in crm.search.search("sato")}
    assert hits["event"].detail == "Osaka · Japan · 2026-03-01"  # the CLI's line, unchanged
    assert hit_detail(hits["event"]) == "Osaka · Japan · 1 Mar 2026"
    main_window.translations = translations
    main_window.set_language("it")
    assert hit_detail(hits["event"]) == "Osaka · Giappone · 1 mar 2026"
    assert hit_detail(hits["meeting"]) == "1 mar 2026 10:00 Asia/Tokyo · Ken Ito · Booth 4"

    main_window.action("search").trigger()  # Ctrl+K
    palette = main_window.search_palette
    type_into(qtbot, palette.query, "sato")
    texts = [palette.results.item(r).text() for r in range(palette.results.count())]
    assert "Sato Forum — Osaka · Giappone · 1 mar 2026" in texts, texts
    assert not any("2026-03-01" in t for t in texts), texts
    palette.resize(640, 300)
    palette.grab().save("/tmp/polish13-search-it.png")
    palette.hide()


def test_system_errors_are_a_translated_sentence_and_the_raw_text_is_logged(
        qtbot: Any, main_window: Any, translations: Translations,
        unexpected_dialogs: list[str], caplog: pytest.LogCaptureFixture) -> None:
    main_window.translations = translations
    main_window.set_language("it")
    target = "/media/usb/rapporto.pdf"
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), target)

    def work(_progress: Any, _cancel: Any) -> None:
        raise full

    caplog.set_level(logging.INFO)
    main_window.tasks.run(work, on_done=lambda _r: None, label="write")
    qtbot.waitUntil(lambda: bool(unexpected_dialogs))
    assert unexpected_dialogs == ["Non c'è più spazio sull'unità per /media/usb/rapporto.pdf."]
    assert os.strerror(errno.ENOSPC) in caplog.text  # the system's words: in the log only

    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/crm.sqlite3")
    assert error_text(denied) == "Non hai il permesso di usare /srv/crm.sqlite3."
    assert error_text(FileNotFoundError(errno.ENOENT, "x", "/a/b.csv")).startswith(
        "/a/b.csv non esiste")
    assert error_text(OSError(errno.EIO, "Input/output error")) == (
        "Non è stato possibile leggere o scrivere l'unità; forse è stata scollegata.")
    translations.switch("en")
    assert error_text(denied) == "You do not have permission to use /srv/crm.sqlite3."


def test_choices_filters_and_link_tips_follow_a_live_switch(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    """Built in English when the window opened, shown in Italian after the switch: a form's
    countries and statuses, a list's status filter, the email field's button."""
    main_window.translations = translations
    contacts = main_window.show_view("contacts")
    contacts.new_record()
    country = contacts.editor.form.editors["country"]
    country.set_value("JP")
    followups = main_window.show_view("followups")
    main_window.set_language("it")
    qtbot.wait(50)  # Qt posts LanguageChange to the widgets
    assert country.combo.currentText() == "Giappone (JP)"
    assert country.raw_value() == "JP"
    assert not contacts.editor.is_dirty()  # relabelled, not edited
    emails = contacts.editor.form.editors["emails"]
    assert emails.link.toolTip() == "Scrivi un'email"
    status = followups.editor.form.editors["status"]
    assert [status.combo.itemText(i) for i in range(status.combo.count())
            if status.combo.itemData(i) == "open"] == ["Aperta"]
    bar = followups.filter_bar.combos["status"]
    assert "Aperta" in [bar.itemText(i) for i in range(bar.count())]
    contacts.editor.revert()


def test_a_follow_ups_status_agrees_with_attivita_a_meetings_with_incontro(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    """"Attività" is feminine, "incontro" masculine: the follow-up list read "Aperta" beside
    "Fatto" and "Annullato"; the list, its filter and the form now agree."""
    from crm_app.ui.labels import label

    translations.switch("it")
    assert [label(s, "followup") for s in ("open", "in_progress", "done", "cancelled")] == [
        "Aperta", "In corso", "Fatta", "Annullata"]
    assert label("cancelled") == "Annullato"  # a meeting
    profiled_crm.followups.create({"title": "Send NDA", "status": "cancelled"})
    view = main_window.show_view("followups")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    status_column = next(n for n in range(view.model.columnCount())
                         if view.model.headerData(n, Qt.Orientation.Horizontal) == "Stato")
    assert view.model.index(0, status_column).data() == "Annullata"
    statuses = view.filter_bar.combos["status"]
    qtbot.waitUntil(lambda: statuses.itemText(statuses.count() - 1) == "Annullata")
    view.table.selectRow(0)
    combo = view.editor.form.editors["status"].combo
    # the form's lists follow the switch through the event queue too
    qtbot.waitUntil(lambda: [combo.itemText(n) for n in range(combo.count())
                             if combo.itemText(n)] == ["Aperta", "In corso", "Fatta", "Annullata"])
    meetings = main_window.show_view("meetings").editor.form.editors["status"].combo
    # LanguageChange reaches the other views' forms through the event queue
    qtbot.waitUntil(lambda: "Annullato" in [meetings.itemText(n)
                                            for n in range(meetings.count())])
