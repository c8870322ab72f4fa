"""A type-to-search popup under a line edit, fed by the same search service as Ctrl+K.

Each row keeps the id of its record, so two people of the same name stay two rows (told
apart by job · organisation · country, staff by office). The popup shows the service's hits
as they are: it does not filter them again by the typed text, which would drop
"Bäckström" for "backst" or "Александрова" for "aleksandrova".

The search runs once typing pauses (DEBOUNCE_MS), for at most `limit` rows: at 100,000
contacts nothing loads a table into a list, and a fast typist does not queue a search per
keystroke. It runs off the UI thread (a LatestReader: the search and the service calls it makes
take their own connection from the pool), so a cold search (~100 ms at 100k) never holds the
caret; an answer overtaken by newer typing is dropped, so the popup always shows the rows of
what the box holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from crm_app.domain.normalise import fold, transliterate
from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_date
from crm_app.ui.labels import hit_detail
from crm_app.ui.lists.loader import LatestReader

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Hit = tuple[str, Any]  # (text shown, what choosing it means: an id, a participant...)
DEBOUNCE_MS = 150
translate = QCoreApplication.translate  # context written out in each call, for lupdate
MAX_POPUP_WIDTH = 720


class Picker(QObject):
    """Attach to `edit`; `chosen(object)` carries the chosen row's data."""

    chosen = Signal(object)
    refreshed = Signal()  # the rows of a search are in the model

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
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(lambda: self.refresh(self.edit.text()))
        self.reader = LatestReader(self)  # the search runs here, newest request only
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if len(text.strip()) < self.min_chars:
            self.timer.stop()
            self.refresh(text)  # nothing to search: empty the popup at once
        else:
            self.timer.start()

    def refresh(self, text: str) -> None:
        """Search for `text` off the UI thread; the rows replace the popup's when they come
        (`refreshed`), unless newer typing asked again meanwhile."""
        self.timer.stop()
        if len(text.strip()) < self.min_chars:
            self.reader.drop()
            self._show([])
            return
        search = self.search
        self.reader.submit(lambda _cancel: search(text), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        log.warning("picker search failed: %s", error)
        self._show([])

    def _show(self, hits: list[Hit]) -> None:
        self.model.clear()
        if not hits:
            self._hide_popup()
            self.refreshed.emit()
            return
        for shown, data in hits:
            item = QStandardItem(shown)
            item.setData(data, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount() and self.edit.hasFocus():
            self.completer.complete(self._popup_rect())
        else:
            self._hide_popup()
        self.refreshed.emit()

    def _popup_rect(self) -> QRect:
        """Under the box, wide enough for "name — job · organisation · country" (up to
        MAX_POPUP_WIDTH), never narrower than the box."""
        popup = self.completer.popup()
        rect = self.edit.rect()
        if popup is not None:
            wanted = (popup.sizeHintForColumn(0) + 2 * popup.frameWidth()
                      + popup.verticalScrollBar().sizeHint().width() + 8)
            rect.setWidth(max(rect.width(), min(wanted, MAX_POPUP_WIDTH)))
        return rect

    def pending(self) -> bool:
        """A search waits for typing to pause, or for its answer."""
        return self.timer.isActive() or self.reader.is_busy()

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
    """Search `kinds` as Ctrl+K does; each row's data is the record id. Organisations and
    events are matched on their names; contacts also on job, organisation and email
    ("wenke krein": Wenke Dörschner of Krein Diagnostics)."""
    names_only = "contact" not in kinds

    def search(text: str) -> list[Hit]:
        hits = crm.search.search(text, kinds=kinds, limit=limit, names_only=names_only)
        shown = told_apart(crm, [(hit_text(h.title, hit_detail(h)), h.kind, h.record_id)
                                 for h in hits])
        return [(text_, h.record_id) for text_, h in zip(shown, hits, strict=True)]

    return search


def told_apart(crm: Crm, rows: list[tuple[str, str, str]]) -> list[str]:
    """The texts of (text, kind, id) rows, where two rows would read the same (two
    "Nyström Pharma · Stockholm", two "Anna Bäckström · Buyer · Volvo") with what still
    differs: how many people an organisation has, a contact's email or phone."""
    seen: dict[str, int] = {}
    for text, _kind, _id in rows:
        seen[text] = seen.get(text, 0) + 1
    same = [(i, kind, rid) for i, (text, kind, rid) in enumerate(rows) if seen[text] > 1]
    out = [text for text, _kind, _id in rows]
    if not same:
        return out
    counts = crm.queries.people_counts([rid for _i, kind, rid in same if kind == "organisation"])
    for i, kind, rid in same:
        extra = ""
        if kind == "organisation":
            extra = translate("Picker", "people: {n}").format(n=counts.get(rid, 0))
        elif kind == "contact" and crm.contacts.exists(rid):
            contact = crm.contacts.get(rid)
            extra = str((contact.get("emails") or contact.get("phones") or [""])[0])
        if extra:
            out[i] = f"{out[i]} · {extra}"
    return out


def staff_text(staff: dict[str, Any]) -> str:
    office = str(staff.get("office") or "")
    return f"{staff['name']} · {office}" if office else str(staff["name"])


def latin_words(text: str) -> list[str]:
    """Words folded as the search index folds them: case, accents, and other scripts in
    Latin letters ("Александрова" -> "aleksandrova")."""
    return fold(transliterate(text)).split()


def staff_matching(staff: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Staff with a word of name or office starting with each typed word, ignoring case,
    accents and script ("giu tok" finds Giulia Romano of ITA Tokyo)."""
    wanted = latin_words(text)
    if not wanted:
        return []
    found = []
    for member in staff:
        words = latin_words(f"{member['name']} {member.get('office') or ''}")
        if all(any(w.startswith(part) for w in words) for part in wanted):
            found.append(member)
    return found


def event_text(event: dict[str, Any]) -> str:
    """An event as a picker shows it: the name, then where and when (two "BIO Japan"s)."""
    start = event.get("start_date")
    parts = [str(event["name"]), str(event.get("city") or ""), format_date(start)]
    return " · ".join(p for p in parts if p)
