"""Sync on the way out, never with a frozen window.

Closing the main window with a shared file set (reachable, passphrase remembered) holds the
close back, runs one sync on the window's TaskRunner and shows its progress with a Skip
button and a time limit (app setting `sync/close_time_limit`, seconds, default 30). Skip
or the time limit stops the sync at its next checkpoint (crm_app/sync/cancel.py: the local
database and the shared file each stay as they were or are fully written); then the window
closes. Should the storage not even answer the stop, the window closes after a short grace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from crm_app.sync import location, passphrase
from crm_app.sync.cancel import SyncCancelled, cancellable
from crm_app.sync.engine import sync
from crm_app.sync.report import SyncReport
from crm_app.ui.tasks import Task

if TYPE_CHECKING:
    from crm_app.ui.sync.controller import SyncController

log = logging.getLogger(__name__)
LIMIT_KEY = "sync/close_time_limit"
DEFAULT_LIMIT_S = 30.0
GRACE_MS = 3000  # after a stop, how long to wait for the storage to let go


class CloseSync(QObject):
    """State of the one sync that runs while the window closes."""

    def __init__(self, controller: SyncController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.skip_button: QPushButton | None = None
        self.outcome = ""  # "synced", "failed", "skipped", "timed out", "abandoned"
        self._letting_close = False
        self._stopping = False
        self.limit = QTimer(self)
        self.limit.setSingleShot(True)
        self.limit.timeout.connect(self.time_up)
        self.grace = QTimer(self)
        self.grace.setSingleShot(True)
        self.grace.timeout.connect(self.abandon)

    def time_limit_s(self) -> float:
        raw = self.window.app_settings.value(LIMIT_KEY, DEFAULT_LIMIT_S)
        try:
            return max(0.0, float(raw))
        except (TypeError, ValueError):
            return DEFAULT_LIMIT_S

    def intercept(self) -> bool:
        """Called on the window's close event: True holds the close back (a sync started
        or is still running); False lets the window close now."""
        if self._letting_close:
            return False
        if self.task is not None:
            return True  # closing again while the sync runs: keep waiting (or Skip)
        controller = self.controller
        path = controller.shared_path()
        if controller.running or not path or not Path(path).parent.is_dir():
            return False
        if location.missing_after_sync(controller.crm.db, Path(path)) is not None:
            return False  # never create a file on the way out: the next start asks
        secret = passphrase.stored(Path(path))
        if not secret:
            return False
        self._start(Path(path), secret)
        return True

    def _start(self, path: Path, secret: str) -> None:
        from crm_app.ui.sync.controller import TABLE_STEPS

        db = self.controller.crm.db
        self.outcome = ""
        self._stopping = False

        def work(progress: Any, stop: Any) -> SyncReport:
            def step(name: str) -> None:
                if name in TABLE_STEPS:
                    progress(TABLE_STEPS.index(name) + 1, len(TABLE_STEPS))
            return sync(db, path, secret, checkpoint=cancellable(stop, step), lock_timeout=5.0)

        self.controller.running = True
        self.controller.status.setText(self.tr("Syncing before closing…"))
        self._show_dialog(len(TABLE_STEPS))
        # Not `cancellable` for the runner: the window's "stop it and quit?" question is not
        # for this task; Skip and the time limit stop it through the same event.
        self.task = self.window.tasks.run(work, on_done=self._done, on_error=self._failed,
                                          label=self.tr("Syncing before closing"))
        self.window.tasks.task_progress.connect(self._progress)
        self.limit.start(int(self.time_limit_s() * 1000))

    def _show_dialog(self, steps: int) -> None:
        dialog = QProgressDialog(self.window)
        dialog.setWindowTitle(self.tr("Closing"))
        dialog.setLabelText(self.tr("Sending this laptop's changes to the shared file…"))
        self.skip_button = QPushButton(self.tr("Skip"))
        dialog.setCancelButton(self.skip_button)
        dialog.setRange(0, steps)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.skip)
        dialog.setValue(0)
        dialog.show()
        self.dialog = dialog

    def _progress(self, label: str, done: int, total: int, _cancellable: bool) -> None:
        if self.dialog is not None and self.task is not None and label == self.task.label \
                and total:
            self.dialog.setValue(min(done, total))

    # -- stopping -------------------------------------------------------------------------
    def skip(self) -> None:
        self._stop("skipped")

    def time_up(self) -> None:
        self._stop("timed out")

    def _stop(self, why: str) -> None:
        if self.task is None or self._stopping:
            return
        self._stopping = True
        self.outcome = why
        log.warning("sync at close %s; stopping it", why)
        self.task.cancel.set()
        self.limit.stop()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping the sync…"))
            if self.skip_button is not None:
                self.skip_button.setEnabled(False)
        self.grace.start(GRACE_MS)

    def abandon(self) -> None:
        """The storage did not let go in time: close anyway. The sync engine is safe to end
        at any point (temporary file beside the shared one, one local transaction)."""
        if self.task is not None:
            self.outcome = "abandoned"
            self._finish()

    # -- results (UI thread) --------------------------------------------------------------
    def _done(self, report: SyncReport) -> None:
        from crm_app.ui.sync.controller import finished_time, summary, summary_counts

        if self.task is None:
            return
        if not self._stopping:
            self.outcome = "synced"
        self.controller.crm.settings.set(
            "sync_ui_last", {"when": finished_time(report), "what": summary(report),
                             **summary_counts(report)})
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        if self.task is None:
            return
        if not isinstance(exc, SyncCancelled):
            log.warning("sync at close failed: %s", exc)  # the window closes anyway
            self.outcome = self.outcome or "failed"
        self._finish()

    def _finish(self) -> None:
        self.limit.stop()
        self.grace.stop()
        self.task = None
        self.controller.running = False
        self.window.tasks.task_progress.disconnect(self._progress)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.skip)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
            self.skip_button = None
        self._letting_close = True
        try:
            self.window.close()
        finally:
            self._letting_close = False  # a view kept the window open: the next close syncs
