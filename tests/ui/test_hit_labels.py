"""An organisation's kind in search hit lines (Ctrl+K, the organisation field, participants)
is shown in the interface language (issue 13); the core's line stays English for the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from crm_app.services.crm import Crm
from crm_app.ui.forms.field_widgets import SearchRefEditor
from crm_app.ui.i18n import Translations
from crm_app.ui.labels import hit_detail
from tests.ui.helpers import type_into, type_search


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    tr = Translations(qapp)
    yield tr
    tr.switch("en")  # the translator is application-wide: leave English for other tests


def test_the_kind_of_an_organisation_is_translated_in_hits(
        qtbot: Any, main_window: Any, profiled_crm: Crm, translations: Translations) -> None:
    profiled_crm.organisations.create({"name": "Agenzia Lombarda Innovazione",
                                       "kind": "public_agency", "city": "Milano",
                                       "country": "IT"})
    [hit] = profiled_crm.search.search("lombarda", kinds=("organisation",))
    assert hit.detail.startswith("public agency · Milano")  # the CLI's line, unchanged
    assert hit.detail_value == "public_agency"
    assert hit_detail(hit).startswith("Public agency · Milano")
    main_window.translations = translations
    main_window.set_language("it")
    assert hit_detail(hit).startswith("Ente pubblico · Milano")

    main_window.action("search").trigger()  # Ctrl+K
    palette = main_window.search_palette
    type_into(qtbot, palette.query, "lombarda")
    texts = [palette.results.item(r).text() for r in range(palette.results.count())]
    assert any(t.startswith("Agenzia Lombarda Innovazione — Ente pubblico · Milano")
               for t in texts), texts
    palette.hide()

    view = main_window.show_view("contacts")
    view.new_record()
    editor = view.editor.form.editors["organisation_id"]
    assert isinstance(editor, SearchRefEditor)
    rows = type_search(qtbot, editor.picker, "lombarda")
    assert rows[0][0].startswith("Agenzia Lombarda Innovazione — Ente pubblico · Milano")
    view.editor.revert()
