"""One editor widget per kind of field in `domain/schema.py`.

Each editor shows a stored value (`set_value`) and returns what the person typed
(`raw_value`); the schema's `normalise_value` decides whether it is acceptable, so the rules
live in one place. `changed` fires on every edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from crm_app.domain.enums import FollowUpStatus
from crm_app.domain.normalise import fold, format_phone
from crm_app.domain.schema import FieldSpec
from crm_app.services.crm import Crm
from crm_app.ui.formatting import country_name, language_name
from crm_app.ui.icons import icon
from crm_app.ui.labels import label
from crm_app.ui.widgets.picker import (
    Picker,
    event_text,
    record_hits,
    staff_matching,
    staff_text,
)


class FieldEditor(QWidget):
    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"field_{spec.name}")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def raw_value(self) -> Any:
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        if bool(self.property("invalid")) == invalid:
            return  # re-polishing every child costs ~1 ms a field on each record shown
        self.setProperty("invalid", invalid)
        for child in self.findChildren(QWidget):
            child.setProperty("invalid", invalid)
            child.style().unpolish(child)
            child.style().polish(child)

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(spec, parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def set_value(self, value: Any) -> None:
        if isinstance(value, list):
            shown = [format_phone(v) for v in value] if self.spec.kind == "phones" else value
            value = ", ".join(str(v) for v in shown)
        self.edit.setText("" if value is None else str(value))
        self.edit.setCursorPosition(0)  # a long value shows its start, not its end

    def raw_value(self) -> Any:
        return self.edit.text()


LINK_KINDS = {"emails": ("mail", "mailto:"), "phones": ("phone", "tel:"), "url": ("link", "")}


def link_urls(kind: str, text: str) -> list[QUrl]:
    """mailto:, tel: or web links of what a field shows ("a@x.it, b@y.jp"; "+39 06 …")."""
    prefix = LINK_KINDS[kind][1]
    urls = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if kind == "phones":
            part = "+" + "".join(ch for ch in part if ch.isdigit()) if part.startswith("+") \
                else "".join(ch for ch in part if ch.isdigit())
        elif kind == "url" and "://" not in part:
            part = f"https://{part}"
        url = QUrl(prefix + part if prefix else part)
        if url.isValid() and len(part) > 1:
            urls.append(url)
    return urls


class LinkedLineEditor(LineEditor):
    """An email, phone or website field with a button that writes, calls or opens it (the
    system's mail, phone or browser app); several values offer a menu of them."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None,
                 placeholder: str = "") -> None:
        super().__init__(spec, parent, placeholder)
        icon_name = LINK_KINDS[spec.kind][0]
        self.link = self.edit.addAction(icon(icon_name),
                                        QLineEdit.ActionPosition.TrailingPosition)
        self.link.setObjectName(f"link_{spec.name}")
        self._set_tip()
        self.link.triggered.connect(self.open_link)
        self.edit.textChanged.connect(lambda _t: self._update())
        self._update()

    def _set_tip(self) -> None:
        tips = {"emails": self.tr("Write an email"), "phones": self.tr("Call"),
                "url": self.tr("Open the website")}
        self.link.setToolTip(tips[self.spec.kind])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._set_tip()
        super().changeEvent(event)

    def urls(self) -> list[QUrl]:
        return link_urls(self.spec.kind, self.edit.text())

    def _update(self) -> None:
        self.link.setVisible(bool(self.urls()))

    def open_link(self) -> None:
        urls = self.urls()
        if len(urls) == 1:
            QDesktopServices.openUrl(urls[0])
            return
        menu = QMenu(self)
        menu.setObjectName("link_menu")
        for url in urls:
            action = menu.addAction(url.toDisplayString().split(":", 1)[-1].lstrip("/"))
            action.setData(url)
        menu.triggered.connect(lambda chosen: QDesktopServices.openUrl(chosen.data()))
        menu.popup(self.edit.mapToGlobal(self.edit.rect().bottomRight()))


class TextEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(60)
        self.edit.textChanged.connect(self.changed.emit)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText("" if value is None else str(value))
        self.edit.blockSignals(False)

    def raw_value(self) -> Any:
        return self.edit.toPlainText()


class ChoiceEditor(FieldEditor):
    """A closed list (enum, staff, event, country): items carry the stored value as data.

    With `search` (staff and events) the box is also typed into: `search(text)` gives the
    rows of a popup under it (accents, scripts, namesakes told apart), and choosing one
    selects that item; typed text that names no item is refused ("choose one from the list")
    rather than taken for an id."""

    def __init__(self, spec: FieldSpec, items: list[tuple[str, str]],
                 parent: QWidget | None = None, *, allow_empty: bool = True,
                 editable: bool = False,
                 source: Callable[[], list[tuple[str, str]]] | None = None,
                 search: Callable[[str], list[tuple[str, Any]]] | None = None,
                 translated: bool = False) -> None:
        super().__init__(spec, parent)
        self.source = source
        self.translated = translated  # the items' texts follow the interface language
        self.allow_empty = allow_empty
        self.picker: Picker | None = None
        editable = editable or search is not None
        self.combo = QComboBox()
        # Long items (countries, time zones) must not widen the form past its pane.
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setEditable(editable)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.combo.completer()
            if search is not None:
                # Qt's own completer knows no accents or scripts: the picker replaces it.
                self.combo.setCompleter(None)  # type: ignore[arg-type]
                line = self.combo.lineEdit()
                assert line is not None
                line.setClearButtonEnabled(True)
                self.picker = Picker(line, search)
                self.picker.chosen.connect(self._chosen)
            elif completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if allow_empty:
            self.combo.addItem("", "")
        for text, value in items:
            self.combo.addItem(text, value)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if editable:
            self.combo.editTextChanged.connect(lambda _t: self.changed.emit())
        self._layout.addWidget(self.combo)
        self.setFocusProxy(self.combo)

    def reload(self) -> None:
        """Fill the list again from its source (records added since), keeping the choice."""
        if self.source is None:
            return
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        if self.allow_empty:
            self.combo.addItem("", "")
        for text, value in self.source():
            self.combo.addItem(text, value)
        if current and self.combo.findData(current) < 0:  # a value the list lacks stays
            self.combo.addItem(str(current), current)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Vocabulary and country names follow a live language switch ("Aperta", "Giappone")."""
        if event.type() == QEvent.Type.LanguageChange and self.translated:
            self.reload()
        super().changeEvent(event)

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        index = self.combo.findData(value or "")
        if index < 0 and value:
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self._show_start()

    def _show_start(self) -> None:
        """An editable box shows the start of a long item ("Israel Biomed 2027 · Tel Aviv ·
        31 Jul 2027"), not its end as Qt leaves the cursor."""
        line = self.combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)

    def _chosen(self, value: object) -> None:
        index = self.combo.findData(str(value or ""))
        if index < 0:
            self.reload()  # added since the list was filled (another window, a sync)
            index = self.combo.findData(str(value or ""))
        self.combo.setCurrentIndex(max(index, 0))
        line = self.combo.lineEdit()
        if line is not None:  # what the person typed gives way to the chosen item's text
            line.setText(self.combo.itemText(max(index, 0)))
        self._show_start()
        self.changed.emit()

    def raw_value(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText().strip()
            current = self.combo.currentIndex()
            if current >= 0 and self.combo.itemText(current).strip() == text:
                return self.combo.itemData(current)  # namesakes: the item chosen, not the first
            index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                return self.combo.itemData(index)
            if self.picker is not None:
                return text and f"?{text}"  # typed but not chosen: refused with a message
            return text  # typed: a code or English name the schema may still accept
        return self.combo.currentData()


class MultiChoiceEditor(FieldEditor):
    """enum_list (sectors): checkable items."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        assert spec.choices is not None
        for choice in spec.choices:
            item = QListWidgetItem(label(choice.value))
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self._layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.list.blockSignals(True)
            for row in range(self.list.count()):
                item = self.list.item(row)
                item.setText(label(item.data(Qt.ItemDataRole.UserRole)))
            self.list.blockSignals(False)
        super().changeEvent(event)

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)

    def raw_value(self) -> Any:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked]


class IntEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.spin = QSpinBox()
        self.spin.setRange(spec.min_value, spec.max_value)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit())
        self._layout.addWidget(self.spin)
        self.setFocusProxy(self.spin)

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value or self.spec.min_value))
        self.spin.blockSignals(False)

    def raw_value(self) -> Any:
        return self.spin.value()


class SearchRefEditor(FieldEditor):
    """A reference to one of many records (an organisation among 20,000): type to search
    (the Ctrl+K search: accents and scripts), choose a row; namesakes stay separate rows."""

    def __init__(self, spec: FieldSpec, search: Callable[[str], list[tuple[str, Any]]],
                 name_of: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.name_of = name_of
        self._id = ""
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.picker = Picker(self.edit, search)
        self.picker.chosen.connect(self._chosen)
        self.edit.textEdited.connect(self._typed)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def _typed(self, _text: str) -> None:
        self._id = ""  # typing again undoes the choice until a row is chosen
        self.changed.emit()

    def _chosen(self, record_id: object) -> None:
        self._id = str(record_id or "")
        self.edit.setText(self.name_of(self._id) if self._id else "")
        self.edit.setCursorPosition(0)
        self.changed.emit()

    def set_value(self, value: Any) -> None:
        self._id = str(value or "")
        self.edit.setText(self.name_of(self._id) if self._id else "")
        self.edit.setCursorPosition(0)  # the start of a long name, not its end

    def raw_value(self) -> Any:
        if self._id:
            return self._id
        text = self.edit.text().strip()
        return text and f"?{text}"  # typed but not chosen: refused with a clear message


def build_editor(spec: FieldSpec, crm: Crm) -> FieldEditor:
    """The editor for `spec`."""
    kind = spec.kind
    if kind == "multiline":
        return TextEditor(spec)
    if kind == "enum":
        choices = spec.choices
        assert choices is not None

        entity = "followup" if choices is FollowUpStatus else None

        def labelled() -> list[tuple[str, str]]:
            return [(label(c.value, entity), c.value) for c in choices]

        return ChoiceEditor(spec, labelled(), source=labelled, translated=True)
    if kind == "enum_list":
        return MultiChoiceEditor(spec)
    if kind == "country":
        return ChoiceEditor(spec, country_items(), editable=True, source=country_items,
                            translated=True)
    if kind == "language":
        # A list in the person's language ("inglese (en)"); a code or an English name typed
        # in is still taken, and a stored ISO 639-3 code the list lacks stays shown.
        return ChoiceEditor(spec, language_items(), editable=True, source=language_items,
                            translated=True)
    if kind == "timezone":
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc"))
        return ChoiceEditor(spec, [(z, z) for z in ["UTC", *zones]], editable=True)
    if kind == "int":
        return IntEditor(spec)
    if kind == "ref" and spec.ref in {"staff", "event"}:
        service = crm.records(spec.ref)
        describe = staff_text if spec.ref == "staff" else event_text

        def named() -> list[tuple[str, str]]:
            return [(describe(r), str(r["id"])) for r in service.list()]

        find = staff_hits(crm) if spec.ref == "staff" else record_hits(crm, ("event",))
        return ChoiceEditor(spec, named(), source=named, search=find)
    if kind == "ref" and spec.ref in {"organisation", "contact"}:
        def name_of(record_id: str) -> str:
            return crm.queries.names([record_id]).get(record_id, "")

        return SearchRefEditor(spec, record_hits(crm, (spec.ref,)), name_of)
    if kind == "date":
        from crm_app.ui.forms.date_field import DateEditor  # it builds on FieldEditor above

        return DateEditor(spec)
    placeholders = {"emails": "name@example.com, …",
                    "phones": "+81 3 1234 5678, …", "url": "https://…"}
    if kind in LINK_KINDS:
        return LinkedLineEditor(spec, placeholder=placeholders.get(kind, ""))
    return LineEditor(spec, placeholder=placeholders.get(kind, ""))


def staff_hits(crm: Crm) -> Callable[[str], list[tuple[str, Any]]]:
    """Staff whose name or office starts with the typed words (accents, scripts), by office;
    staff are a few dozen, so the list is read afresh for each search."""

    def search(text: str) -> list[tuple[str, Any]]:
        return [(staff_text(s), str(s["id"])) for s in staff_matching(crm.staff.list(), text)]

    return search


def country_items() -> list[tuple[str, str]]:
    import pycountry

    items = [(f"{country_name(c.alpha_2)} ({c.alpha_2})", str(c.alpha_2))
             for c in pycountry.countries]
    return sorted(items, key=lambda item: fold(item[0]))  # "Émirats" among the E's


def language_items() -> list[tuple[str, str]]:
    """The ISO 639-1 languages, named in the interface language."""
    import pycountry

    codes = [str(lang.alpha_2) for lang in pycountry.languages if hasattr(lang, "alpha_2")]
    items = [(f"{language_name(code)} ({code})", code) for code in codes]
    return sorted(items, key=lambda item: fold(item[0]))
