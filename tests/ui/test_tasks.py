"""TaskRunner: work off the UI thread, results and errors back on it, progress, cancel."""

from __future__ import annotations

import threading
from typing import Any

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.services.demo import Cancelled, generate_demo
from crm_app.ui.tasks import TaskRunner


def test_result_and_progress_arrive_on_the_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    ui_thread = threading.get_ident()
    seen: dict[str, Any] = {}
    progress: list[tuple[int, int]] = []
    runner.task_progress.connect(lambda _l, d, t, _c: progress.append((d, t)))

    def work(report: Any, cancel: threading.Event) -> int:
        seen["worker"] = threading.get_ident()
        for step in range(1, 4):
            report(step, 3)
        return 42

    def done(result: Any) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(work, on_done=done, label="work")
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread and seen["callback"] == ui_thread
    assert progress[-1] == (3, 3)
    assert not runner.is_busy()


def test_errors_go_to_on_error_or_the_default(qtbot: Any) -> None:
    errors: list[str] = []
    runner = TaskRunner(default_error=lambda e: errors.append(f"default: {e}"))

    def boom(_p: Any, _c: threading.Event) -> None:
        raise ValueError("disk full")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(boom, on_done=lambda _r: None, on_error=lambda e: errors.append(str(e)))
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(boom, on_done=lambda _r: None)
    assert errors == ["disk full", "default: disk full"]


def test_cancelling_demo_data_writes_nothing(qtbot: Any, crm: Crm) -> None:
    runner = TaskRunner()
    db: Database = crm.db
    outcome: list[BaseException] = []

    def work(progress: Any, cancel: threading.Event) -> Any:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if done == 2:
                cancel.set()  # what the Cancel button does, at a known point
        return generate_demo(db, 500, progress=report, cancel=cancel)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=30_000):
        runner.run(work, on_done=lambda _r: None, on_error=outcome.append, cancellable=True)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled)
    assert crm.contacts.count() == 0 and crm.staff.count() == 0


def test_writes_are_serialised_on_one_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    threads: set[int] = set()
    order: list[int] = []
    for n in range(5):
        runner.run(lambda _p, _c, n=n: (threads.add(threading.get_ident()), order.append(n)),
                   on_done=lambda _r: None)
    runner.wait_idle(5000)
    assert len(threads) == 1 and order == [0, 1, 2, 3, 4]
    qtbot.waitUntil(lambda: not runner.is_busy())
