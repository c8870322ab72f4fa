"""Global search opens a record; quick capture; the Today view; the window contract."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_app.services.capture import capture, split_name
from crm_app.services.crm import Crm
from crm_app.ui import dialogs, extensions
from crm_app.ui.forms.quick_capture import QuickCaptureDialog
from crm_app.ui.views.today_view import TodayView
from tests.ui.helpers import type_into


def test_global_search_opens_the_record_on_enter(qtbot: Any, main_window: Any,
                                                 profiled_crm: Crm) -> None:
    profiled_crm.contacts.create({"given_name": "Анна", "family_name": "Иванова",
                                  "given_name_latin": "Anna", "family_name_latin": "Ivanova"})
    wanted = profiled_crm.contacts.create({"given_name": "Dmitri", "family_name": "Ivanov"})
    main_window.show_view("today")
    main_window.action("search").trigger()  # Ctrl+K
    palette = main_window.search_palette
    assert palette.isVisible()
    type_into(qtbot, palette.query, "ivanov")
    texts = [palette.results.item(r).text() for r in range(palette.results.count())]
    assert any("Dmitri Ivanov" in t for t in texts) and any("Иванова" in t for t in texts)
    assert texts[0] == "Contacts (2)"  # a group heading, never chosen
    assert palette.results.currentRow() == 1
    for _ in range(next(i for i, t in enumerate(texts) if "Dmitri" in t) - 1):
        qtbot.keyClick(palette.query, Qt.Key.Key_Down)  # arrows move through the results
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)

    assert not palette.isVisible()
    view = main_window.current_view()
    assert view.key == "contacts"
    assert view.editor.record()["id"] == wanted["id"]
    assert main_window.current_selection() == ("contact", [wanted["id"]])


def test_quick_capture_saves_name_organisation_and_note(qtbot: Any,
                                                        profiled_crm: Crm) -> None:
    dialog = QuickCaptureDialog(profiled_crm)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.error.text() == "A name is needed." and profiled_crm.contacts.count() == 0
    type_into(qtbot, dialog.name, "Kenji Watanabe")
    type_into(qtbot, dialog.organisation, "Osaka Medical Devices")
    dialog.note.setPlainText("Interested in Italian cardiology stents; call after the fair.")
    dialog.save()
    contact = profiled_crm.contacts.get(dialog.contact_id)
    assert (contact["given_name"], contact["family_name"]) == ("Kenji", "Watanabe")
    assert contact["country"] == "JP"
    assert profiled_crm.organisations.get(contact["organisation_id"])["name"] == \
        "Osaka Medical Devices"
    [note] = profiled_crm.queries.timeline("contact", contact["id"])
    assert note.title.startswith("Interested in Italian")
    # A second capture at the same company reuses the organisation.
    second = capture(profiled_crm, "Aiko Mori", "osaka medical devices", "")
    assert profiled_crm.contacts.get(second)["organisation_id"] == contact["organisation_id"]


def test_quick_capture_never_drops_typed_text_silently(qtbot: Any, profiled_crm: Crm,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = QuickCaptureDialog(profiled_crm)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.name, "Someone")
    closed: list[bool] = []
    dialog.rejected.connect(lambda: closed.append(True))
    answers = [False, True]
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no",
                        lambda _p, _t, text: asked.append(text) or answers.pop(0))
    dialog.reject()  # Esc: "throw away what you typed?" -> no
    assert asked == ["Throw away what you typed?"] and closed == []
    dialog.reject()  # -> yes
    assert closed == [True] and profiled_crm.contacts.count() == 0


def test_split_name() -> None:
    assert split_name("  Anna  Maria Rossi ") == ("Anna Maria", "Rossi")
    assert split_name("Madonna") == ("", "Madonna")


def test_today_shows_meetings_in_both_zones_and_overdue_followups(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    event = profiled_crm.events.create({"name": "MEDICA", "timezone": "Europe/Berlin"})
    today = profiled_crm.clock().astimezone().date()
    profiled_crm.meetings.create({"event_id": event["id"], "subject": "Hospital buyer",
                                  "starts_at": profiled_crm.clock().isoformat()})
    staff_id = profiled_crm.settings.profile()["staff_id"]
    profiled_crm.followups.create({"title": "Overdue call", "owner_id": staff_id,
                                   "due_date": today.replace(day=1).isoformat()
                                   if today.day > 1 else "2020-01-01"})
    view = main_window.show_view("today")
    assert isinstance(view, TodayView)
    view.refresh()  # read on a worker thread, filled on the UI thread
    qtbot.waitUntil(lambda: view.meetings.topLevelItemCount() == 1
                    and view.followups.topLevelItem(0).text(1) == "Overdue call")
    item = view.meetings.topLevelItem(0)
    assert item.text(5) == "Hospital buyer" and item.text(0) != "" and item.text(1) != ""
    assert "CET" in item.text(0) or "CEST" in item.text(0)
    overdue = view.followups.topLevelItem(0)
    assert overdue.text(1) == "Overdue call"
    assert overdue.foreground(1).color().name() == "#d32f2f"
    opened: list[tuple[str, str]] = []
    view.open_requested.connect(lambda k, r: opened.append((k, r)))
    view.meetings.itemActivated.emit(item, 0)
    assert opened and opened[0][0] == "meeting"


def test_contract_menu_actions_selection_and_extensions(qtbot: Any, main_window: Any,
                                                        profiled_crm: Crm,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    action = main_window.add_menu_action("Tools", "Check", lambda: calls.append("x"), "Ctrl+J")
    action.trigger()
    assert calls == ["x"] and action.shortcut().toString() == "Ctrl+J"
    contact = profiled_crm.contacts.create({"family_name": "Nguyễn"})
    main_window.refresh_views()
    main_window.open_record("contact", contact["id"])
    assert main_window.current_selection() == ("contact", [contact["id"]])

    main_window.show_error("Disk full")
    installed: list[Any] = []
    fake = type("Area", (), {"install": staticmethod(lambda w: installed.append(w))})
    monkeypatch.setattr(extensions, "AREA_MODULES", ["fake_area", "missing_area"])
    monkeypatch.setattr(extensions.importlib, "import_module",
                        lambda name: fake if name == "fake_area" else __import__(name))
    errors: list[str] = []
    failed = extensions.install_all(main_window, errors.append)
    assert installed == [main_window] and failed == ["missing_area"]
    assert errors == ["missing_area could not be loaded; see the log for details."]


def test_main_window_shows_errors_through_the_seam(main_window: Any,
                                                   unexpected_dialogs: list[str]) -> None:
    main_window.show_error("The sync file is locked.")
    assert unexpected_dialogs == ["The sync file is locked."]


def test_keyboard_jumps_between_views(qtbot: Any, main_window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    jumps = {a.shortcut().toString(): a for a in main_window.actions() if a.shortcut()}
    jumps[QKeySequence("Ctrl+2").toString()].trigger()
    assert main_window.current_view().key == "contacts"
    jumps[QKeySequence("Ctrl+6").toString()].trigger()
    assert main_window.current_view().key == "followups"


def test_reminder_announces_due_follow_ups_once(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    staff_id = profiled_crm.settings.profile()["staff_id"]
    today = profiled_crm.clock().astimezone().date()
    profiled_crm.followups.create({"title": "Call Dr. Sato", "owner_id": staff_id,
                                   "due_date": today.isoformat()})
    profiled_crm.followups.create({"title": "Someone else's", "due_date": today.isoformat()})
    with qtbot.waitSignal(main_window.reminders.due) as blocker:
        main_window.reminders.check()
    assert [f["title"] for f in blocker.args[0]] == ["Call Dr. Sato"]
    assert main_window.reminder_label.text() == "1 follow-up due today or overdue"
    assert main_window.reminders.check() == []  # announced once per session
