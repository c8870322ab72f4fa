"""A schema-driven edit form: one editor per field, inline errors, dirty tracking.

Validation goes through `domain.schema.normalise_value` field by field as the person leaves
a field, and through the service on save; an error is shown under its field in red and the
focus moves there. The form never writes: the editor around it saves through a service.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_app.domain.errors import DomainError, ValidationError
from crm_app.domain.schema import ENTITIES, FieldSpec, normalise_value
from crm_app.services.crm import Crm
from crm_app.ui.field_labels import field_name
from crm_app.ui.forms.address_editor import ADDRESSES_SPEC, AddressesEditor
from crm_app.ui.forms.date_field import DateEditor
from crm_app.ui.forms.field_widgets import (
    ChoiceEditor,
    FieldEditor,
    LineEditor,
    SearchRefEditor,
    build_editor,
)
from crm_app.ui.forms.value_types import ValueTypesLine
from crm_app.ui.messages import message_text
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP
from crm_app.ui.widgets.message_line import message_line

# The form's own message for a typed name that matches no record (a core-style template).
CHOOSE_FROM_LIST = QT_TRANSLATE_NOOP("CoreMessages", "choose one from the list")

# Which fields each form shows, in order (the rest are edited elsewhere or not at all).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "contact": ("honorific", "given_name", "family_name", "given_name_latin",
                "family_name_latin", "job_title", "organisation_id", "tags", "country", "emails",
                "phones", "addresses", "language", "owner_id", "first_met_event_id", "first_met_on",
                "consent_basis", "consent_date", "consent_source", "notes"),
    "organisation": ("name", "name_latin", "kind", "side", "country", "city", "address",
                     "website", "sectors", "tags", "notes"),
    "event": ("name", "kind", "city", "country", "venue", "start_date", "end_date",
              "timezone", "organiser", "notes"),
    "followup": ("title", "due_date", "priority", "status", "owner_id", "contact_id",
                 "organisation_id", "details"),
}


# Tags are a link set, not a column; edited as comma-separated names.
TAGS_SPEC = FieldSpec("tags", "strings", "Tags")


def field_label(spec: FieldSpec) -> str:
    return field_name(spec.name, spec.label)


class RecordForm(QWidget):
    dirty_changed = Signal(bool)
    edited = Signal()  # any field changed by the person

    def __init__(self, crm: Crm, entity: str, fields: Sequence[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.crm = crm
        self.entity = entity
        self.spec = ENTITIES[entity]
        names = fields if fields is not None else FORM_FIELDS[entity]
        self.editors: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_sources: dict[str, str | DomainError] = {}
        self.labels: dict[str, QLabel] = {}
        self.types: dict[str, ValueTypesLine] = {}  # what each email / phone is (work, …)
        self._loaded: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}
        self._dirty = False
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            spec = self.field_spec(name)
            editor = AddressesEditor() if name == "addresses" else build_editor(spec, crm)
            error = message_line(f"error_{name}")
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor)
            if entity == "contact" and name in {"emails", "phones"}:
                self.types[name] = ValueTypesLine(name)
                column.addWidget(self.types[name])
            column.addWidget(error)
            caption = QLabel(field_label(spec) + (" *" if spec.required else ""))
            caption.setBuddy(editor)
            self.form.addRow(caption, cell)
            self.editors[name] = editor
            self.errors[name] = error
            self.labels[name] = caption
            editor.changed.connect(lambda n=name: self._edited(n))
            if isinstance(editor, LineEditor | DateEditor):  # typed: checked on leaving
                editor.edit.editingFinished.connect(lambda n=name: self._left(n))
        self.setStyleSheet("*[invalid=\"true\"] { border: 1px solid #d32f2f; }")

    # -- values ------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        """Lists of staff and events again (someone may have added one meanwhile). Lists that
        change only with the interface language (countries, languages, statuses) are filled
        again on the switch itself, not at every record shown."""
        for editor in self.editors.values():
            if isinstance(editor, ChoiceEditor) and not editor.translated:
                editor.reload()

    def load(self, record: Mapping[str, Any] | None) -> None:
        """Show a record (None: an empty form for a new one); clears errors and dirtiness."""
        self.reload_choices()
        self._loaded = dict(record or {})
        for name, editor in self.editors.items():
            editor.blockSignals(True)
            editor.set_value(self._loaded.get(name))
            editor.blockSignals(False)
            self.clear_error(name)
        for line in self.types.values():
            line.show_for(self._loaded)
        self._baseline = self.raw_values()
        self._set_dirty(False)

    def load_saved(self, record: Mapping[str, Any], sent: Mapping[str, Any]) -> list[str]:
        """Show `record` just saved from the typed values `sent`, except in the fields typed
        into since (while the save ran off the UI thread): those keep their text and caret,
        and stay edits against what was sent. Fields the save left as they were are not set
        again (an organisation's name is a query). Returns the names of the kept fields."""
        previous, shown = self._loaded, self._baseline
        self._loaded = dict(record)
        kept = [name for name, editor in self.editors.items()
                if _differs(editor.raw_value(), sent.get(name))]
        for name, editor in self.editors.items():
            if name in kept:
                continue
            if previous.get(name) == self._loaded.get(name) and not _differs(
                    sent.get(name), shown.get(name)):
                self.clear_error(name)
                continue
            editor.blockSignals(True)
            editor.set_value(self._loaded.get(name))
            editor.blockSignals(False)
            self.clear_error(name)
        for line in self.types.values():
            line.show_for(self._loaded)
        baseline = self.raw_values()
        baseline.update({name: sent.get(name) for name in kept})
        self._baseline = baseline
        self._set_dirty(bool(self.changes()))
        return kept

    def set_defaults(self, values: Mapping[str, Any]) -> None:
        """Prefill a new record; counts as an edit only where the person changes it."""
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        self._baseline = self.raw_values()
        self._set_dirty(False)

    def apply_values(self, values: Mapping[str, Any]) -> None:
        """Put typed values back (a recovered draft); they count as edits."""
        for name, value in values.items():
            if name in self.editors:
                self.editors[name].set_value(value)
        self._set_dirty(bool(self.changes()))

    def raw_values(self) -> dict[str, Any]:
        return {name: editor.raw_value() for name, editor in self.editors.items()}

    def changes(self) -> dict[str, Any]:
        """Fields whose typed value differs from what was loaded."""
        current = self.raw_values()
        return {k: v for k, v in current.items() if _differs(v, self._baseline.get(k))}

    def is_dirty(self) -> bool:
        return self._dirty

    def record_id(self) -> str:
        return str(self._loaded.get("id") or "")

    # -- validation -------------------------------------------------------------------------
    def field_spec(self, name: str) -> FieldSpec:
        if name == "addresses":
            return ADDRESSES_SPEC
        return TAGS_SPEC if name == "tags" else self.spec.field(name)

    def validate_field(self, name: str) -> bool:
        spec = self.field_spec(name)
        raw = self.editors[name].raw_value()
        try:
            if spec.kind == "ref" and isinstance(raw, str) and raw.startswith("?"):
                raise ValidationError(name, CHOOSE_FROM_LIST)
            editor = self.editors[name]
            problem = editor.problem() if isinstance(editor, DateEditor) else None
            if problem is not None:
                raise problem
            if isinstance(editor, AddressesEditor):
                editor.check()
            else:
                normalise_value(spec, raw, self._context())
        except ValidationError as error:
            self.show_error(name, error)
            return False
        self.clear_error(name)
        return True

    def validate(self, names: Collection[str] | None = None) -> bool:
        """Check every field (or those in `names`); the first bad one gets the focus."""
        bad = [name for name in self.editors
               if (names is None or name in names) and not self.validate_field(name)]
        if bad:
            self.editors[bad[0]].setFocus()
        return not bad

    def show_error(self, name: str, message: str | DomainError) -> None:
        """Shows `message` under the field; an error is kept and shown again in the new
        language when the language changes."""
        if name not in self.errors:
            return
        self._error_sources[name] = message
        text = message_text(message) if isinstance(message, DomainError) else message
        self.errors[name].setText(text)
        self.errors[name].setToolTip(text)
        self.editors[name].set_invalid(True)

    def clear_error(self, name: str) -> None:
        self._error_sources.pop(name, None)
        self.errors[name].clear()
        self.errors[name].setToolTip("")
        self.editors[name].set_invalid(False)

    def shown_errors(self) -> list[str]:
        """The fields showing an error message."""
        return [name for name, label in self.errors.items() if label.text()]

    def has_errors(self) -> bool:
        return any(label.text() for label in self.errors.values())

    def retranslate(self) -> None:
        for name, caption in self.labels.items():
            spec = self.field_spec(name)
            caption.setText(field_label(spec) + (" *" if spec.required else ""))
        for name, source in list(self._error_sources.items()):
            if isinstance(source, DomainError):
                self.show_error(name, source)

    # -- internals ---------------------------------------------------------------------------
    def _context(self) -> dict[str, Any]:
        context: dict[str, Any] = dict(self._loaded)
        for name in ("country", "timezone"):
            if name in self.editors:
                try:
                    context[name] = normalise_value(self.spec.field(name),
                                                    self.editors[name].raw_value(), {})
                except ValidationError:
                    context[name] = None
        return context

    def _edited(self, name: str) -> None:
        if self.errors[name].text():
            self.validate_field(name)  # re-check as they fix it, so the error goes away
        elif not isinstance(self.editors[name], SearchRefEditor):
            self._check_quietly(name)
        self._set_dirty(bool(self.changes()))
        self.edited.emit()

    def _check_quietly(self, name: str) -> None:
        """Choices and lists are checked at once; typed text when the field is left."""
        if self.field_spec(name).kind in {"enum", "enum_list", "int", "ref"}:
            self.validate_field(name)

    def _left(self, name: str) -> None:
        if self.editors[name].raw_value() != self._baseline.get(name):
            self.validate_field(name)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() != b.strip()
    return bool(a != b)
