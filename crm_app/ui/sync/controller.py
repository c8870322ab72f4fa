"""Sync in the desktop app: Tools ▸ Sync now / Shared sync file… (the set-up wizard) /
Conflicts…, and the last
sync's time and result in the status bar. The sync itself runs on the window's TaskRunner
(off the UI thread); it starts by itself when the app opens, and runs once more when the
window closes, whenever the shared file is reachable and the passphrase remembered (with a
progress window, Skip and a time limit: close_sync.py). Modal
questions go through the `ask_*` seams tests replace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from crm_app.db.models import SYNCED_MODELS
from crm_app.services.crm import Crm
from crm_app.sync import copies, location, passphrase
from crm_app.sync.engine import sync
from crm_app.sync.fileformat import KeyRing, write_error
from crm_app.sync.rekey import PassphraseChanged
from crm_app.sync.report import MassDeletion, SyncReport
from crm_app.ui import dialogs
from crm_app.ui.formatting import as_datetime, format_time
from crm_app.ui.messages import error_text, note_text
from crm_app.ui.sync.close_sync import CloseSync
from crm_app.ui.sync.conflicts_dialog import ConflictsDialog
from crm_app.ui.sync.devices_dialog import DevicesDialog
from crm_app.ui.sync.setup_wizard import SyncSetupWizard
from crm_app.ui.sync.summary_dialog import SyncSummaryDialog
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

if TYPE_CHECKING:
    from crm_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)
PATH_KEY = "sync/path"
TABLE_STEPS = [f"applied-{m.__tablename__}" for m in SYNCED_MODELS]
# Texts outside the QObject subclasses below; the context is written out in each call
# because pyside6-lupdate reads it from there.
CONTEXT = "SyncUi"
translate = QCoreApplication.translate


def ask_shared_file(parent: QWidget | None, current: str) -> str | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("SyncUi", "Shared sync file"), current,
        translate("SyncUi", "CRM sync file (*.crmsync);;All files (*)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return name or None


def ask_passphrase(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(parent, translate("SyncUi", "Sync"),
                                    translate("SyncUi", "Team sync passphrase:"),
                                    QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_create(parent: QWidget | None, path: Path, problem: str) -> bool:
    """A laptop that synced before finds no file: create a new one there, or not?"""
    answer = QMessageBox.question(
        parent, translate("SyncUi", "Shared sync file not found"),
        translate("SyncUi", "{problem}\n\nCreate a new, empty shared file at {path}? "
                  "Choose No if the drive or share is only disconnected.").format(
                      problem=problem, path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_mass_delete(parent: QWidget | None, problem: str) -> bool:
    """A sync would delete most records of one kind, all from one laptop: apply it or not?"""
    answer = QMessageBox.warning(
        parent, translate("SyncUi", "Many records would be deleted"),
        translate("SyncUi", "{problem}\n\nApply these deletions on this laptop? Choose No to "
                  "keep everything as it is and ask the colleague first.").format(
                      problem=problem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def finished_time(report: SyncReport) -> str:
    """When the sync ended, in this computer's zone (the report is in UTC)."""
    moment = as_datetime(report.finished_at)
    return format_time(moment.astimezone()) if moment else "?"


def summary(report: SyncReport) -> str:
    return summary_text(summary_counts(report))


def summary_counts(report: SyncReport) -> dict[str, Any]:
    """What the status bar says, as numbers: kept in the settings and worded in the
    language shown at the time (so a language switch rewords the last result too)."""
    return {"up_to_date": report.up_to_date, "received": sum(report.received.values()),
            "sent": sum(report.sent.values()), "conflicts": report.open_conflicts}


def summary_text(counts: dict[str, Any]) -> str:
    if counts.get("up_to_date"):
        return translate("SyncUi", "up to date")
    text = translate("SyncUi", "{received} received, {sent} sent").format(
        received=counts.get("received", 0), sent=counts.get("sent", 0))
    if counts.get("conflicts"):
        text += translate("SyncUi", ", {n} conflict(s) to review").format(
            n=counts["conflicts"])
    return text




class SyncController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.status = QLabel()
        window.statusBar().addPermanentWidget(self.status)
        self.running = False
        self.last_failed = False
        self.last_report: SyncReport | None = None
        self.summary_dialog: SyncSummaryDialog | None = None
        self.setup_wizard: SyncSetupWizard | None = None
        self.devices_dialog: DevicesDialog | None = None
        self._after_running: str | None = None  # a wizard's passphrase waiting for a sync
        # The team key derived from the passphrase, kept for this session's next syncs (the
        # derivation is tuned to take about half a second on purpose).
        self._keyring: KeyRing | None = None
        self._show_last()
        self.closing = CloseSync(self)
        window.installEventFilter(self)
        self.texts = AreaTexts(window, CONTEXT)
        self.texts.on_change(self._retranslate)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close \
                and self.closing.intercept():
            event.ignore()  # held back: the window closes when the sync ends or stops
            return True
        return False  # the window handles its close as usual

    @property
    def crm(self) -> Crm:
        return self.window.crm

    def shared_path(self) -> str:
        return str(self.window.app_settings.value(PATH_KEY, "") or "")

    def set_up(self) -> SyncSetupWizard:
        """Tools ▸ Shared sync file…: the wizard (window-modal, not blocking); when it is
        finished the file is kept in the settings and a sync runs with the passphrase typed,
        which is remembered in the keyring once that sync worked."""
        wizard = SyncSetupWizard(lambda parent, current: ask_shared_file(parent, current),
                                 self.shared_path(), self.window)
        wizard.accepted.connect(lambda: self._set_up_done(wizard))
        wizard.finished.connect(wizard.deleteLater)
        self.setup_wizard = wizard
        wizard.open()
        return wizard

    def _set_up_done(self, wizard: SyncSetupWizard) -> None:
        path, secret = wizard.chosen()
        self.setup_wizard = None
        if path != self.shared_path():
            self.window.app_settings.set_value(PATH_KEY, path)
        if self.running:  # the sync at start is under way: this one follows it
            self._after_running = secret
        else:
            self.sync_now(typed=secret)

    def _run_waiting(self) -> None:
        waiting, self._after_running = self._after_running, None
        if waiting is not None:
            self.sync_now(typed=waiting)

    def _show_last(self) -> None:
        last = self.crm.settings.get("sync_ui_last", None)
        if isinstance(last, dict):
            what = summary_text(last) if "received" in last else last.get("what", "")
            self.status.setText(self.tr("Last sync: {when}, {what}").format(
                when=last.get("when", "?"), what=what))
        else:
            self.status.setText(self.tr("Not synced yet"))

    def _retranslate(self) -> None:
        """The status bar follows a language switch (unless a sync is under way)."""
        if self.running:
            self.status.setText(self.tr("Syncing…"))
        elif self.last_failed:
            self.status.setText(self.tr("Last sync failed"))
        else:
            self._show_last()

    def sync_on_start(self) -> None:
        path = self.shared_path()
        if path and Path(path).parent.is_dir() and passphrase.stored(Path(path)):
            self.sync_now(interactive=False)

    def sync_now(self, *, interactive: bool = True, allow_mass_delete: bool = False,
                 typed: str | None = None) -> None:
        """`typed`: a passphrase just given (the wizard), remembered if the sync works."""
        if self.running:
            return
        if not self.shared_path():
            if interactive:
                self.set_up()  # nothing set up yet: the wizard first, its end syncs
            return
        path = Path(self.shared_path())
        missing = location.missing_after_sync(self.crm.db, path)
        if missing is not None:
            if not interactive:
                self.status.setText(self.tr("Shared sync file not found"))
                return
            if not ask_create(self.window, path, missing.describe(path)):
                return
        secret = typed or passphrase.stored(path)
        asked = typed is not None
        if secret is None:
            if not interactive:
                return
            secret = ask_passphrase(self.window)
            asked = True
            if not secret:
                return
        self.running = True
        self.status.setText(self.tr("Syncing…"))
        db = self.crm.db
        value = secret
        if self._keyring is None or self._keyring.passphrase != value:
            self._keyring = KeyRing(value)
        keyring = self._keyring

        def work(progress: Any, _cancel: Any) -> SyncReport:
            def checkpoint(name: str) -> None:
                if name in TABLE_STEPS:
                    progress(TABLE_STEPS.index(name) + 1, len(TABLE_STEPS))
            try:
                return sync(db, path, value, checkpoint=checkpoint,
                            allow_mass_delete=allow_mass_delete, keyring=keyring)
            except OSError as exc:  # the storage refused: one clear sentence
                raise write_error(path, exc, "use") from exc

        self.window.tasks.run(
            work, on_done=lambda report: self._done(report, path, value if asked else None),
            on_error=self._failed, label=self.tr("Syncing"))

    def _done(self, report: SyncReport, path: Path, new_secret: str | None) -> None:
        self.running = False
        self.last_failed = False
        self.last_report = report
        self.crm.settings.set("sync_ui_last", {"when": finished_time(report),
                                               "what": summary(report),
                                               **summary_counts(report)})
        self._show_last()
        self.window.refresh_views()
        notes = [*report.warnings, *copies.foreign_copy_notes(path)]
        if new_secret is not None:
            message = passphrase.remember(path, new_secret)
            if message:
                notes.append(message)
        if notes:
            dialogs.show_info(self.window, self.tr("Sync"), "\n".join(map(note_text, notes)))
        if not report.up_to_date:
            self.summary_dialog = self.show_summary()  # non-modal: what the merge did
        self._run_waiting()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, PassphraseChanged) and self.shared_path():
            # Changed on another laptop (crm sync rekey): forget the old one, ask the new one.
            passphrase.forget(Path(self.shared_path()))
            dialogs.show_info(self.window, self.tr("Sync"), error_text(exc))
            self.sync_now()
            return
        if isinstance(exc, MassDeletion) and ask_mass_delete(self.window, error_text(exc)):
            self.sync_now(allow_mass_delete=True)
            return
        self.last_failed = True
        self.status.setText(self.tr("Last sync failed"))
        self.window.show_error(error_text(exc))
        self._run_waiting()

    def show_summary(self) -> SyncSummaryDialog | None:
        """The merge summary of the last sync (Tools > Last sync summary…)."""
        if self.last_report is None:
            return None
        dialog = SyncSummaryDialog(self.last_report, self.window)
        dialog.open_conflicts.connect(self.open_conflicts)
        dialog.show()
        return dialog

    def show_devices(self) -> DevicesDialog | None:
        """Tools ▸ Laptops in the shared file…: the wizard first when nothing is set up; the
        passphrase from the keyring, else asked."""
        if not self.shared_path():
            self.set_up()
            return None
        path = Path(self.shared_path())
        secret = passphrase.stored(path) or ask_passphrase(self.window)
        if not secret:
            return None
        if self.devices_dialog is not None:
            self.devices_dialog.close()
        self.devices_dialog = DevicesDialog(self.crm, self.window.tasks, path, secret,
                                            self.window)
        self.devices_dialog.show()
        return self.devices_dialog

    def open_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.crm, self.window)
        dialog.resolved.connect(self.window.refresh_views)
        dialog.show()
        return dialog


def install(window: MainWindow) -> None:
    """Tools: Sync now, Shared sync file…, Laptops in the shared file…, Sync conflicts…,
    Last sync summary…; sync at start when possible."""
    controller = SyncController(window)
    window.sync_controller = controller  # type: ignore[attr-defined]
    texts = controller.texts
    texts.add_action("Tools", QT_TRANSLATE_NOOP("SyncUi", "Sync now"), controller.sync_now,
                     "Ctrl+Shift+Y")
    texts.add_action("Tools", QT_TRANSLATE_NOOP("SyncUi", "Shared sync file…"),
                     controller.set_up)
    texts.add_action("Tools", QT_TRANSLATE_NOOP("SyncUi", "Laptops in the shared file…"),
                     controller.show_devices)
    texts.add_action("Tools", QT_TRANSLATE_NOOP("SyncUi", "Sync conflicts…"),
                     controller.open_conflicts)
    texts.add_action("Tools", QT_TRANSLATE_NOOP("SyncUi", "Last sync summary…"),
                     controller.show_summary)
    controller.sync_on_start()
