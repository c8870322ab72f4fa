"""The red line under a field or at the foot of a dialog that says what is wrong."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy


def message_line(name: str, lines: int = 1) -> QLabel:
    """The line under a field for its error. It is always there (empty while the value is
    fine) and `lines` high, so a message that comes or goes never moves the fields or
    buttons under the pointer. One line never wraps (a long message is cut and shown whole
    as a tooltip); more lines wrap within their space."""
    line = QLabel()
    line.setObjectName(name)
    line.setStyleSheet("color: #d32f2f;")
    font = line.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.9)
    line.setFont(font)
    line.setFixedHeight(QFontMetrics(font).lineSpacing() * lines)
    line.setWordWrap(lines > 1)
    line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return line
