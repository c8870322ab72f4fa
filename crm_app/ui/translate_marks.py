"""A typed `QT_TRANSLATE_NOOP` (PySide6's returns `object`); pyside6-lupdate finds calls to
it by name, so strings marked with this one are extracted just the same.

`AreaTexts` gives the area modules (sync, reports, import) menu entries that follow a
language switch like the core's own: `window.tr` would look the text up under the
"MainWindow" context while pyside6-lupdate files it under "window", so area texts use
`QCoreApplication.translate` with a context of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from shiboken6 import isValid


def translate_inherited(obj: object, source: str, disambiguation: str | None = None,
                        n: int = -1) -> str:
    """`self.tr` for a class hierarchy: PySide looks a text up under the object's own class
    name only, while pyside6-lupdate files it under the class that wrote it; so a text of
    RecordListView shown by ContactsView was never translated. Try each class in turn."""
    for klass in type(obj).__mro__:
        if klass.__module__.startswith(("PySide6", "shiboken6", "builtins")):
            break
        text = QCoreApplication.translate(klass.__name__, source, disambiguation, n)
        if text != source:
            return text
    return QCoreApplication.translate(type(obj).__name__, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    return source_text


class AreaTexts(QObject):
    """Adds an area's menu actions with translated texts and translates them again (and
    runs `on_change` callbacks) whenever the window receives LanguageChange."""

    def __init__(self, window: Any, context: str) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._actions: list[tuple[QAction, str]] = []
        self._callbacks: list[Callable[[], None]] = []
        window.installEventFilter(self)

    def tr_in(self, source: str) -> str:
        return QCoreApplication.translate(self.context, source)

    def add_action(self, menu: str, source: str, callback: Callable[[], object],
                   shortcut: str | None = None, *, group: str = "") -> QAction:
        """`source` must be marked with QT_TRANSLATE_NOOP(self.context, ...); `group` places
        it in the menu (see MENU_GROUPS in main_window)."""
        action: QAction = self.window.add_menu_action(menu, self.tr_in(source), callback,
                                                      shortcut, group=group)
        self._actions.append((action, source))
        return action

    def on_change(self, callback: Callable[[], None]) -> None:
        self._callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            for action, source in self._actions:
                if isValid(action):  # a menu's actions may go before its window does
                    action.setText(self.tr_in(source))
            for callback in self._callbacks:
                callback()
        return False
