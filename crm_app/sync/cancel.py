"""Stopping a sync part-way, cleanly.

A sync reports its progress through named checkpoints (see engine.py). `cancellable`
wraps a checkpoint so that, once `stop` is set, the next checkpoint raises SyncCancelled.
Where that lands keeps both sides whole: before the local commit the local transaction
rolls back; while the temporary file is written it is removed and the shared file stays as
it was; once the file has been renamed into place nothing stops the last few steps, so a
written file is always marked as sent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from crm_app.domain.errors import DomainError

Checkpoint = Callable[[str], None]
# From here on the file is written: the sync finishes its bookkeeping whatever happens.
POINT_OF_NO_RETURN = "renamed"


class SyncCancelled(DomainError):
    """The sync was stopped before it changed anything it could not finish."""

    def __init__(self) -> None:
        super().__init__("the sync was stopped before it finished; nothing was half written")


def cancellable(stop: threading.Event, inner: Checkpoint | None = None) -> Checkpoint:
    passed = False

    def checkpoint(name: str) -> None:
        nonlocal passed
        if inner is not None:
            inner(name)
        if name == POINT_OF_NO_RETURN:
            passed = True
        if stop.is_set() and not passed:
            raise SyncCancelled()

    return checkpoint
