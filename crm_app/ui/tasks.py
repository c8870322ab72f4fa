"""Background work for the desktop app: run a function off the UI thread, get its result back
on the UI thread.

Modelled on anki's `aqt/taskman.py` and `aqt/operations`: a task is `fn(progress, cancel)`;
`progress(done, total)` may be called from the worker at any rate, `cancel` is a
`threading.Event` the function polls. Database writes go through one worker thread so they
are serialised (SQLite has a single writer); reads may run in parallel on a second pool.
Results, errors and progress cross back to the UI thread through Qt signals (queued
connections), so callbacks may touch widgets.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
TaskFn = Callable[[Progress, threading.Event], Any]
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


# How long a thread running Python keeps the GIL when another wants it. Python's 5 ms
# default lets a worker building rows hold the UI thread at every call Qt makes into
# Python (a table paints with hundreds of `data()` calls): a 70 ms stall per repaint at 100k.
GIL_SWITCH_S = 0.001


def keep_ui_responsive() -> None:
    """Hand the GIL back to the UI thread within `GIL_SWITCH_S` (once per process; called
    wherever worker threads are started beside the UI)."""
    if sys.getswitchinterval() > GIL_SWITCH_S:
        sys.setswitchinterval(GIL_SWITCH_S)


@dataclass
class Task:
    """What the runner knows about one submitted task."""

    task_id: int
    label: str
    cancellable: bool
    on_done: DoneCallback
    on_error: ErrorCallback | None
    cancel: threading.Event = field(default_factory=threading.Event)
    done: int = 0
    total: int = 0


class _Signals(QObject):
    """Lives on the UI thread; workers emit, Qt queues the call to the UI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, int, int)


class _Job(QRunnable):
    def __init__(self, task: Task, fn: TaskFn, signals: _Signals) -> None:
        super().__init__()
        self.task = task
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        task_id = self.task.task_id

        def progress(done: int, total: int) -> None:
            self._emit(self.signals.progressed, task_id, int(done), int(total))

        try:
            result = self.fn(progress, self.task.cancel)
        except BaseException as exc:  # delivered to the UI thread, never swallowed
            self._emit(self.signals.failed, task_id, exc, traceback.format_exc())
        else:
            self._emit(self.signals.finished, task_id, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window (and its runner) closed meanwhile: nobody to tell
            log.info("task result dropped: its runner is gone")


class TaskRunner(QObject):
    """Runs tasks off the UI thread; see the module docstring.

    Signals for a progress display: `busy_changed(bool)`, `task_progress(label, done, total,
    cancellable)`. `cancel_all()` asks every running task to stop.
    """

    busy_changed = Signal(bool)
    task_progress = Signal(str, int, int, bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        default_error: ErrorCallback | None = None,
        read_threads: int = 2,
    ) -> None:
        super().__init__(parent)
        keep_ui_responsive()
        self._ids = count(1)
        self._tasks: dict[int, Task] = {}
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.progressed.connect(self._on_progress)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one writer: SQLite serialises writes anyway
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(max(1, read_threads))
        self.default_error = default_error

    # -- API ------------------------------------------------------------------------------
    def run(
        self,
        fn: TaskFn,
        *,
        on_done: DoneCallback,
        on_error: ErrorCallback | None = None,
        label: str = "",
        cancellable: bool = False,
        write: bool = True,
    ) -> Task:
        """Start `fn(progress, cancel)`; `on_done(result)` / `on_error(exc)` run on the UI thread.

        `write=False` marks a read-only task that may run beside the writer.
        """
        task = Task(next(self._ids), label, cancellable, on_done, on_error)
        was_idle = not self._tasks
        self._tasks[task.task_id] = task
        if was_idle:
            self.busy_changed.emit(True)
        self.task_progress.emit(label, 0, 0, cancellable)
        pool = self._writer if write else self._readers
        pool.start(_Job(task, fn, self._signals))
        return task

    def is_busy(self) -> bool:
        return bool(self._tasks)

    def has_long_work(self) -> bool:
        """A cancellable (long) task is running: worth asking before quitting."""
        return any(task.cancellable for task in self._tasks.values())

    def cancel_all(self) -> None:
        for task in self._tasks.values():
            if task.cancellable:
                task.cancel.set()

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until workers are idle (used at shutdown and in tests); results still arrive
        through the event loop afterwards."""
        ok_writer = self._writer.waitForDone(timeout_ms)
        ok_readers = self._readers.waitForDone(timeout_ms)
        return bool(ok_writer and ok_readers)

    # -- UI-thread slots --------------------------------------------------------------------
    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        task = self._pop(task_id)
        if task is not None:
            task.on_done(result)

    @Slot(int, object, str)
    def _on_failed(self, task_id: int, error: object, details: str) -> None:
        task = self._pop(task_id)
        if task is None:
            return
        assert isinstance(error, BaseException)
        log.info("task %r failed", task.label, exc_info=error)
        handler = task.on_error or self.default_error
        if handler is None:
            raise error
        handler(error)

    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is None:
            return
        task.done, task.total = done, total
        self.task_progress.emit(task.label, done, total, task.cancellable)

    def _pop(self, task_id: int) -> Task | None:
        task = self._tasks.pop(task_id, None)
        if not self._tasks:
            self.busy_changed.emit(False)
        return task
