"""The new texts in Italian, and texts written by a base class (RecordListView,
RecordEditor) translated when a subclass shows them (PySide looks up the subclass name)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from crm_app.services.crm import Crm
from crm_app.ui.forms.date_field import impossible_error
from crm_app.ui.i18n import Translations
from crm_app.ui.messages import message_text


@pytest.fixture
def italian(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    tr.switch("it")
    yield tr
    tr.switch("en")


def test_subclass_views_show_their_base_class_texts_in_italian(
        qtbot: Any, profiled_crm: Crm, app_settings: Any, italian: Translations) -> None:
    from crm_app.ui.main_window import MainWindow

    window = MainWindow(profiled_crm, app_settings, translations=italian)
    qtbot.addWidget(window)
    contacts = window.view("contacts")
    assert contacts.count_label.text() == "0 record"  # RecordListView's text, ContactsView
    assert window.view("meetings").editor.save_button.text() == "Salva"  # in MeetingEditor
    assert window.view("trash").empty_label.text().startswith("Il Cestino è vuoto")
    assert "Ctrl+N" in contacts.empty_text() and contacts.empty_text().startswith("Ancora")


def test_an_impossible_date_in_italian(italian: Translations) -> None:
    assert message_text(impossible_error("due_date", 30, 2)) == "non esiste il 30 febbraio"
