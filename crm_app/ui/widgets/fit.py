"""Widths measured from the text a widget shows, in the font it shows it in.

`QComboBox.setMinimumContentsLength(n)` reserves n times the width of "X", which makes
"Tutti i responsabili" take 218 px where its text needs 125: five such filters pushed the
Italian window past 1280 px. These helpers size to the real text instead (and let a popup
list be wider than its box), and widen table header sections whose caption does not fit
("Inizio (ora dell'evento)" was cut at both ends)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QHeaderView, QStyle, QStyleOptionComboBox

POPUP_MAX = 600  # a popup list never wider than this (long event names elide there)


def combo_width_for(combo: QComboBox, texts: Iterable[str]) -> int:
    """The width `combo` needs to show the widest of `texts` uncut (frame and arrow too)."""
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    if combo.isEditable() and combo.lineEdit() is not None:
        widest += 8  # the line edit's own margins
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option,
                                          QSize(widest + 4, metrics.height()), combo)
    return size.width()


def fit_combo(combo: QComboBox, texts: Iterable[str]) -> int:
    """Size `combo` for `texts` (e.g. its "All …" placeholder in the current language), not
    for n times "X"; returns the minimum width set."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(1)
    width = combo_width_for(combo, texts)
    combo.setMinimumWidth(width)
    return width


def fit_popup(combo: QComboBox) -> None:
    """Let the popup list show its longest item (up to POPUP_MAX) when the box is narrower."""
    view = combo.view()
    if view is None:
        return
    metrics = view.fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                 default=0)
    scroll = view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(min(POPUP_MAX, widest + scroll + 24))


def fit_header_sections(header: QHeaderView) -> list[int]:
    """Widen every section narrower than its caption needs (text, sort arrow, margins);
    returns the logical indexes widened. Wider sections are left as the person set them."""
    widened = []
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        needed = header.sectionSizeHint(logical)
        if header.sectionSize(logical) < needed:
            header.resizeSection(logical, needed)
            widened.append(logical)
    return widened
