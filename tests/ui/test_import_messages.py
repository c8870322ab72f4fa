"""The import dialog in the person's language (issue 13): a file refused, a row refused and a
row's warnings come from the core as message ids with arguments, shown in Italian; the
English sentences stay for the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm
from crm_app.ui.i18n import Translations
from crm_app.ui.io.import_dialog import ImportDialog

CSV = ("First Name,Last Name,E-mail Address,Business Phone,Country/Region\n"
       "Giulia,Conti,giulia@@example,,Italia\n"
       ",,,,\n"
       ",,,+39 02 1234 5678,Narnia\n"
       "Marco,Ferrari,marco@example.com,,IT\n")


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def details(dialog: ImportDialog) -> dict[str, str]:
    return {dialog.rows.item(r, 0).text(): dialog.rows.item(r, 3).text()
            for r in range(dialog.rows.rowCount())}


def test_refusals_and_warnings_in_italian(qtbot: Any, crm: Crm, tmp_path: Path,
                                          translations: Translations) -> None:
    source = tmp_path / "leads.csv"
    source.write_text(CSV, encoding="utf-8")
    english = {row.line: (row.reason, row.warnings)
               for row in ImportExport(crm).preview_file(source).rows}
    assert english[2][1] == ["email 'giulia@@example' is not valid; kept in the notes for "
                             "review"]
    assert english[4][0] == "no name: a contact needs a given or family name, or an email"
    translations.switch("it")
    dialog = ImportDialog(crm, source)
    qtbot.addWidget(dialog)
    shown = details(dialog)
    assert shown["2"] == ("email 'giulia@@example' non valida; conservata nelle note da "
                          "rivedere")
    assert shown["4"] == ("nessun nome: un contatto richiede un nome o un cognome, o "
                          "un'email")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/msgs-import-it.png")

    empty = tmp_path / "vuoto.csv"
    empty.write_text("   \n", encoding="utf-8")
    refused = ImportDialog(crm, empty)
    qtbot.addWidget(refused)
    assert refused.error.text() == "vuoto.csv è vuoto"
    assert not refused.import_button.isEnabled()
