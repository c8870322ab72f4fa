"""Forms that do not surprise: a restored crash draft of a new record keeps the form's
defaults (country, owner); an inline message never moves the fields and goes as soon as the
input is valid."""

from __future__ import annotations

from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from tests.ui.helpers import type_into, wait_saved


def test_a_restored_draft_of_a_new_contact_keeps_the_defaults(
        qtbot: Any, main_window: Any, profiled_crm: Crm, app_settings: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_app.ui.main_window import MainWindow

    view = main_window.show_view("contacts")
    view.new_record()
    editors = view.editor.form.editors
    assert editors["country"].raw_value() == "JP"  # the profile's default country
    type_into(qtbot, editors["family_name"].edit, "Suzuki")
    type_into(qtbot, editors["given_name"].edit, "Hanako")
    qtbot.waitUntil(lambda: profiled_crm.settings.get("drafts/contact") is not None)

    again = MainWindow(profiled_crm, app_settings)  # the laptop died; next start
    qtbot.addWidget(again)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, _text: True)
    again.offer_drafts()
    restored = again.view("contacts").editor
    values = restored.form.raw_values()
    assert (values["given_name"], values["family_name"]) == ("Hanako", "Suzuki")
    assert values["country"] == "JP"
    assert values["owner_id"] == profiled_crm.settings.profile()["staff_id"]
    assert restored.save()
    wait_saved(qtbot)
    [saved] = profiled_crm.contacts.list()
    assert saved["country"] == "JP" and saved["owner_id"]
    view.editor.revert()


def test_the_blank_form_a_view_opens_on_carries_the_defaults(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    """The form shown before anything is chosen is the same new record as New gives: the
    meeting view opened on a 1-minute meeting with no status, the contact one on no country
    and no owner (seen under Xvfb); saving it as it was stored those."""
    me = profiled_crm.settings.profile()["staff_id"]
    meetings = main_window.show_view("meetings").editor
    assert meetings.is_new() and not meetings.is_dirty()
    values = meetings.form.raw_values()
    assert (values["duration_minutes"], values["status"]) == (30, "confirmed")
    contacts = main_window.show_view("contacts").editor
    assert contacts.is_new() and not contacts.is_dirty()
    assert (contacts.form.raw_values()["country"], contacts.form.raw_values()["owner_id"]) == (
        "JP", me)
    followups = main_window.show_view("followups").editor
    values = followups.form.raw_values()
    assert (values["owner_id"], values["status"], values["priority"]) == (me, "open", "normal")
    assert not followups.is_dirty()


def test_an_inline_message_keeps_the_fields_still_and_goes_when_valid(
        qtbot: Any, main_window: Any) -> None:
    view = main_window.show_view("contacts")
    view.new_record()
    form = view.editor.form
    below = form.editors["phones"]
    where = below.mapTo(form, below.rect().topLeft())
    type_into(qtbot, form.editors["emails"].edit, "mueller@@example")
    form.editors["emails"].edit.editingFinished.emit()
    error = form.errors["emails"]
    assert "invalid email" in error.text() and error.isVisibleTo(form)
    form.form.activate()  # lay the form out now, as the next paint would
    assert below.mapTo(form, below.rect().topLeft()) == where
    assert form.has_errors()

    type_into(qtbot, form.editors["emails"].edit, "mueller@example.de")
    assert error.text() == "" and not form.has_errors()  # gone at the keystroke that fixed it
    form.form.activate()
    assert below.mapTo(form, below.rect().topLeft()) == where
    view.editor.revert()


def test_quick_capture_buttons_stay_put_when_a_message_shows(qtbot: Any,
                                                             profiled_crm: Crm) -> None:
    from crm_app.ui.forms.quick_capture import QuickCaptureDialog

    dialog = QuickCaptureDialog(profiled_crm)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    where = dialog.buttons.geometry()
    dialog.save()  # no name: a message
    dialog.layout().activate()
    assert dialog.error.text() == "A name is needed." and dialog.buttons.geometry() == where
    type_into(qtbot, dialog.name, "Kenji Watanabe")
    dialog.fill_from_badge()  # an empty badge: a longer message
    dialog.layout().activate()
    assert dialog.buttons.geometry() == where


def test_the_preferred_language_is_chosen_by_name_in_the_interface_language(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    """It showed the bare code ("en"); now "English (en)", a typed code still counts, and a
    stored code the list lacks (ISO 639-3) stays as it was."""
    from crm_app.ui.forms.field_widgets import ChoiceEditor

    first = profiled_crm.contacts.create({"family_name": "Adams", "language": "en"})
    view = main_window.show_view("contacts")
    view.open_record(first["id"])
    editor = view.editor.form.editors["language"]
    assert isinstance(editor, ChoiceEditor)
    assert editor.combo.currentText() == "English (en)" and editor.raw_value() == "en"
    assert not view.editor.is_dirty()
    editor.combo.setEditText("ja")
    assert view.editor.save()
    wait_saved(qtbot)
    assert profiled_crm.contacts.get(first["id"])["language"] == "ja"
    rare = profiled_crm.contacts.create({"family_name": "Kiso", "language": "ain"})
    view.open_record(rare["id"])
    assert view.editor.form.editors["language"].raw_value() == "ain"
    assert not view.editor.is_dirty()
