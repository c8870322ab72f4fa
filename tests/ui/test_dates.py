"""Date fields: a calendar on every one, typed dates in the language's format or ISO, and
an impossible date named as such ("there is no 30 February")."""

from __future__ import annotations

from datetime import date
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, QLocale

from crm_app.domain.schema import ENTITIES, FieldSpec
from crm_app.services.crm import Crm
from crm_app.ui.forms.date_field import DateEditor, impossible_day, parse_date
from crm_app.ui.forms.record_form import FORM_FIELDS
from tests.ui.helpers import type_into, wait_saved

ITALIAN = QLocale(QLocale.Language.Italian, QLocale.Country.Italy)
AMERICAN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SPEC = FieldSpec("due_date", "date", "Due date")


def test_typed_dates_in_the_language_or_iso() -> None:
    assert parse_date("2026-11-24") == date(2026, 11, 24)
    assert parse_date("24/11/2026", ITALIAN) == date(2026, 11, 24)
    assert parse_date("11/24/2026", AMERICAN) == date(2026, 11, 24)
    assert parse_date("2027-02-30") is None and parse_date("soon") is None


def test_an_impossible_date_is_named() -> None:
    assert impossible_day("2027-02-30") == (30, 2)
    assert impossible_day("31/04/2026", ITALIAN) == (31, 4)
    assert impossible_day("04/31/2026", AMERICAN) == (31, 4)
    assert impossible_day("2028-02-29") is None  # a leap year has it
    assert impossible_day("2027-13-01") is None and impossible_day("next week") is None


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       italian=st.booleans())
def test_what_is_shown_reads_back_as_the_same_day(qapp: Any, day: date, italian: bool) -> None:
    before = QLocale()
    QLocale.setDefault(ITALIAN if italian else AMERICAN)
    try:
        editor = DateEditor(SPEC)
        editor.set_value(day.isoformat())
        assert editor.raw_value() == day.isoformat()
        assert "-" not in editor.edit.text()  # shown in the language's own way
        editor.deleteLater()
    finally:
        QLocale.setDefault(before)


def test_every_date_field_of_every_form_has_a_calendar(qtbot: Any, main_window: Any) -> None:
    found = 0
    for view in main_window.views():
        form = getattr(getattr(view, "editor", None), "form", None)
        if form is None:
            continue
        for name in FORM_FIELDS.get(view.entity, ()):
            if (name not in ENTITIES[view.entity].links
                    and ENTITIES[view.entity].field(name).kind == "date"):
                editor = form.editors[name]
                assert isinstance(editor, DateEditor), name
                assert editor.button.menu() is not None
                found += 1
    assert found == 5  # first met on, consent date, event start and end, due date


def test_the_form_names_an_impossible_date_and_takes_a_picked_one(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    view = main_window.show_view("followups")
    view.new_record()
    form = view.editor.form
    type_into(qtbot, form.editors["title"].edit, "Send samples")
    due = form.editors["due_date"]
    assert isinstance(due, DateEditor)
    type_into(qtbot, due.edit, "2027-02-30")
    due.edit.editingFinished.emit()
    assert form.errors["due_date"].text() == "there is no 30 February"
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.followups.count() == 0
    due.calendar.clicked.emit(QDate(2027, 2, 28))  # chosen in the calendar instead
    assert form.errors["due_date"].text() == ""
    assert due.raw_value() == "2027-02-28"
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.followups.list()[0]["due_date"] == "2027-02-28"


def test_filter_dates_have_a_calendar_and_a_four_digit_year(qtbot: Any, main_window: Any) -> None:
    for key in ("events", "meetings", "followups"):
        bar = main_window.view(key).filter_bar
        for edit in (bar.date_from, bar.date_to):
            assert edit.calendarPopup() and "yyyy" in edit.displayFormat()
