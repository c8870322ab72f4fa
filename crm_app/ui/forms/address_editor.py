"""The contact form's postal addresses: a list of rows (type, label, street, city, postcode,
region, country) with Add and Remove. Combos are ordinary fields for the wheel guard: the
wheel scrolls the form past them unless the person clicked into one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.address import normalise_address
from crm_app.domain.enums import AddressKind
from crm_app.domain.errors import ValidationError
from crm_app.domain.schema import FieldSpec
from crm_app.ui.forms.field_widgets import ChoiceEditor, FieldEditor, country_items
from crm_app.ui.labels import label

ADDRESSES_SPEC = FieldSpec("addresses", "addresses", "Addresses")
KIND_SPEC = FieldSpec("address_kind", "enum", "Type", choices=AddressKind)
COUNTRY_SPEC = FieldSpec("address_country", "country", "Country")
TEXT_PARTS = ("label", "city", "postcode", "region")


def _kinds() -> list[tuple[str, str]]:
    return [(label(k.value), k.value) for k in AddressKind]


class AddressRow(QWidget):
    """One address; `remove` asks the list to drop it."""

    def __init__(self, owner: AddressesEditor, countries: list[tuple[str, str]]) -> None:
        super().__init__()
        self.setObjectName("address_row")
        self.address_id = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setColumnStretch(1, 2)
        self.kind = ChoiceEditor(KIND_SPEC, _kinds(), allow_empty=False, source=_kinds,
                                 translated=True)
        self.texts: dict[str, QLineEdit] = {}
        for name in TEXT_PARTS:
            edit = QLineEdit()
            edit.setObjectName(f"address_{name}")
            edit.textChanged.connect(lambda _t: owner.changed.emit())
            self.texts[name] = edit
        self.street = QPlainTextEdit()
        self.street.setObjectName("address_street")
        self.street.setFixedHeight(self.street.fontMetrics().lineSpacing() * 2 + 14)
        self.street.textChanged.connect(owner.changed.emit)
        self.country = ChoiceEditor(COUNTRY_SPEC, countries, editable=True,
                                    source=country_items, translated=True)
        self.remove = QPushButton()
        self.remove.setObjectName("address_remove")
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        self.kind.changed.connect(owner.changed.emit)
        self.country.changed.connect(owner.changed.emit)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.texts["label"], 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.street, 1, 0, 1, 3)
        grid.addWidget(self.texts["postcode"], 2, 0)
        grid.addWidget(self.texts["city"], 2, 1, 1, 2)
        grid.addWidget(self.texts["region"], 3, 0)
        grid.addWidget(self.country, 3, 1, 1, 2)
        self.retranslate()

    def retranslate(self) -> None:
        hints = {"label": self.tr("Label (optional)"), "city": self.tr("City"),
                 "postcode": self.tr("Postcode"), "region": self.tr("Region / province")}
        for name, edit in self.texts.items():
            edit.setPlaceholderText(hints[name])
        self.street.setPlaceholderText(self.tr("Street and number"))
        self.remove.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_value(self, address: dict[str, Any]) -> None:
        self.address_id = str(address.get("id") or "")
        self.kind.set_value(address.get("kind") or "work")
        for name, edit in self.texts.items():
            edit.setText(str(address.get(name) or ""))
        self.street.setPlainText(str(address.get("street") or ""))
        self.country.set_value(address.get("country") or "")

    def value(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.texts.items()}
        values["kind"] = self.kind.raw_value() or "work"
        values["street"] = self.street.toPlainText()
        values["country"] = self.country.raw_value() or ""
        if self.address_id:
            values["id"] = self.address_id
        return values


class AddressesEditor(FieldEditor):
    """Every postal address of a contact; raw_value is the list the contact service takes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ADDRESSES_SPEC, parent)
        self._countries = country_items()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.rows_box)
        self.add_button = QPushButton(self.tr("Add address"))  # retranslated in changeEvent
        self.add_button.setObjectName("address_add")
        self.add_button.clicked.connect(self.add_row)
        column.addWidget(self.add_button)
        self._layout.addLayout(column)
        self.rows: list[AddressRow] = []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._countries = country_items()
            self.add_button.setText(self.tr("Add address"))
        super().changeEvent(event)

    def add_row(self) -> AddressRow:
        row = AddressRow(self, self._countries)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: AddressRow) -> None:
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def set_value(self, value: Any) -> None:
        for row in list(self.rows):
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for address in value or []:
            row = AddressRow(self, self._countries)
            row.set_value(dict(address))
            self.rows.append(row)
            self.rows_box.addWidget(row)

    def raw_value(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def check(self) -> None:
        """Raises ValidationError naming the address (1-based) that cannot be stored."""
        for number, address in enumerate(self.raw_value(), start=1):
            try:
                normalise_address(address)
            except ValidationError as error:
                raise ValidationError("addresses", "address {number}: {reason}",
                                      number=number, reason=error) from None
