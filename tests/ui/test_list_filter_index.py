"""The contacts list's filter box at the view: typed letters are debounced, answered from
the search index on the list's reader (the broad-filter paths forced on a small database),
and the record being shown stays selected even below the first rows read."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm_app.services import text_window
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.widgets.filter_bar import DEBOUNCE_MS


def _people(crm: Crm) -> None:
    for n in range(40):
        crm.contacts.create({"given_name": ["Marco", "Maria", "Anna", "Luca"][n % 4],
                             "family_name": f"Rossi{n:02d}" if n % 3 else f"Marini{n:02d}"})


def test_typed_filter_shows_the_index_rows_in_list_order(
        qtbot: Any, main_window: Any, profiled_crm: Crm,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_window, "FEW_HITS", 0)
    _people(profiled_crm)
    view = main_window.show_view("contacts")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    assert view.filter_bar.debounce_ms() == DEBOUNCE_MS == 150
    assert view.filter_bar._debounce.timerType() == Qt.TimerType.PreciseTimer  # never late
    with qtbot.waitSignal(view.model.filtered, timeout=20000):
        QTest.keyClicks(view.filter_bar.text, "mar")
    query = ListQuery("contact", sort="name", filters={"text": "mar"})
    plain = Listing(profiled_crm.db)
    expected = [r["id"] for r in plain.window(query, 0, 100)]
    assert len(expected) == 27  # Marco, Maria and the other Marini
    assert [view.model.row_id(r) for r in range(view.model.rowCount())] == expected
    assert view.count_label.text() == "27 records"


def test_the_shown_record_stays_selected_below_the_first_rows(
        qtbot: Any, main_window: Any, profiled_crm: Crm,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_window, "FEW_HITS", 0)
    _people(profiled_crm)
    view = main_window.show_view("contacts")
    view.model.page_size = 5  # the first read holds 5 rows; the record is further down
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 40)
    matching = [r for r in range(40) if "Mar" in view.model.row_data(r)["given_name"]
                + view.model.row_data(r)["family_name"]]
    view.table.selectRow(matching[-1])  # the last of the list that the filter keeps
    shown = view.editor.form.record_id()
    rows: list[int] = []
    view.model.filtered.connect(rows.append)
    view.filter_bar.text.setText("mar")
    qtbot.waitUntil(lambda: any(r >= 5 for r in rows), timeout=20000)
    assert rows[0] == -1  # the first rows were shown before the record's row was found
    assert view.model.row_id(view.table.currentIndex().row()) == shown
    assert view.editor.form.record_id() == shown
