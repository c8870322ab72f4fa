"""Sync set-up as a small wizard: the shared file (and where it should live), then the team
passphrase with confirmation, a strength hint and what happens to it (keyring or not)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_app.sync import passphrase

MIN_LENGTH = 12


def strength(text: str) -> int:
    """0 weak, 1 fair, 2 good: length first (a passphrase of words), then variety."""
    kinds = sum(any(f(c) for c in text) for f in (str.islower, str.isupper, str.isdigit,
                                                   lambda c: not c.isalnum()))
    if len(text) < MIN_LENGTH:
        return 0
    return 2 if len(text) >= 20 or kinds >= 3 else 1


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The shared file"))
        explanation = QLabel(self.tr(
            "Every laptop of the team syncs through one encrypted file. Put it in a folder "
            "all of you reach: a shared network drive, or a cloud folder (OneDrive, Dropbox, "
            "Nextcloud…) synchronised on each laptop. Not on this laptop's own disk only."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("for example S:/Team/crm-team.crmsync"))
        browse = QPushButton(self.tr("Choose or create…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(row)
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Shared sync file"), self.path.text(),
            self.tr("CRM sync files (*.crmsync)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path.setText(chosen)


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The team passphrase"))
        self.setSubTitle(self.tr("The same passphrase on every laptop of the team. Use a few "
                                 "words, at least {n} characters.").format(n=MIN_LENGTH))
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._update)
        self.first.setPlaceholderText(self.tr("Passphrase"))
        self.second.setPlaceholderText(self.tr("The same passphrase again"))
        self.hint = QLabel()
        problem = passphrase.keyring_problem()
        self.keyring = QLabel(
            self.tr("It will be remembered in the system keyring of this computer.")
            if problem is None else
            self.tr("Warning: there is no system keyring here, so the passphrase will not be "
                    "remembered; you will be asked for it at each sync."))
        self.keyring.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.first, self.second, self.hint, self.keyring):
            layout.addWidget(widget)
        self._update()

    def _update(self) -> None:
        level = strength(self.first.text())
        words = [self.tr("Too short"), self.tr("Fair"), self.tr("Good")]
        text = self.tr("Strength: {level}").format(level=words[level])
        if self.second.text() and self.second.text() != self.first.text():
            text += " · " + self.tr("the two passphrases differ")
        self.hint.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return strength(self.first.text()) > 0 and self.first.text() == self.second.text()


class SyncSetupWizard(QWizard):
    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up sync"))
        self.file_page, self.passphrase_page = FilePage(), PassphrasePage()
        self.file_page.path.setText(current)
        self.addPage(self.file_page)
        self.addPage(self.passphrase_page)
        self.resize(560, 380)

    def chosen(self) -> tuple[str, str]:
        return self.file_page.path.text().strip(), self.passphrase_page.first.text()
