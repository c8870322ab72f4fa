"""The banner over a plain database: it recommends encryption and converts the file, with a
progress bar, off the UI thread (crm_app/ui/tasks.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from crm_app.services import dbkeys
from crm_app.ui.tasks import Progress, TaskRunner


class EncryptBanner(QFrame):
    encrypt_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encrypt_banner")
        self.setStyleSheet("#encrypt_banner { background: #fff4e5; border-bottom: 1px solid "
                           "#f0c36d; } QLabel { color: #5f370e; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(self.tr("This database is not encrypted: anyone who finds this "
                                   "laptop can read it. Encrypt it now."))
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("encrypt_progress")
        self.progress.setRange(0, 4)
        self.progress.setFixedWidth(160)
        self.progress.hide()
        row.addWidget(self.progress)
        self.button = QPushButton(self.tr("Encrypt the database…"))
        self.button.setObjectName("encrypt_button")
        self.button.clicked.connect(self.encrypt_requested)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, done: int, total: int) -> None:
        self.button.setEnabled(False)
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.text.setText(self.tr("Encrypting: a verified encrypted copy replaces the plain "
                                  "file, which is then overwritten and removed…"))

    def failed(self, message: str) -> None:
        self.progress.hide()
        self.button.setEnabled(True)
        self.text.setText(self.tr("Not encrypted: %1. The database was not changed.")
                          .replace("%1", message))


def convert(tasks: TaskRunner, banner: EncryptBanner, path: Path, recovery: str,
            on_done: Callable[[dbkeys.Created], None],
            on_error: Callable[[BaseException], None]) -> None:
    """Encrypt `path` in the writer thread; the caller closed its Database first."""

    def work(progress: Progress, _cancel: threading.Event) -> dbkeys.Created:
        created = dbkeys.encrypt_existing(path, recovery, progress=progress)
        created.database.close()
        return created

    tasks.task_progress.connect(lambda _label, done, total, _c: banner.show_progress(
        done, total))
    tasks.run(work, on_done=on_done, on_error=on_error, label=banner.tr("Encrypting"),
              write=True)
