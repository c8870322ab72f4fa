"""The Meetings calendar on real widgets and a real database file: blocks where the model
puts them, a drag that moves the meeting in the database and Edit ▸ Undo that puts it back,
double-click and Enter open the editor, and both hour columns for a fair abroad."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crm_app.services.calendar import event_days
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.ui.formatting import format_time
from crm_app.ui.views.calendar.grid import HOUR_HEIGHT, ZONE_WIDTH, CalendarGrid
from crm_app.ui.views.calendar.model import ID_ROLE, KIND_ROLE, MOVE_ROLE
from crm_app.ui.views.meetings_view import MeetingsView

TOKYO, ROME = "Asia/Tokyo", "Europe/Rome"


def _calendar(window: Any, event_id: str, mode: str = "week",
              laptop: str = ROME) -> MeetingsView:
    view = window.show_view("meetings")
    assert isinstance(view, MeetingsView)
    assert view.mode == "list" and view.splitter.isVisible()  # the list is the default
    view.calendar.set_laptop_zone(laptop)
    view.calendar.mode = mode
    view.calendar.load(event_id)
    view.set_mode(mode)
    assert view.calendar.isVisible() and not view.splitter.isVisible()
    return view


def _fair(crm: Crm) -> tuple[dict[str, Any], str]:
    fair = crm.events.create({"name": "BIO Japan", "start_date": "2026-10-14",
                              "end_date": "2026-10-16", "timezone": TOKYO})
    org = crm.organisations.create({"name": "Takeda", "country": "JP"})
    guest = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                 "organisation_id": org["id"]})
    meeting = crm.meetings.create({"event_id": fair["id"], "starts_at": "2026-10-14 10:00",
                                   "duration_minutes": 45, "place": "Table 12",
                                   "subject": "Licensing",
                                   "participants": [{"contact_id": guest["id"]}]})
    return fair, str(meeting["id"])


def _press_move_release(grid: CalendarGrid, start: QPoint, end: QPoint) -> None:
    """A drag as the person does it: press, moves with the button held, release."""
    viewport = grid.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for point in (start + QPoint(0, 12), (start + end) / 2, end):
        move = QMouseEvent(QEvent.Type.MouseMove, QPointF(point),
                           QPointF(viewport.mapToGlobal(point)), Qt.MouseButton.NoButton,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_the_demo_event_shows_its_meetings_at_their_places(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    generate_demo(profiled_crm.db, 200, today=date(2026, 11, 20))
    event = next(e for e in profiled_crm.events.list() if e["timezone"] == TOKYO)
    view = _calendar(main_window, str(event["id"]))
    grid, model = view.calendar.grid, view.calendar.model
    days = event_days(event)
    assert model.days() == days  # a 3-day fair: its three days side by side
    expected = [m for m in profiled_crm.meetings.list(filters={"event_id": event["id"]})]
    timed = [model.index(r, 0) for r in range(model.rowCount())
             if model.index(r, 0).data(KIND_ROLE) == "timed"]
    assert expected and {i.data(ID_ROLE) for i in timed} == {m["id"] for m in expected}
    zone = ZoneInfo(TOKYO)
    for index in timed:
        record = profiled_crm.meetings.get(str(index.data(ID_ROLE)))
        local = datetime.fromisoformat(record["starts_at"]).astimezone(zone)
        column = days.index(local.date())
        rect = grid.visualRect(index)
        assert grid.column_x(column) < rect.left() < grid.column_x(column + 1)
        assert grid.column_x(column) < rect.right() <= grid.column_x(column + 1)
        minute = local.hour * 60 + local.minute
        assert rect.top() == grid.top() + round(minute * HOUR_HEIGHT / 60) \
            - grid.verticalScrollBar().value()
        assert abs(rect.height() + 1 - max(15, record["duration_minutes"]) * HOUR_HEIGHT / 60) \
            <= 1
        assert grid.indexAt(rect.center()).data(ID_ROLE) == index.data(ID_ROLE)
    # Blocks of one day never cover each other.
    for a in timed:
        for b in timed:
            if a.row() < b.row():
                assert not grid.visualRect(a).intersects(grid.visualRect(b))


def test_a_drag_moves_the_meeting_and_undo_puts_it_back(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    fair, meeting = _fair(profiled_crm)
    view = _calendar(main_window, str(fair["id"]))
    grid, model = view.calendar.grid, view.calendar.model
    index = model.index(model.row_of(meeting), 0)
    assert "Hanako Suzuki" in index.data() and "Table 12" in index.data()
    rect = grid.visualRect(index)
    start = QPoint(rect.center().x(), rect.top() + 5)
    offset = grid.cell_at(start)[1] - 10 * 60
    target = QPoint(grid.column_x(1) + 40, grid.minute_y(14 * 60 + 30 + offset) + 2)
    _press_move_release(grid, start, target)
    moved = profiled_crm.meetings.get(meeting)
    assert moved["starts_at"] == "2026-10-15T05:30:00+00:00"  # Thu 15 Oct, 14:30 in Tokyo
    assert moved["duration_minutes"] == 45 and moved["timezone"] == TOKYO
    message = main_window.statusBar().currentMessage()
    assert message.startswith("Moved Hanako Suzuki to ") and message.endswith(
        format_time(datetime(2026, 10, 15, 14, 30)))
    new_index = model.index(model.row_of(meeting), 0)
    assert grid.currentIndex() == new_index and model.item(new_index.row()).column == 1
    undo = main_window.action("undo")
    assert undo.isEnabled() and undo.text() == "&Undo Move Hanako Suzuki"
    undo.trigger()
    assert profiled_crm.meetings.get(meeting)["starts_at"] == "2026-10-14T01:00:00+00:00"
    back = model.item(model.row_of(meeting))
    assert (back.column, back.start_minute) == (0, 10 * 60)  # the calendar follows
    main_window.action("redo").trigger()
    assert profiled_crm.meetings.get(meeting)["starts_at"] == "2026-10-15T05:30:00+00:00"


def test_moving_through_the_model_api_and_a_refused_move(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    fair, meeting = _fair(profiled_crm)
    view = _calendar(main_window, str(fair["id"]), mode="day")
    model = view.calendar.model
    assert model.days() == (date(2026, 10, 14),)
    index = model.index(model.row_of(meeting), 0)
    assert model.setData(index, (0, 16 * 60 + 7), MOVE_ROLE)  # snaps to 16:00
    assert profiled_crm.meetings.get(meeting)["starts_at"] == \
        datetime(2026, 10, 14, 7, 0, tzinfo=UTC).isoformat()
    assert not model.setData(model.index(model.row_of(meeting), 0), (0, 16 * 60), MOVE_ROLE)
    # Someone changed it meanwhile: the move still goes through the service and its checks.
    profiled_crm.meetings.delete(meeting)
    assert not model.setData(model.index(model.row_of(meeting), 0), (0, 9 * 60), MOVE_ROLE)
    assert "meeting" in main_window.statusBar().currentMessage().lower()


def test_double_click_and_enter_open_the_meeting_editor(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    fair, meeting = _fair(profiled_crm)
    second = profiled_crm.meetings.create({"event_id": fair["id"], "subject": "Pricing",
                                           "starts_at": "2026-10-14 15:00"})
    view = _calendar(main_window, str(fair["id"]))
    grid, model = view.calendar.grid, view.calendar.model
    rect = grid.visualRect(model.index(model.row_of(meeting), 0))
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.calendar.dialog
    assert dialog is not None and dialog.isVisible()
    record = dialog.editor.record()
    assert record is not None and record["id"] == meeting
    assert profiled_crm.meetings.get(meeting)["starts_at"] == "2026-10-14T01:00:00+00:00"
    dialog.close()
    # Keyboard: Down goes to the next meeting of the day, Enter opens it.
    grid.setFocus()
    grid.setCurrentIndex(model.index(model.row_of(meeting), 0))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.currentIndex().data(ID_ROLE) == second["id"]
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    opened = view.calendar.dialog
    assert opened is not None and opened.isVisible()
    assert (opened.editor.record() or {}).get("id") == second["id"]
    opened.close()
    view.set_mode("list")  # back to the table and the editor
    assert view.splitter.isVisible() and not view.calendar.isVisible()


def test_a_fair_in_tokyo_on_a_laptop_in_rome_shows_both_hour_columns(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    fair, _meeting = _fair(profiled_crm)
    view = _calendar(main_window, str(fair["id"]), laptop=ROME)
    grid = view.calendar.grid
    assert grid.shows_laptop_zone() and grid.gutter() == 2 * ZONE_WIDTH
    # 09:00 in Tokyo is 02:00 in Rome in October (summer time, seven hours behind).
    assert grid.hour_labels(9) == [format_time(datetime(2026, 10, 14, 9)),
                                   format_time(datetime(2026, 10, 14, 2))]
    assert grid.hour_labels(3)[1].endswith("−1")  # 03:00 Tokyo is the evening before
    assert "Asia/Tokyo" in view.calendar.zone_label.text()
    assert "Europe/Rome" in view.calendar.zone_label.text()
    view.calendar.set_laptop_zone(TOKYO)  # at the fair itself: one hour column
    assert not grid.shows_laptop_zone() and grid.gutter() == ZONE_WIDTH
    assert grid.hour_labels(9) == [format_time(datetime(2026, 10, 14, 9))]


def test_all_day_meetings_sit_in_the_strip_and_previous_next_step(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    fair, meeting = _fair(profiled_crm)
    stand = profiled_crm.meetings.create({"event_id": fair["id"], "starts_at": "2026-10-14",
                                          "all_day": True, "duration_minutes": 3 * 1440,
                                          "subject": "Stand duty"})
    view = _calendar(main_window, str(fair["id"]))
    grid, model = view.calendar.grid, view.calendar.model
    index = model.index(model.row_of(str(stand["id"])), 0)
    assert index.data(KIND_ROLE) == "all_day"
    rect = grid.visualRect(index)
    assert rect.bottom() < grid.top()  # above the hours, across the three days
    assert rect.left() < grid.column_x(1) and rect.right() > grid.column_x(2)
    view.calendar.next.click()
    assert model.days()[0] == date(2026, 10, 17) and model.row_of(meeting) < 0
    view.calendar.previous.click()
    assert model.days()[0] == date(2026, 10, 14) and model.row_of(meeting) >= 0


def test_the_calendar_in_italian(qtbot: Any, profiled_crm: Crm, app_settings: Any,
                                 qapp: QApplication, compiled_translations: Any) -> None:
    from crm_app.ui.i18n import Translations
    from crm_app.ui.main_window import MainWindow

    translations = Translations(qapp)
    translations.switch("it")
    try:
        window = MainWindow(profiled_crm, app_settings, translations=translations)
        qtbot.addWidget(window)
        fair, meeting = _fair(profiled_crm)
        view = window.show_view("meetings")
        assert isinstance(view, MeetingsView)
        assert [b.text() for b in view.mode_buttons.values()] == ["Elenco", "Giorno",
                                                                  "Settimana"]
        view.calendar.load(str(fair["id"]))
        assert view.calendar.today.text() == "Oggi"
        assert view.calendar.events.itemText(0) == "Tutti gli eventi"
        model = view.calendar.model
        assert model.setData(model.index(model.row_of(meeting), 0), (1, 9 * 60), MOVE_ROLE)
        assert profiled_crm.history.undo_label() == "Sposta Hanako Suzuki"
    finally:
        translations.switch("en")


def test_a_crowded_hour_shows_readable_lanes_and_the_rest_as_plus_n(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    """Forty tables at once drew a week of hair-thin stripes (seen under Xvfb on the 100k
    demo): lanes stay readable, the meetings without one are a "+N" that lists them, and
    the day it offers has the wider lanes."""
    from crm_app.ui.views.calendar.geometry import MIN_LANE

    fair, _first = _fair(profiled_crm)
    for table in range(40):
        profiled_crm.meetings.create({"event_id": fair["id"], "starts_at": "2026-10-14 10:00",
                                      "duration_minutes": 30, "place": f"Table {table + 1}",
                                      "subject": f"Partnering {table + 1}"})
    main_window.resize(1280, 800)
    view = _calendar(main_window, str(fair["id"]))
    grid, model = view.calendar.grid, view.calendar.model
    timed = [model.index(r, 0) for r in range(model.rowCount())
             if model.index(r, 0).data(KIND_ROLE) == "timed"]
    assert len(timed) == 41
    shown = [i for i in timed if not grid.isIndexHidden(i)]
    hidden = [i for i in timed if grid.isIndexHidden(i)]
    assert shown and hidden
    assert all(grid.visualRect(i).width() >= MIN_LANE - 2 for i in shown)
    [overflow] = grid.overflows()
    assert {model.index(r, 0).data(ID_ROLE) for r in overflow.rows} == \
        {i.data(ID_ROLE) for i in hidden}
    chip = grid.overflow_rect(overflow)
    assert not any(grid.visualRect(i).intersects(chip) for i in shown)
    assert grid.indexAt(chip.center()).isValid() is False  # the chip, not a hidden block

    clicked: list[Any] = []
    grid.overflow_clicked.disconnect()  # the menu would wait for a choice
    grid.overflow_clicked.connect(lambda found, _where: clicked.append(found))
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, chip.center())
    assert clicked == [overflow]

    menu = view.calendar.overflow_menu(overflow)
    entries = [a for a in menu.actions() if not a.isSeparator()]
    assert entries[0].text().startswith("Show")
    listed = [a for a in entries[1:] if a.data()]
    assert [a.data() for a in listed] == [model.index(r, 0).data(ID_ROLE)
                                          for r in overflow.rows][:len(listed)]
    assert all("10:00" in a.text() and "Table" in a.text() for a in listed)
    listed[0].trigger()  # one of them opens in the meeting editor
    assert view.calendar.dialog is not None
    assert (view.calendar.dialog.editor.record() or {}).get("id") == listed[0].data()
    view.calendar.dialog.close()

    entries[0].trigger()  # the day: three times the room, fewer behind "+N"
    assert view.mode == "day" and view.calendar.mode == "day"
    assert model.days() == (date(2026, 10, 14),)
    day_hidden = [r for o in grid.overflows() for r in o.rows]
    assert len(day_hidden) < len(hidden)
