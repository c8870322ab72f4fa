"""The Help menu: user guide, keyboard shortcuts, About (version and bundled licences).

Installed on the main window like an area module (see `crm_app/ui/extensions.py`).
"""

from __future__ import annotations

from typing import Any

from crm_app.ui.help.dialogs import AboutDialog, GuideDialog, ShortcutsDialog
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP, AreaTexts

__all__ = ["AboutDialog", "GuideDialog", "ShortcutsDialog", "install"]


def install(window: Any) -> None:
    texts = AreaTexts(window, "HelpUi")
    guide = texts.add_action("Help", QT_TRANSLATE_NOOP("HelpUi", "User guide"),
                             lambda: GuideDialog(window.language(), window).exec(), "F1",
                             group="guide")
    shortcuts = texts.add_action("Help", QT_TRANSLATE_NOOP("HelpUi", "Keyboard shortcuts"),
                                 lambda: ShortcutsDialog(window).exec(), "Ctrl+/",
                                 group="guide")
    about = texts.add_action("Help", QT_TRANSLATE_NOOP("HelpUi", "About Trade Mission CRM"),
                             lambda: AboutDialog(window).exec(), group="about")
    window.register_action("help_guide", guide)
    window.register_action("help_shortcuts", shortcuts)
    window.register_action("help_about", about)
