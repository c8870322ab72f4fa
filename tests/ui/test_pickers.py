"""Pickers search as Ctrl+K does (accents, other scripts), tell namesakes apart, never fold
two people into one row, and the participant box empties after each choice."""

from __future__ import annotations

from typing import Any

from crm_app.services.crm import Crm
from crm_app.ui.forms.field_widgets import ChoiceEditor, SearchRefEditor
from crm_app.ui.forms.meeting_editor import MeetingEditor
from tests.ui.helpers import type_into, type_search


def namesakes(crm: Crm) -> tuple[dict[str, Any], dict[str, Any]]:
    volvo = crm.organisations.create({"name": "Volvo Life Science", "country": "SE"})
    astra = crm.organisations.create({"name": "AstraZeneca", "country": "SE"})
    first = crm.contacts.create({"given_name": "Anna", "family_name": "Bäckström",
                                 "job_title": "Buyer", "organisation_id": volvo["id"],
                                 "country": "SE"})
    second = crm.contacts.create({"given_name": "Anna", "family_name": "Bäckström",
                                  "job_title": "Head of R&D", "organisation_id": astra["id"],
                                  "country": "SE"})
    return first, second


def test_contact_field_finds_without_accents_and_keeps_namesakes_apart(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    first, second = namesakes(profiled_crm)
    view = main_window.show_view("followups")
    view.new_record()
    editor = view.editor.form.editors["contact_id"]
    assert isinstance(editor, SearchRefEditor)
    rows = type_search(qtbot, editor.picker, "backst")
    assert sorted(data for _text, data in rows) == sorted([first["id"], second["id"]])
    texts = [text for text, _data in rows]
    assert len(set(texts)) == 2  # told apart
    assert any("Head of R&D" in t and "AstraZeneca" in t for t in texts)
    row = next(i for i, (_t, data) in enumerate(rows) if data == second["id"])
    editor.picker.choose_row(row)
    assert editor.raw_value() == second["id"] and editor.edit.text() == "Anna Bäckström"
    view.editor.revert()


def test_another_script_is_found_from_latin_letters(qtbot: Any, main_window: Any,
                                                    profiled_crm: Crm) -> None:
    person = profiled_crm.contacts.create({"given_name": "Мария",
                                           "family_name": "Александрова", "country": "RU"})
    view = main_window.show_view("followups")
    view.new_record()
    editor = view.editor.form.editors["contact_id"]
    assert [data for _t, data in type_search(qtbot, editor.picker, "aleksandrova")] == \
        [person["id"]]
    view.editor.revert()


def test_participants_of_the_same_name_and_staff_by_office(qtbot: Any, main_window: Any,
                                                           profiled_crm: Crm) -> None:
    first, second = namesakes(profiled_crm)
    profiled_crm.staff.create({"name": "Giulia Romano", "office": "ITA Milano"})
    view = main_window.show_view("meetings")
    view.new_record()
    editor = view.editor
    assert isinstance(editor, MeetingEditor)
    picker = editor.participants.picker
    assert len(type_search(qtbot, picker, "backstrom")) == 2
    picker.choose_row(0)
    assert editor.participants.search.text() == ""
    assert picker.rows() == [] or not picker.completer.popup().isVisible()
    type_search(qtbot, picker, "backstrom")
    picker.choose_row(1)
    ids = {p.get("contact_id") for p in editor.participants.participants()}
    assert ids == {first["id"], second["id"]}  # two people, two participants

    staff_rows = [text for text, _d in type_search(qtbot, picker, "giulia")]
    assert any("Giulia Romano · ITA Tokyo" in t for t in staff_rows)
    assert any("Giulia Romano · ITA Milano" in t for t in staff_rows)
    editor.revert()


def test_owner_boxes_show_the_office(qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    profiled_crm.staff.create({"name": "Giulia Romano", "office": "ITA Milano"})
    view = main_window.show_view("contacts")
    view.new_record()
    combo = view.editor.form.editors["owner_id"].combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert "Giulia Romano · ITA Tokyo" in texts and "Giulia Romano · ITA Milano" in texts
    view.editor.revert()


def test_reassign_starts_from_the_current_owner(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    other = profiled_crm.staff.create({"name": "Marco Bianchi", "office": "ITA Osaka"})
    item = profiled_crm.followups.create({"title": "Call back", "owner_id": other["id"]})
    view = main_window.show_view("followups")
    view.refresh()
    view.open_record(item["id"])
    assert view.reassign_to.currentData() == other["id"]
    assert view.reassign_to.currentText() == "Marco Bianchi · ITA Osaka"


def test_reassign_on_a_new_follow_up_starts_from_me(qtbot: Any, main_window: Any,
                                                   profiled_crm: Crm) -> None:
    """Not the first staff member of the list ("Aldo Alberti"), but the new follow-up's owner:
    this laptop's "me"; also after an existing follow-up of someone else was open, and for a
    follow-up started from another list (new_record_with)."""
    me = profiled_crm.settings.profile()["staff_id"]
    aldo = profiled_crm.staff.create({"name": "Aldo Alberti", "office": "ITA Osaka"})
    item = profiled_crm.followups.create({"title": "Call back", "owner_id": aldo["id"]})
    view = main_window.show_view("followups")
    view.refresh()
    assert view.reassign_to.itemData(0) == aldo["id"]  # the first of the list
    view.new_record()
    assert view.editor.form.raw_values()["owner_id"] == me
    assert view.reassign_to.currentData() == me
    assert view.reassign_to.currentText() == "Giulia Romano · ITA Tokyo"
    view.open_record(item["id"])
    assert view.reassign_to.currentData() == aldo["id"]
    view.new_record()
    assert view.reassign_to.currentData() == me
    view.open_record(item["id"])
    view.new_record_with({"title": "Send the brochure"})
    assert view.reassign_to.currentData() == me
    view.editor.revert()


def test_organisation_field_finds_without_accents(qtbot: Any, main_window: Any,
                                                  profiled_crm: Crm) -> None:
    org = profiled_crm.organisations.create({"name": "Bäckström Life Science AB",
                                             "country": "SE", "city": "Lund"})
    view = main_window.show_view("contacts")
    view.new_record()
    editor = view.editor.form.editors["organisation_id"]
    assert isinstance(editor, SearchRefEditor)
    rows = type_search(qtbot, editor.picker, "backst")
    assert [data for _t, data in rows] == [org["id"]]
    assert "Lund" in rows[0][0]
    editor.picker.choose_row(0)
    assert editor.raw_value() == org["id"]
    assert editor.edit.text() == "Bäckström Life Science AB"
    view.editor.revert()


def test_two_maria_rossi_are_two_entries_with_their_organisations(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    ids = []
    for org_name in ("Chiesi Farmaceutici", "Menarini"):
        org = profiled_crm.organisations.create({"name": org_name, "country": "IT"})
        ids.append(profiled_crm.contacts.create({
            "given_name": "Maria", "family_name": "Rossi", "country": "IT",
            "organisation_id": org["id"]})["id"])
    view = main_window.show_view("followups")
    view.new_record()
    picker = view.editor.form.editors["contact_id"].picker
    rows = type_search(qtbot, picker, "maria ross")
    assert sorted(data for _t, data in rows) == sorted(ids)
    texts = sorted(text for text, _d in rows)
    assert "Chiesi Farmaceutici" in texts[0] and "Menarini" in texts[1]
    view.editor.revert()


def test_event_field_searches_and_tells_two_editions_apart(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    first = profiled_crm.events.create({"name": "BIO Japan", "city": "Yokohama",
                                        "start_date": "2026-10-08", "timezone": "Asia/Tokyo"})
    second = profiled_crm.events.create({"name": "BIO Japan", "city": "Yokohama",
                                         "start_date": "2027-10-13", "timezone": "Asia/Tokyo"})
    profiled_crm.events.create({"name": "Médica Düsseldorf", "city": "Düsseldorf",
                                "timezone": "Europe/Berlin"})
    view = main_window.show_view("contacts")
    view.new_record()
    editor = view.editor.form.editors["first_met_event_id"]
    assert isinstance(editor, ChoiceEditor) and editor.picker is not None
    rows = type_search(qtbot, editor.picker, "bio jap")
    assert sorted(data for _t, data in rows) == sorted([first["id"], second["id"]])
    assert len({text for text, _d in rows}) == 2  # told apart by date
    row = next(i for i, (_t, data) in enumerate(rows) if data == second["id"])
    editor.picker.choose_row(row)
    assert editor.raw_value() == second["id"]
    assert editor.combo.currentText() == "BIO Japan · Yokohama · 13 Oct 2027"
    assert [d for _t, d in type_search(qtbot, editor.picker, "medica dus")] != []
    assert editor.raw_value() == "?medica dus"  # typed, not chosen: refused on save
    assert not view.editor.form.validate_field("first_met_event_id")
    view.editor.revert()


def test_owner_field_searches_staff_by_name_office_and_script(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    milano = profiled_crm.staff.create({"name": "Giulia Romano", "office": "ITA Milano"})
    moscow = profiled_crm.staff.create({"name": "Александра Иванова", "office": "ITA Mosca"})
    view = main_window.show_view("contacts")
    view.new_record()
    editor = view.editor.form.editors["owner_id"]
    assert isinstance(editor, ChoiceEditor) and editor.picker is not None
    rows = type_search(qtbot, editor.picker, "giulia")
    assert sorted(text for text, _d in rows) == ["Giulia Romano · ITA Milano",
                                                 "Giulia Romano · ITA Tokyo"]
    assert [d for _t, d in type_search(qtbot, editor.picker, "giu mil")] == [milano["id"]]
    assert [d for _t, d in type_search(qtbot, editor.picker, "ivanova")] == [moscow["id"]]
    editor.picker.choose_row(0)
    assert editor.raw_value() == moscow["id"]
    assert editor.combo.currentText() == "Александра Иванова · ITA Mosca"
    view.editor.revert()


def test_a_search_runs_once_typing_pauses(qtbot: Any, main_window: Any,
                                          profiled_crm: Crm) -> None:
    view = main_window.show_view("followups")
    view.new_record()
    picker = view.editor.form.editors["contact_id"].picker
    calls: list[str] = []
    search = picker.search
    picker.search = lambda text: calls.append(text) or search(text)
    type_search(qtbot, picker, "backstrom")
    assert calls == ["backstrom"]  # nine keystrokes, one query
    view.editor.revert()


def test_rows_that_would_read_the_same_say_what_still_differs(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    """Two "Nyström Pharma" of one city: how many people each has; two identical contact
    lines: their emails."""
    orgs = [profiled_crm.organisations.create({"name": "Nyström Pharma", "city": "Stockholm",
                                               "country": "SE"}) for _ in range(2)]
    for given, email in (("Anna", "anna@nystrom.example"), ("Anna", "a.b@nystrom.example")):
        profiled_crm.contacts.create({"given_name": given, "family_name": "Berg",
                                      "organisation_id": orgs[1]["id"], "emails": [email],
                                      "country": "SE"})
    view = main_window.show_view("followups")
    view.new_record()
    rows = type_search(qtbot, view.editor.form.editors["organisation_id"].picker, "nystrom")
    by_id = {data: text for text, data in rows}
    assert by_id[orgs[0]["id"]].endswith("people: 0")
    assert by_id[orgs[1]["id"]].endswith("people: 2")
    rows = type_search(qtbot, view.editor.form.editors["contact_id"].picker, "anna berg")
    assert sorted(text.rsplit(" · ", 1)[1] for text, _d in rows) == [
        "a.b@nystrom.example", "anna@nystrom.example"]
    view.editor.revert()


def test_quick_capture_offers_organisations_and_keeps_the_one_chosen(
        qtbot: Any, profiled_crm: Crm) -> None:
    from crm_app.ui.forms.quick_capture import QuickCaptureDialog

    first, second = (profiled_crm.organisations.create(
        {"name": "Nyström Pharma", "city": "Stockholm", "country": "SE"}) for _ in range(2))
    dialog = QuickCaptureDialog(profiled_crm)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.name, "Lena Berg")
    rows = type_search(qtbot, dialog.organisation_picker, "nystrom")
    assert sorted(data for _t, data in rows) == sorted([first["id"], second["id"]])
    dialog.organisation_picker.choose_row(
        next(i for i, (_t, data) in enumerate(rows) if data == second["id"]))
    assert dialog.organisation.text() == "Nyström Pharma"
    dialog.save()
    assert profiled_crm.contacts.get(dialog.contact_id)["organisation_id"] == second["id"]
    assert profiled_crm.organisations.count() == 2  # none created


def test_a_picker_searches_off_the_ui_thread_and_drops_overtaken_answers(qtbot: Any) -> None:
    """A cold search at 100k takes ~100 ms: it runs on the picker's reader thread, typing is
    never held, and the answer to "a" that arrives after "ab" was asked is not shown; nor is
    any answer once the box is emptied."""
    import threading
    import time

    from PySide6.QtWidgets import QLineEdit

    from crm_app.ui.widgets.picker import Picker

    edit = QLineEdit()
    qtbot.addWidget(edit)
    threads: list[str] = []
    release = threading.Event()

    def slow_search(text: str) -> list[tuple[str, Any]]:
        threads.append(threading.current_thread().name)
        if text == "a":
            release.wait(5)  # still running when "ab" is asked
        return [(f"hit for {text}", text)]

    picker = Picker(edit, slow_search)
    start = time.perf_counter()
    picker.refresh("a")
    picker.refresh("ab")
    assert time.perf_counter() - start < 0.05  # the UI thread did not wait for "a"
    assert picker.pending()
    release.set()
    qtbot.waitUntil(lambda: not picker.pending(), timeout=5_000)
    assert picker.rows() == [("hit for ab", "ab")]
    assert threading.main_thread().name not in threads

    release.clear()
    picker.refresh("a")
    picker.refresh("")  # the box emptied: nothing comes back
    release.set()
    qtbot.waitUntil(lambda: not picker.pending(), timeout=5_000)
    assert picker.rows() == []
