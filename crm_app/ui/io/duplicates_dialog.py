"""Duplicates: the review dialog (one pair at a time) and the check a contact form
makes before it creates a contact that looks like an existing one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.errors import DomainError
from crm_app.domain.schema import ENTITIES
from crm_app.services import duplicates, merge
from crm_app.services.crm import Crm
from crm_app.ui.formatting import format_number
from crm_app.ui.forms.record_form import field_label
from crm_app.ui.io import seams
from crm_app.ui.io.common import table_item, translate
from crm_app.ui.io.duplicate_texts import ValueText, reason_text
from crm_app.ui.messages import error_text

REVIEW_LIMIT = duplicates.REVIEW_LIMIT  # the most likely pairs a review starts with


class DuplicateReviewDialog(QDialog):
    """One pair at a time, the most likely first: keep both, update the first from the
    second, or merge field by field (every meeting, follow-up, note and tag kept); the last
    merge can be undone. At most REVIEW_LIMIT pairs of the scan are reviewed at once."""

    changed = Signal()

    def __init__(self, crm: Crm, pairs: list[duplicates.DuplicatePair] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_review")
        self.crm = crm
        found = list(pairs) if pairs is not None else duplicates.scan(crm.db)
        found.sort(key=lambda p: -p.score)  # stable: the scan's order among equal scores
        self.found = len(found)
        self.pairs = found[:REVIEW_LIMIT]
        self.value_text = ValueText(crm)
        self.position = 0
        self.field_names: list[str] = []
        self.first_id = self.second_id = ""
        self.last_merge: str | None = None
        self.heading = QLabel()
        self.heading.setObjectName("duplicate_heading")
        self.heading.setWordWrap(True)
        self.fields = QTableWidget(0, 4)
        self.fields.setObjectName("duplicate_fields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("First"),
                                               self.tr("Second"), self.tr("Keep")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields.verticalHeader().hide()
        self.status = QLabel()
        self.status.setObjectName("duplicate_status")
        self.keep_both_button = QPushButton(self.tr("Keep both"))
        self.update_button = QPushButton(self.tr("Update first"))
        self.merge_button = QPushButton(self.tr("Merge"))
        self.next_button = QPushButton(self.tr("Decide later"))
        self.undo_button = QPushButton(self.tr("Undo last merge"))
        self.undo_button.setEnabled(False)
        for button, slot in ((self.keep_both_button, self.keep_both),
                             (self.update_button, self.update_first),
                             (self.merge_button, self.merge), (self.next_button, self.next_pair),
                             (self.undo_button, self.undo_last_merge)):
            button.clicked.connect(slot)
        actions = QHBoxLayout()
        for button in (self.keep_both_button, self.update_button, self.merge_button,
                       self.next_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.fields, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.setWindowTitle(self.tr("Review duplicates"))
        self.resize(860, 560)
        self.show_pair()

    def current(self) -> duplicates.DuplicatePair | None:
        return self.pairs[self.position] if self.position < len(self.pairs) else None

    def show_pair(self) -> None:
        pair = self.current()
        for button in (self.keep_both_button, self.update_button, self.merge_button,
                       self.next_button):
            button.setEnabled(pair is not None)
        self.fields.setRowCount(0)
        self.field_names = []
        if pair is None:
            if self.found > len(self.pairs):
                self.heading.setText(self.tr(
                    "These were the {n} most likely pairs of {total}. Find duplicates again "
                    "for the next ones (pairs kept apart or merged are not proposed again).")
                    .format(n=format_number(len(self.pairs)),
                            total=format_number(self.found)))
            else:
                self.heading.setText(self.tr("No more likely duplicates."))
            return
        try:
            both = sorted((self.crm.contacts.get(pair.a_id), self.crm.contacts.get(pair.b_id)),
                          key=lambda c: (c["created_at"], c["id"]))
            self.first_id, self.second_id = both[0]["id"], both[1]["id"]
            plan = merge.plan(self.crm.db, self.first_id, self.second_id)
        except DomainError:  # one of the two was merged or deleted meanwhile
            self.next_pair()
            return
        sides = [self.tr("{name} ({n} meetings, follow-ups and notes; tags: {tags})").format(
            name=" ".join(p for p in (c["given_name"], c["family_name"]) if p),
            n=len(self.crm.queries.timeline("contact", c["id"])),
            tags=", ".join(c["tags"]) or "-") for c in both]
        why = "; ".join(reason_text(r) for r in pair.reasons)
        if self.found > len(self.pairs):
            where = self.tr("Pair {i} of the {n} most likely of {total} (score {score}): "
                            "{why}").format(i=format_number(self.position + 1),
                                            n=format_number(len(self.pairs)),
                                            total=format_number(self.found),
                                            score=pair.score, why=why)
        else:
            where = self.tr("Pair {i} of {n} (score {score}): {why}").format(
                i=format_number(self.position + 1), n=format_number(len(self.pairs)),
                score=pair.score, why=why)
        self.heading.setText(self.tr("{where}\nFirst (older, kept on merge): {first}\n"
                                     "Second: {second}").format(
            where=where, first=sides[0], second=sides[1]))
        shown = [f for f in plan if f.keep_value not in (None, "", [])
                 or f.other_value not in (None, "", [])]
        self.field_names = [f.name for f in shown]
        self.fields.setRowCount(len(shown))
        for row, choice in enumerate(shown):
            spec = ENTITIES["contact"].field(choice.name)
            self.fields.setItem(row, 0, table_item(field_label(spec)))
            self.fields.setItem(row, 1, table_item(self.value_text(choice.name,
                                                                   choice.keep_value)))
            self.fields.setItem(row, 2, table_item(self.value_text(choice.name,
                                                                   choice.other_value)))
            combo = QComboBox()
            combo.addItem(self.tr("first"), "keep")
            combo.addItem(self.tr("second"), "other")
            if isinstance(choice.keep_value, list) or choice.name in {"notes", "consent_note"}:
                combo.addItem(self.tr("both"), "both")
            default = ("both" if combo.findData("both") >= 0 and choice.merged_value not in
                       (choice.keep_value, choice.other_value) else
                       "other" if choice.merged_value == choice.other_value
                       and choice.merged_value != choice.keep_value else "keep")
            combo.setCurrentIndex(combo.findData(default))
            self.fields.setCellWidget(row, 3, combo)
        self.fields.resizeColumnToContents(0)

    def choices(self) -> dict[str, str]:
        result = {}
        for row, name in enumerate(self.field_names):
            combo = self.fields.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            result[name] = str(combo.currentData())
        return result

    def choose(self, field: str, side: str) -> None:
        for row, name in enumerate(self.field_names):
            if name == field:
                combo = self.fields.cellWidget(row, 3)
                assert isinstance(combo, QComboBox)
                combo.setCurrentIndex(combo.findData(side))
                return
        raise KeyError(field)

    def keep_both(self) -> None:
        pair = self.current()
        if pair is not None:
            duplicates.dismiss(self.crm.db, self.first_id, self.second_id, self.crm.clock)
            self.status.setText(self.tr("Kept both; this pair will not be proposed again."))
            self.next_pair()

    def update_first(self) -> None:
        """Copy the chosen values of the second into the first; both records stay."""
        pair = self.current()
        if pair is None:
            return
        first, second = self.first_id, self.second_id
        plan = {f.name: f for f in merge.plan(self.crm.db, first, second)}
        changes = {name: (plan[name].other_value if side == "other" else plan[name].merged_value)
                   for name, side in self.choices().items() if side in {"other", "both"}}
        self._guard(lambda: self.crm.contacts.update(first, changes),
                    self.tr("First contact updated; both kept."))

    def merge(self) -> None:
        pair = self.current()
        if pair is None:
            return
        first, second = self.first_id, self.second_id
        who = str(self.crm.settings.profile().get("name") or "")
        result = self._guard(lambda: merge.merge_contacts(
            self.crm.db, first, second, self.choices(), who, self.crm.clock),
            self.tr("Merged; meetings, follow-ups, notes and tags of both are kept."))
        if result is not None:
            self.last_merge = str(result["id"])
            self.undo_button.setEnabled(True)

    def undo_last_merge(self) -> None:
        if self.last_merge is None:
            return
        merge_id = self.last_merge
        if self._guard(lambda: merge.undo_merge(self.crm.db, merge_id, self.crm.clock),
                       self.tr("Merge undone."), advance=False) is not None:
            self.last_merge = None
            self.undo_button.setEnabled(False)
            self.position = max(0, self.position - 1)
            self.show_pair()

    def next_pair(self) -> None:
        self.position += 1
        self.show_pair()

    def _guard(self, fn: Callable[[], Any], done: str, advance: bool = True) -> Any:
        try:
            result = fn()
        except DomainError as error:
            self.status.setText(error_text(error))
            return None
        self.status.setText(done)
        self.changed.emit()
        if advance:
            self.next_pair()
        return result



def confirm_new_contact(parent: QWidget | None, crm: Crm, values: dict[str, Any],
                        record_id: str | None = None) -> bool:
    """For a contact form's Save: True when no existing contact looks like `values`, or the
    person chose to save anyway (the form calls this before `crm.contacts.create`)."""
    matches = duplicates.find_matches(crm.db, values, exclude_id=record_id)
    if not matches:
        return True
    names = crm.queries.names([m.record_id for m in matches[:3]])
    listed = "\n".join(f"• {names.get(m.record_id, m.record_id)} ({m.reason})"
                       for m in matches[:3])
    title = translate("IoUi", "Possible duplicate")
    text = translate("IoUi", "This contact looks like:\n{people}\n\nSave it anyway?")
    return seams.confirm(parent, title, text.format(people=listed))

