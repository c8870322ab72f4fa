"""The running desktop application: QApplication, translations, database, main window.

Built by `crm_app/app.py` after the display check. Opening a database may fail (newer
schema, not a database, no permission): the person gets one clear message and the app
either stays on the previous file or exits with status 1.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from crm_app.domain.errors import DatabaseVersionError, DomainError
from crm_app.paths import APP_AUTHOR, APP_NAME, default_database_path, log_dir
from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.core_actions import load_demo
from crm_app.ui.dbcrypt import banner as encrypt_banner
from crm_app.ui.dbcrypt import dialogs as crypt_dialogs
from crm_app.ui.dbcrypt import opening
from crm_app.ui.exception_hook import ExceptionHook, configure_logging
from crm_app.ui.fonts import add_missing_script_fonts
from crm_app.ui.forms import first_run
from crm_app.ui.i18n import Translations, system_language
from crm_app.ui.icons import clear_icon_cache, icon
from crm_app.ui.main_window import MainWindow
from crm_app.ui.messages import error_text, note_text
from crm_app.ui.widgets import wheel_guard

log = logging.getLogger(__name__)


def open_crm(path: Path, *, quiet: bool = False,
             key: str | None = None) -> tuple[Crm | None, str]:
    """(Crm, "") or (None, a sentence saying why the file cannot be used; "" when the person
    cancelled the unlock or first-run question). A new file is encrypted, an encrypted one
    unlocked by the keyring or the recovery passphrase (crm_app/ui/dbcrypt/opening.py)."""
    try:
        return opening.open_or_create(path, None, quiet=quiet, key=key), ""
    except (DatabaseVersionError, DomainError) as error:
        return None, error_text(error)
    except Exception as error:  # corrupt file, not SQLite, permissions, disk full...
        log.info("opening %s failed", path, exc_info=True)
        reason = getattr(error, "orig", None) or error
        why = error_text(reason) if isinstance(reason, OSError) else str(reason)
        return None, QApplication.translate(
            "DesktopApp", "The file %1 cannot be opened as a CRM database (%2).").replace(
            "%1", str(path)).replace("%2", why)


class DesktopApp:
    def __init__(self, db_path: Path | None, *, language: str | None = None,
                 exit_when_shown: bool = False, settings: AppSettings | None = None) -> None:
        # Fractional scaling (150%) as the screen asks, not rounded: sharp, right-sized text.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        existing = QApplication.instance()
        self.app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        self.app.setApplicationName(APP_NAME)
        self.app.setOrganizationName(APP_AUTHOR)
        self.app.setApplicationDisplayName("Trade Mission CRM")
        self.app.setWindowIcon(icon("app"))
        wheel_guard.install(self.app)  # before the first dialog: the wheel scrolls forms
        add_missing_script_fonts()  # a name in Thai or Japanese never shows as boxes
        self.settings = settings or AppSettings()
        self.translations = Translations(self.app)
        self.language_override = language
        self.db_path = db_path
        self.exit_when_shown = exit_when_shown
        self.window: MainWindow | None = None
        self.crm: Crm | None = None
        self.hook: ExceptionHook | None = None

    def run(self) -> int:
        if not self.exit_when_shown:
            self.hook = ExceptionHook(configure_logging(log_dir()))
            self.hook.install()
        self.translations.switch(self.language_override or self.settings.language
                                 or system_language())
        path = self.db_path or Path(self.settings.database_path or default_database_path())
        if not self.open(path):
            return 1
        code = self.app.exec()
        self.shutdown()
        return int(code)

    def shutdown(self) -> None:
        """Release Qt objects while QApplication still exists (a QIcon or widget freed
        during interpreter finalisation after the app can crash PySide)."""
        if self.window is not None:
            self.window.tasks.cancel_all()
            self.window.tasks.wait_idle(10_000)
            self.window.deleteLater()
            self.window = None
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        clear_icon_cache()
        if self.crm is not None:
            self.crm.close()
        if self.hook is not None:
            self.hook.uninstall()

    def open(self, path: Path, key: str | None = None) -> bool:
        """Open `path` and show its window; on failure say why and keep what was open."""
        crm, problem = open_crm(path.expanduser(), quiet=self.exit_when_shown, key=key)
        if crm is None and not problem:
            return False  # cancelled: the person was asked and said no
        if crm is None:
            title = self.app.translate("DesktopApp", "Cannot open the database")
            print(f"crm-app: {problem}", file=sys.stderr)
            if not self.exit_when_shown:
                dialogs.show_error(self.window, title, problem)
            return False
        demo_contacts = 0
        if first_run.needs_sign_in(crm, self.settings) and not self.exit_when_shown:
            answer = first_run.sign_in(crm, self.settings, self.translations.language)
            if answer is not None:
                self.translations.switch(answer.profile.language)
                self.settings.language = answer.profile.language
                demo_contacts = answer.demo_contacts
        profile = crm.settings.profile()
        if profile.get("name") and not self.settings.person_profile:  # set up per file before
            first_run.remember(self.settings, first_run.Profile(
                str(profile["name"]), str(profile.get("office") or ""),
                str(profile.get("country") or "IT"), str(profile.get("language") or "en")))
        old_window, old_crm = self.window, self.crm
        if old_window is not None:
            if not old_window.close():
                crm.close()
                return False
            old_window.deleteLater()
        if old_crm is not None:
            old_crm.close()
        self.crm = crm
        self.settings.database_path = str(crm.db.path)
        window = MainWindow(crm, self.settings, translations=self.translations)
        window.open_database_requested.connect(lambda p: self.open(Path(p)))
        window.restore_layout()
        if not crm.db.encrypted:
            self._add_banner(window, crm)
        window.show()
        self.window = window
        if self.exit_when_shown:
            QTimer.singleShot(0, self._report_shown)
        else:
            window.reminders.start()
            QTimer.singleShot(0, window.offer_drafts)
        if demo_contacts:
            load_demo(window, demo_contacts)
        return True

    def _add_banner(self, window: MainWindow, crm: Crm) -> None:
        bar = window.addToolBar("encryption")
        bar.setObjectName("encrypt_bar")
        bar.setMovable(False)
        shown = encrypt_banner.EncryptBanner(window)
        bar.addWidget(shown)
        shown.encrypt_requested.connect(lambda: self.encrypt(window, crm, shown))

    def encrypt(self, window: MainWindow, crm: Crm, shown: encrypt_banner.EncryptBanner) -> None:
        """The banner's button: recovery passphrase, then the conversion off the UI thread;
        the encrypted file is opened again in a new window."""
        recovery = crypt_dialogs.ask_new_recovery(window, allow_plain=False)
        if recovery is None:
            return
        path = crm.db.path
        window.tasks.wait_idle(10_000)
        crm.db.close()  # the conversion needs the file to itself (pooled connections closed)

        def done(created: object) -> None:
            key = getattr(created, "key", None)
            note = getattr(created, "keyring_note", None)
            if note:
                dialogs.show_info(window, self.app.translate("DesktopApp",
                                                             "Database encrypted"),
                                  note_text(note))
            self.open(path, key=key)

        def failed(error: BaseException) -> None:
            shown.failed(error_text(error))

        encrypt_banner.convert(window.tasks, shown, path, recovery, done, failed)

    def _report_shown(self) -> None:
        assert self.window is not None
        self.window.repaint()
        print("shown", flush=True)
        self.window.close()
        self.app.quit()
