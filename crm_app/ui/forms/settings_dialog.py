"""Settings: profile, language, default country, the database file (and opening another),
with places for the sync file and report defaults that later areas fill."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.forms.first_run import Profile, ProfileFields
from crm_app.ui.i18n import LANGUAGES
from crm_app.ui.lock.controller import DEFAULT_IDLE_MINUTES, IDLE_MINUTES_KEY, lock_available


@dataclass(frozen=True)
class SettingsAnswer:
    profile: Profile
    database_path: str  # "" = unchanged
    sync_path: str  # the shared sync file (key "sync/path", read by the sync area)
    report_paper: str  # "a4" / "letter" (key "reports/paper", read by the report area)
    report_language: str
    lock_minutes: int | None = None  # key "lock/idle_minutes"; None: not offered (plain file)


class SettingsDialog(QDialog):
    def __init__(self, crm: Crm, app_settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.crm = crm
        self.tabs = QTabWidget()
        profile_page = QWidget()
        self.fields = ProfileFields(QFormLayout(profile_page), self)
        self.fields.set_profile(crm.settings.profile())

        data_page = QWidget()
        data_form = QFormLayout(data_page)
        self.current_db = QLabel(str(crm.db.path))
        self.current_db.setWordWrap(True)
        self.other_db = QLineEdit()
        self.other_db.setObjectName("other_database")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse_database)
        row = QHBoxLayout()
        row.addWidget(self.other_db, 1)
        row.addWidget(browse)
        data_form.addRow(self.tr("Database file"), self.current_db)
        data_form.addRow(self.tr("Open another database"), row)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSuffix(self.tr(" min"))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setValue(app_settings.value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES))
        self.lock_note = QLabel()
        self.lock_note.setObjectName("lock_note")
        self.lock_note.setWordWrap(True)
        if lock_available(crm):
            self.lock_note.setText(self.tr(
                "Also when the laptop sleeps. Unlocking needs the recovery passphrase."))
        else:
            self.lock_minutes.setEnabled(False)
            self.lock_note.setText(self.tr(
                "The app lock needs an encrypted database: this one is plain, so there is no "
                "passphrase to unlock with, and the file itself can be read. Encrypt it first."))
        data_form.addRow(self.tr("Lock after … minutes idle"), self.lock_minutes)
        data_form.addRow("", self.lock_note)

        sync_page = QWidget()
        sync_form = QFormLayout(sync_page)
        self.sync_file = QLineEdit(app_settings.value("sync/path", ""))
        self.sync_file.setObjectName("sync_path")
        self.sync_file.setPlaceholderText(self.tr("Shared sync file (set up by Sync)"))
        sync_form.addRow(self.tr("Sync file"), self.sync_file)

        report_page = QWidget()
        report_form = QFormLayout(report_page)
        self.report_paper = QComboBox()
        self.report_paper.addItem("A4", "a4")
        self.report_paper.addItem(self.tr("US Letter"), "letter")
        self.report_paper.setCurrentIndex(
            max(self.report_paper.findData(app_settings.value("reports/paper", "a4")), 0))
        self.report_language = QComboBox()
        for code, name in LANGUAGES.items():
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(max(self.report_language.findData(
            app_settings.value("reports/language", "it")), 0))
        report_form.addRow(self.tr("Paper"), self.report_paper)
        report_form.addRow(self.tr("Report language"), self.report_language)

        self.tabs.addTab(profile_page, self.tr("Profile"))
        self.tabs.addTab(data_page, self.tr("Database"))
        self.tabs.addTab(sync_page, self.tr("Sync"))
        self.tabs.addTab(report_page, self.tr("Reports"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(520, 320)

    def _browse_database(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a database"), str(self.crm.db.path.parent),
            self.tr("CRM database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.other_db.setText(path)

    def answer(self) -> SettingsAnswer:
        return SettingsAnswer(self.fields.profile(), self.other_db.text().strip(),
                              self.sync_file.text().strip(),
                              str(self.report_paper.currentData()),
                              str(self.report_language.currentData()),
                              self.lock_minutes.value() if self.lock_minutes.isEnabled()
                              else None)


def ask_settings(parent: QWidget | None, crm: Crm,
                 app_settings: AppSettings) -> SettingsAnswer | None:
    """The seam tests replace: None when cancelled."""
    dialog = SettingsDialog(crm, app_settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
