"""How a day is written for a person: one format per language for lists, forms, file dialogs
and reports alike.

"3 Dec 2026" / "3 dic 2026": the month in letters, so 03/12/2026 is never read as 12 March by
an American colleague, and four digits for the year. The pattern means the same to Qt
(QLocale, QDateEdit) and to babel (CLDR), which write it identically in both languages.
Typed dates are read in this form, in the language's numeric form (24/11/2026) or as ISO.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

DISPLAY_DATE = "d MMM yyyy"
# Locale of each interface language: British English writes day before month, as Italians do.
LOCALES = {"en": "en_GB", "it": "it_IT"}


def locale_of(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


@lru_cache(maxsize=4096)  # a list repaints the same few hundred days
def format_day(day: date, language: str) -> str:
    """'3 Dec 2026' in English, '3 dic 2026' in Italian."""
    from babel.dates import format_date  # imported on first use: the CLI rarely needs it

    return str(format_date(day, DISPLAY_DATE, locale=locale_of(language)))
