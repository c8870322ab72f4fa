"""The mouse wheel scrolls the form; it never changes a field the person has not clicked into.

Qt lets the wheel change any combo box, spin box or date/time box under the pointer, and
gives it focus on the way (Qt::WheelFocus). Scrolling down a long contact form then silently
changed "First met at"; scrolling the meeting editor moved the start by years. One filter,
installed on the application, covers every such field in every form and dialog (including
combos inside tables and fields added after a form was built):

- when a combo or spin box is polished, its focus policy loses WheelFocus (click or Tab
  still focus it);
- a wheel event over one that does not have focus is handed to its parent, so the scroll
  area around it scrolls as if the field were not there.

Once the person has clicked or tabbed into a field, the wheel works on it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

NAME = "wheel_guard"
GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit, QTimeEdit, QDateTimeEdit are spin boxes


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                scroll_instead(watched, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            calm(watched)
        return False


def scroll_instead(field: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the scroll area around `field` (a form, a table with combos).

    Qt does not pass a handled-by-filter event on to the parents, and never propagates a
    synthetic one, so the nearest scroll area's viewport gets its own copy.
    """
    area = field.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    copy = QWheelEvent(position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                       event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                       event.source())
    QCoreApplication.sendEvent(viewport, copy)


def calm(widget: QWidget) -> None:
    """Focus by click or Tab only: a passing wheel must not give the field focus."""
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install(app: QCoreApplication | None = None) -> WheelGuard:
    """Install the one guard on the application (again is harmless); returns it."""
    target = app or QCoreApplication.instance()
    assert target is not None, "a QApplication must exist first"
    existing = target.findChild(WheelGuard, NAME)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(target)
    guard.setObjectName(NAME)
    target.installEventFilter(guard)
    return guard


def installed() -> bool:
    app = QCoreApplication.instance()
    return app is not None and isinstance(app.findChild(WheelGuard, NAME), WheelGuard)
