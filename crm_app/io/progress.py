"""How a long import reports how far it got, and how Cancel stops it: `progress(done,
total)` after every few records (total 0 while unknown), and a `stop` event checked at the
same points. Table files stream (crm_app.io.stream_import); vCard and iCalendar files are
read whole, then checked record by record: both steps report here."""

from __future__ import annotations

import threading
from collections.abc import Callable

from crm_app.domain.errors import DomainError

Progress = Callable[[int, int], None]
EVERY = 100  # records between two reports of a whole-file read or check


class ImportCancelled(DomainError):
    def __init__(self, what: str = "the import") -> None:
        super().__init__(f"{what} was stopped; nothing was imported")


def report(progress: Progress | None, stop: threading.Event | None, done: int,
           total: int, what: str = "the import") -> None:
    """Records done (of `total`); raises ImportCancelled once Cancel was pressed."""
    if stop is not None and stop.is_set():
        raise ImportCancelled(what)
    if progress is not None:
        progress(done, total)


def phase(progress: Progress | None, verb: str, noun: str) -> None:
    """Tell a display that says what it counts (the CLI's line) which step runs now."""
    set_phase = getattr(progress, "set_phase", None)
    if callable(set_phase):
        set_phase(verb, noun)
