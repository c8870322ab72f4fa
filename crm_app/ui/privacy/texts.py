"""Translated wording for what the privacy services say in English (review reasons)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# pyside6-lupdate files bare tr("…") calls under the empty context: look them up there.
CONTEXT = ""


# Menu entries are marked with QT_TRANSLATE_NOOP("PrivacyUi", …) and looked up there.
MENU_CONTEXT = "PrivacyUi"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`n` >= 0 picks the plural form of a "%n …" text (lupdate marks such calls numerus)."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def tr_menu(text: str) -> str:
    return QCoreApplication.translate(MENU_CONTEXT, text)


def _period(text: str) -> str:
    """24m -> "24 months" in the UI language."""
    amount, unit = text[:-1], text[-1:]
    pattern = {"d": tr("{n} days"), "m": tr("{n} months"), "y": tr("{n} years")}.get(unit)
    return pattern.format(n=amount) if pattern else text


# Each reason `crm_app.services.privacy.retention.review` writes, as a pattern and its wording.
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^no meeting, note or follow-up for (\S+)$"),
     lambda m: tr("no meeting, note or follow-up for {period}").format(
         period=_period(m.group(1)))),
    (re.compile(r"^no lawful basis recorded$"), lambda m: tr("no lawful basis recorded")),
    (re.compile(r"^consent expired on (\S+)$"),
     lambda m: tr("consent expired on {date}").format(date=m.group(1))),
    (re.compile(r"^consent without a date$"), lambda m: tr("consent without a date")),
    (re.compile(r"^consent of (\S+) is older than (\S+)$"),
     lambda m: tr("consent of {date} is older than {period}").format(
         date=m.group(1), period=_period(m.group(2)))),
]


def reason_text(reason: str) -> str:
    for pattern, wording in _REASONS:
        match = pattern.match(reason)
        if match:
            return wording(match)
    return reason  # a reason added to the service later: shown as the service wrote it
