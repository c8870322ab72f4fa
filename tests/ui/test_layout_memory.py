"""Column layout, sort order, splitters and window geometry come back after a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.main_window import MainWindow


def test_layout_is_remembered(qtbot: Any, profiled_crm: Crm, app_settings: AppSettings) -> None:
    first = MainWindow(profiled_crm, app_settings)
    first.restore_layout()
    first.show()
    first.resize(1100, 555)
    view = first.show_view("contacts")
    view.table.setColumnWidth(2, 333)
    view.table.horizontalHeader().moveSection(3, 1)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # Country, Z to A
    view.splitter.setSizes([400, 600])
    sizes = view.splitter.sizes()
    assert first.close()

    second = MainWindow(profiled_crm, app_settings)
    qtbot.addWidget(second)
    second.restore_layout()
    second.show()
    again = second.show_view("contacts")
    header = again.table.horizontalHeader()
    assert header.sectionSize(2) == 333 and header.visualIndex(3) == 1
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == \
        (3, Qt.SortOrder.DescendingOrder)
    assert again.model.query.sort == "country" and again.model.query.descending
    restored = again.splitter.sizes()  # same proportions (the pane may be laid out wider)
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
    # The offscreen test screen is 800 px wide, so only the height is compared: Qt keeps a
    # restored window on screen (and no narrower than its contents).
    assert second.height() == 555


def test_typed_settings_round_trip(app_settings: AppSettings) -> None:
    app_settings.set_value("a/bytes", b"\x00\x01")
    app_settings.set_value("a/flag", True)
    app_settings.set_value("a/count", 7)
    app_settings.set_value("a/list", ["x", "y"])
    app_settings.sync()
    again = AppSettings(Path(app_settings.file_name))
    assert again.value("a/bytes", b"") == b"\x00\x01"
    assert again.value("a/flag", False) is True
    assert again.value("a/count", 0) == 7
    assert again.value("a/list", [""]) == ["x", "y"]
    assert again.value("missing", 3) == 3
    again.set_value("a/count", "not a number")
    assert again.value("a/count", 5) == 5  # a damaged value falls back to the default
