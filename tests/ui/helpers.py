"""Small helpers for driving widgets like a person would."""

from __future__ import annotations

from typing import Any


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a person (so textEdited fires), replacing what is there.

    QTest only simulates ASCII keys; other scripts are put in as an input method would,
    with the same textEdited signal.
    """
    widget.selectAll()
    if text and text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


def menu_action(window: Any, text: str) -> Any:
    """The main window's menu entry with this text (as the user reads it)."""
    for entry in window.menuBar().actions():
        for item in entry.menu().actions():
            if item.text() == text:
                return item
    raise AssertionError(f"no menu action {text!r}")
