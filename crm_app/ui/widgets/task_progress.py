"""Status-bar display of the running background task: label, progress bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from crm_app.ui.tasks import TaskRunner


class TaskProgress(QWidget):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(200)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addStretch(1)  # the Cancel button keeps its own size in a wide window
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.busy_changed.connect(self.setVisible)
        runner.task_progress.connect(self._show)
        self.setVisible(False)

    def _show(self, label: str, done: int, total: int, cancellable: bool) -> None:
        if total > 0:
            self.label.setText(label)
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            # no total yet (a file being read): how far it got, beside a busy indicator
            self.label.setText(f"{label} ({QLocale().toString(done)})" if done else label)
            self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.runner.cancel_all()
