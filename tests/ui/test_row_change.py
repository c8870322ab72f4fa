"""Moving down the contacts list shows the record in the form at once; the timeline is read
on its own thread and shows the newest record only (an overtaken one never appears)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from crm_app.services.crm import Crm


def test_down_key_shows_the_form_then_the_timeline(qtbot: Any, main_window: Any,
                                                    profiled_crm: Crm,
                                                    monkeypatch: Any) -> None:
    people = [profiled_crm.contacts.create({"given_name": f"Aiko{n}", "family_name": "Mori"})
              for n in range(3)]
    for person in people:
        profiled_crm.notes.create({"body": f"met {person['given_name']}",
                                   "contact_id": person["id"]})
    view = main_window.show_view("contacts")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.table.setFocus()
    view.table.selectRow(0)
    view.timeline.wait_loaded()
    gate = threading.Event()
    timeline = type(profiled_crm.queries).timeline

    def slow_timeline(self: Any, entity: str, record_id: str) -> Any:
        gate.wait(10)  # the history read is still running while the person moves on
        return timeline(self, entity, record_id)

    monkeypatch.setattr(type(profiled_crm.queries), "timeline", slow_timeline)
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    second = view.model.row_id(1)
    assert view.editor.form.record_id() == second  # the form, before any history is read
    assert view.timeline.is_loading() and view.timeline.list.count() == 0
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    third = view.model.row_id(2)
    assert view.editor.form.record_id() == third
    gate.set()
    view.timeline.wait_loaded()
    texts = [view.timeline.list.item(i).text() for i in range(view.timeline.list.count())]
    name = view.model.row_data(2)["given_name"]
    assert any(t.endswith(f"met {name}") for t in texts), texts
    assert not any("met Aiko" in t and not t.endswith(f"met {name}") for t in texts)
