"""Noticing that nobody is at the laptop: no input for N minutes, or a sleep.

A sleep is seen as a gap of wall-clock time between two ticks of a timer (timers do not run
while the laptop sleeps, the wall clock does), and as Qt's ApplicationSuspended state where
the platform reports it. The clock is injected so tests move time instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

Clock = Callable[[], float]  # seconds, wall clock (time.time): it goes on during a sleep

TICK_SECONDS = 15
# A tick late by more than this was a sleep (or a frozen machine: lock either way).
SLEEP_GAP_SECONDS = 90

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleMonitor(QObject):
    """Emits `idle` after `idle_seconds()` without input (0 = never) and `slept` after a gap."""

    idle = Signal()
    slept = Signal()

    def __init__(self, idle_seconds: Callable[[], float], clock: Clock = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.idle_seconds = idle_seconds
        now = clock()
        self.last_input = now
        self.last_tick = now
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_SECONDS * 1000)
        self.timer.timeout.connect(self.tick)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        self.last_tick = self.last_input = self.clock()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def touch(self) -> None:
        """Input was seen now."""
        self.last_input = self.clock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.last_input = self.clock()
        return False

    def tick(self) -> None:
        now = self.clock()
        gap = now - self.last_tick
        self.last_tick = now
        if gap > TICK_SECONDS + SLEEP_GAP_SECONDS:
            self.last_input = now
            self.slept.emit()
            return
        limit = self.idle_seconds()
        if limit > 0 and now - self.last_input >= limit:
            self.last_input = now
            self.idle.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # Inactive is every switch to another window: only a suspension locks.
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.slept.emit()
