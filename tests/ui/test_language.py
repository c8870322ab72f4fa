"""English and Italian: switching changes the visible texts at once, and the locale used for
dates and numbers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crm_app.services.crm import Crm
from crm_app.ui.formatting import country_name, format_date, format_number
from crm_app.ui.i18n import Translations
from crm_app.ui.labels import label


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def visible_texts(window: Any) -> dict[str, str]:
    nav = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    contacts = window.view("contacts")
    return {
        "nav": "|".join(nav),
        "menus": "|".join(a.text() for a in window.menuBar().actions()),
        "header": contacts.model.headerData(0, Qt.Orientation.Horizontal),
        "country_filter": contacts.filter_bar.combos["country"].itemText(0),
        "save": contacts.editor.save_button.text(),
        "field": contacts.editor.form.labels["family_name"].text(),
    }


def test_switching_language_changes_visible_texts(qtbot: Any, profiled_crm: Crm,
                                                  app_settings: Any,
                                                  translations: Translations) -> None:
    from crm_app.ui.main_window import MainWindow

    translations.switch("en")
    window = MainWindow(profiled_crm, app_settings, translations=translations)
    qtbot.addWidget(window)
    english = visible_texts(window)
    assert english["nav"].startswith("Today|Contacts|Organisations")
    assert english["save"] == "Save" and english["header"] == "Name"

    window.set_language("it")
    italian = visible_texts(window)
    assert italian["nav"] == "Oggi|Contatti|Organizzazioni|Eventi|Incontri|Attività|Cestino"
    assert italian["menus"].startswith("&File|&Modifica|&Visualizza|&Strumenti|&Report")
    assert italian["header"] == "Nome" and italian["country_filter"] == "Tutti i paesi"
    assert italian["save"] == "Salva" and italian["field"] == "Cognome"
    assert window.windowTitle() == "CRM Missioni Commerciali"
    assert label("trade_fair") == "Fiera"
    assert app_settings.language == "it"
    assert profiled_crm.settings.profile()["language"] == "it"

    window.set_language("en")
    assert visible_texts(window) == english


def test_dates_numbers_and_countries_follow_the_language(translations: Translations) -> None:
    translations.switch("it")
    assert format_date(date(2026, 3, 10)) == "10 mar 2026"  # the month in letters
    assert format_number(100000) == "100.000"
    assert country_name("JP") == "Giappone"
    translations.switch("en")
    assert format_date(date(2026, 3, 10)) == "10 Mar 2026"  # never 03/10 or 10/03
    assert format_number(100000) == "100,000"
    assert country_name("JP") == "Japan"
