"""Contacts through the real forms: create, edit, delete to the Trash and restore; inline
validation; the unsaved-changes guard."""

from __future__ import annotations

from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.views.contacts_view import ContactsView
from crm_app.ui.views.trash_view import TrashView
from tests.ui.helpers import type_into, wait_saved


def contacts_view(window: Any) -> ContactsView:
    view = window.show_view("contacts")
    assert isinstance(view, ContactsView)
    return view


def test_create_edit_delete_and_restore_a_contact(qtbot: Any, main_window: Any,
                                                  profiled_crm: Crm,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = contacts_view(main_window)
    main_window.action("new").trigger()
    editors = view.editor.form.editors
    type_into(qtbot, editors["given_name"].edit, "Yuki")
    type_into(qtbot, editors["family_name"].edit, "Tanaka")
    type_into(qtbot, editors["emails"].edit, "Yuki.Tanaka@Example.JP")
    type_into(qtbot, editors["phones"].edit, "03-1234-5678")
    assert view.editor.is_dirty()
    main_window.action("save").trigger()  # Ctrl+S
    wait_saved(qtbot)

    [saved] = profiled_crm.contacts.list()
    assert (saved["given_name"], saved["family_name"]) == ("Yuki", "Tanaka")
    assert saved["emails"] == ["Yuki.Tanaka@example.jp"]
    assert saved["phones"] == ["+81312345678"]  # national number read with the default JP
    assert saved["country"] == "JP" and saved["owner_id"]  # defaults from the profile
    assert view.model.total() == 1 and view.selected_ids() == [saved["id"]]
    assert not view.editor.is_dirty()

    type_into(qtbot, editors["job_title"].edit, "Head of Business Development")
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.contacts.get(saved["id"])["job_title"] == "Head of Business Development"
    assert "Head of Business Development" in view.model.row_data(0)["job_title"]

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    main_window.action("delete").trigger()
    assert asked and "Yuki Tanaka" in asked[0]
    assert profiled_crm.contacts.count() == 0 and view.model.total() == 0

    trash = main_window.show_view("trash")
    assert isinstance(trash, TrashView)
    assert trash.tree.topLevelItemCount() == 1
    trash.tree.topLevelItem(0).setSelected(True)
    trash.restore_button.click()
    assert profiled_crm.contacts.get(saved["id"])["family_name"] == "Tanaka"
    assert trash.tree.topLevelItemCount() == 0
    assert contacts_view(main_window).model.total() == 1  # stale view reloaded when shown


def test_invalid_email_is_refused_inline(qtbot: Any, main_window: Any,
                                         profiled_crm: Crm) -> None:
    view = contacts_view(main_window)
    view.new_record()
    editors = view.editor.form.editors
    type_into(qtbot, editors["family_name"].edit, "Müller")
    type_into(qtbot, editors["emails"].edit, "mueller@@example")
    editors["emails"].edit.editingFinished.emit()  # the person leaves the field
    error = view.editor.form.errors["emails"]
    assert error.isVisibleTo(view) and "invalid email" in error.text()

    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.contacts.count() == 0  # nothing written

    type_into(qtbot, editors["emails"].edit, "mueller@example.de")
    assert error.text() == ""  # re-checked while fixing it
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.contacts.list()[0]["emails"] == ["mueller@example.de"]


def test_a_contact_needs_a_name(qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    view = contacts_view(main_window)
    view.new_record()
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "CEO")
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.contacts.count() == 0
    assert "given or family name" in view.editor.form.errors["family_name"].text()


def test_unsaved_changes_are_not_lost_when_moving_away(qtbot: Any, main_window: Any,
                                                       profiled_crm: Crm,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    first = profiled_crm.contacts.create({"given_name": "Anna", "family_name": "Bianchi"})
    second = profiled_crm.contacts.create({"given_name": "Ivan", "family_name": "Petrov"})
    view = contacts_view(main_window)
    view.refresh()
    view.open_record(first["id"])
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "Buyer")

    answers = [dialogs.Unsaved.CANCEL, dialogs.Unsaved.SAVE]
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _p, _t: answers.pop(0))
    view.table.selectRow(view.model.row_of(second["id"]))
    assert view.editor.record()["id"] == first["id"]  # cancelled: still editing Anna
    assert view.editor.is_dirty()

    main_window.show_view("today")  # leaving the view asks again; this time: save
    assert profiled_crm.contacts.get(first["id"])["job_title"] == "Buyer"
    assert main_window.current_view().key == "today"


def test_closing_the_window_with_an_edit_in_progress_asks(qtbot: Any, main_window: Any,
                                                          profiled_crm: Crm,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    view = contacts_view(main_window)
    view.new_record()
    type_into(qtbot, view.editor.form.editors["family_name"].edit, "Κωνσταντίνου")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _p, _t: dialogs.Unsaved.CANCEL)
    assert not main_window.close()
    assert main_window.isVisible()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda _p, _t: dialogs.Unsaved.SAVE)
    assert main_window.close()
    assert profiled_crm.contacts.list()[0]["family_name"] == "Κωνσταντίνου"


def test_an_edit_survives_a_crash_as_a_draft(qtbot: Any, main_window: Any,
                                             profiled_crm: Crm, app_settings: Any,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.ui.main_window import MainWindow

    contact = profiled_crm.contacts.create({"given_name": "Olga", "family_name": "Smirnova"})
    view = contacts_view(main_window)
    view.open_record(contact["id"])
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "Chief Medical Officer")
    qtbot.waitUntil(lambda: profiled_crm.settings.get("drafts/contact") is not None)  # typed

    # The laptop dies here: no save, no close. Next start:
    again = MainWindow(profiled_crm, app_settings)
    qtbot.addWidget(again)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    again.offer_drafts()
    assert len(asked) == 1 and "Contacts" in asked[0]
    editor = again.view("contacts").editor
    assert editor.record()["id"] == contact["id"] and editor.is_dirty()
    assert editor.form.editors["job_title"].raw_value() == "Chief Medical Officer"
    editor.save()
    wait_saved(qtbot)
    assert profiled_crm.contacts.get(contact["id"])["job_title"] == "Chief Medical Officer"
    assert profiled_crm.settings.get("drafts/contact") is None  # saved: nothing to offer
    view.editor.revert()


def test_saving_a_likely_duplicate_asks_first(qtbot: Any, main_window: Any,
                                              profiled_crm: Crm,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.ui.io import seams

    profiled_crm.contacts.create({"given_name": "Zoë", "family_name": "Dubois",
                                  "country": "FR"})
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(seams, "confirm",
                        lambda _p, _t, text: asked.append(text) or answers.pop(0))
    view = contacts_view(main_window)
    view.new_record()
    editors = view.editor.form.editors
    type_into(qtbot, editors["given_name"].edit, "Zoe")
    type_into(qtbot, editors["family_name"].edit, "DUBOIS")
    editors["country"].combo.setCurrentIndex(editors["country"].combo.findData("FR"))
    view.save_current()  # "looks like Zoë Dubois" -> not saved
    wait_saved(qtbot)
    assert len(asked) == 1 and "Zoë Dubois" in asked[0]
    assert profiled_crm.contacts.count() == 1 and view.editor.is_dirty()
    view.save_current()  # -> save anyway
    wait_saved(qtbot)
    assert profiled_crm.contacts.count() == 2 and not view.editor.is_dirty()
