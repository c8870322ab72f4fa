"""A log format that keeps personal values out of the log file.

The log file is plain text in the user's log folder, outside the encrypted database. Messages
and exceptions can carry what someone typed (a ValidationError quoting an e-mail address, an
import warning quoting a row, a traceback's exception text), so the file holds only:
- the message's fixed text, with each argument that is not a number or a record id replaced
  by `<str>` (its type name);
- for an exception: its type and the traceback frames (file, line, function), never its
  message, nor the messages of the exceptions it was raised from.
Plain core module (no Qt), so the CLI and the app share it.
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType
from typing import Any

_ID = re.compile(r"^[0-9a-f]{32}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_SAFE = (int, float, bool)


def redact_value(value: object) -> object:
    if value is None or isinstance(value, _SAFE):
        return value
    if isinstance(value, str) and _ID.match(value):
        return value
    if isinstance(value, str):  # a core Message (a str with its template) is text too
        return "<str>"
    return f"<{type(value).__name__}>"


def frames(error: BaseException) -> str:
    """Type and frames of `error` and of its causes, without any exception message."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        tb: TracebackType | None = current.__traceback__
        lines = [f'  File "{f.filename}", line {f.lineno}, in {f.name}'
                 for f in traceback.extract_tb(tb)]
        parts.append("\n".join(["Traceback (most recent call last):", *lines,
                                f"{type(current).__module__}.{type(current).__qualname__}"
                                " (message withheld)"]))
        current = current.__cause__ or current.__context__
    return "\n\nraised while handling:\n".join(reversed(parts))


class RedactingFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        safe = logging.makeLogRecord(record.__dict__)
        safe.msg = str(record.msg) if isinstance(record.msg, str) else \
            f"<{type(record.msg).__name__}>"
        args: Any = record.args
        if isinstance(args, dict):
            safe.args = {k: redact_value(v) for k, v in args.items()}
        elif args:
            safe.args = tuple(redact_value(a) for a in args)
        error = record.exc_info[1] if record.exc_info else None
        safe.exc_info = None
        safe.exc_text = None
        safe.stack_info = None
        try:
            text = super().format(safe)
        except (TypeError, ValueError):  # a message whose placeholders do not fit its args
            safe.msg, safe.args = "<unformattable message>", ()
            text = super().format(safe)
        if error is not None:
            text += "\n" + frames(error)
        return text
