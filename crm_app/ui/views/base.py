"""What the main window expects from each of its views."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from crm_app.ui.translate_marks import translate_inherited


class View(QWidget):
    """A page of the main window. Record views override the hooks they support."""

    def tr(self, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_inherited(self, sourceText, disambiguation, n)

    # (entity, record id): the main window shows that record in its own view.
    open_requested = Signal(str, str)
    # Data changed here that other views show (a follow-up added from a meeting...).
    data_changed = Signal()
    # A sentence that confirms what just happened ("Saved Hanako Suzuki"): the status bar.
    status_message = Signal(str)
    # (entity, defaults): start a new record of that kind elsewhere ("new meeting with").
    create_requested = Signal(str, dict)

    key = ""  # stable name used in settings and navigation
    entity = ""  # record kind shown ("" when the view is not a list of one kind)

    def title(self) -> str:
        raise NotImplementedError

    def icon_name(self) -> str:
        return "app"

    def selected_ids(self) -> list[str]:
        return []

    def refresh(self) -> None:
        """Reload from the database (data changed elsewhere)."""

    def confirm_leave(self) -> bool:
        """False keeps the person here (e.g. they cancelled the unsaved-changes question)."""
        return True

    def open_record(self, record_id: str) -> None:
        """Show one record of this view's kind."""

    def new_record(self) -> None:
        """Start a new record (Ctrl+N)."""

    def save_current(self) -> None:
        """Save the record being edited (Ctrl+S)."""

    def delete_selected(self) -> None:
        """Move the selection to the Trash (Del)."""

    def save_state(self) -> None:
        """Write column layout and splitter positions to the app settings."""

    def retranslate(self) -> None:
        """Texts again after a language switch."""
