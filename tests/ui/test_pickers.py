"""Pickers search as Ctrl+K does (accents, other scripts), tell namesakes apart, never fold
two people into one row, and the participant box empties after each choice."""

from __future__ import annotations

from typing import Any

from crm_app.services.crm import Crm
from crm_app.ui.forms.field_widgets import SearchRefEditor
from crm_app.ui.forms.meeting_editor import MeetingEditor
from tests.ui.helpers import type_into


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
    type_into(qtbot, editor.edit, "backst")
    rows = editor.picker.rows()
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
    type_into(qtbot, editor.edit, "aleksandrova")
    assert [data for _t, data in editor.picker.rows()] == [person["id"]]
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
    type_into(qtbot, editor.participants.search, "backstrom")
    assert len(picker.rows()) == 2
    picker.choose_row(0)
    assert editor.participants.search.text() == ""
    type_into(qtbot, editor.participants.search, "backstrom")
    picker.choose_row(1)
    ids = {p.get("contact_id") for p in editor.participants.participants()}
    assert ids == {first["id"], second["id"]}  # two people, two participants

    type_into(qtbot, editor.participants.search, "giulia")
    staff_rows = [text for text, _d in picker.rows()]
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
