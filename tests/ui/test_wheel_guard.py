"""The mouse wheel over a form scrolls it and never changes a field nobody clicked into.

Every combo box, spin box and date/time box of every form and dialog is found with
findChildren and wheeled both ways; none may change. A field the person focused still
responds to the wheel (so the test would see a guard that swallowed everything), and the
form's scroll area moves when the wheel passes over a field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

from crm_app.reports import ReportRequest
from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.forms.first_run import FirstRunDialog
from crm_app.ui.forms.quick_capture import QuickCaptureDialog
from crm_app.ui.forms.settings_dialog import SettingsDialog
from crm_app.ui.io.import_dialog import ImportDialog
from crm_app.ui.widgets import wheel_guard
from tests.ui.test_meetings_followups import seed

FIELDS = (QComboBox, QAbstractSpinBox)


def wheel(widget: QWidget, steps: int) -> None:
    """One notch per step, sent as the window system would, at the widget's centre."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value_of(widget: QWidget) -> Any:
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    assert isinstance(widget, QAbstractSpinBox)
    return widget.text()


def can_move(widget: QWidget) -> bool:
    """Put the field mid-range so an unguarded wheel would certainly change it."""
    if not widget.isEnabled():
        return False
    if isinstance(widget, QComboBox):
        if widget.count() < 3:
            return False
        widget.setCurrentIndex(1)
        return True
    return isinstance(widget, QAbstractSpinBox) and not widget.isReadOnly()


def wheel_every_field(root: QWidget, prepare: bool = True) -> int:
    """Wheel each field of `root`; returns how many could have changed. Asserts none did."""
    changed, movable = [], 0
    fields = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    for field in fields:
        if isinstance(field, QAbstractSpinBox) and isinstance(field.parentWidget(), FIELDS):
            continue  # a spin box's own parts
        if prepare:
            movable += can_move(field)
        field.clearFocus()
        before = value_of(field)
        wheel(field, 1)
        wheel(field, -2)
        if value_of(field) != before:
            changed.append(f"{field.objectName() or type(field).__name__}: "
                           f"{before} -> {value_of(field)}")
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            changed.append(f"{field.objectName()}: takes focus from the wheel")
    assert changed == []
    return movable


@pytest.fixture
def guarded(qapp: QApplication) -> Iterator[None]:
    wheel_guard.install(qapp)  # as DesktopApp does before its first dialog
    yield


def test_every_field_of_every_view_ignores_a_passing_wheel(qtbot: Any, main_window: Any,
                                                           profiled_crm: Crm) -> None:
    seed(profiled_crm)
    profiled_crm.staff.create({"name": "Marco Bianchi", "office": "ITA Osaka"})
    movable = 0
    for view in main_window.views():
        main_window.show_view(view.key)
        view.refresh()
        if hasattr(view, "editor"):
            view.new_record()
        movable += wheel_every_field(view)
        if hasattr(view, "editor"):
            view.editor.revert()  # the test itself chose mid-range values
    assert movable > 20  # the forms' combos, spins and date boxes were really tried


def test_a_record_being_edited_keeps_its_values(qtbot: Any, main_window: Any,
                                                profiled_crm: Crm) -> None:
    data = seed(profiled_crm)
    meeting = profiled_crm.meetings.create({
        "event_id": data["event"]["id"], "starts_at": "2026-11-24 10:30",
        "duration_minutes": 45, "subject": "Licensing",
        "participants": [{"contact_id": data["contact"]["id"]}]})
    view = main_window.show_view("meetings")
    view.refresh()
    view.open_record(meeting["id"])
    wheel_every_field(view.editor, prepare=False)
    assert not view.editor.is_dirty()
    assert profiled_crm.meetings.get(meeting["id"])["duration_minutes"] == 45
    assert view.editor.start_text() == "2026-11-24 10:30"
    assert view.editor.zone() == "Asia/Tokyo"


def test_dialogs_ignore_a_passing_wheel(qtbot: Any, guarded: None, profiled_crm: Crm,
                                        app_settings: AppSettings) -> None:
    from crm_app.ui import reports as report_ui
    from crm_app.ui.io.export_dialog import ExportDialog
    from crm_app.ui.sync import conflicts_dialog

    seed(profiled_crm)
    outlook = Path(__file__).parent.parent / "io" / "fixtures" / "outlook_it.csv"
    mapping = ImportDialog(profiled_crm, outlook)  # a combo per column, inside a table
    assert mapping.mapping.rowCount() > 3
    dialogs = [FirstRunDialog("en"), SettingsDialog(profiled_crm, app_settings),
               QuickCaptureDialog(profiled_crm), ImportDialog(profiled_crm), mapping,
               ExportDialog(profiled_crm), conflicts_dialog.ConflictsDialog(profiled_crm),
               report_ui.FollowUpFilters(profiled_crm, ReportRequest("followups"))]
    movable = 0
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        movable += wheel_every_field(dialog)
    assert movable >= 15


def test_the_wheel_scrolls_the_form_and_works_on_a_focused_field(
        qtbot: Any, main_window: Any, profiled_crm: Crm) -> None:
    seed(profiled_crm)
    view = main_window.show_view("contacts")
    main_window.resize(1280, 500)  # a form taller than its pane
    view.new_record()
    scroll = view.editor.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    combo = view.editor.form.editors["consent_basis"].combo
    before = combo.currentIndex()
    wheel(combo, -3)
    assert bar.value() > 0 and combo.currentIndex() == before

    main_window.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo, -1)  # clicked into: the wheel chooses, as everywhere else
    assert combo.currentIndex() == before + 1
