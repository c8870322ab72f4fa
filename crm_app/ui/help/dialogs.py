"""Help dialogs. Everything shown is read from the running app or from bundled files, so the
shortcut list and the licence list cannot drift from what the app really has."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_app.paths import resource_path


def app_version() -> str:
    try:
        return metadata.version("crm-app")
    except metadata.PackageNotFoundError:  # a source checkout that was never installed
        return "0.1.0+source"


def guide_file(language: str) -> Path:
    """The user guide in `language`, English when there is no translation."""
    localised = resource_path("help", f"user-guide.{language}.md")
    return localised if localised.is_file() else resource_path("help", "user-guide.md")


def licence_files() -> list[Path]:
    """Licences of everything bundled in resources/ (fonts today)."""
    return sorted(resource_path("fonts").glob("LICENSE-*.txt"))


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(action, key) for every action of the window that has a shortcut, menus first."""
    rows: dict[str, str] = {}
    for action in window.findChildren(QAction):
        key = action.shortcut()
        if key.isEmpty() or not action.text():
            continue
        name = action.text().replace("&", "").rstrip("…").strip()
        rows.setdefault(name, key.toString(QKeySequence.SequenceFormat.NativeText))
    return sorted(rows.items(), key=lambda row: row[0].casefold())


class RetranslatingDialog(QDialog):
    """A dialog that sets its texts in `retranslate`, again on every language switch made
    while it is open (LanguageChange reaches every widget)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.reject)
    return box


class GuideDialog(RetranslatingDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.retranslate()
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_file(language).read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(_buttons(self))
        self.resize(720, 640)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))


class ShortcutsDialog(RetranslatingDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.retranslate()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(_buttons(self))
        self.resize(480, 560)

    def retranslate(self) -> None:
        """The action names are read from the window's menus, which follow the language."""
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        rows = shortcut_rows(self.window_)
        self.table.setRowCount(len(rows))
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))


class AboutDialog(RetranslatingDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.summary = summary = QLabel()
        summary.setTextFormat(Qt.TextFormat.RichText)
        summary.setWordWrap(True)
        self.licences = QTabWidget()
        self.licences.setObjectName("licences")
        fonts = QTextBrowser()
        fonts.setMarkdown(resource_path("fonts", "README.md").read_text(encoding="utf-8"))
        self.licences.addTab(fonts, "")
        for path in licence_files():
            text = QTextBrowser()
            text.setPlainText(path.read_text(encoding="utf-8", errors="replace"))
            self.licences.addTab(text, path.stem.removeprefix("LICENSE-"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        self.licences_label = QLabel()
        layout.addWidget(self.licences_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(_buttons(self))
        self.retranslate()
        self.resize(720, 600)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Trade Mission CRM"))
        self.summary.setText(self.tr(
            "<h3>Trade Mission CRM %1</h3>"
            "<p>Contacts, meetings and follow-ups for trade-promotion offices abroad, "
            "offline first, synchronised through one shared file.</p>"
            "<p>Python %2 · Qt %3 · PySide6 %4</p>")
            .replace("%1", app_version()).replace("%2", platform.python_version())
            .replace("%3", qVersion()).replace("%4", pyside_version))
        self.licences.setTabText(0, self.tr("Bundled fonts"))
        self.licences_label.setText(self.tr("Licences of the bundled fonts:"))
