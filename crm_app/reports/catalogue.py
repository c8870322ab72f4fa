"""The report wording's translation catalogue: Qt Linguist sources read without Qt.

Report texts are marked with `QT_TRANSLATE_NOOP(context, text)` (pyside6-lupdate finds the
calls by name, so `scripts/build_translations.py --update` extracts them into
resources/translations/crm_*.ts under "report.*" contexts). At report time the core reads
the translations of those contexts from the .ts XML with the standard library, once per
process and language; the rest of the file (the app's own texts) is skipped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from crm_app.paths import resource_path

CONTEXT_PREFIX = "report."


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> tuple[str, str]:
    """Marks a report text for extraction; keeps its context for the look-up."""
    return context, source_text


def catalogue_file(lang: str) -> Path:
    return resource_path("translations", f"crm_{lang}.ts")


@cache
def report_catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, for the report contexts of `lang`.

    Unfinished or empty translations are left out, so the caller falls back to the source
    (English); a missing file gives an empty catalogue."""
    path = catalogue_file(lang)
    if not path.is_file():
        return {}
    found: dict[tuple[str, str], str] = {}
    for _event, context in ET.iterparse(path):
        if context.tag != "context":
            continue
        name = context.findtext("name") or ""
        if name.startswith(CONTEXT_PREFIX):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in {
                        "unfinished", "obsolete", "vanished"}:
                    continue
                if translation.text:
                    found[(name, message.findtext("source") or "")] = translation.text
        context.clear()
    return found


def translate(lang: str, marked: tuple[str, str]) -> str:
    """The text of `marked` (from QT_TRANSLATE_NOOP) in `lang`; English is the source."""
    return report_catalogue(lang).get(marked, marked[1])
