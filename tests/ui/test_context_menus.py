"""Right-click menus on the lists: open, new meeting with, new follow-up, copy email, move to
the Trash, and Restore in the Trash."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction, QGuiApplication

from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.views.trash_view import TrashView
from tests.ui.helpers import wait_saved


def actions(menu: Any) -> dict[str, QAction]:
    return {a.text(): a for a in menu.actions() if a.text()}


def test_contact_menu_starts_a_meeting_and_a_follow_up(qtbot: Any, main_window: Any,
                                                       profiled_crm: Crm) -> None:
    person = profiled_crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                           "emails": ["h.suzuki@example.jp"]})
    view = main_window.show_view("contacts")
    view.refresh()
    view.table.selectRow(0)
    menu = actions(view.context_menu())
    assert {"Open", "New meeting with…", "New follow-up…", "Copy email",
            "Move to Trash"} <= set(menu)

    menu["Copy email"].trigger()
    assert QGuiApplication.clipboard().text() == "h.suzuki@example.jp"

    menu["New follow-up…"].trigger()
    followups = main_window.current_view()
    assert followups.key == "followups"
    assert followups.editor.is_new()
    assert followups.editor.form.editors["contact_id"].raw_value() == person["id"]
    followups.editor.form.editors["title"].edit.setText("Send samples")
    assert followups.editor.save()
    wait_saved(qtbot)
    assert profiled_crm.followups.list()[0]["contact_id"] == person["id"]

    main_window.show_view("contacts")
    view.table.selectRow(0)
    actions(view.context_menu())["New meeting with…"].trigger()
    meetings = main_window.current_view()
    assert meetings.key == "meetings" and isinstance(meetings.editor, MeetingEditor)
    assert [p.get("contact_id") for p in meetings.editor.participants.participants()] == [
        person["id"]]
    assert meetings.editor.is_dirty()
    meetings.editor.revert()


def test_menu_moves_to_the_trash_and_restores(qtbot: Any, main_window: Any,
                                              profiled_crm: Crm,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    profiled_crm.organisations.create({"name": "Takeda"})
    view = main_window.show_view("organisations")
    view.refresh()
    view.table.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, _text: True)
    actions(view.context_menu())["Move to Trash"].trigger()
    assert profiled_crm.organisations.count() == 0

    trash = main_window.show_view("trash")
    assert isinstance(trash, TrashView)
    assert not actions(trash.context_menu())["Restore"].isEnabled()
    trash.tree.topLevelItem(0).setSelected(True)
    actions(trash.context_menu())["Restore"].trigger()
    assert profiled_crm.organisations.count() == 1


def test_nothing_selected_offers_nothing_to_act_on(qtbot: Any, main_window: Any) -> None:
    view = main_window.show_view("contacts")
    view.new_record()
    menu = actions(view.context_menu())
    assert not menu["Open"].isEnabled() and not menu["Move to Trash"].isEnabled()
    assert not menu["Copy email"].isEnabled()
