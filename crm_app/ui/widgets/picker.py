"""A type-to-search popup under a line edit, fed by the same search service as Ctrl+K.

Each row keeps the id of its record, so two people of the same name stay two rows (told
apart by job · organisation · country, staff by office). The popup shows the service's hits
as they are: it does not filter them again by the typed text, which would drop
"Bäckström" for "backst" or "Александрова" for "aleksandrova".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from crm_app.domain.normalise import fold
from crm_app.services.crm import Crm

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Hit = tuple[str, Any]  # (text shown, what choosing it means: an id, a participant...)


class Picker(QObject):
    """Attach to `edit`; `chosen(object)` carries the chosen row's data."""

    chosen = Signal(object)

    def __init__(self, edit: QLineEdit, search: Callable[[str], list[Hit]],
                 min_chars: int = 1) -> None:
        super().__init__(edit)
        self.edit = edit
        self.search = search
        self.min_chars = min_chars
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        # The service has ranked and matched already (accents, scripts, prefixes).
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Not edit.setCompleter(): that would write the row's text into the box on a choice.
        self.completer.setWidget(edit)
        # The QModelIndex overload: the row, not its text (namesakes share a text).
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.textEdited.connect(self.refresh)

    def refresh(self, text: str) -> None:
        self.model.clear()
        if len(text.strip()) < self.min_chars:
            self._hide_popup()
            return
        for shown, data in self.search(text):
            item = QStandardItem(shown)
            item.setData(data, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.complete()
        else:
            self._hide_popup()

    def rows(self) -> list[tuple[str, Any]]:
        return [(self.model.item(r).text(), self.model.item(r).data(ID_ROLE))
                for r in range(self.model.rowCount())]

    def choose_row(self, row: int) -> None:
        """The same as clicking row `row` of the popup."""
        self._activated(self.model.index(row, 0))

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._hide_popup()
        self.chosen.emit(index.data(ID_ROLE))


def hit_text(title: str, detail: str) -> str:
    return f"{title} — {detail}" if detail else title


def record_hits(crm: Crm, kinds: tuple[str, ...], limit: int = 20
                ) -> Callable[[str], list[Hit]]:
    """Search `kinds` as Ctrl+K does; each row's data is the record id."""

    def search(text: str) -> list[Hit]:
        return [(hit_text(h.title, h.detail), h.record_id)
                for h in crm.search.search(text, kinds=kinds, limit=limit)]

    return search


def staff_text(staff: dict[str, Any]) -> str:
    office = str(staff.get("office") or "")
    return f"{staff['name']} · {office}" if office else str(staff["name"])


def staff_matching(staff: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Staff whose name contains the typed text, ignoring case and accents."""
    wanted = fold(text.strip())
    return [s for s in staff if wanted and wanted in fold(str(s["name"]))]
