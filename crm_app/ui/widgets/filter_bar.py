"""The filters above a record list: text, country, sector, tag, owner, status, event, dates.

Emits `changed(dict)` with the `services.listing` filter keys; typing in the text box is
debounced so a fast typist triggers one query, not ten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_app.domain import enums
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing
from crm_app.ui.formatting import country_name
from crm_app.ui.labels import label
from crm_app.ui.widgets.day_edit import DayEdit
from crm_app.ui.widgets.fit import fit_combo, fit_popup
from crm_app.ui.widgets.picker import event_text, staff_text

FILTERS_OF: dict[str, tuple[str, ...]] = {
    "contact": ("text", "country", "sector", "tag", "owner_id", "event_id"),
    "organisation": ("text", "country", "sector", "tag"),
    "event": ("text", "country", "dates"),
    "meeting": ("text", "event_id", "status", "dates"),
    "followup": ("text", "status", "owner_id", "open_only", "dates"),
}
# Typing pauses this long before the list is asked (a fast typist's letters are 60-120 ms
# apart); the answer comes from the search index on the list's reader thread.
DEBOUNCE_MS = 150
STATUSES = {"meeting": enums.MeetingStatus, "followup": enums.FollowUpStatus}


class FilterBar(QWidget):
    changed = Signal(dict)

    def __init__(self, crm: Crm, listing: Listing, entity: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.listing = listing
        self.entity = entity
        self.keys = FILTERS_OF[entity]
        self.combos: dict[str, QComboBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QLineEdit()
        self.text.setObjectName("filter_text")
        self.text.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        # To the millisecond: a coarse timer may fire 5 % (7.5 ms) late, added to every
        # filter keystroke's answer.
        self._debounce.setTimerType(Qt.TimerType.PreciseTimer)
        self._debounce.timeout.connect(self._emit)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        layout.addWidget(self.text)
        for key in self.keys:
            if key in {"text", "dates", "open_only"}:
                continue
            combo = QComboBox()
            combo.setObjectName(f"filter_{key}")
            combo.currentIndexChanged.connect(lambda _i: self._emit())
            self.combos[key] = combo
            layout.addWidget(combo)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("filter_open_only")
        self.open_only.setVisible("open_only" in self.keys)
        self.open_only.toggled.connect(lambda _c: self._emit())
        layout.addWidget(self.open_only)
        self.use_dates = QCheckBox()
        self.use_dates.setObjectName("filter_dates")
        self.date_from = DayEdit()
        self.date_to = DayEdit()
        self.dash = QLabel("–")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDate(QDate.currentDate())
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._emit())
        self.date_to.setDate(QDate.currentDate().addMonths(1))
        self.use_dates.toggled.connect(self._dates_toggled)
        for widget in (self.use_dates, self.date_from, self.dash, self.date_to):
            widget.setVisible("dates" in self.keys)
            layout.addWidget(widget)
        layout.addStretch(1)
        self.reload_choices()
        self.retranslate()

    def debounce_ms(self) -> int:
        return int(self._debounce.interval())

    def reload_choices(self) -> None:
        """Fill the lists from the data (after imports, sync or new records)."""
        options: dict[str, list[tuple[str, str]]] = {}
        if "country" in self.combos:
            options["country"] = sorted((country_name(c), c)
                                        for c in self.listing.countries(self.entity))
        if "sector" in self.combos:
            options["sector"] = [(label(s.value), s.value) for s in enums.Sector]
        if "tag" in self.combos:
            options["tag"] = sorted((str(t["name"]), str(t["name"])) for t in self.crm.tags.list())
        if "owner_id" in self.combos:
            options["owner_id"] = [(staff_text(s), str(s["id"])) for s in self.crm.staff.list()]
        if "event_id" in self.combos:
            options["event_id"] = [(event_text(e), str(e["id"])) for e in self.crm.events.list()]
        if "status" in self.combos:
            options["status"] = [(label(s.value, self.entity), s.value)
                                 for s in STATUSES[self.entity]]
        for key, items in options.items():
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            fit_popup(combo)  # the list shows whole event and owner names
        self._set_placeholders()

    def filters(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if self.text.text().strip():
            result["text"] = self.text.text().strip()
        for key, combo in self.combos.items():
            if combo.currentData():
                result[key] = combo.currentData()
        if self.open_only.isVisible() or "open_only" in self.keys:
            result["open_only"] = self.open_only.isChecked()
        if self.use_dates.isChecked():
            result["date_from"] = _pydate(self.date_from.date())
            result["date_to"] = _pydate(self.date_to.date())
        return result

    def set_filter(self, key: str, value: Any) -> None:
        """Set one filter from code (e.g. 'meetings of this event')."""
        if key == "text":
            self.text.setText(str(value))
        elif key in self.combos:
            combo = self.combos[key]
            combo.setCurrentIndex(max(combo.findData(value), 0))
        elif key == "open_only":
            self.open_only.setChecked(bool(value))
        self._emit()

    def _fit_text_box(self) -> None:
        """One width, with room for the clear button: sized by its hint, the box grew when the
        button appeared at the first letter typed and pushed every filter beside it."""
        placeholder = self.text.fontMetrics().horizontalAdvance(self.text.placeholderText())
        self.text.setFixedWidth(min(260, max(150, placeholder + 48)))

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Filter by name…"))
        self._fit_text_box()
        self.open_only.setText(self.tr("Open only"))
        self.use_dates.setText(self.tr("Dates"))
        self._set_placeholders()
        # Statuses, sectors and countries in the new language, without reading the data again.
        names: dict[str, Callable[[str], str]] = {
            "status": lambda value: label(value, self.entity), "sector": label,
            "country": country_name}
        for key, name in names.items():
            combo = self.combos.get(key)
            if combo is None:
                continue
            for index in range(1, combo.count()):  # item 0: "All statuses"
                combo.setItemText(index, name(str(combo.itemData(index))))

    def _set_placeholders(self) -> None:
        names = {"country": self.tr("All countries"), "sector": self.tr("All sectors"),
                 "tag": self.tr("All tags"), "owner_id": self.tr("All owners"),
                 "event_id": self.tr("All events"), "status": self.tr("All statuses")}
        for key, combo in self.combos.items():
            if combo.count():
                combo.setItemText(0, names.get(key, ""))
            # Wide enough for "All owners" in every language ("Tutti i responsabili"), as
            # measured in the box's font: the five contact filters fit a 1280 px window.
            fit_combo(combo, [names.get(key, "")])

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        self._debounce.stop()
        self.changed.emit(self.filters())


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
