"""Sync set-up as a small wizard (Tools ▸ Shared sync file…): the shared file and where it
should live, then the team passphrase and what happens to it (keyring or not).

A new file gets a passphrase typed twice with a strength hint (`dbkeys.strength`, the hint
the database's recovery passphrase uses); a file that exists already belongs to a team, so
its passphrase is typed once and checked by the sync that follows the wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_app.services import dbkeys
from crm_app.sync import passphrase

MIN_LENGTH = 12  # the team passphrase guards a file that sits on shares and cloud folders
AskFile = Callable[[QWidget | None, str], str | None]
COLOURS = {"weak": "#d32f2f", "fair": "#b26a00", "strong": "#2e7d32"}


class FilePage(QWizardPage):
    def __init__(self, ask_file: AskFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ask_file = ask_file
        self.setTitle(self.tr("The shared file"))
        self.setSubTitle(self.tr("Where the laptops of the team meet to sync."))
        self.explanation = explanation = QLabel(self.tr(
            "Every laptop of the team syncs through one encrypted file. Put it where all of "
            "you reach it: a folder on the office's network share, a USB stick passed "
            "around, or a cloud folder (OneDrive, Dropbox, Nextcloud…) synchronised on each "
            "laptop. Not on this laptop's own disk only: the others would never see it. "
            "Choose the team's existing file to join it, or a new name to start one."))
        explanation.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("sync_wizard_path")
        self.path.setPlaceholderText(self.tr("for example S:/Team/crm-team.crmsync"))
        self.browse = QPushButton(self.tr("Choose or create…"))
        self.browse.clicked.connect(self._browse)
        self.state = QLabel()
        self.state.setObjectName("sync_wizard_file_state")
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.path.textChanged.connect(self._update)
        self._update()

    def chosen(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def exists(self) -> bool:
        path = self.chosen()
        return path is not None and path.is_file()

    def _browse(self) -> None:
        chosen = self.ask_file(self, self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _update(self) -> None:
        path = self.chosen()
        if path is None:
            text = ""
        elif path.is_dir():
            text = self.tr("This is a folder: give the name of the file in it.")
        elif path.is_file():
            text = self.tr("This file exists: this laptop joins the team that syncs "
                           "through it.")
        elif not path.parent.is_dir():
            text = self.tr("The folder {folder} cannot be reached: is the drive or share "
                           "connected?").format(folder=path.parent)
        else:
            text = self.tr("A new shared file will be created there at the first sync.")
        self.state.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.chosen()
        return path is not None and not path.is_dir() and path.parent.is_dir()


class PassphrasePage(QWizardPage):
    def __init__(self, file_page: FilePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_page = file_page
        self.setTitle(self.tr("The team passphrase"))
        self.first, self.second = QLineEdit(), QLineEdit()
        self.first.setObjectName("sync_wizard_passphrase")
        self.second.setObjectName("sync_wizard_passphrase_again")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.first.setPlaceholderText(self.tr("Passphrase"))
        self.second.setPlaceholderText(self.tr("The same passphrase again"))
        self.hint = QLabel()
        self.hint.setObjectName("sync_wizard_strength")
        self.hint.setWordWrap(True)
        self.keyring = QLabel()
        self.keyring.setObjectName("sync_wizard_keyring")
        self.keyring.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.first, self.second, self.hint):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.keyring)

    def new_file(self) -> bool:
        return not self.file_page.exists()

    def initializePage(self) -> None:
        """Worded for the file chosen on the first page (new, or the team's)."""
        if self.new_file():
            self.setSubTitle(self.tr(
                "Choose the passphrase that encrypts the new shared file; give it to the "
                "colleagues who sync with you. A few unrelated words, at least {n} "
                "characters.").format(n=MIN_LENGTH))
        else:
            self.setSubTitle(self.tr(
                "Type the team's passphrase, the one chosen by the colleague who created "
                "the file. The sync that follows checks it."))
        self.second.setVisible(self.new_file())
        if passphrase.keyring_problem() is None:
            self.keyring.setText(self.tr(
                "After the first sync that works, the passphrase is remembered in the system "
                "keyring of this computer: later syncs do not ask for it."))
            self.keyring.setStyleSheet("")
        else:
            self.keyring.setText(self.tr(
                "Warning: this computer has no system keyring, so the passphrase will not be "
                "remembered: you will be asked for it at each sync, and the app cannot sync "
                "by itself when it starts or closes. It is never written to a file."))
            self.keyring.setStyleSheet(f"color: {COLOURS['weak']};")
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        if not self.new_file():
            self.hint.setText("")
            self.completeChanged.emit()
            return
        if not text:
            hint, colour = self.tr("At least {n} characters; a few unrelated words are "
                                   "best.").format(n=MIN_LENGTH), ""
        elif len(text) < MIN_LENGTH:
            hint, colour = self.tr("Too short: at least {n} characters.").format(
                n=MIN_LENGTH), COLOURS["weak"]
        else:
            level = dbkeys.strength(text)
            hint = {"weak": self.tr("Strength: weak (use four words or more, or 20 "
                                    "characters)"),
                    "fair": self.tr("Strength: fair (longer is stronger)"),
                    "strong": self.tr("Strength: strong")}[level]
            colour = COLOURS[level]
        if self.second.text() and self.second.text() != text:
            hint += " · " + self.tr("the two passphrases differ")
            colour = COLOURS["weak"]
        self.hint.setText(hint)
        self.hint.setStyleSheet(f"color: {colour};" if colour else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.first.text()
        if not self.new_file():
            return bool(text)
        return len(text) >= MIN_LENGTH and text == self.second.text()


class SyncSetupWizard(QWizard):
    """`chosen()` gives the file and the passphrase once accepted; nothing is saved here."""

    def __init__(self, ask_file: AskFile, current: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_setup_wizard")
        self.setWindowTitle(self.tr("Set up sync"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Sync now"))
        self.file_page = FilePage(ask_file)
        self.passphrase_page = PassphrasePage(self.file_page)
        self.file_page.path.setText(current)
        self.addPage(self.file_page)
        self.addPage(self.passphrase_page)
        self.resize(600, 420)

    def chosen(self) -> tuple[str, str]:
        path = self.file_page.chosen()
        return str(path.absolute()) if path else "", self.passphrase_page.first.text()
