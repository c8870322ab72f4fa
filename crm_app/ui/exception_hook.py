"""Unexpected errors: write the traceback to a log file in the user's log folder and show a
dialog with the details, instead of a silent crash. Installed once by the app entry point."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crm_app.logredact import RedactingFormatter
from crm_app.ui.messages import error_text

log = logging.getLogger("crm_app")

ShowDialog = Callable[[str, str], None]


def configure_logging(folder: Path) -> Path:
    """Log to `folder`/crm-app.log (created if needed); returns the file path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crm-app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(RedactingFormatter())  # no personal values in this plain file
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_crash_dialog(summary: str, details: str) -> None:
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("ExceptionHook", "Unexpected error"))
    box.setText(summary)
    box.setDetailedText(details)
    box.exec()


class ExceptionHook:
    """`sys.excepthook` replacement; keeps the previous hook to restore it."""

    def __init__(self, log_file: Path, show: ShowDialog = show_crash_dialog) -> None:
        self.log_file = log_file
        self.show = show
        self.previous = sys.excepthook
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        log.error("unhandled exception at %s", stamp, exc_info=(kind, error, tb))
        summary = QApplication.translate(
            "ExceptionHook",
            "Something went wrong: %1\n\nYour saved data is safe. Details were written to %2.",
        ).replace("%1", error_text(error)).replace("%2", str(self.log_file))
        if self._showing:  # an error inside the dialog itself: log only
            return
        self._showing = True
        try:
            self.show(summary, details)
        finally:
            self._showing = False
