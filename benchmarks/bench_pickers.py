"""Pickers at 100k: a word typed letter by letter into the contact form's organisation field
and into a contact picker (the follow-up's contact, the participant box search the same way).

    .venv/bin/python benchmarks/bench_lists.py DB --only picker   # or through bench_ui.run

The search runs on the picker's reader thread: the figures are the longest UI-thread stall
while typing and searching (StallMeter), and last key -> rows in the popup beyond the
debounce. Baseline in the same run: the same search called straight, as the UI thread did
before (what each keystroke's pause held the caret for).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench_lists import StallMeter, _close, _view, _wait
from common import BenchRow, percentiles

WORDS = ("pha", "bäck", "ros", "sato", "ale", "m")


def _typed(app: Any, picker: Any, word: str, meter: StallMeter) -> tuple[float, float]:
    """(last key -> rows shown beyond the debounce, longest stall) for one word."""
    from crm_app.ui.widgets.picker import DEBOUNCE_MS

    edit = picker.edit
    edit.clear()
    picker.refresh("")
    _wait(app, lambda: not picker.pending())
    meter.start()
    last = 0.0
    for letter in word:
        edit.insert(letter)
        edit.textEdited.emit(edit.text())  # as a key press does
        last = time.perf_counter()
        end = last + 0.06  # a fast typist
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)
    _wait(app, lambda: not picker.pending())
    app.processEvents()
    shown = max(0.0, time.perf_counter() - last - DEBOUNCE_MS / 1000)
    return shown, meter.stop()


def pickers(path: Path, contacts: int, repeats: int = 3) -> list[BenchRow]:
    from PySide6.QtWidgets import QLineEdit

    from crm_app.ui.widgets.picker import Picker, record_hits

    app, crm, view, _tasks = _view(path)
    view.new_record()
    organisation = view.editor.form.editors["organisation_id"].picker
    box = QLineEdit()
    box.show()
    contact = Picker(box, record_hits(crm, ("contact",)))
    rows: list[BenchRow] = []
    for name, picker in (("organisation field", organisation), ("contact picker", contact)):
        picker.edit.setFocus()
        shown: list[float] = []
        stalls: list[float] = []
        bare: list[float] = []
        for _repeat in range(repeats):
            for word in WORDS:
                took, stall = _typed(app, picker, word, meter=StallMeter())
                shown.append(took)
                stalls.append(stall)
                for n in range(1, len(word) + 1):  # each prefix, cold the first time
                    start = time.perf_counter()
                    picker.search(word[:n])
                    bare.append(time.perf_counter() - start)
        _s50, s95 = percentiles(shown)
        _st50, st95 = percentiles(stalls)
        b50, b95 = percentiles(bare)
        count = len(stalls)
        rows += [
            BenchRow("ui", f"{name} typed at {contacts:,}: longest UI-thread stall, p95 "
                     f"({count} words)", st95, "ms", "search on the UI thread (before), p95",
                     b95, "< 50 ms"),
            BenchRow("ui", f"{name} typed at {contacts:,}: last key -> popup rows beyond the "
                     "debounce, p95", s95, "ms", "search on the UI thread (before), p50", b50,
                     "< 100 ms"),
        ]
    box.close()
    view.editor.revert()
    _close(app, crm, view)
    return rows
