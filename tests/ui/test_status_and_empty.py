"""Status messages that say what happened, empty lists that say why, and Restore that is
only offered with something chosen."""

from __future__ import annotations

from typing import Any

import pytest

from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.views.trash_view import TrashView
from tests.ui.helpers import type_into, wait_saved
from tests.ui.test_meetings_followups import seed


def status(window: Any) -> str:
    return str(window.statusBar().currentMessage())


def test_saving_and_deleting_say_whom(qtbot: Any, main_window: Any, profiled_crm: Crm,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    view = main_window.show_view("contacts")
    view.new_record()
    editors = view.editor.form.editors
    type_into(qtbot, editors["given_name"].edit, "Hanako")
    type_into(qtbot, editors["family_name"].edit, "Suzuki")
    main_window.action("save").trigger()
    wait_saved(qtbot)
    assert status(main_window) == "Saved Hanako Suzuki"
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, _text: True)
    main_window.action("delete").trigger()
    assert status(main_window) == "Moved Hanako Suzuki to the Trash"


def test_follow_up_added_from_a_meeting_says_so(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    data = seed(profiled_crm)
    meeting = profiled_crm.meetings.create({"event_id": data["event"]["id"],
                                            "starts_at": "2026-11-24 10:30"})
    view = main_window.show_view("meetings")
    view.refresh()
    view.open_record(meeting["id"])
    view.editor.followup_title.setText("Send the price list")
    assert view.editor.add_followup()
    assert status(main_window) == "Follow-up added"


def test_trash_restore_needs_a_choice_and_counts(qtbot: Any, main_window: Any,
                                                 profiled_crm: Crm) -> None:
    trash = main_window.show_view("trash")
    assert isinstance(trash, TrashView)
    assert not trash.restore_button.isEnabled()
    assert trash.empty_label.isVisible() and "The Trash is empty" in trash.empty_label.text()
    for name in ("Ito", "Kato", "Sato"):
        profiled_crm.contacts.delete(profiled_crm.contacts.create({"family_name": name})["id"])
    trash.refresh()
    assert trash.tree.topLevelItemCount() == 3 and not trash.restore_button.isEnabled()
    assert not trash.empty_label.isVisible()
    trash.tree.selectAll()
    assert trash.restore_button.isEnabled()
    trash.restore_button.click()
    assert profiled_crm.contacts.count() == 3
    assert status(main_window) == "Restored 3 records"
    assert not trash.restore_button.isEnabled()


def test_empty_lists_say_why(qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    view = main_window.show_view("organisations")
    qtbot.waitUntil(lambda: view.empty_label.isVisible())
    assert "Press Ctrl+N" in view.empty_label.text()
    profiled_crm.organisations.create({"name": "Takeda"})
    view.refresh()
    assert not view.empty_label.isVisible()
    with qtbot.waitSignal(view.filter_bar.changed, timeout=20000):
        view.filter_bar.text.setText("zzzz")
    qtbot.waitUntil(lambda: view.empty_label.isVisible())  # the filter is read off-thread
    assert "Nothing matches" in view.empty_label.text()


def test_search_with_no_hits_says_so(qtbot: Any, main_window: Any) -> None:
    palette = main_window.search_palette
    palette.query.setText("zzqx")
    assert palette.results.count() == 0
    assert palette.hint.text().startswith("Nothing found for “zzqx”")
    palette.query.clear()
    assert palette.hint.text().startswith("↑↓")
