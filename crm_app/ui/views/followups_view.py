"""Follow-ups: overdue ones in red, mark done, reassign, due-date presets."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.due_dates import PRESETS, local_today, preset_date
from crm_app.ui.formatting import format_datetime, format_number
from crm_app.ui.icons import icon
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.views.record_list_view import RecordListView
from crm_app.ui.widgets.fit import fit_popup
from crm_app.ui.widgets.flow_layout import FlowLayout
from crm_app.ui.widgets.picker import staff_text

OPEN = ("open", "in_progress")


class FollowUpsView(RecordListView):
    key = "followups"
    entity = "followup"

    def __init__(self, crm: Crm, app_settings: AppSettings, *, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(crm, app_settings, row_style=self._style, tasks=tasks, parent=parent)

    def title(self) -> str:
        return self.tr("Follow-ups")

    def icon_name(self) -> str:
        return "followups"

    def _style(self, row: dict[str, Any]) -> str | None:
        if row.get("status") not in OPEN:
            return "muted"
        due = row.get("due_date")
        if isinstance(due, date) and due < local_today(self.crm):
            return "overdue"
        return None

    def build_detail(self) -> QWidget:
        self.done_button = QPushButton(icon("done"), "")
        self.done_button.setObjectName("mark_done")
        self.done_button.clicked.connect(self.mark_done)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.reopen)
        self.completed = QLabel()
        self.completed.setObjectName("completed_at")
        self.completed.hide()
        self.reopen_button.setEnabled(False)
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = FlowLayout()  # wraps in a narrow pane ("Scade la prossima settimana")
        presets.setObjectName("followup_actions")
        presets.addWidget(self.done_button)
        presets.addWidget(self.reopen_button)
        for preset in PRESETS:
            button = QPushButton()
            button.setObjectName(f"due_{preset}")
            button.clicked.connect(lambda _c=False, p=preset: self.set_due(p))
            self.preset_buttons[preset] = button
            presets.addWidget(button)
        self.reassign_to = QComboBox()
        self.reassign_to.setObjectName("reassign_to")
        # A long "name · office" never widens the pane; the open list shows it whole.
        self.reassign_to.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reassign_to.setMinimumContentsLength(16)
        self.reassign_button = QPushButton()
        self.reassign_button.clicked.connect(
            lambda: self.reassign(str(self.reassign_to.currentData() or "")))
        reassign = QHBoxLayout()
        reassign.addWidget(self.reassign_to, 1)
        reassign.addWidget(self.reassign_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(presets)
        self.action_flow = presets
        layout.addLayout(reassign)
        layout.addWidget(self.completed)
        layout.addWidget(self.editor, 1)
        self._fill_staff()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable_done())
        return panel

    def _fill_staff(self) -> None:
        self.reassign_to.clear()
        for staff in self.crm.staff.list():
            self.reassign_to.addItem(staff_text(staff), str(staff["id"]))
        fit_popup(self.reassign_to)

    # -- actions on the selection ------------------------------------------------------------
    def mark_done(self) -> None:
        if self._update_selected({"status": "done"}):
            self.status_message.emit(self.tr("Marked done"))

    def reopen(self) -> None:
        """Back to open: no longer completed (the service clears the completion time)."""
        if self._update_selected({"status": "open"}):
            self.status_message.emit(self.tr("Reopened"))

    def new_record(self) -> None:
        super().new_record()
        self._show_completion(self.editor.record())
        self._reassign_from(self.editor.form.raw_values().get("owner_id"))

    def new_record_with(self, values: dict[str, Any]) -> None:
        super().new_record_with(values)
        self._show_completion(self.editor.record())
        self._reassign_from(self.editor.form.raw_values().get("owner_id"))

    def record_opened(self, record_id: str) -> None:
        record = self.editor.record()
        self._show_completion(record)
        self._reassign_from((record or {}).get("owner_id"))

    def _reassign_from(self, owner: Any) -> None:
        """Reassign starts from the current owner: the saved one, or on a new follow-up the
        form's (this laptop's "me"), never simply the first staff member of the list."""
        index = self.reassign_to.findData(str(owner)) if owner else -1
        if index >= 0:
            self.reassign_to.setCurrentIndex(index)

    def _show_completion(self, record: dict[str, Any] | None) -> None:
        when = (record or {}).get("completed_at")
        done = bool(record) and (record or {}).get("status") == "done"
        self.completed.setText(self.tr("Completed %1").replace("%1", format_datetime(when))
                               if done and when else "")
        self.completed.setVisible(bool(done and when))
        self.reopen_button.setEnabled(bool(record) and (record or {}).get("status") not in OPEN)
        self._enable_done()

    def _enable_done(self) -> None:
        """Mark done has nothing to do on the one follow-up shown when it is done already
        (with several selected, the others may still be open)."""
        record = self.editor.record()
        done = bool(record) and (record or {}).get("status") == "done"
        self.done_button.setEnabled(not (done and len(self.selected_ids()) <= 1))

    def set_due(self, preset: str) -> None:
        self._update_selected({"due_date": preset_date(preset, local_today(self.crm))})

    def reassign(self, staff_id: str) -> None:
        if staff_id:
            self._update_selected({"owner_id": staff_id})

    def _action_label(self, changes: dict[str, Any], ids: list[str]) -> str:
        """The action's name in Edit ▸ Undo."""
        if changes.get("status") == "done":
            text = self.tr("Mark %1 done")
        elif changes.get("status") == "open":
            text = self.tr("Reopen %1")
        elif "owner_id" in changes:
            text = self.tr("Reassign %1")
        else:
            text = self.tr("Change the due date of %1")
        what = (self.tr("1 follow-up") if len(ids) == 1 else
                self.tr("%1 follow-ups").replace("%1", format_number(len(ids))))
        return text.replace("%1", what)

    def _update_selected(self, changes: dict[str, Any]) -> int:
        if not self.editor.confirm_leave():
            return 0
        ids = self.selected_ids()
        if ids:
            label = self._action_label(changes, ids)
            self.crm.history.update_many("followup", ids, changes, label)
            self.refresh()
            self.editor.show_record(ids[0])
            self.record_opened(ids[0])
            self.data_changed.emit()
        return len(ids)

    def refresh(self) -> None:
        super().refresh()
        current = self.reassign_to.currentData()
        self._fill_staff()
        self.reassign_to.setCurrentIndex(max(self.reassign_to.findData(current), 0))

    def new_defaults(self) -> dict[str, Any]:
        profile = self.crm.settings.profile()
        return {"owner_id": profile.get("staff_id") or "", "status": "open",
                "priority": "normal"}

    def retranslate(self) -> None:
        super().retranslate()
        self.done_button.setText(self.tr("Mark done"))
        self.reopen_button.setText(self.tr("Reopen"))
        texts = {"tomorrow": self.tr("Due tomorrow"), "next_week": self.tr("Due next week"),
                 "next_month": self.tr("Due in a month")}
        for preset, button in self.preset_buttons.items():
            button.setText(texts[preset])
        self.reassign_button.setText(self.tr("Reassign"))
