"""Interface language: Qt Linguist translations (.qm built from resources/translations/*.ts)
and the default QLocale used for dates and numbers. Switching installs a new translator;
Qt then sends LanguageChange to every widget, which re-reads its texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from crm_app.domain.dates import LOCALES
from crm_app.paths import resource_path

LANGUAGES = {"en": "English", "it": "Italiano"}


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


class Translations(QObject):
    """Owns the installed translators; one per application."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Install `language` ('en', 'it'); returns False if its .qm file is missing."""
        language = language if language in LANGUAGES else "en"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(LOCALES[language]))
        # English is the source language; its catalogue holds only the plural forms
        # ("1 contact", "2 contacts" for "%n contact(s)"), so it is loaded too.
        ours = QTranslator(self)
        loaded = ours.load(f"crm_{language}", str(resource_path("translations")))
        if loaded:
            self.app.installTranslator(ours)
            self._installed.append(ours)
        ok = loaded or language == "en"
        if language != "en":
            qt_base = QTranslator(self)  # Qt's own dialogs (Save/Cancel buttons...)
            if qt_base.load(f"qtbase_{language}",
                            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt_base)
                self._installed.append(qt_base)
        self.language = language
        return ok
