"""What the window shows while locked: the app's name and the unlock form, nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.ui.widgets.message_line import message_line


class LockCover(QWidget):
    """Covers the whole window; emits the typed passphrase or a keyring request."""

    passphrase_given = Signal(str)
    keyring_requested = Signal()
    retranslated = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.reason = "idle"
        self.title = QLabel()
        self.title.setObjectName("lock_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.intro = QLabel()
        self.intro.setObjectName("lock_intro")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The centred panel gets its size hint's height, which ignores wrapping: keep room
        # for the Italian text's three lines.
        self.intro.setMinimumHeight(self.intro.fontMetrics().lineSpacing() * 4)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("lock_unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.keyring_button = QPushButton()
        self.keyring_button.setObjectName("lock_keyring")
        self.keyring_button.clicked.connect(self.keyring_requested.emit)
        self.error = message_line("lock_error", 2)

        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        panel = QWidget()
        panel.setFixedWidth(460)  # a fixed width lets the wrapped intro take its full height
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.intro)
        inner.addLayout(row)
        inner.addWidget(self.keyring_button)
        inner.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        parent.installEventFilter(self)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Trade Mission CRM is locked"))
        self._set_intro()
        self.passphrase.setPlaceholderText(self.tr("Recovery passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.keyring_button.setText(self.tr("Unlock with system account"))
        self.retranslated.emit()

    def _set_intro(self) -> None:
        # Say why the window is locked: a person who pressed Ctrl+L was not away.
        if self.reason == "manual":
            self.intro.setText(self.tr(
                "The window was locked with Lock now. Type the database's recovery "
                "passphrase to continue."))
        else:
            self.intro.setText(self.tr(
                "Nobody used the app for a while, or the laptop slept. Type the database's "
                "recovery passphrase to continue."))

    def cover(self, offer_keyring: bool, reason: str = "idle") -> None:
        self.reason = reason
        self._set_intro()
        self.keyring_button.setVisible(offer_keyring)
        self.passphrase.clear()
        self.error.setText("")
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.passphrase.setFocus()

    def say(self, text: str) -> None:
        self.error.setText(text)

    def _submit(self) -> None:
        text = self.passphrase.text()
        self.passphrase.clear()  # never left in the field
        if not text:
            self.say(self.tr("Please type the recovery passphrase."))
            return
        self.passphrase_given.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
