"""Emails and phones in a list drawn as links: a click on the text writes or calls (the
system's mail or phone app), as in a contact form's field; elsewhere the click selects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDesktopServices, QMouseEvent, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_app.ui.forms.field_widgets import link_urls

AnyIndex = QModelIndex | QPersistentModelIndex
LINKED_COLUMNS = {"email": "emails", "phone": "phones"}  # column key -> row field
TEXT_MARGIN = 6


class LinkDelegate(QStyledItemDelegate):
    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        if index.data():
            option.font.setUnderline(True)
            option.palette.setColor(QPalette.ColorRole.Text,
                                    option.palette.color(QPalette.ColorRole.Link))

    def url_of(self, index: AnyIndex) -> Any:
        """The mailto: or tel: link of the value the cell shows (the row's first)."""
        row = index.model().row_data(index.row())  # type: ignore[attr-defined]
        values = [str(v) for v in (row.get(self.field) or [])]
        urls = link_urls(self.field, values[0]) if values else []
        return urls[0] if urls else None

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: AnyIndex) -> bool:
        if (isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            text = str(index.data() or "")
            reach = option.fontMetrics.horizontalAdvance(text) + TEXT_MARGIN
            x = event.position().x() - option.rect.left()
            url = self.url_of(index) if text and 0 <= x <= reach else None
            if url is not None:
                QDesktopServices.openUrl(url)
                return True
        return super().editorEvent(event, model, option, index)
