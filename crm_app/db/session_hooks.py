"""Attaching a listener to a session factory exactly once.

`sqlalchemy.event.contains` is keyed by `id(factory)`: after a factory is garbage collected a
new one can get the same id and `contains` answers True although nothing listens on it (the
audit log and the consent history then silently stopped recording when a second database was
opened in one process). The mark therefore lives on the factory object itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

_MARK = "_crm_listeners"


def listen_once(factory: sessionmaker[Session], name: str, fn: Callable[..., Any]) -> None:
    marks: set[tuple[str, str]] = factory.__dict__.setdefault(_MARK, set())
    key = (name, f"{fn.__module__}.{fn.__qualname__}")
    if key not in marks:
        marks.add(key)
        event.listen(factory, name, fn)
