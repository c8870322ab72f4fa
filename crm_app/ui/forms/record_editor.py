"""A record's edit panel: the form, Save / Revert / Move to Trash, and the unsaved guard."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError, NotFound, ValidationError
from crm_app.domain.schema import normalise_changes
from crm_app.services.crm import Crm
from crm_app.ui import dialogs
from crm_app.ui.forms.draft_store import DatabaseDrafts
from crm_app.ui.forms.record_form import RecordForm
from crm_app.ui.icons import icon
from crm_app.ui.labels import label
from crm_app.ui.messages import error_text
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, translate_inherited

# One heading per kind: Italian agrees in gender ("Nuovo contatto", "Nuova organizzazione").
NEW_HEADINGS = {
    "contact": QT_TRANSLATE_NOOP("RecordEditor", "New contact"),
    "organisation": QT_TRANSLATE_NOOP("RecordEditor", "New organisation"),
    "event": QT_TRANSLATE_NOOP("RecordEditor", "New event"),
    "meeting": QT_TRANSLATE_NOOP("RecordEditor", "New meeting"),
    "followup": QT_TRANSLATE_NOOP("RecordEditor", "New follow-up"),
    "note": QT_TRANSLATE_NOOP("RecordEditor", "New note"),
}


@dataclass(frozen=True)
class PendingSave:
    """A save captured on the UI thread: the raw form values and extras it was made from,
    and the write to run (None: nothing changed)."""

    sent: dict[str, Any]
    extra: Any
    write: Callable[[], dict[str, Any]] | None


class RecordEditor(QWidget):
    saved = Signal(str)  # record id
    deleted = Signal(str)
    save_finished = Signal(bool)  # a save's outcome (after `saved`, or after its errors)

    def tr(self, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate_inherited(self, sourceText, disambiguation, n)  # MeetingEditor too

    def __init__(self, crm: Crm, entity: str, fields: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.entity = entity
        self.service = crm.records(entity)
        self.form = RecordForm(crm, entity, fields)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("color: #d32f2f;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self._banner_source: str | BaseException = ""
        self.save_button = QPushButton(icon("save"), "")
        self.revert_button = QPushButton("")
        self.delete_button = QPushButton(icon("delete"), "")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.form.dirty_changed.connect(self._update_buttons)
        # Drafts: typed values are also kept in the settings file while unsaved, so a crash
        # or power cut does not lose them; the next start offers them back.
        self.drafts: DatabaseDrafts | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.write_draft)
        self.form.edited.connect(self._draft_timer.start)
        self._record: dict[str, Any] | None = None
        self.last_deleted = ""  # the name of the record last moved to the Trash
        # Asked before a new record is written (contacts: "looks like an existing one");
        # returns False to keep the form open. Set by the view.
        self.confirm_create: Callable[[QWidget, Crm, dict[str, Any]], bool] | None = None
        # Saves run on this runner's writer thread when set (by the view); else right here.
        self.tasks: TaskRunner | None = None
        self._saving: PendingSave | None = None
        self._last_save_ok = True
        self.retranslate()
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------------
    def show_record(self, record_id: str) -> bool:
        self.wait_saved()
        try:
            record = self.service.get(record_id)
        except NotFound:
            return False
        self._record = record
        self.form.load(record)
        self.load_extra(record)
        self.clear_draft()
        self.banner.hide()
        self._update_heading()
        self._update_buttons()
        return True

    def new_record(self, defaults: Mapping[str, Any] | None = None) -> None:
        self.wait_saved()
        self._record = None
        self.form.load(None)
        self.load_extra(None)
        self.clear_draft()
        if defaults:
            self.form.set_defaults(defaults)
        self.banner.hide()
        self._update_heading()
        self._update_buttons()
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def record(self) -> dict[str, Any] | None:
        return self._record

    def is_new(self) -> bool:
        return self._record is None

    def is_dirty(self) -> bool:
        return self.form.is_dirty() or self.extra_dirty()

    # -- hooks for editors with more than the schema form (the meeting editor) ---------------
    def load_extra(self, record: Mapping[str, Any] | None) -> None:
        """Show the parts of `record` the form does not hold."""

    def extra_changes(self) -> dict[str, Any]:
        """Values edited outside the form, to save with it."""
        return {}

    def extra_dirty(self) -> bool:
        return False

    def extra_valid(self) -> bool:
        return True

    def extra_state(self) -> Any:
        """What `extra_saved` compares to tell whether the extras were edited during a save."""
        return None

    def extra_saved(self, record: Mapping[str, Any], sent: Any) -> None:
        """The record was saved from the extras as they were (`sent` = `extra_state()`)."""
        self.load_extra(record)

    # -- writing -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate inline, then create or update; errors land on their field.

        With a task runner (`tasks`, set by the view) the write runs on its single writer
        thread: this returns True once the save has started, the Save button says "Saving…"
        meanwhile, and the outcome arrives as `saved` or as inline messages (then
        `save_finished(ok)`). The form stays editable; what is typed meanwhile is kept over
        the saved record. A second save while one runs is ignored (double Ctrl+S). Without a
        runner the save is made here and its outcome returned."""
        if self._saving is not None:
            return False
        pending = self._prepare_save()
        if pending is None:
            return False
        if pending.write is None:  # nothing changed: no write, the record as it is
            self._finish_save(pending, dict(self._record or {}))
            return True
        if self.tasks is None:
            try:
                result = pending.write()
            except DomainError as error:
                self._save_failed(error)
                return False
            self._finish_save(pending, result)
            return True
        self._start_save(pending, self.tasks)
        return True

    def save_and_wait(self) -> bool:
        """Save and return whether it worked, for callers that need the outcome at once (the
        unsaved-changes question, "add follow-up"): the save still runs on the writer and
        the window keeps painting while this waits (taking no input meanwhile)."""
        if not self.wait_saved():
            return False
        if not self.save():
            return False
        return self.wait_saved()

    def is_saving(self) -> bool:
        return self._saving is not None

    def wait_saved(self) -> bool:
        """Wait, painting but taking no input, for a save that is running; its outcome
        (True when none runs)."""
        if self._saving is None:
            return True
        loop = QEventLoop()
        self.save_finished.connect(loop.quit)
        try:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self.save_finished.disconnect(loop.quit)
        return self._last_save_ok

    def _prepare_save(self) -> PendingSave | None:
        """Check the form and capture what to write (on the UI thread, before any write).
        A stored record's untouched fields are not checked again here: they were checked
        when written, the service checks the changed ones again on the writer, and a first
        email or language check costs 0.1-0.3 s (an import and a table load)."""
        names = None if self._record is None else {*self.form.changes(),
                                                   *self.form.shown_errors()}
        if not self.form.validate(names) or not self.extra_valid():
            return None
        history = self.crm.history
        sent = self.form.raw_values()
        extra = self.extra_state()
        if self._record is None:
            values = {**self._typed_values(), **self.extra_changes()}
            if self.confirm_create is not None and not self.confirm_create(
                    self, self.crm, self._normalised(values)):
                return None
            label = self.tr("Create %1").replace("%1", self._title_of(values))
            entity = self.entity
            return PendingSave(sent, extra, lambda: history.create(entity, values, label))
        changes = {**self.form.changes(), **self.extra_changes()}
        if not changes:
            return PendingSave(sent, extra, None)
        label = self.tr("Save %1").replace("%1", self._title_of(self._record))
        entity, record_id = self.entity, str(self._record["id"])
        return PendingSave(sent, extra,
                           lambda: history.update(entity, record_id, changes, label))

    def _start_save(self, pending: PendingSave, tasks: TaskRunner) -> None:
        write = pending.write
        assert write is not None
        self._saving = pending
        self._draft_timer.stop()  # drafts are written to the database too: after the save
        self._update_buttons()

        def failed(error: BaseException) -> None:
            self._saving = None
            if isinstance(error, DomainError):
                self._save_failed(error)
                return
            self._update_buttons()
            self._last_save_ok = False
            self.save_finished.emit(False)
            if tasks.default_error is None:
                raise error
            tasks.default_error(error)

        tasks.run(lambda _progress, _cancel: write(), label=self.tr("Saving…"),
                  on_done=lambda result: self._finish_save(pending, result), on_error=failed)

    def _finish_save(self, pending: PendingSave, result: Mapping[str, Any]) -> None:
        self._saving = None
        self._record = dict(result)
        self.form.load_saved(self._record, pending.sent)
        self.extra_saved(self._record, pending.extra)
        if self.is_dirty():  # typed while it saved: still an edit, kept as a draft too
            self._draft_timer.start()
        else:
            self.clear_draft()
        self.banner.hide()
        self._update_heading()
        self._update_buttons()
        self._last_save_ok = True
        self.saved.emit(str(result["id"]))
        self.save_finished.emit(True)

    def _save_failed(self, error: DomainError) -> None:
        """Today's inline messages: on the field when the error names one, else the banner."""
        self._saving = None
        if isinstance(error, ValidationError) and error.field in self.form.editors:
            self.form.show_error(error.field, error)
            self.form.editors[error.field].setFocus()
        else:
            self._show_banner(error)
        self._update_buttons()
        if self.is_dirty():
            self._draft_timer.start()
        self._last_save_ok = False
        self.save_finished.emit(False)

    def revert(self) -> None:
        self.wait_saved()
        self.form.load(self._record)
        self.load_extra(self._record)
        self.clear_draft()
        self.banner.hide()

    def delete(self) -> bool:
        self.wait_saved()
        if self._record is None:
            return False
        name = self._title_of(self._record)
        if not dialogs.ask_yes_no(self, self.tr("Move to Trash"),
                                  self.tr("Move “%1” to the Trash? You can restore it from "
                                          "the Trash view.").replace("%1", name)):
            return False
        record_id = str(self._record["id"])
        self.crm.history.delete(self.entity, [record_id],
                                self.tr("Move %1 to the Trash").replace("%1", name))
        self.last_deleted = name
        self._record = None
        self.form.load(None)
        self.load_extra(None)
        self._update_heading()
        self._update_buttons()
        self.deleted.emit(record_id)
        return True

    # -- drafts ------------------------------------------------------------------------------
    def draft_key(self) -> str:
        return f"drafts/{self.entity}"

    def write_draft(self) -> None:
        if self.drafts is None:
            return
        if self._saving is not None:  # not beside the writer (the save restarts the timer)
            return
        if not self.form.is_dirty():
            self.clear_draft()
            return
        record_id = str(self._record["id"]) if self._record else ""
        self.drafts.set_value(self.draft_key(), json.dumps(
            {"id": record_id, "values": self.form.changes()}, ensure_ascii=False))
        self.drafts.sync()

    def clear_draft(self) -> None:
        self._draft_timer.stop()
        if self.drafts is not None and self.drafts.contains(self.draft_key()):
            self.drafts.remove(self.draft_key())
            self.drafts.sync()

    def pending_draft(self) -> dict[str, Any] | None:
        """A draft left by a previous session (typed, never saved)."""
        if self.drafts is None:
            return None
        try:
            draft = json.loads(self.drafts.value(self.draft_key(), ""))
        except ValueError:
            return None
        return draft if isinstance(draft, dict) and draft.get("values") else None

    def restore_draft(self, draft: Mapping[str, Any],
                      defaults: Mapping[str, Any] | None = None) -> bool:
        """Open the draft's record (or a new one, with the form's `defaults` such as country
        and owner, which a draft of a new record does not repeat) with the typed values back
        in place."""
        record_id = str(draft.get("id") or "")
        if record_id:
            if not self.show_record(record_id):
                return False
        else:
            self.new_record(defaults)
        self.form.apply_values(dict(draft.get("values") or {}))
        self.write_draft()
        self._update_buttons()
        return True

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes: save them, throw them away, or stay. A save still
        running is waited for first (what was typed during it may still be unsaved)."""
        self.wait_saved()
        if not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self, self.tr("“%1” has unsaved changes. Save them?")
                                     .replace("%1", self._title_of(self._record)))
        if answer is dialogs.Unsaved.SAVE:
            return self.save_and_wait()
        if answer is dialogs.Unsaved.DISCARD:
            self.revert()
            return True
        return False

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Saving…") if self._saving is not None
                                 else self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.revert_button.setText(self.tr("Revert"))
        self.delete_button.setText(self.tr("Move to Trash"))
        self.form.retranslate()
        self._update_heading()
        if self.banner.isVisibleTo(self) and isinstance(self._banner_source, BaseException):
            self._show_banner(self._banner_source)

    def _update_heading(self) -> None:
        if self._record is None:
            source = NEW_HEADINGS.get(self.entity)
            self.heading.setText(QCoreApplication.translate("RecordEditor", source) if source
                                 else label(self.entity))
        else:
            self.heading.setText(self._title_of(self._record))

    def _update_buttons(self, *_args: object) -> None:
        dirty = self.is_dirty()
        saving = self._saving is not None
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))
        self.save_button.setEnabled((dirty or self._record is None) and not saving)
        self.revert_button.setEnabled(dirty and not saving)
        self.delete_button.setEnabled(self._record is not None and not saving)

    def _show_banner(self, message: str | BaseException) -> None:
        """An error is kept and shown again in the new language on a language switch."""
        self._banner_source = message
        self.banner.setText(error_text(message) if isinstance(message, BaseException)
                            else message)
        self.banner.show()

    def _normalised(self, values: Mapping[str, Any]) -> dict[str, Any]:
        fields = {k: v for k, v in values.items() if k not in self.form.spec.links}
        return normalise_changes(self.entity, fields)

    def _typed_values(self) -> dict[str, Any]:
        return {k: v for k, v in self.form.raw_values().items() if v not in ("", None, [])}

    def title(self) -> str:
        """The record's name as people say it ("Hanako Suzuki", "BIO Japan")."""
        return self._title_of(self._record)

    def _title_of(self, record: Mapping[str, Any] | None) -> str:
        if record is None:
            return self.tr("New record")
        if self.entity == "contact":
            return " ".join(p for p in (record.get("given_name"), record.get("family_name"))
                            if p) or "?"
        return str(record.get("name") or record.get("title") or record.get("subject") or "?")
