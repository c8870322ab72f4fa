"""The contacts list on the real view at 100k: a filter keystroke, a row change, a save.

    .venv/bin/python benchmarks/bench_lists.py DB [--contacts N]   # or through bench_ui.run

Every figure is taken on a real `ContactsView` (filter bar, table, editor, timeline) with a
`StallMeter` running: a 2 ms timer on the UI thread whose longest gap between ticks is the
longest time the UI thread could not paint or take a key. Baselines in the same run: the
raw FTS5 query for the filter, `RecordService.get` for the row change, and
`RecordService.update` called straight (on the UI thread, as the app did before) for the save.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import BenchRow, percentiles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class StallMeter:
    """The UI thread's longest stall: gaps between the ticks of a 2 ms timer, minus 2 ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(max(0.0, now - self._last - 0.002))
        self._last = now

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        """The longest stall since start, in seconds (the last gap included)."""
        self._tick()
        self.timer.stop()
        return max(self.gaps, default=0.0)


def _wait(app: Any, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("benchmark step did not finish")
        app.processEvents()
        time.sleep(0.0005)


def _view(path: Path) -> tuple[Any, Any, Any, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from crm_app.services.crm import Crm
    from crm_app.ui.app_settings import AppSettings
    from crm_app.ui.tasks import TaskRunner
    from crm_app.ui.views.contacts_view import ContactsView

    app = QApplication.instance() or QApplication([])
    try:
        from crm_app.ui.tasks import keep_ui_responsive
        keep_ui_responsive()  # as the app's window does
    except ImportError:  # before the switch interval was set
        pass
    crm = Crm.open(path)
    settings = AppSettings(path.with_name(f"lists-bench-{uuid.uuid4().hex}.ini"))
    tasks = TaskRunner()
    try:
        view = ContactsView(crm, settings, tasks=tasks)  # type: ignore[call-arg]
    except TypeError:  # before saves went through the task runner
        view = ContactsView(crm, settings)
    view.resize(1280, 760)
    view.show()
    _wait(app, lambda: view.model.is_loaded() and view.model.rowCount() > 0)
    return app, crm, view, tasks


def _idle(app: Any, view: Any) -> None:
    reader = view.model.reader
    _wait(app, lambda: reader is None or not reader.is_busy())
    for _ in range(5):
        app.processEvents()


def filter_keystrokes(path: Path, contacts: int) -> list[BenchRow]:
    """Typing "ale", "bäck", "ros" letter by letter (60 ms apart, a fast typist) into the
    filter box: last keystroke -> first row of the answer shown, minus the debounce; and the
    longest UI stall while typing and reading."""
    import sqlite3

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from crm_app.services.search import fts_query

    app, crm, view, _tasks = _view(path)
    meter = StallMeter()
    raw = sqlite3.connect(path)
    box = view.filter_bar.text
    debounce = view.filter_bar.debounce_ms() if hasattr(view.filter_bar, "debounce_ms") \
        else view.filter_bar._debounce.interval()
    shown: list[float] = []
    stalls: list[float] = []
    bare: list[float] = []
    for _repeat in range(3):
        for word in ("ale", "bäck", "ros", "m", "sato"):
            box.clear()
            _wait(app, lambda: not view.filter_bar._debounce.isActive())
            _idle(app, view)
            meter.start()
            last = 0.0
            for letter in word:
                QTest.keyClick(box, letter) if letter.isascii() else box.insert(letter)
                last = time.perf_counter()
                end = last + 0.06
                while time.perf_counter() < end:
                    app.processEvents()
                    time.sleep(0.001)
            wanted = box.text().strip()
            _wait(app, lambda w=wanted: view.model.query.filters.get("text") == w
                  and not view.model.reader.is_busy())
            view.model.data(view.model.index(0, 0))  # the first row painted
            app.processEvents()
            shown.append(max(0.0, time.perf_counter() - last - debounce / 1000))
            stalls.append(meter.stop())
            match = fts_query(word)
            start = time.perf_counter()
            raw.execute("SELECT d.record_id FROM search_fts JOIN search_doc d ON d.doc_id = "
                        "search_fts.rowid WHERE search_fts MATCH ? AND d.kind = 'contact' "
                        "LIMIT 100", (match,)).fetchall()
            bare.append(time.perf_counter() - start)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    raw.close()
    _close(app, crm, view)
    s50, s95 = percentiles(shown)
    _st50, st95 = percentiles(stalls)
    r50, r95 = percentiles(bare)
    n = len(shown)
    return [
        BenchRow("ui", f"list filter typed at {contacts:,}: last key -> rows shown beyond the "
                 f"{debounce} ms debounce, p50 ({n} words)", s50, "ms",
                 "raw FTS5 query (100 ids), p50", r50, "< 100 ms"),
        BenchRow("ui", f"list filter typed at {contacts:,}: last key -> rows shown beyond the "
                 f"debounce, p95 ({n} words)", s95, "ms", "raw FTS5 query (100 ids), p95",
                 r95, "< 100 ms"),
        BenchRow("ui", f"list filter typed at {contacts:,}: longest UI-thread stall, p95",
                 st95, "ms", "raw FTS5 query (100 ids), p95", r95, "< 50 ms"),
    ]


def row_changes(path: Path, contacts: int, steps: int = 25) -> list[BenchRow]:
    """Moving down a row (Down key in the table): key -> the form shows the record, and the
    longest UI stall until the timeline is in too."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, crm, view, _tasks = _view(path)
    meter = StallMeter()
    view.table.setFocus()
    view.table.selectRow(0)
    _idle(app, view)
    form: list[float] = []
    stalls: list[float] = []
    bare: list[float] = []
    for step in range(1, steps + 1):
        wanted = view.model.row_id(step)
        meter.start()
        start = time.perf_counter()
        QTest.keyClick(view.table, Qt.Key.Key_Down)
        _wait(app, lambda w=wanted: view.editor.form.record_id() == w)
        form.append(time.perf_counter() - start)
        timeline = view.timeline
        _wait(app, lambda w=wanted, t=timeline: t.record_id == w and not t.is_loading()
              if hasattr(t, "is_loading") else t.record_id == w)
        for _ in range(3):
            app.processEvents()
        stalls.append(meter.stop())
        start = time.perf_counter()
        crm.contacts.get(wanted)
        bare.append(time.perf_counter() - start)
    _close(app, crm, view)
    f50, f95 = percentiles(form)
    _s50, s95 = percentiles(stalls)
    b50, b95 = percentiles(bare)
    return [
        BenchRow("ui", f"row change at {contacts:,}: Down key -> form shows the record, p50",
                 f50, "ms", "RecordService.get, p50", b50, "< 100 ms"),
        BenchRow("ui", f"row change at {contacts:,}: Down key -> form shows the record, p95",
                 f95, "ms", "RecordService.get, p95", b95, "< 100 ms"),
        BenchRow("ui", f"row change at {contacts:,}: longest UI-thread stall (timeline in), "
                 "p95", s95, "ms", "RecordService.get, p95", b95, "< 100 ms"),
    ]


def saves(path: Path, contacts: int, repeats: int = 6) -> list[BenchRow]:
    """A contact saved from the form with a changed job title and a new tag, while keys are
    typed into the notes field: the longest UI stall from Save until the list shows the
    saved row again, and Save -> "Saved" status; the baseline is the same update made
    straight through the service."""
    from PySide6.QtTest import QTest

    app, crm, view, tasks = _view(path)
    meter = StallMeter()
    stalls: list[float] = []
    totals: list[float] = []
    bare: list[float] = []
    messages: list[str] = []
    view.status_message.connect(messages.append)
    for repeat in range(repeats):
        view.table.selectRow(1000 + repeat * 37)
        _idle(app, view)
        record_id = view.editor.form.record_id()
        editor = view.editor.form.editors
        tags = [t for t in str(editor["tags"].raw_value() or "").split(",") if t.strip()]
        view.editor.form.apply_values({
            "job_title": f"Buyer {uuid.uuid4().hex[:6]}",
            "tags": ", ".join([*tags, f"bench-{uuid.uuid4().hex[:8]}"])})
        notes = editor["notes"].edit
        notes.setFocus()
        messages.clear()
        meter.start()
        start = time.perf_counter()
        view.save_current()
        typed = 0
        while not any(m.startswith("Saved") for m in messages):
            if typed < 20:
                QTest.keyClick(notes, "x")
                typed += 1
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - start > 30:
                raise TimeoutError("save did not finish")
        totals.append(time.perf_counter() - start)
        _wait(app, lambda: not tasks.is_busy() and not view.model.reader.is_busy())
        stalls.append(meter.stop())
        view.editor.revert()
        start = time.perf_counter()
        crm.contacts.update(record_id, {"job_title": f"Buyer {uuid.uuid4().hex[:6]}",
                                        "tags": [f"bench-{uuid.uuid4().hex[:8]}"]})
        bare.append(time.perf_counter() - start)
    _close(app, crm, view)
    _s50, s95 = percentiles(stalls)
    t50, _t95 = percentiles(totals)
    b50, b95 = percentiles(bare)
    return [
        BenchRow("ui", f"contact save with a new tag at {contacts:,}: longest UI-thread "
                 f"stall, p95 ({repeats} saves)", s95, "ms",
                 "RecordService.update on the caller's thread, p95", b95, "< 50 ms"),
        BenchRow("ui", f"contact save with a new tag at {contacts:,}: Save -> 'Saved', p50",
                 t50, "ms", "RecordService.update on the caller's thread, p50", b50,
                 "informative"),
    ]


def _close(app: Any, crm: Any, view: Any) -> None:
    if view.model.reader is not None:
        view.model.reader.wait_done()
    view.editor.revert()
    view.close()
    view.deleteLater()
    app.processEvents()
    crm.close()


def rows(path: Path, contacts: int) -> list[BenchRow]:
    from bench_pickers import pickers

    return [*filter_keystrokes(path, contacts), *row_changes(path, contacts),
            *saves(path, contacts), *pickers(path, contacts)]


if __name__ == "__main__":
    import argparse

    from common import print_table

    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--only", default="filter,rows,save,picker")
    args = parser.parse_args()
    from bench_pickers import pickers

    parts = {"filter": filter_keystrokes, "rows": row_changes, "save": saves,
             "picker": pickers}
    result: list[BenchRow] = []
    for name in args.only.split(","):
        result += parts[name](args.db, args.contacts)
    print_table(result)
