"""Small helpers for driving widgets like a person would."""

from __future__ import annotations

from typing import Any


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a person (so textEdited fires), replacing what is there.

    QTest only simulates ASCII keys; other scripts are put in as an input method would,
    with the same textEdited signal.
    """
    widget.selectAll()
    if text and text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


def menu_action(window: Any, text: str) -> Any:
    """The main window's menu entry with this text (as the user reads it)."""
    for entry in window.menuBar().actions():
        for item in entry.menu().actions():
            if item.text() == text:
                return item
    raise AssertionError(f"no menu action {text!r}")


def wait_saved(qtbot: Any) -> None:
    """Wait for the saves running on the window's writer thread (issue 13), and for the
    lists reading their rows again after them: Save returns once the write has started."""
    from PySide6.QtWidgets import QApplication

    from crm_app.ui.forms.record_editor import RecordEditor
    from crm_app.ui.views.record_list_view import RecordListView

    def busy(widget: Any) -> bool:
        if isinstance(widget, RecordEditor):
            return widget.is_saving()
        if isinstance(widget, RecordListView):
            reader = widget.model.reader
            return reader is not None and reader.is_busy()
        return False

    def idle() -> bool:
        return not any(busy(w) for w in QApplication.allWidgets())

    qtbot.waitUntil(idle, timeout=10_000)


def type_search(qtbot: Any, picker: Any, text: str) -> list[tuple[str, Any]]:
    """Type into a picker's box and wait for its search (it runs once typing pauses);
    returns the popup's rows."""
    type_into(qtbot, picker.edit, text)
    qtbot.waitUntil(lambda: not picker.pending(), timeout=5_000)
    return list(picker.rows())


def sync_with_a_file_under_another_passphrase(qtbot: Any, window: Any, folder: Any,
                                              keyring: Any, ours: str) -> Any:
    """A colleague's shared file written under another passphrase than the one this
    laptop remembers; the window's sync is run against it once. Returns the file's path."""
    from crm_app.services.crm import Crm
    from crm_app.sync import passphrase
    from crm_app.sync.engine import sync
    from crm_app.ui.sync import controller as sync_ui

    shared = folder / "team.crmsync"
    other = Crm.open(folder / "colleague.sqlite3")
    sync(other.db, shared, "another passphrase")
    other.close()
    window.app_settings.set_value(sync_ui.PATH_KEY, str(shared))
    keyring.set_password(passphrase.SERVICE, str(shared), ours)
    controller = window.sync_controller
    controller.sync_now()
    qtbot.waitUntil(lambda: not controller.running, timeout=20_000)
    return shared
