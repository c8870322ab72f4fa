"""Reads for a list, off the UI thread, newest request only.

A keystroke in a list's filter box asks for a new count and first window; the person may type
the next letter before the last one's answer is back. `LatestReader` runs one read at a time
on its own thread and keeps only the newest request waiting: requests overtaken while queued
never run, and an answer that arrives after a newer request was made is dropped. So the UI
thread never waits on SQLite for a keystroke, and typing "alex" quickly costs at most two
queries, not four.

A separate pool from the window's task runner on purpose: these reads are many and short, and
must not show the progress bar or wait behind a long import.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from crm_app.ui.tasks import keep_ui_responsive

log = logging.getLogger(__name__)

ReadFn = Callable[[threading.Event], Any]


class _Signals(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, fn: ReadFn, cancel: threading.Event,
                 signals: _Signals) -> None:
        super().__init__()
        self.generation = generation
        self.fn = fn
        self.cancel = cancel
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.cancel)
        except BaseException as exc:  # handed to the UI thread
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(self.generation, value)
        except RuntimeError:  # the list was closed meanwhile
            log.info("list read dropped: its view is gone")


class LatestReader(QObject):
    """`submit(fn, on_done, on_error)`: `fn(cancel)` runs on the reader thread; `on_done` runs on
    the UI thread only if no newer request was submitted since. `cancel` is set once the
    request is overtaken, so a long read may stop early."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        keep_ui_responsive()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)
        self._generation = 0
        self._running = False
        self._waiting: tuple[int, ReadFn] | None = None
        self._cancel = threading.Event()
        self._callbacks: dict[int, tuple[Callable[[Any], None],
                                         Callable[[BaseException], None]]] = {}

    def submit(self, fn: ReadFn, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> int:
        self._generation += 1
        self._cancel.set()  # the running read, if any, is stale now
        self._cancel = threading.Event()
        self._callbacks = {self._generation: (on_done, on_error)}
        self._waiting = (self._generation, fn)
        if not self._running:
            self._start_waiting()
        return self._generation

    def is_busy(self) -> bool:
        return self._running or self._waiting is not None

    def drop(self) -> None:
        """Forget the requests made so far: a waiting one never runs, a running one's answer
        is not delivered (the box was emptied meanwhile)."""
        self._generation += 1
        self._cancel.set()
        self._cancel = threading.Event()
        self._callbacks = {}
        self._waiting = None

    def wait_done(self, timeout_ms: int = -1) -> bool:
        """Block until the reader thread is idle (tests, shutdown)."""
        return bool(self._pool.waitForDone(timeout_ms))

    def _start_waiting(self) -> None:
        if self._waiting is None:
            self._running = False
            return
        generation, fn = self._waiting
        self._waiting = None
        self._running = True
        self._pool.start(_Job(generation, fn, self._cancel, self._signals))

    @Slot(int, object)
    def _finished(self, generation: int, result: object) -> None:
        callbacks = self._callbacks.pop(generation, None)
        self._start_waiting()
        if callbacks is not None and generation == self._generation:
            callbacks[0](result)

    @Slot(int, object)
    def _failed(self, generation: int, error: object) -> None:
        callbacks = self._callbacks.pop(generation, None)
        self._start_waiting()
        if callbacks is not None and generation == self._generation:
            assert isinstance(error, BaseException)
            callbacks[1](error)
