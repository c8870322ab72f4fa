"""What the import/export dialogs share: the task seam, table cells, shown values."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableWidgetItem

from crm_app.domain.normalise import format_phone
from crm_app.ui.tasks import Progress, TaskRunner

# Texts outside QObject subclasses; the context is written out in each call because
# pyside6-lupdate reads it from there.
translate = QCoreApplication.translate
ACTION_COLOURS = {"create": "#2e7d32", "update": "#1565c0", "merge": "#6a1b9a",
                  "skip": "#757575", "refuse": "#c62828"}


def run_task(tasks: TaskRunner | None, fn: Callable[[], Any], on_done: Callable[[Any], None],
         on_error: Callable[[BaseException], None], label: str, write: bool) -> None:
    """On the worker pool when there is one (the app), inline otherwise (tests, scripts)."""
    if tasks is None:
        try:
            result = fn()
        except Exception as exc:  # delivered like the task runner does
            on_error(exc)
            return
        on_done(result)
        return
    tasks.run(lambda _progress, _cancel: fn(), on_done=on_done, on_error=on_error,
              label=label, write=write)


def run_job(tasks: TaskRunner | None, fn: Callable[[Progress, threading.Event], Any],
            on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
            label: str, write: bool) -> None:
    """Like run_task, for work that reports progress and stops when Cancel is pressed."""
    if tasks is None:
        run_task(None, lambda: fn(lambda _done, _total: None, threading.Event()), on_done,
                 on_error, label, write)
        return
    tasks.run(fn, on_done=on_done, on_error=on_error, label=label, write=write,
              cancellable=True)


def table_item(text: str, colour: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if colour:
        item.setForeground(QColor(colour))
    return item


def shown_value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(format_phone(v) if str(v).startswith("+") else str(v) for v in value)
    return "" if value is None else str(value)

