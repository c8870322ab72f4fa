"""Dates typed into the date boxes are never changed silently (issue 13): an impossible day
("30/02/2027") stays as typed and is named ("there is no 30 February") until corrected, and
the meeting's start takes a whole moment typed or pasted, ISO or the language's form."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

from crm_app.services.crm import Crm
from crm_app.ui.forms.meeting_editor import MeetingEditor
from crm_app.ui.i18n import Translations
from crm_app.ui.reports.day_dialog import DayDialog
from crm_app.ui.widgets.day_edit import DayEdit
from crm_app.ui.widgets.moment_edit import MomentEdit
from tests.ui.helpers import type_into, wait_saved
from tests.ui.test_meetings_followups import seed


@pytest.fixture(autouse=True)
def british() -> Iterator[None]:
    """The app's English (en_GB: 24/11/2026) for the boxes built here."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def beside(qtbot: Any, edit: QWidget) -> tuple[QWidget, QLineEdit]:
    """`edit` in a window with another field to move the focus to."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    other = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus moves (and leaves boxes) only then
    return window, other


def retype(qtbot: Any, edit: QDateTimeEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)


def test_an_impossible_day_stays_as_typed_and_is_named(qtbot: Any) -> None:
    edit = DayEdit(QDate(2026, 12, 3))
    _window, other = beside(qtbot, edit)
    retype(qtbot, edit, "30/02/2027")
    other.setFocus()  # leaving the box: Qt alone would put "3 Dec 2026" back
    qtbot.waitUntil(lambda: edit.problem() is not None)
    assert edit.text() == "30/02/2027"
    assert edit.date() == QDate(2026, 12, 3)  # no value was made up meanwhile
    assert edit.problem_text() == "there is no 30 February"
    assert edit.toolTip() == "there is no 30 February" and "d32f2f" in edit.styleSheet()
    retype(qtbot, edit, "31 Apr 2027")  # with the month's name, and by Enter
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "31 Apr 2027" and edit.problem_text() == "there is no 31 April"
    retype(qtbot, edit, "28/02/2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.date() == QDate(2027, 2, 28) and edit.text() == "28 Feb 2027"
    assert edit.problem() is None and edit.toolTip() == "" and edit.styleSheet() == ""


def test_the_day_is_named_in_italian_and_a_dialog_refuses_it(
        qtbot: Any, translations: Translations) -> None:
    translations.switch("it")
    assert QLocale().language() == QLocale.Language.Italian
    dialog = DayDialog(QDate(2026, 12, 3).toPython())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.edit
    retype(qtbot, edit, "29/02/2027")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter reaches the dialog's OK too
    assert edit.text() == "29/02/2027"
    assert edit.problem_text() == "non esiste il 29 febbraio"
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # refused: not the old day
    dialog.grab().save("/tmp/msgs-day-dialog-it.png")
    retype(qtbot, edit, "28/02/2027")
    dialog.accept()
    assert not dialog.isVisible() and dialog.day().isoformat() == "2027-02-28"


@pytest.mark.parametrize(("typed", "expected"), [
    ("2026-12-03 14:30", QDateTime(QDate(2026, 12, 3), QTime(14, 30))),
    ("04/12/2026 09:15", QDateTime(QDate(2026, 12, 4), QTime(9, 15))),
    ("5 Dec 2026 16:45", QDateTime(QDate(2026, 12, 5), QTime(16, 45))),
])
def test_a_whole_moment_is_typed(qtbot: Any, typed: str, expected: QDateTime) -> None:
    edit = MomentEdit()
    edit.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    _window, _other = beside(qtbot, edit)
    assert edit.text() == "24 Nov 2026 10:00"
    retype(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.dateTime() == expected and edit.problem() is None


def test_a_moment_is_pasted_and_sections_still_type(qtbot: Any) -> None:
    edit = MomentEdit()
    edit.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(10, 0)))
    _window, other = beside(qtbot, edit)
    QGuiApplication.clipboard().setText("2026-12-07 08:05")
    edit.setFocus()
    edit.lineEdit().selectAll()
    edit.lineEdit().paste()
    other.setFocus()
    qtbot.waitUntil(lambda: edit.dateTime() == QDateTime(QDate(2026, 12, 7), QTime(8, 5)))
    assert edit.text() == "7 Dec 2026 08:05"
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)  # Qt's own way still works
    qtbot.keyClicks(edit, "15")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.dateTime() == QDateTime(QDate(2026, 12, 7), QTime(15, 5))


def test_the_meeting_start_refuses_an_impossible_day(qtbot: Any, main_window: Any,
                                                     profiled_crm: Crm) -> None:
    data = seed(profiled_crm)
    view = main_window.show_view("meetings")
    view.refresh()
    main_window.action("new").trigger()
    editor = view.editor
    assert isinstance(editor, MeetingEditor) and isinstance(editor.start, MomentEdit)
    combo = editor.form.editors["event_id"].combo
    combo.setCurrentIndex(combo.findData(data["event"]["id"]))
    type_into(qtbot, editor.form.editors["subject"].edit, "Licensing of a biosimilar")
    retype(qtbot, editor.start, "30/02/2027 10:00")
    qtbot.keyClick(editor.start, Qt.Key.Key_Return)
    assert editor.start.text() == "30/02/2027 10:00"
    main_window.action("save").trigger()
    assert editor.banner.isVisible() and editor.banner.text() == "there is no 30 February"
    assert profiled_crm.meetings.list() == []  # nothing saved with the last real day
    editor.grab().save("/tmp/msgs-meeting-start-impossible.png")
    retype(qtbot, editor.start, "2027-02-26 10:00")
    qtbot.keyClick(editor.start, Qt.Key.Key_Return)
    main_window.action("save").trigger()
    wait_saved(qtbot)
    [meeting] = profiled_crm.meetings.list()
    assert meeting["starts_at"].startswith("2027-02-26")  # 10:00 in Tokyo, 01:00 UTC
