"""Reminders: every few minutes, follow-ups of this laptop's staff member that are due today
or overdue and not yet announced are shown in the window (and as a system-tray notification
where the platform has one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from crm_app.services.crm import Crm
from crm_app.ui.due_dates import local_today
from crm_app.ui.formatting import format_number
from crm_app.ui.icons import icon


class Reminders(QObject):
    """`check()` emits `due(list_of_followups)` with the newly due ones."""

    due = Signal(list)

    def __init__(self, crm: Crm, parent: QObject | None = None, *,
                 interval_ms: int = 5 * 60 * 1000, use_tray: bool = True) -> None:
        super().__init__(parent)
        self.crm = crm
        self._announced: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon("app"), self)
            self.tray.show()

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(3000, self.check)

    def check(self) -> list[dict[str, Any]]:
        staff_id = self.crm.settings.profile().get("staff_id") or None
        items = self.crm.queries.followups_due(due_within_days=0, owner_id=staff_id,
                                               today=local_today(self.crm))
        fresh = [i for i in items if i["id"] not in self._announced]
        self._announced.update(i["id"] for i in fresh)
        if fresh:
            self.due.emit(fresh)
            self._notify(fresh)
        return fresh

    def _notify(self, items: list[dict[str, Any]]) -> None:
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        title = (self.tr("1 follow-up due") if len(items) == 1 else
                 self.tr("%1 follow-ups due").replace("%1", format_number(len(items))))
        body = "\n".join(str(i["title"]) for i in items[:5])
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)
