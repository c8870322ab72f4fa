"""The line under a contact's emails or phones that says what each one is ("Work: a@x.it ·
Mobile: +39 333 …"), from contact.value_labels. A file's own label (Apple's "Assistant") is
shown as written; the kinds are translated."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from crm_app.domain import value_labels
from crm_app.domain.normalise import format_phone
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

KIND_NAMES = {
    "work": QT_TRANSLATE_NOOP("ValueTypes", "Work"),
    "home": QT_TRANSLATE_NOOP("ValueTypes", "Home"),
    "mobile": QT_TRANSLATE_NOOP("ValueTypes", "Mobile"),
    "fax": QT_TRANSLATE_NOOP("ValueTypes", "Fax"),
    "work fax": QT_TRANSLATE_NOOP("ValueTypes", "Work fax"),
    "home fax": QT_TRANSLATE_NOOP("ValueTypes", "Home fax"),
    "pager": QT_TRANSLATE_NOOP("ValueTypes", "Pager"),
    "main": QT_TRANSLATE_NOOP("ValueTypes", "Main"),
    "car": QT_TRANSLATE_NOOP("ValueTypes", "Car"),
    "other": QT_TRANSLATE_NOOP("ValueTypes", "Other"),
}


def kind_name(label: str) -> str:
    source = KIND_NAMES.get(label)
    return QCoreApplication.translate("ValueTypes", source) if source else label


def typed_values(values: Sequence[str], pairs: Any, phones: bool) -> list[tuple[str, str]]:
    """(shown value, its type) of each value that has a type, in the field's order."""
    labels = value_labels.as_dict(pairs)
    return [(format_phone(v) if phones else v, kind_name(labels[v]))
            for v in values if labels.get(v)]


class ValueTypesLine(QLabel):
    """Empty and hidden when no value of the field has a type."""

    def __init__(self, field: str) -> None:
        super().__init__()
        self.field = field
        self.setObjectName(f"types_{field}")
        self.setWordWrap(True)
        self.setStyleSheet("color: palette(placeholder-text);")
        self.hide()

    def show_for(self, record: Mapping[str, Any]) -> None:
        shown = typed_values(list(record.get(self.field) or []), record.get("value_labels"),
                             self.field == "phones")
        self.setText("\n".join(f"{kind}: {value}" for value, kind in shown))
        self.setVisible(bool(shown))
