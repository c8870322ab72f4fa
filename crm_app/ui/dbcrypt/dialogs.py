"""Dialogs of the encrypted database: unlock with the recovery passphrase, choose one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crm_app.services import dbkeys
from crm_app.ui.widgets.message_line import message_line

PLAIN = "\x00plain"  # RecoveryDialog: "keep this database unencrypted"


class UnlockDialog(QDialog):
    """The database is encrypted and its key is not in this computer's keyring."""

    def __init__(self, path: str, note: str = "", error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_database")
        self.setWindowTitle(self.tr("Unlock the database"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("%1 is encrypted. Type its recovery passphrase (or the recovery "
                               "key printed when it was made).").replace("%1", path))
        intro.setWordWrap(True)
        form.addRow(intro)
        if note:
            hint = QLabel(note)
            hint.setObjectName("unlock_note")
            hint.setWordWrap(True)
            form.addRow(hint)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Recovery passphrase"), self.passphrase)
        self.error = message_line("unlock_error", 2)
        self.error.setText(error)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumSize(460, 200)

    def accept(self) -> None:
        if not self.passphrase.text():
            self.error.setText(self.tr("Please type the recovery passphrase."))
            return
        super().accept()


def ask_unlock(parent: QWidget | None, path: str, note: str, error: str) -> str | None:
    """The seam tests replace: the typed passphrase, or None when cancelled."""
    dialog = UnlockDialog(path, note, error, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


class RecoveryDialog(QDialog):
    """First run (or converting a plain database): choose the recovery passphrase."""

    def __init__(self, allow_plain: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_passphrase")
        self.setWindowTitle(self.tr("Protect the database"))
        self.plain = False
        form = QFormLayout(self)
        intro = QLabel(self.tr(
            "The database on this laptop is encrypted, so that a lost laptop leaks nothing. "
            "Its key is kept in this computer's keyring. Choose a recovery passphrase: it "
            "opens the database on another computer or if the keyring is lost. Write it down "
            "and keep it apart from the laptop; without it nobody can recover the data."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.first = QLineEdit()
        self.first.setObjectName("recovery_first")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("recovery_second")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Recovery passphrase"), self.first)
        self.strength = QLabel()
        self.strength.setObjectName("recovery_strength")
        form.addRow("", self.strength)
        form.addRow(self.tr("Again, to be sure"), self.second)
        self.error = message_line("recovery_error", 2)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        if allow_plain:
            keep = QPushButton(self.tr("Keep it unencrypted"))
            keep.setObjectName("recovery_keep_plain")
            keep.clicked.connect(self._keep_plain)
            buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.first.textChanged.connect(self._hint)
        self._hint("")
        self.setMinimumSize(520, 300)

    def _hint(self, text: str) -> None:
        level = dbkeys.strength(text)
        words = {"weak": self.tr("Strength: weak (use four words or more, or 20 characters)"),
                 "fair": self.tr("Strength: fair (longer is stronger)"),
                 "strong": self.tr("Strength: strong")}
        colour = {"weak": "#d32f2f", "fair": "#b26a00", "strong": "#2e7d32"}[level]
        self.strength.setText(words[level] if text else self.tr(
            "At least %1 characters; a few unrelated words are best.").replace(
            "%1", str(dbkeys.MIN_LENGTH)))
        self.strength.setStyleSheet(f"color: {colour};" if text else "")

    def _keep_plain(self) -> None:
        self.plain = True
        super().accept()

    def accept(self) -> None:
        first = self.first.text()
        if len(first) < dbkeys.MIN_LENGTH:
            self.error.setText(self.tr("Choose a passphrase of at least %1 characters.")
                               .replace("%1", str(dbkeys.MIN_LENGTH)))
            self.first.setFocus()
            return
        if first != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            self.second.setFocus()
            return
        super().accept()


def ask_new_recovery(parent: QWidget | None, allow_plain: bool = True) -> str | None:
    """The seam tests replace: the chosen passphrase, PLAIN, or None when cancelled."""
    dialog = RecoveryDialog(allow_plain, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return PLAIN if dialog.plain else dialog.first.text()
