"""Saving a record runs on the window's single writer thread (issue 13): the UI thread keeps
painting and taking keys, what is typed meanwhile is kept, errors still land on their field.

The service save is slowed with a gate (a test seam around `crm.history.update`), never with
a sleep in the app: the test decides when the write may finish.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, QTimer

from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from tests.ui.helpers import type_into


class Gate:
    """Holds `crm.history.update` on the worker until `release()`; records who called it."""

    def __init__(self, crm: Crm, monkeypatch: pytest.MonkeyPatch) -> None:
        self.event = threading.Event()
        self.threads: list[int] = []
        real = crm.history.update

        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.get_ident())
            assert self.event.wait(10), "the test never released the save"
            return real(*args, **kwargs)

        monkeypatch.setattr(crm.history, "update", held)

    def release(self) -> None:
        self.event.set()


@pytest.fixture
def gate(main_window: Any, profiled_crm: Crm, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(profiled_crm, monkeypatch)
    yield held
    held.release()  # before the window waits for its workers


def open_contact(main_window: Any, crm: Crm) -> tuple[Any, dict[str, Any]]:
    contact = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                   "job_title": "Buyer", "notes": "Met at FOODEX"})
    view = main_window.show_view("contacts")
    view.refresh()
    view.open_record(contact["id"])
    return view, contact


def test_a_save_runs_on_the_writer_while_the_ui_thread_keeps_ticking(
        qtbot: Any, main_window: Any, profiled_crm: Crm, gate: Gate) -> None:
    view, contact = open_contact(main_window, profiled_crm)
    editor = view.editor
    type_into(qtbot, editor.form.editors["job_title"].edit, "Head of BD")
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    main_window.action("save").trigger()  # Ctrl+S
    assert editor.is_saving()
    assert editor.save_button.text() == "Saving…" and not editor.save_button.isEnabled()
    qtbot.waitUntil(lambda: len(ticks) >= 5)  # the UI thread runs while the write is held
    qtbot.waitUntil(lambda: bool(gate.threads))
    assert gate.threads[0] != threading.get_ident()  # the write is on another thread
    assert profiled_crm.contacts.get(contact["id"])["job_title"] == "Buyer"  # not yet
    gate.release()
    qtbot.waitUntil(lambda: not editor.is_saving())
    timer.stop()
    assert profiled_crm.contacts.get(contact["id"])["job_title"] == "Head of BD"
    assert editor.save_button.text() == "Save" and not editor.is_dirty()
    assert main_window.statusBar().currentMessage() == "Saved Hanako Suzuki"
    assert main_window.action("undo").text() == "&Undo Save Hanako Suzuki"
    qtbot.waitUntil(lambda: view.table.currentIndex().isValid())  # the list reads again
    assert view.model.row_id(view.table.currentIndex().row()) == contact["id"]


def test_typing_during_a_save_is_kept_over_the_saved_record(
        qtbot: Any, main_window: Any, profiled_crm: Crm, gate: Gate) -> None:
    view, contact = open_contact(main_window, profiled_crm)
    editor = view.editor
    type_into(qtbot, editor.form.editors["job_title"].edit, "Head of BD")
    editor.save()
    notes = editor.form.editors["notes"].edit
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, ", wants samples")  # typed while the save runs
    gate.release()
    qtbot.waitUntil(lambda: not editor.is_saving())
    saved = profiled_crm.contacts.get(contact["id"])
    assert saved["job_title"] == "Head of BD" and saved["notes"] == "Met at FOODEX"
    assert notes.toPlainText() == "Met at FOODEX, wants samples"  # not overwritten
    assert notes.textCursor().position() == len("Met at FOODEX, wants samples")
    assert editor.form.editors["job_title"].edit.text() == "Head of BD"
    assert editor.is_dirty() and editor.form.changes() == {
        "notes": "Met at FOODEX, wants samples"}
    assert editor.save_button.isEnabled()
    editor.save()
    qtbot.waitUntil(lambda: not editor.is_saving())
    assert profiled_crm.contacts.get(contact["id"])["notes"] == "Met at FOODEX, wants samples"
    assert not editor.is_dirty()


def test_double_ctrl_s_saves_once(qtbot: Any, main_window: Any, profiled_crm: Crm,
                                  gate: Gate) -> None:
    view, _contact = open_contact(main_window, profiled_crm)
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "Head of BD")
    main_window.action("save").trigger()
    main_window.action("save").trigger()
    gate.release()
    qtbot.waitUntil(lambda: not view.editor.is_saving())
    main_window.tasks.wait_idle(5000)
    qtbot.wait(20)
    assert len(gate.threads) == 1
    assert main_window.crm.history.undo_label() == "Save Hanako Suzuki"
    assert len(main_window.crm.history._done) == 1


def test_a_field_error_shows_inline_and_saves_nothing(qtbot: Any, main_window: Any,
                                                      profiled_crm: Crm) -> None:
    view, contact = open_contact(main_window, profiled_crm)
    editor = view.editor
    type_into(qtbot, editor.form.editors["emails"].edit, "hanako@")
    assert editor.save() is False  # the form's own check: nothing is sent to the writer
    assert not editor.is_saving() and main_window.crm.history.undo_label() is None
    assert editor.form.errors["emails"].text()
    assert profiled_crm.contacts.get(contact["id"])["emails"] == []


def test_an_error_from_the_service_comes_back_inline(qtbot: Any, main_window: Any,
                                                     profiled_crm: Crm) -> None:
    """The event's end before its start is checked by the service, on the worker."""
    event = profiled_crm.events.create({"name": "FOODEX", "start_date": "2027-03-09",
                                        "end_date": "2027-03-12", "timezone": "Asia/Tokyo"})
    view = main_window.show_view("events")
    view.refresh()
    view.open_record(event["id"])
    editor = view.editor
    editor.form.editors["end_date"].set_value("2027-03-01")
    editor.form.editors["end_date"].changed.emit()
    assert editor.save() is True  # started
    with qtbot.waitSignal(editor.save_finished) as finished:
        pass
    assert finished.args == [False]
    assert editor.form.errors["end_date"].text() == "the event ends before it starts"
    assert str(profiled_crm.events.get(event["id"])["end_date"]) == "2027-03-12"
    assert editor.is_dirty() and editor.save_button.text() == "Save"
    assert main_window.crm.history.undo_label() is None


def test_closing_with_unsaved_changes_still_saves(qtbot: Any, main_window: Any,
                                                  profiled_crm: Crm,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view, contact = open_contact(main_window, profiled_crm)
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "Head of BD")
    asked: list[str] = []

    def answer(_parent: Any, text: str) -> dialogs.Unsaved:
        asked.append(text)
        return dialogs.Unsaved.SAVE

    monkeypatch.setattr(dialogs, "ask_unsaved", answer)
    assert main_window.close()
    assert asked == ["“Hanako Suzuki” has unsaved changes. Save them?"]
    assert profiled_crm.contacts.get(contact["id"])["job_title"] == "Head of BD"
    assert not view.editor.is_dirty()


def test_moving_to_another_row_waits_for_a_running_save(
        qtbot: Any, main_window: Any, profiled_crm: Crm, gate: Gate) -> None:
    view, contact = open_contact(main_window, profiled_crm)
    other = profiled_crm.contacts.create({"given_name": "Aiko", "family_name": "Tanaka"})
    type_into(qtbot, view.editor.form.editors["job_title"].edit, "Head of BD")
    view.save_current()
    QTimer.singleShot(30, gate.release)  # the write finishes while the row change waits
    view.open_record(other["id"])
    assert profiled_crm.contacts.get(contact["id"])["job_title"] == "Head of BD"
    assert view.editor.record()["id"] == other["id"]


def test_a_meeting_start_moved_during_its_save_stays_an_edit(
        qtbot: Any, main_window: Any, profiled_crm: Crm, gate: Gate) -> None:
    """The meeting editor's own parts (start, participants) follow the same rule as the form."""
    event = profiled_crm.events.create({"name": "BIO Japan", "start_date": "2026-11-24",
                                        "end_date": "2026-11-26", "timezone": "Asia/Tokyo"})
    meeting = profiled_crm.meetings.create({"event_id": event["id"], "subject": "Licensing",
                                            "starts_at": "2026-11-25 10:30",
                                            "timezone": "Asia/Tokyo"})
    view = main_window.show_view("meetings")
    view.refresh()
    view.open_record(meeting["id"])
    editor = view.editor
    type_into(qtbot, editor.form.editors["subject"].edit, "Licensing of a biosimilar")
    editor.save()
    assert editor.is_saving()
    editor.start.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(14, 0)))  # meanwhile
    gate.release()
    qtbot.waitUntil(lambda: not editor.is_saving())
    saved = profiled_crm.meetings.get(meeting["id"])
    assert saved["subject"] == "Licensing of a biosimilar"
    assert editor.start_text() == "2026-11-25 14:00" and editor.is_dirty()
    assert editor.save_and_wait()  # waits without freezing, then says how it went
    assert not editor.is_dirty()
    assert profiled_crm.meetings.get(meeting["id"])["starts_at"] != saved["starts_at"]
