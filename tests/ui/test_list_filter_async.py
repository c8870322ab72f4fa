"""The list filter is read off the UI thread: the newest request wins, overtaken ones never
reach the screen, and the record being shown stays selected when it still matches."""

from __future__ import annotations

import threading
from typing import Any

from crm_app.services.crm import Crm
from crm_app.ui.lists.loader import LatestReader


def test_only_the_newest_read_reaches_the_ui(qtbot: Any) -> None:
    reader = LatestReader()
    gate = threading.Event()
    shown: list[str] = []
    ran: list[str] = []

    def read(name: str) -> Any:
        def fn(cancel: threading.Event) -> str:
            if name == "a":
                gate.wait(5)  # still running while "al" and "ale" are typed
            ran.append(name)
            return name
        return fn

    for name in ("a", "al", "ale"):
        reader.submit(read(name), shown.append, lambda e: shown.append(f"error {e}"))
    gate.set()
    qtbot.waitUntil(lambda: not reader.is_busy())
    assert shown == ["ale"]
    assert ran == ["a", "ale"]  # "al" was overtaken while queued: never run


def test_a_failed_read_is_reported(qtbot: Any) -> None:
    reader = LatestReader()
    errors: list[str] = []

    def boom(_cancel: threading.Event) -> None:
        raise RuntimeError("disk gone")

    reader.submit(boom, lambda _r: None, lambda e: errors.append(str(e)))
    qtbot.waitUntil(lambda: bool(errors))
    assert errors == ["disk gone"]


def test_typing_in_the_filter_keeps_the_shown_record(qtbot: Any, main_window: Any,
                                                     profiled_crm: Crm) -> None:
    for name in ("Takeda", "Tanaka Shoji", "Bayer"):
        profiled_crm.organisations.create({"name": name})
    view = main_window.show_view("organisations")
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    row = next(r for r in range(3) if view.model.row_data(r)["name"] == "Tanaka Shoji")
    view.table.selectRow(row)
    assert view.editor.title() == "Tanaka Shoji"
    with qtbot.waitSignal(view.model.filtered, timeout=20000) as blocker:
        view.filter_bar.text.setText("ta")
    assert view.model.rowCount() == 2
    assert blocker.args[0] >= 0
    assert view.model.row_data(view.table.currentIndex().row())["name"] == "Tanaka Shoji"
    with qtbot.waitSignal(view.model.filtered, timeout=20000) as blocker:
        view.filter_bar.text.setText("bay")
    assert view.model.rowCount() == 1 and blocker.args[0] == -1
