"""All-day meetings in the app: the editor's "All day" box swaps the time for a first and
last day, saves them; the meetings list and Today show the date(s) without a time."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_date
from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.views.today_view import TodayView
from tests.ui.helpers import type_into, wait_saved


def test_the_all_day_box_hides_the_time_and_saves_the_days(qtbot: Any, main_window: Any,
                                                          profiled_crm: Crm) -> None:
    event = profiled_crm.events.create({"name": "BIO Japan", "timezone": "Asia/Tokyo"})
    view = main_window.show_view("meetings")
    view.refresh()
    main_window.action("new").trigger()
    editor = view.editor
    assert isinstance(editor, MeetingEditor)
    combo = editor.form.editors["event_id"].combo
    combo.setCurrentIndex(combo.findData(event["id"]))
    editor.start.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(10, 30)))
    duration = editor.form.editors["duration_minutes"]
    assert editor.start.isVisible() and duration.isVisible()
    assert not editor.first_day.isVisible()

    qtbot.mouseClick(editor.all_day, Qt.MouseButton.LeftButton)
    assert editor.is_all_day()
    assert not editor.start.isVisible() and not editor.local_time.isVisible()
    assert not duration.isVisible()  # whole days: the dates say how long
    assert editor.first_day.isVisible() and editor.last_day.isVisible()
    assert editor.first_day.date() == QDate(2026, 11, 25) == editor.last_day.date()
    assert editor.start_caption.text() == "Days *"
    editor.last_day.setDate(QDate(2026, 11, 27))
    type_into(qtbot, editor.form.editors["subject"].edit, "Stand duty")
    main_window.action("save").trigger()
    wait_saved(qtbot)

    [meeting] = profiled_crm.meetings.list()
    assert (meeting["all_day"], meeting["starts_at"], meeting["timezone"],
            meeting["duration_minutes"]) == (True, "2026-11-24T15:00:00+00:00", "Asia/Tokyo",
                                             3 * 1440)
    # Opened again: the days come back, the box ticked, nothing edited.
    main_window.open_record("meeting", meeting["id"])
    editor = view.editor
    assert editor.is_all_day() and not editor.is_dirty()
    assert (editor.first_day.date(), editor.last_day.date()) == (QDate(2026, 11, 25),
                                                                 QDate(2026, 11, 27))
    # The list shows the days, no time, in both columns.
    model = view.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and bool(model.index(0, 0).data()))
    shown = f"{format_date(date(2026, 11, 25))} – {format_date(date(2026, 11, 27))}"
    assert model.index(0, 0).data() == shown and model.index(0, 1).data() == shown
    main_window.grab().save("/tmp/allday-editor.png")

    # Unticked: a time again on the first day; three days cannot be a timed slot: an hour.
    qtbot.mouseClick(editor.all_day, Qt.MouseButton.LeftButton)
    assert editor.start.isVisible() and duration.isVisible()
    assert editor.start.date() == QDate(2026, 11, 25)
    assert editor.form.editors["duration_minutes"].raw_value() == 60
    editor.start.setTime(QTime(14, 0))
    main_window.action("save").trigger()
    wait_saved(qtbot)
    saved = profiled_crm.meetings.get(meeting["id"])
    assert (saved["all_day"], saved["starts_at"], saved["duration_minutes"]) == (
        False, "2026-11-25T05:00:00+00:00", 60)


def test_today_lists_a_multi_day_meeting_by_its_dates(qtbot: Any, main_window: Any,
                                                      profiled_crm: Crm) -> None:
    today = profiled_crm.clock().astimezone().date()
    first = date.fromordinal(today.toordinal() - 1)
    last = date.fromordinal(today.toordinal() + 1)
    profiled_crm.meetings.create({"subject": "Fair stand", "all_day": True,
                                  "starts_at": first.isoformat(), "timezone": "Asia/Tokyo",
                                  "duration_minutes": 3 * 1440})
    profiled_crm.meetings.create({"subject": "Yesterday only", "all_day": True,
                                  "starts_at": first.isoformat(), "timezone": "Asia/Tokyo"})
    view = main_window.show_view("today")
    assert isinstance(view, TodayView)
    view.refresh()
    qtbot.waitUntil(lambda: view.meetings.topLevelItemCount() == 1
                    and view.meetings.topLevelItem(0).text(5) == "Fair stand")
    item = view.meetings.topLevelItem(0)
    shown = f"{format_date(first)} – {format_date(last)}"
    assert item.text(0) == shown and item.text(1) == shown  # no time, no zone
    view.grab().save("/tmp/allday-today.png")
