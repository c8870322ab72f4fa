"""One way to write a day per language (issue 13): lists, forms, filters and reports show
"3 Dec 2026" / "3 dic 2026", never the ambiguous 03/12/2026; typed dates are read in that
form, the language's numeric form or ISO; an impossible one is named in the language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from crm_app.domain.dates import DISPLAY_DATE, format_day
from crm_app.reports.i18n import Texts
from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_date
from crm_app.ui.forms.date_field import DateEditor, parse_date
from crm_app.ui.i18n import Translations
from tests.ui.helpers import type_into, wait_saved

ITALIAN = QLocale("it_IT")
BRITISH = QLocale("en_GB")


@pytest.mark.parametrize(("language", "locale"), [("en", BRITISH), ("it", ITALIAN)])
def test_lists_forms_and_reports_write_a_day_the_same_way(qapp: QApplication, language: str,
                                                          locale: QLocale) -> None:
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        for month in range(1, 13):
            for day in (date(2026, month, 1), date(2027, month, 28)):
                shown = format_date(day)
                assert shown == format_day(day, language) == Texts(language).fmt_date(day)
                assert str(day.year) in shown and "/" not in shown
                assert parse_date(shown) == day  # what is shown reads back
    finally:
        QLocale.setDefault(before)
    assert format_day(date(2026, 12, 3), "en") == "3 Dec 2026"
    assert format_day(date(2026, 12, 3), "it") == "3 dic 2026"
    assert Texts("it").fmt_date(date(2026, 12, 1), "long") == "1° dicembre 2026"  # prose


def test_typed_in_each_form_of_the_language() -> None:
    day = date(2026, 11, 24)
    for text in ("24 nov 2026", "24 novembre 2026", "24/11/2026", "2026-11-24"):
        assert parse_date(text, ITALIAN) == day, text
    for text in ("24 Nov 2026", "24 November 2026", "24/11/2026", "2026-11-24"):
        assert parse_date(text, BRITISH) == day, text


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")


def test_an_italian_impossible_date_is_named_in_italian(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    main_window.translations = translations
    main_window.set_language("it")
    view = main_window.show_view("followups")
    view.new_record()
    form = view.editor.form
    type_into(qtbot, form.editors["title"].edit, "Inviare campioni")
    due = form.editors["due_date"]
    assert isinstance(due, DateEditor)
    qtbot.waitUntil(lambda: due.edit.placeholderText() ==  # LanguageChange is posted
                    "24 nov 2026 / 24/11/2026 / 2026-11-24")
    type_into(qtbot, due.edit, "30/02/2027")
    due.edit.editingFinished.emit()
    assert form.errors["due_date"].text() == "non esiste il 30 febbraio"
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.followups.count() == 0

    main_window.set_language("en")  # the error and the hint follow the switch
    qtbot.waitUntil(lambda: form.errors["due_date"].text() == "there is no 30 February")
    qtbot.waitUntil(lambda: due.edit.placeholderText() ==
                    "24 Nov 2026 / 24/11/2026 / 2026-11-24")

    type_into(qtbot, due.edit, "28 Feb 2027")
    assert form.errors["due_date"].text() == ""
    view.save_current()
    wait_saved(qtbot)
    assert profiled_crm.followups.list()[0]["due_date"] == "2027-02-28"
    main_window.set_language("it")  # a shown day is written again in the new language
    qtbot.waitUntil(lambda: due.edit.text() == "28 feb 2027")
    assert due.raw_value() == "2027-02-28" and not view.editor.is_dirty()


def test_an_italian_list_and_its_date_filters(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    for name, start, end in (("BIO International", "2026-06-22", "2026-06-25"),
                             ("Medica Düsseldorf", "2026-11-16", "2026-11-19"),
                             ("Arab Health", "2027-01-26", "2027-01-29")):
        profiled_crm.events.create({"name": name, "kind": "trade_fair",
                                    "start_date": start, "end_date": end})
    main_window.translations = translations
    main_window.set_language("it")
    view = main_window.show_view("events")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    shown = {view.model.index(row, column).data() for row in range(3) for column in
             range(view.model.columnCount())}
    assert {"22 giu 2026", "25 giu 2026", "16 nov 2026", "26 gen 2027"} <= shown
    bar = view.filter_bar
    qtbot.waitUntil(lambda: bar.date_from.locale().language() == QLocale.Language.Italian)
    assert bar.date_from.displayFormat() == DISPLAY_DATE and bar.date_from.calendarPopup()
    for title, due in (("Inviare il listino a Medica", "2026-11-30"),
                       ("Richiamare Bäckström", "2026-12-01"),
                       ("Preparare Arab Health", "2027-01-12")):
        profiled_crm.followups.create({"title": title, "due_date": due})
    followups = main_window.show_view("followups")
    followups.refresh()
    qtbot.waitUntil(lambda: followups.model.rowCount() == 3)
    assert {followups.model.index(row, 0).data() for row in range(3)} == {
        "30 nov 2026", "1 dic 2026", "12 gen 2027"}
    main_window.grab().save("/tmp/i18n-followups-list-it.png")


def test_italian_filter_boxes_show_their_whole_label(
        qtbot: Any, main_window: Any, translations: Translations) -> None:
    main_window.translations = translations
    main_window.set_language("it")
    view = main_window.show_view("contacts")
    owners = view.filter_bar.combos["owner_id"]
    qtbot.waitUntil(lambda: owners.itemText(0) == "Tutti i responsabili")
    for combo in view.filter_bar.combos.values():
        text = combo.itemText(0)
        assert combo.width() >= combo.fontMetrics().horizontalAdvance(text) + 20, text
    main_window.grab().save("/tmp/i18n-contacts-filters-it.png")


@pytest.mark.parametrize("typed", ["2026-11-24", "24/11/2026", "24 nov 2026"])
def test_a_filter_date_takes_iso_and_the_numeric_form(qtbot: Any, typed: str) -> None:
    from PySide6.QtCore import QDate, Qt

    from crm_app.ui.widgets.day_edit import DayEdit

    before = QLocale()
    QLocale.setDefault(ITALIAN)
    try:
        edit = DayEdit(QDate(2026, 12, 3))
        qtbot.addWidget(edit)
        edit.show()
        assert edit.text() == "3 dic 2026" and edit.calendarPopup()
        edit.lineEdit().selectAll()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.date() == QDate(2026, 11, 24)
        assert edit.text() == "24 nov 2026"  # shown back in the one display form
    finally:
        QLocale.setDefault(before)
