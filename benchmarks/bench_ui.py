"""Desktop client: start-up to the main window shown, and one search keystroke in the UI.

    .venv/bin/python benchmarks/run.py --only ui [--contacts 100000]

Start-up is measured from outside, in subprocesses (interpreter start and imports
included), until the app prints "shown" after its first paint; the baseline is a bare
PySide6 QApplication + QMainWindow doing the same in the same run. A keystroke is measured
in-process: setting the search box text runs the search and fills the result list; the
baseline is the bare service search call for the same prefixes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import bench_lists
from common import BenchRow, percentiles

ROOT = Path(__file__).resolve().parent.parent

BARE_QT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def shown():
    window.repaint()
    print("shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _time_until_shown(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=120)
    if line.strip() != "shown":
        raise RuntimeError(f"{command} did not show a window")
    return elapsed


def _prepare(workdir: Path, contacts: int) -> Path:
    from crm_app.db.database import Database
    from crm_app.services.demo import generate_demo
    from crm_app.services.settings import LocalSettings

    path = workdir / f"ui-bench-{contacts}.sqlite3"
    if path.exists():  # built once, cached under the workdir
        return path
    with Database.open(path) as db:
        generate_demo(db, contacts)
        LocalSettings(db).set_profile({"name": "Benchmark", "language": "en"})
    return path


def _search_latency(path: Path) -> tuple[list[float], list[float]]:
    """(UI keystroke samples, bare service samples) in seconds."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from crm_app.services.crm import Crm
    from crm_app.services.listing import Listing, ListQuery
    from crm_app.ui.app_settings import AppSettings
    from crm_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    crm = Crm.open(path)
    names = [str(r["family_name_latin"] or r["family_name"])
             for r in Listing(crm.db).page(ListQuery("contact"), 4000)[::200]]
    prefixes = [name[:n] for name in names if name for n in range(1, min(len(name), 5) + 1)]
    window = MainWindow(crm, AppSettings(path.with_suffix(".ini")))
    window.show()
    palette = window.search_palette
    assert palette is not None
    palette.start()
    app.processEvents()
    ui: list[float] = []
    bare: list[float] = []
    for prefix in prefixes:
        start = time.perf_counter()
        palette.query.setText(prefix)  # textChanged -> search -> result list filled
        app.processEvents()
        ui.append(time.perf_counter() - start)
        start = time.perf_counter()
        crm.search.search(prefix, limit=30)
        bare.append(time.perf_counter() - start)
    palette.hide()
    window.close()
    window.deleteLater()
    app.processEvents()
    crm.close()
    return ui, bare


def _filter_latency(path: Path, text: str, repeats: int = 5) -> tuple[list[float], list[float],
                                                                    list[float]]:
    """(UI block per keystroke, keystroke to rows shown, raw FTS5 query) samples in seconds."""
    import sqlite3

    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from crm_app.db.database import Database
    from crm_app.services.listing import Listing
    from crm_app.services.search import fts_query
    from crm_app.ui.lists.loader import LatestReader
    from crm_app.ui.lists.table_model import RecordTableModel

    app = QApplication.instance() or QApplication([])
    db = Database.open(path)
    model = RecordTableModel(Listing(db), "contact")
    model.reload()
    model.reader = LatestReader()
    raw = sqlite3.connect(path)
    match = fts_query(text)
    blocks: list[float] = []
    shown: list[float] = []
    bare: list[float] = []
    for _ in range(repeats):
        model.set_filters({})
        model.reader.wait_done()
        app.processEvents()
        loop = QEventLoop()
        model.filtered.connect(loop.quit)
        start = time.perf_counter()
        model.set_filters({"text": text})
        blocks.append(time.perf_counter() - start)
        loop.exec()
        model.data(model.index(0, 0))  # the first row painted
        shown.append(time.perf_counter() - start)
        model.filtered.disconnect(loop.quit)
        start = time.perf_counter()
        raw.execute("SELECT d.record_id FROM search_fts JOIN search_doc d ON d.doc_id = "
                    "search_fts.rowid WHERE search_fts MATCH ? AND d.kind = 'contact' "
                    "LIMIT 100", (match,)).fetchall()
        bare.append(time.perf_counter() - start)
    raw.close()
    db.close()
    return blocks, shown, bare


def filter_rows(path: Path, contacts: int) -> list[BenchRow]:
    rows = []
    for text in ("a", "al", "ale", "bäck"):
        blocks, shown, bare = _filter_latency(path, text)
        _b50, b95 = percentiles(blocks)
        s50, s95 = percentiles(shown)
        r50, r95 = percentiles(bare)
        rows += [
            BenchRow("ui", f"filter {text!r} at {contacts:,}: UI thread blocked, p95", b95, "ms",
                     "raw FTS5 query (100 ids), p95", r95, "< 50 ms"),
            BenchRow("ui", f"filter {text!r} at {contacts:,}: keystroke -> rows shown, p50",
                     s50, "ms", "raw FTS5 query (100 ids), p50", r50, "< 100 ms"),
            BenchRow("ui", f"filter {text!r} at {contacts:,}: keystroke -> rows shown, p95",
                     s95, "ms", "raw FTS5 query (100 ids), p95", r95, "< 100 ms"),
        ]
    return rows


def run(workdir: Path, contacts: int) -> list[BenchRow]:
    path = _prepare(workdir, contacts)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(workdir),
           "XDG_CONFIG_HOME": str(workdir / "config")}
    app_command = [sys.executable, str(ROOT / "main.py"), "--db", str(path), "--exit-when-shown"]
    bare_command = [sys.executable, "-c", BARE_QT]
    _time_until_shown(app_command, env)  # warm the file cache once
    starts = [_time_until_shown(app_command, env) for _ in range(5)]
    bares = [_time_until_shown(bare_command, env) for _ in range(5)]
    ui, bare = _search_latency(path)
    filters = filter_rows(path, contacts)
    ui_p50, ui_p95 = percentiles(ui)
    bare_p50, bare_p95 = percentiles(bare)
    return [
        BenchRow("ui", f"start -> main window shown, {contacts:,} contacts (median of 5)",
                 statistics.median(starts), "s", "bare QApplication+QMainWindow start",
                 statistics.median(bares), "< 1.5 s"),
        BenchRow("ui", f"search keystroke in the UI, p50 ({len(ui)} keystrokes)", ui_p50, "ms",
                 "service search call, p50", bare_p50, "< 100 ms"),
        BenchRow("ui", f"search keystroke in the UI, p95 ({len(ui)} keystrokes)", ui_p95, "ms",
                 "service search call, p95", bare_p95, "< 100 ms"),
        *filters,
        *bench_lists.rows(path, contacts),  # the real contacts view: filter, row change, save
    ]
