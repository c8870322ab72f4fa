"""Global search (Ctrl+K): ranked results across every kind of record as you type, grouped by
kind (the group of the best hit first) with the matched letters in bold; Enter opens the
highlighted one."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from crm_app.domain.highlight import match_spans
from crm_app.services.crm import Crm
from crm_app.services.search import SearchHit
from crm_app.ui.icons import icon
from crm_app.ui.item_refs import decode_ref, encode_ref
from crm_app.ui.labels import hit_detail, label
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_COLOUR = "@detail@"  # replaced when painting: grey, or readable on the selection
GROUP_TITLES = {
    "contact": QT_TRANSLATE_NOOP("SearchPalette", "Contacts"),
    "organisation": QT_TRANSLATE_NOOP("SearchPalette", "Organisations"),
    "event": QT_TRANSLATE_NOOP("SearchPalette", "Events"),
    "meeting": QT_TRANSLATE_NOOP("SearchPalette", "Meetings"),
}


def highlighted(title: str, query: str) -> str:
    """The title as HTML with the matched parts in bold."""
    out, last = [], 0
    for start, end in match_spans(title, query):
        out.append(html.escape(title[last:start]))
        out.append(f"<b>{html.escape(title[start:end])}</b>")
        last = end
    out.append(html.escape(title[last:]))
    return "".join(out)


def hit_html(hit: SearchHit, query: str) -> str:
    detail = hit_detail(hit)
    if hit.status:
        detail = " · ".join(p for p in (detail, label(hit.status, hit.kind)) if p)
    grey = f' <span style="color: {DETAIL_COLOUR};">— {html.escape(detail)}</span>' \
        if detail else ""
    return highlighted(hit.title, query) + grey


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE text (bold matches, grey detail) in the item's place."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option,
                                        option.widget)
        else:
            rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        detail = option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                      else QPalette.ColorRole.PlaceholderText)
        document.setHtml(str(markup).replace(DETAIL_COLOUR, detail.name()))
        document.setDocumentMargin(0)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(rect.left(), rect.top() + (rect.height() - document.size().height()) / 2)
        painter.setClipRect(rect.translated(-rect.left(), -rect.top()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))

KIND_ICONS = {"contact": "contacts", "organisation": "organisations", "event": "events",
              "meeting": "meetings"}


class SearchPalette(QDialog):
    open_requested = Signal(str, str)

    def __init__(self, crm: Crm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_palette")
        self.crm = crm
        self.setModal(True)
        self.resize(640, 420)
        self.query = QLineEdit()
        self.query.setObjectName("search_query")
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("search_results")
        self.results.setUniformItemSizes(True)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self.run_search)
        self.query.returnPressed.connect(self.open_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda _i: self.open_current())
        self.retranslate()

    def run_search(self, text: str) -> None:
        """Search on every keystroke: FTS5 prefix queries take a few milliseconds."""
        self.results.clear()
        groups: dict[str, list[SearchHit]] = {}
        for hit in self.crm.search.search(text, limit=30):
            groups.setdefault(hit.kind, []).append(hit)  # ranked: best group first
        for kind, hits in groups.items():
            title = QCoreApplication.translate("SearchPalette", GROUP_TITLES.get(kind, kind))
            heading = QListWidgetItem(f"{title} ({len(hits)})")
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: arrows skip it
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            self.results.addItem(heading)
            for hit in hits:
                shown = hit_detail(hit)
                detail = f" — {shown}" if shown else ""
                item = QListWidgetItem(icon(KIND_ICONS.get(hit.kind, "search")),
                                       f"{hit.title}{detail}")
                item.setData(HTML_ROLE, hit_html(hit, text))
                item.setToolTip(label(hit.kind))
                item.setData(Qt.ItemDataRole.UserRole, encode_ref(hit.kind, hit.record_id))
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(self._selectable(0, 1))
            self._hint_keys()
        elif text.strip():
            self.hint.setText(self.tr("Nothing found for “%1”. Try fewer letters or another "
                                      "spelling.").replace("%1", text.strip()))
        else:
            self._hint_keys()

    def _hint_keys(self) -> None:
        self.hint.setText(self.tr("↑↓ to choose, Enter to open, Esc to close"))

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        ref = decode_ref(item.data(Qt.ItemDataRole.UserRole))
        if ref is None:
            return
        kind, record_id = ref
        self.accept()
        self.open_requested.emit(kind, record_id)

    def start(self) -> None:
        """Show with the previous text selected, ready for typing."""
        self.query.selectAll()
        self.query.setFocus()
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Search"))
        self.query.setPlaceholderText(
            self.tr("Search contacts, organisations, events, meetings…"))
        self._hint_keys()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the text box move through the results."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()), 0)
            if step and self.results.count():
                self.results.setCurrentRow(self._selectable(self.results.currentRow() + step,
                                                            step))
                return True
        return super().eventFilter(watched, event)

    def _selectable(self, row: int, step: int) -> int:
        """The nearest result row from `row` in the direction of `step`, skipping headings."""
        count = self.results.count()
        while 0 <= row < count:
            item = self.results.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                return row
            row += step
        return self.results.currentRow() if step < 0 or row >= count else row
