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
